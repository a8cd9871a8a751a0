const kv = await Deno.openKv("counter.sqlite3");
for (let i = 0; i < 1000; i++) {
  while (true) {
    const current = await kv.get<number>(["counter"]);
    const result = await kv.atomic()
      .check(current)
      .set(["counter"], (current.value ?? 0) + 1)
      .commit();
    if (result.ok) break;
  }
}
kv.close();
