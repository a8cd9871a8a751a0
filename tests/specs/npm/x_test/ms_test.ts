import ms from "npm:ms@2";
import { z } from "npm:zod@4";
import assert from "node:assert";

Deno.test("ms parses durations", () => {
  assert.strictEqual(ms("2h"), 7200000);
});

Deno.test("zod rejects bad input", () => {
  assert.throws(() => z.number().parse("1"));
});
