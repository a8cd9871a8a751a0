Deno.test("a1", async () => { await new Promise((r) => setTimeout(r, 30)); console.log("a1 out"); });
Deno.test("a2", () => {});
