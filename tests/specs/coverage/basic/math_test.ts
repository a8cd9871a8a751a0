import { classify, kind, twice } from "./math.ts";

Deno.test("classify", () => {
  if (classify(-1) !== "negative") throw new Error("neg");
  if (classify(5) !== "small") throw new Error("small");
  if (twice(2) !== 4) throw new Error("twice");
  if (kind("a") !== "s") throw new Error("kind");
});
