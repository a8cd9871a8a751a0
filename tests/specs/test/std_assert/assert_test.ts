import { assertEquals } from "jsr:@std/assert";
import { expect } from "jsr:@std/expect";
Deno.test("diff", () => { assertEquals({ a: 1, b: [1, 2] }, { a: 2, b: [1, 3] }); });
Deno.test("expect", () => { expect([1, 2]).toEqual([1, 2]); });
