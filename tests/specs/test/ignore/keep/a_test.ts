Deno.test("kept", () => {});
