Deno.test("a", () => {});
Deno.test.only("b", () => {});
Deno.test({ name: "c", only: true, fn() {} });
