(globalThis as any).shared = "a";
Deno.test("a sets a global", () => {});
