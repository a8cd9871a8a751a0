// expireIn: the key reads as absent once its time has passed.
const kv = await Deno.openKv(":memory:");
await kv.set(["short"], "s", { expireIn: 100 });
await kv.atomic().set(["long"], "l", { expireIn: 60_000 }).commit();
await kv.set(["forever"], "f");
console.log((await kv.getMany([["short"], ["long"], ["forever"]])).map((e) => e.value));
await new Promise((r) => setTimeout(r, 300));
console.log((await kv.getMany([["short"], ["long"], ["forever"]])).map((e) => e.value));
const keys = [];
for await (const e of kv.list({ prefix: [] })) keys.push(e.key[0]);
console.log(keys);
kv.close();
