import { assertEquals, assertThrows } from "../assert/mod.ts";
import { format } from "./duration.ts";

Deno.test("format() narrow", () => {
  assertEquals(format(99674), "0d 0h 1m 39s 674ms 0µs 0ns");
  assertEquals(format(99674, { ignoreZero: true }), "1m 39s 674ms");
  assertEquals(format(1.001001, { ignoreZero: true }), "1ms 1µs 1ns");
  assertEquals(format(0, { ignoreZero: true }), "");
  assertEquals(format(86400000 * 2 + 3600000), "2d 1h 0m 0s 0ms 0µs 0ns");
});

Deno.test("format() full", () => {
  assertEquals(
    format(99674, { style: "full" }),
    "0 days, 0 hours, 1 minutes, 39 seconds, 674 milliseconds, 0 microseconds, 0 nanoseconds",
  );
  assertEquals(
    format(99674, { style: "full", ignoreZero: true }),
    "1 minutes, 39 seconds, 674 milliseconds",
  );
});

Deno.test("format() digital", () => {
  assertEquals(format(99674, { style: "digital" }), "00:00:01:39:674:000:000");
  assertEquals(
    format(99674, { style: "digital", ignoreZero: true }),
    "00:00:01:39:674",
  );
});

Deno.test("format() rejects unknown styles", () => {
  assertThrows(
    // deno-lint-ignore no-explicit-any
    () => format(1, { style: "bogus" as any }),
    TypeError,
    "style must be",
  );
});
