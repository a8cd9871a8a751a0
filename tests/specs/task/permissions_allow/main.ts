console.log("data/a.txt:", Deno.readTextFileSync("data/a.txt").trim());
console.log("read data:", Deno.permissions.querySync({ name: "read", path: "data" }).state);
console.log("read secret.txt:", Deno.permissions.querySync({ name: "read", path: "secret.txt" }).state);
try {
  console.log("GREETING:", Deno.env.get("GREETING"));
} catch (e) {
  console.log("GREETING:", e.name);
}
// Querying does not ask anyone; asking is refused, since a task's programs never prompt.
console.log("request read secret.txt:", Deno.permissions.requestSync({ name: "read", path: "secret.txt" }).state);
