import { classify, kind, unused } from "./math.ts";

Deno.test("the rest", () => {
  if (classify(0) !== "zero") throw new Error("zero");
  if (classify(500) !== "big") throw new Error("big");
  if (kind(1) !== "n") throw new Error("kind");
  if (unused() !== 2) throw new Error("unused");
});
