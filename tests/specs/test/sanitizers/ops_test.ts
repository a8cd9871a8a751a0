Deno.test({ name: "leaks a timer", sanitizeOps: true, fn() { setTimeout(() => {}, 100000); } });
Deno.test({ name: "clears its timer", sanitizeOps: true, fn() { clearTimeout(setTimeout(() => {}, 100000)); } });
Deno.test({ name: "leaks a file", sanitizeResources: true, async fn() { await Deno.open("ops_test.ts"); } });
Deno.test("exits", () => { Deno.exit(3); });
Deno.test("runs after the exit attempt", () => {});
