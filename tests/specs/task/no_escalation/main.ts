// Under a task's set the program cannot grant itself more: request() does not prompt
// and stays denied, tampering with the JS objects does not reach the Rust checks, and
// the variable carrying the set cannot be changed without env permission (and would not
// change this process's permissions anyway).
const show = (label: string, status: Deno.PermissionStatus) => console.log(label, status.state);
show("request read secret.txt:", await Deno.permissions.request({ name: "read", path: "secret.txt" }));
show("request read:", Deno.permissions.requestSync({ name: "read" }));
show("request env:", Deno.permissions.requestSync({ name: "env" }));
show("query read data:", Deno.permissions.querySync({ name: "read", path: "data" }));
Deno.permissions.querySync = () => ({ state: "granted" }) as any;
Deno.permissions.request = async () => ({ state: "granted" }) as any;
for (const attempt of [
  () => Deno.readTextFileSync("secret.txt"),
  () => Deno.env.set("X_TASK_PERMISSIONS", "{}"),
  () => Deno.env.get("X_TASK_PERMISSIONS"),
]) {
  try {
    attempt();
    console.log("escalated!");
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log("data/a.txt:", Deno.readTextFileSync("data/a.txt").trim());
