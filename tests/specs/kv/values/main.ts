// Values come back as they went in (structured clone, Uint8Array, KvU64), and
// get/getMany/set/delete/atomic/list behave as in Deno (output checked against deno 2.9).
const kv = await Deno.openKv(":memory:");
const circ: any = { a: 1 }; circ.self = circ;
const values: unknown[] = [
  "s", 1, -0, NaN, Infinity, 10n, true, null, undefined, [1, , 3], { a: { b: [1, "x"] } },
  new Date(5), /a.b/gi, new Map([[1, { x: 2 }]]), new Set(["a", 1]), new Uint8Array([1, 2]),
  new Float64Array([1.5]), new Uint16Array([7, 8]).buffer, new RangeError("bad"), circ,
  { "\u0000t": 1, __proto__x: 2 }, new Deno.KvU64(42n), [undefined, null], { u: undefined },
];
for (const [i, v] of values.entries()) {
  await kv.set(["v", i], v);
  const got = (await kv.get(["v", i])).value;
  console.log(i, Deno.inspect(got, { depth: 4 }));
}
console.log((await kv.get(["v", 19])).value.self.self.a);
console.log(await kv.getMany([["v", 0], ["nope"], ["v", 21]]));
// atomic
const r = await kv.atomic().check({ key: ["c"], versionstamp: null }).set(["c"], 1).commit();
console.log(r.ok);
const r2 = await kv.atomic().check({ key: ["c"], versionstamp: null }).set(["c"], 2).commit();
console.log(r2);
console.log((await kv.get(["c"])).value);
await kv.atomic().sum(["n"], 5n).sum(["n"], 7n).min(["m"], 3n).max(["x"], 9n).commit();
console.log((await kv.getMany([["n"], ["m"], ["x"]])).map((e) => e.value));
await kv.atomic().min(["m"], 1n).max(["x"], 2n).sum(["n"], 0xffffffffffffffffn).commit();
console.log((await kv.getMany([["n"], ["m"], ["x"]])).map((e) => e.value));
// list
for (let i = 0; i < 5; i++) await kv.set(["l", i], `v${i}`);
const keys = async (sel: any, opt?: any) => { const o = []; for await (const e of kv.list(sel, opt)) o.push(e.key[1]); return o; };
console.log(await keys({ prefix: ["l"] }));
console.log(await keys({ prefix: ["l"] }, { reverse: true, limit: 2 }));
console.log(await keys({ start: ["l", 1], end: ["l", 3] }));
console.log(await keys({ prefix: ["l"], start: ["l", 2] }));
console.log(await keys({ prefix: ["l"], end: ["l", 2] }));
const it = kv.list({ prefix: ["l"] }, { limit: 2 });
for await (const _ of it) {}
console.log(it.cursor, await keys({ prefix: ["l"] }, { cursor: it.cursor }));
console.log(await keys({ prefix: ["l"] }, { batchSize: 2 }));
// delete
await kv.delete(["l", 0]);
console.log((await kv.get(["l", 0])).versionstamp);
// versionstamped key
await kv.set(["vs", kv.commitVersionstamp()], "x");
for await (const e of kv.list({ prefix: ["vs"] })) console.log(typeof e.key[1], e.key[1].length);
// errors
try { await kv.atomic().set(["a"], 1).delete(["a"]).mutate({ type: "foo", key: ["a"] } as any).commit(); } catch (e) { console.log(e.name, e.message); }
try { kv.atomic().then(); } catch (e) { console.log(e.name, e.message); }
try { await kv.set(["e"], 1, { expireIn: -1 }); } catch (e) { console.log(e.name, e.message); }
try { await kv.enqueue(1, { delay: -1 }); } catch (e) { console.log(e.name, e.message); }
try { await kv.list({ prefix: ["l"], start: ["x"] }).next(); } catch (e) { console.log(e.name, e.message); }
try { await kv.set(["s"], Symbol("q")); } catch (e) { console.log(e.name, e.message); }
try { const a = kv.atomic(); for (let i = 0; i < 101; i++) a.check({ key: ["c", i], versionstamp: null }); await a.commit(); } catch (e) { console.log(e.name, e.message); }
console.log(kv.atomic() instanceof Deno.AtomicOperation, kv instanceof Deno.Kv);
kv.close();
