const kv = await Deno.openKv("shared.sqlite3");
await kv.atomic().set(["flag"], "raised").enqueue({ from: "writer" }).commit();
kv.close();
