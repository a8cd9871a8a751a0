Deno.test("skipped", () => { throw new Error("should be ignored"); });
