// A program cannot grant itself anything: there is no switch in JavaScript, request()
// without a terminal is denied (and remembered), and tampering with the JS objects does
// not reach the checks, which are in Rust.
try { Deno.permissions.querySync({ name: "bogus" } as any); } catch (e) { console.log(e.name, e.message); }
console.log((await Deno.permissions.request({ name: "read", path: "secret.txt" })).state);
console.log(Deno.permissions.requestSync({ name: "env" }).state);
console.log(Deno.permissions.querySync({ name: "read", path: "secret.txt" }).state);
const status = Deno.permissions.querySync({ name: "read" });
console.log(status.state);
Deno.permissions.querySync = () => ({ state: "granted" }) as any;
Deno.permissions.request = async () => ({ state: "granted" }) as any;
try {
  Deno.readTextFileSync("secret.txt");
  console.log("escalated!");
} catch (e) {
  console.log(e.name, e.message);
}
console.log(typeof (Deno as any).core, typeof (globalThis as any).__bootstrapMainRuntime);
console.log((await Deno.permissions.revoke({ name: "read" })).state);
