// watch(keys): the current entries first, then an array each time one of them changes.
const kv = await Deno.openKv(":memory:");
await kv.set(["a"], 1);
const reader = kv.watch([["a"], ["b"]]).getReader();
const show = async () => console.log((await reader.read()).value!.map((e) => [e.key[0], e.value]));
await show();
setTimeout(async () => {
  await kv.set(["other"], 0); // not watched: no update
  await kv.set(["b"], "two");
}, 50);
await show();
setTimeout(() => kv.atomic().set(["a"], 2).delete(["b"]).commit(), 50);
await show();
await reader.cancel();
kv.close();
console.log("done");
