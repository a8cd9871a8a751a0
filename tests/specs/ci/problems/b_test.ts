import { triple } from "./mod.ts";

Deno.test("triple of 2", () => {
  if (triple(2) !== 7) throw new Error("triple(2) is not 7");
});
