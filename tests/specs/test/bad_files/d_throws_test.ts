Deno.test("registered", () => {});
throw new Error("top-level failure");
