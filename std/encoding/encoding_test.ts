/**
 * Tests for base64, base64url, hex, base32, base58 and ascii85.
 *
 * @module
 */
import { assertEquals, assertThrows } from "../assert/mod.ts";
import {
  decodeAscii85,
  decodeBase32,
  decodeBase58,
  decodeBase64,
  decodeBase64Url,
  decodeHex,
  encodeAscii85,
  encodeBase32,
  encodeBase58,
  encodeBase64,
  encodeBase64Url,
  encodeHex,
} from "./mod.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

Deno.test("base64 RFC 4648 vectors", () => {
  const vectors: [string, string][] = [
    ["", ""],
    ["f", "Zg=="],
    ["fo", "Zm8="],
    ["foo", "Zm9v"],
    ["foob", "Zm9vYg=="],
    ["fooba", "Zm9vYmE="],
    ["foobar", "Zm9vYmFy"],
  ];
  for (const [input, output] of vectors) {
    assertEquals(encodeBase64(input), output);
    assertEquals(encodeBase64(enc.encode(input)), output);
    assertEquals(encodeBase64(enc.encode(input).buffer), output);
    assertEquals(dec.decode(decodeBase64(output)), input);
  }
  assertEquals(encodeBase64("💩"), "8J+SqQ==");
  assertEquals(decodeBase64("Zm8"), enc.encode("fo"));
  const all = new Uint8Array(256).map((_, i) => i);
  assertEquals(decodeBase64(encodeBase64(all)), all);
  assertEquals(encodeBase64(new Uint8Array([0xfb, 0xff])), "+/8=");
});

Deno.test("base64 rejects invalid input", () => {
  assertThrows(() => decodeBase64("Zm9v!"), TypeError);
  assertThrows(() => decodeBase64("Z"), TypeError);
  assertThrows(() => decodeBase64("Zm9vY"), TypeError);
  assertThrows(() => decodeBase64("-_8="), TypeError);
  assertThrows(() => decodeBase64("Zm9v Zm9v"), TypeError);
  assertThrows(() => decodeBase64("Zg="), TypeError);
  assertThrows(() => decodeBase64("é"), TypeError);
  assertThrows(() => encodeBase64(123 as unknown as string), TypeError);
});

Deno.test("base64url", () => {
  assertEquals(encodeBase64Url(new Uint8Array([0xfb, 0xff])), "-_8");
  assertEquals(encodeBase64Url("foob"), "Zm9vYg");
  assertEquals(decodeBase64Url("-_8"), new Uint8Array([0xfb, 0xff]));
  assertEquals(decodeBase64Url("-_8="), new Uint8Array([0xfb, 0xff]));
  assertEquals(dec.decode(decodeBase64Url("Zm9vYmFy")), "foobar");
  assertThrows(() => decodeBase64Url("+/8"), TypeError);
  assertThrows(() => decodeBase64Url("a"), TypeError);
});

Deno.test("hex", () => {
  assertEquals(encodeHex(""), "");
  assertEquals(encodeHex("abc"), "616263");
  assertEquals(encodeHex(new Uint8Array([0, 1, 0xab, 0xff])), "0001abff");
  assertEquals(decodeHex("0001ABff"), new Uint8Array([0, 1, 0xab, 0xff]));
  assertEquals(decodeHex(""), new Uint8Array());
  assertThrows(() => decodeHex("abc"), RangeError);
  assertThrows(() => decodeHex("zz"), TypeError);
  assertThrows(() => decodeHex("0g"), TypeError);
});

Deno.test("base32 RFC 4648 vectors", () => {
  const vectors: [string, string][] = [
    ["", ""],
    ["f", "MY======"],
    ["fo", "MZXQ===="],
    ["foo", "MZXW6==="],
    ["foob", "MZXW6YQ="],
    ["fooba", "MZXW6YTB"],
    ["foobar", "MZXW6YTBOI======"],
  ];
  for (const [input, output] of vectors) {
    assertEquals(encodeBase32(input), output);
    assertEquals(dec.decode(decodeBase32(output)), input);
  }
  assertEquals(dec.decode(decodeBase32("MZXW6YQ")), "foob");
  const all = new Uint8Array(256).map((_, i) => 255 - i);
  assertEquals(decodeBase32(encodeBase32(all)), all);
  assertThrows(() => decodeBase32("MZXW6YQ1"), TypeError);
  assertThrows(() => decodeBase32("mzxw6yq="), TypeError);
  assertThrows(() => decodeBase32("M"), TypeError);
  assertThrows(() => decodeBase32("MY==="), TypeError);
});

Deno.test("base58", () => {
  assertEquals(encodeBase58("Hello World!"), "2NEpo7TZRRrLZSi2U");
  assertEquals(encodeBase58(new Uint8Array([0, 0, 1])), "112");
  assertEquals(encodeBase58(""), "");
  assertEquals(dec.decode(decodeBase58("2NEpo7TZRRrLZSi2U")), "Hello World!");
  assertEquals(decodeBase58("112"), new Uint8Array([0, 0, 1]));
  assertThrows(() => decodeBase58("0OIl"), TypeError);
  const all = new Uint8Array(64).map((_, i) => i * 3);
  assertEquals(decodeBase58(encodeBase58(all)), all);
});

Deno.test("ascii85", () => {
  assertEquals(encodeAscii85("Hello World!"), '87cURD]i,"Ebo80');
  assertEquals(
    encodeAscii85("Hello World!", { delimiter: true }),
    '<~87cURD]i,"Ebo80~>',
  );
  assertEquals(
    dec.decode(decodeAscii85('<~87cURD]i,"Ebo80~>')),
    "Hello World!",
  );
  assertEquals(encodeAscii85(new Uint8Array(4)), "z");
  assertEquals(decodeAscii85("z"), new Uint8Array(4));
  assertEquals(encodeAscii85("    ", { standard: "btoa" }), "y");
  assertEquals(dec.decode(decodeAscii85("y", { standard: "btoa" })), "    ");
  assertEquals(
    encodeAscii85(
      new Uint8Array([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]),
      { standard: "Z85" },
    ),
    "HelloWorld",
  );
  assertEquals(
    decodeAscii85("HelloWorld", { standard: "Z85" }),
    new Uint8Array([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]),
  );
  for (const standard of ["Adobe", "btoa", "RFC 1924", "Z85"] as const) {
    for (const s of ["", "a", "ab", "abc", "abcd", "abcde", "\0\0\0\0x"]) {
      assertEquals(
        dec.decode(
          decodeAscii85(encodeAscii85(s, { standard, delimiter: true }), {
            standard,
          }),
        ),
        s,
        `${standard} ${s}`,
      );
    }
  }
  assertThrows(() => decodeAscii85("\x7f"), TypeError);
});
