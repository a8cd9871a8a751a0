Deno.test("never resolves", () => new Promise(() => {}));
Deno.test("next", () => {});
