Deno.test("x", () => {
  let = = 1;
});
