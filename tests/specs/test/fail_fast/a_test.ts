Deno.test("a1", () => { throw new Error("first"); });
Deno.test("a2", () => {});
