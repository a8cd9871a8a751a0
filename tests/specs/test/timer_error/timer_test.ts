Deno.test("sets a timer that throws", async () => {
  setTimeout(() => { throw new Error("from timer"); }, 0);
  await new Promise((r) => setTimeout(r, 20));
});
Deno.test("fine", () => {});
