import { assertEquals, assertThrows } from "../assert/mod.ts";
import { format } from "./bytes.ts";

Deno.test("format() bytes", () => {
  assertEquals(format(0), "0 B");
  assertEquals(format(0.4), "0.4 B");
  assertEquals(format(10), "10 B");
  assertEquals(format(1337), "1.34 kB");
  assertEquals(format(1000), "1 kB");
  assertEquals(format(1e16), "10 PB");
  assertEquals(format(1e30), "1000000 YB");
  assertEquals(format(-999), "-999 B");
  assertEquals(format(-1001), "-1 kB");
});

Deno.test("format() options", () => {
  assertEquals(format(42, { signed: true }), "+42 B");
  assertEquals(format(-13, { signed: true }), "-13 B");
  assertEquals(format(0, { signed: true }), " 0 B");
  assertEquals(format(1337, { bits: true }), "1.34 kbit");
  assertEquals(format(1024, { binary: true }), "1 kiB");
  assertEquals(format(1024, { binary: true, bits: true }), "1 kibit");
  assertEquals(format(1.5 * 1024 ** 3, { binary: true }), "1.5 GiB");
  assertEquals(format(1001, { locale: "de" }), "1 kB");
  assertEquals(format(1337, { locale: "de" }), "1,34 kB");
  assertEquals(format(1e30, { locale: "en" }), "1,000,000 YB");
  assertEquals(format(1900, { maximumFractionDigits: 1 }), "1.9 kB");
  assertEquals(format(1900, { minimumFractionDigits: 3 }), "1.900 kB");
});

Deno.test("format() rejects non-finite numbers", () => {
  assertThrows(() => format(NaN), TypeError, "Expected a finite number");
  assertThrows(() => format(Infinity), TypeError);
});
