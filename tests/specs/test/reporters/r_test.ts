Deno.test("passes", () => {});
Deno.test("fails", () => { throw new Error("boom"); });
Deno.test("steps", async (t) => { await t.step("inner", () => {}); });
Deno.test.ignore("skipped", () => {});
