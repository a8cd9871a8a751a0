// Key parts of different types sort as Deno KV sorts them (checked against deno 2.9):
// Uint8Array < string < bigint < number < boolean.
const kv = await Deno.openKv(":memory:");
const parts = [true, false, 1n, -5n, 2n ** 70n, 2.5, -1, NaN, -Infinity, Infinity, "b", "a", "", "a\0", new Uint8Array([1]), new Uint8Array([])];
for (const p of parts) await kv.set(["k", p], 1);
for await (const e of kv.list({ prefix: ["k"] })) console.log(e.key[1]);
// A key is before its extensions.
await kv.set(["p"], 0);
await kv.set(["p", "x"], 0);
await kv.set(["p", "x", 1], 0);
await kv.set(["q"], 0);
for await (const e of kv.list({ start: ["p"], end: ["q", 0] })) console.log(e.key);
kv.close();
