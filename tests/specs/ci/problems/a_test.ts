import { half } from "./mod.ts";

Deno.test("half of 4", () => {
  if (half(4) !== 2) throw new Error("wrong");
});
