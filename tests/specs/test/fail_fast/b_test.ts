Deno.test("b1", () => {});
