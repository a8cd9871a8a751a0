Deno.test({ name: "narrowed to no read", permissions: { read: false }, async fn() {
  await Deno.readTextFile("perm_test.ts");
} });
Deno.test("inherits the run's read", async () => { await Deno.readTextFile("perm_test.ts"); });
Deno.test({ name: "cannot escalate", permissions: { write: true }, fn() {} });
