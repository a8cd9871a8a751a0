// Another process's commits reach this one: a message it enqueues is delivered to this
// process's listenQueue, and its write to a watched key shows in this process's watch.
const kv = await Deno.openKv("shared.sqlite3");
const reader = kv.watch([["flag"]]).getReader();
console.log("watch:", (await reader.read()).value![0].value);
const got = Promise.withResolvers<unknown>();
const listening = kv.listenQueue((message) => got.resolve(message));
const child = new Deno.Command(Deno.execPath(), {
  args: ["run", "--allow-read", "--allow-write", "writer.ts"],
}).spawn();
console.log("child exit", (await child.status).code);
console.log("watch:", (await reader.read()).value![0].value);
console.log("message:", await got.promise);
await reader.cancel();
kv.close();
await listening;
