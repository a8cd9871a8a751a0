Deno.test("alpha", () => {});
Deno.test("beta", () => {});
Deno.test("alphabet", () => {});
