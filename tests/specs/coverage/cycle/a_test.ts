import { value } from "./a.ts";

Deno.test("the cycle evaluates", () => {
  if (value !== 41) throw new Error(`value is ${value}`);
});
