Deno.test("outside", () => { throw new Error("not included"); });
