// Fails on the first attempt, passes on the retry (a file records the attempt).
Deno.test("flaky", () => {
  let attempt = 0;
  try { attempt = Number(Deno.readTextFileSync("attempts.txt")); } catch { /* first */ }
  Deno.writeTextFileSync("attempts.txt", String(attempt + 1));
  if (attempt === 0) throw new Error("first attempt fails");
});
Deno.test("always fails", () => { throw new Error("always"); });
