Deno.test("c1", () => {});
