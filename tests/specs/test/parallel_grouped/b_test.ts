Deno.test("b1", () => { console.log("b1 out"); });
