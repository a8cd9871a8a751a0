Deno.test("b does not see it", () => {
  if ("shared" in globalThis) throw new Error("a global leaked between files");
});
