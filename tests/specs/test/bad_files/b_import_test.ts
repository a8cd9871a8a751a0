import { nope } from "./missing.ts";
Deno.test("x", () => { nope; });
