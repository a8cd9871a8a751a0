import { addOne } from "./mod.ts";

Deno.test("addOne", () => {
  if (addOne(1) !== 4) throw new Error("bad");
});
