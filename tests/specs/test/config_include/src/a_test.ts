Deno.test("in src", () => {});
