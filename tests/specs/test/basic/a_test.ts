Deno.test("adds", () => {
  if (1 + 1 !== 2) throw new Error("math");
});
Deno.test("fails", () => {
  throw new Error("boom");
});
Deno.test("steps", async (t) => {
  await t.step("one", () => {});
  await t.step("two", async (t) => {
    await t.step("inner", () => {});
  });
});
Deno.test.ignore("skipped", () => {});
Deno.test({ name: "async", async fn() { await new Promise((r) => setTimeout(r, 5)); } });
