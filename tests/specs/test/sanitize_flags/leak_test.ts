Deno.test("leaks a timer", () => { setTimeout(() => {}, 100000); });
Deno.test("opts out", { sanitizeOps: false }, () => { setTimeout(() => {}, 100000); });
