Deno.test("reads the data set", () => {
  if (Deno.readTextFileSync("data/a.txt").trim() !== "alpha") throw new Error("bad data");
});
Deno.test("cannot read outside it", () => {
  try {
    Deno.readTextFileSync("secret.txt");
  } catch (e) {
    if (e instanceof Deno.errors.NotCapable) return;
  }
  throw new Error("read secret.txt");
});
