// Two processes increment one counter 1000 times each with check/retry loops on the same
// file: atomic commits never half-apply or lose an update, so the counter ends at 2000.
const children = [1, 2].map(() =>
  new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-write", "increment.ts"],
  }).spawn()
);
for (const child of children) console.log("child exit", (await child.status).code);
const kv = await Deno.openKv("counter.sqlite3");
console.log("counter", (await kv.get(["counter"])).value);
kv.close();
