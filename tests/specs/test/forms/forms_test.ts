Deno.test("name, fn", () => {});
Deno.test("name, options, fn", { permissions: "inherit" }, () => {});
Deno.test({ name: "options" , fn() {} });
Deno.test({ name: "options, fn" }, () => {});
Deno.test(function namedFunction() {});
Deno.test({ name: "ignored option", ignore: true, fn() {} });
Deno.test.ignore(function ignoredFunction() {});
Deno.test("context", (t) => {
  if (t.name !== "context") throw new Error(t.name);
  if (!t.origin.endsWith("/forms_test.ts")) throw new Error(t.origin);
});
Deno.test("nested steps fail", async (t) => {
  await t.step("ok step", () => {});
  await t.step("bad step", async (t) => {
    await t.step("deep", () => { throw new Error("deep failure"); });
  });
  await t.step({ name: "ignored step", ignore: true, fn() {} });
});
