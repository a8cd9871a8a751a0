import { classify } from "./math.ts";

Deno.test("negative", () => {
  if (classify(-1) !== "negative") throw new Error("neg");
});
