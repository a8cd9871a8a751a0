import { assertEquals } from "../assert/mod.ts";
import { sprintf } from "./printf.ts";

Deno.test("sprintf() basic verbs", () => {
  assertEquals(sprintf("hello %s", "world"), "hello world");
  assertEquals(sprintf("%d%%", 50), "50%");
  assertEquals(sprintf("%t %t", true, 0), "true false");
  assertEquals(sprintf("%b", 5), "101");
  assertEquals(sprintf("%o", 9), "11");
  assertEquals(sprintf("%x %X", 255, 255), "ff FF");
  assertEquals(sprintf("%#x %#o %#b", 255, 8, 2), "0xff 010 0b10");
  assertEquals(sprintf("%c", 65), "A");
  assertEquals(sprintf("%T %T", 1, "s"), "number string");
  assertEquals(sprintf("%j", { a: [1] }), '{"a":[1]}');
  assertEquals(sprintf("%v", 12), "12");
  assertEquals(sprintf("%x", "ab"), "6162");
  assertEquals(sprintf("% x", "ab"), "61 62");
  assertEquals(sprintf("%d", 12345678901234567890n), "12345678901234567890");
});

Deno.test("sprintf() floats", () => {
  assertEquals(sprintf("%f", 4), "4.000000");
  assertEquals(sprintf("%.3f", 0.9999), "1.000");
  assertEquals(sprintf("%e", 1234.5678), "1.234568e+03");
  assertEquals(sprintf("%E", 0.000123), "1.230000E-04");
  assertEquals(sprintf("%g", 100000), "100000");
  assertEquals(sprintf("%g", 1e21), "1e+21");
  assertEquals(sprintf("%.3g", 1234.5), "1.23e+03");
  assertEquals(sprintf("%f %f %f", Infinity, -Infinity, NaN), "Inf -Inf NaN");
  assertEquals(sprintf("%+f", Infinity), "+Inf");
});

Deno.test("sprintf() width, precision and flags", () => {
  assertEquals(sprintf("%5d|", 42), "   42|");
  assertEquals(sprintf("%-5d|", 42), "42   |");
  assertEquals(sprintf("%05d", -42), "-0042");
  assertEquals(sprintf("%+d % d", 5, 5), "+5  5");
  assertEquals(sprintf("%08.3f", Math.PI), "0003.142");
  assertEquals(sprintf("%.2s", "abcdef"), "ab");
  assertEquals(sprintf("%*d", 4, 7), "   7");
  assertEquals(sprintf("%-*d|", 3, 7), "7  |");
  assertEquals(sprintf("%.*f", 1, 2.25), "2.3");
  assertEquals(sprintf("%<d", [1, 2, 3]), "[ 1, 2, 3 ]");
});

Deno.test("sprintf() argument indexes and errors", () => {
  assertEquals(sprintf("%[2]d %[1]d", 1, 2), "2 1");
  assertEquals(sprintf("%d %d", 1), "1 %!(MISSING 'd')");
  assertEquals(sprintf("%z", 1), "%!(BAD VERB 'z')");
  assertEquals(sprintf("%d", 1, "x"), "1%!(EXTRA 'x')");
  assertEquals(sprintf("%[5]d", 1), "%!(BAD INDEX)");
});
