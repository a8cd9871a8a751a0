// Deno.openKv(path) needs read and write permission for the path (as in Deno); with no
// path the database is the cache dir's file for this main module, kept across runs.
const mode = Deno.args[0];
if (mode === "path") {
  try {
    await Deno.openKv("data.sqlite3");
  } catch (e) {
    console.log((e as Error).name);
  }
} else if (mode === "path-allowed") {
  const kv = await Deno.openKv("data.sqlite3");
  const { value } = await kv.get(["runs"]);
  await kv.set(["runs"], ((value as number) ?? 0) + 1);
  console.log("runs", (value as number ?? 0) + 1, Deno.statSync("data.sqlite3").isFile);
  kv.close();
} else {
  const kv = await Deno.openKv();
  const res = await kv.atomic().sum(["runs"], 1n).commit();
  console.log("default runs", (await kv.get(["runs"])).value, res.ok);
  kv.close();
}
