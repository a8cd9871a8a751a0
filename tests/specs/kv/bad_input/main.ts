// Bad keys, oversized keys and values, too many operations: the errors Deno throws
// (classes and messages checked against deno 2.9). A failed commit applies nothing.
const kv = await Deno.openKv(":memory:");
const attempt = async (what: string, f: () => unknown) => {
  try {
    await f();
    console.log(what, "ok");
  } catch (e) {
    console.log(what, (e as Error).name, (e as Error).message);
  }
};
await attempt("object part", () => kv.get([{}] as any));
await attempt("symbol part", () => kv.get([Symbol()] as any));
await attempt("null part", () => kv.set([null] as any, 1));
await attempt("not an array", () => kv.get("x" as any));
await attempt("value 70000", () => kv.set(["x"], "a".repeat(70000)));
await attempt("bytes 65536", () => kv.set(["x"], new Uint8Array(65536)));
await attempt("bytes 65537", () => kv.set(["x"], new Uint8Array(65537)));
await attempt("key 3000 write", () => kv.set(["x".repeat(3000)], 1));
await attempt("key 3000 read", () => kv.get(["x".repeat(3000)]));
await attempt("1001 mutations", () => {
  const a = kv.atomic();
  for (let i = 0; i < 1001; i++) a.set(["a", i], i);
  return a.commit();
});
console.log("nothing applied:", (await kv.get(["a", 0])).value);
await attempt("empty key", () => kv.set([], 1));
await attempt("function", () => kv.set(["f"], () => 1));
await attempt("bad versionstamp", () => kv.atomic().check({ key: ["a"], versionstamp: "zz" }).commit());
await attempt("sum of number", () => kv.atomic().sum(["s"], 1 as any).commit());
await attempt("negative KvU64", () => new Deno.KvU64(-1n));
await attempt("huge KvU64", () => new Deno.KvU64(2n ** 64n));
await kv.set(["s"], "str");
await attempt("sum on string", () => kv.atomic().sum(["s"], 1n).commit());
await attempt("limit 0", () => kv.list({ prefix: ["k"] }, { limit: 0 }));
await attempt("start only", () => kv.list({ start: ["k"] } as any).next());
await attempt("11 keys", () => kv.getMany(Array.from({ length: 11 }, (_, i) => [i])));
await attempt("new Deno.Kv", () => new (Deno.Kv as any)());
kv.close();
await attempt("after close", () => kv.get(["a"]));
