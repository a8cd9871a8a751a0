import { assertEquals, assertThrows } from "../assert/mod.ts";
import { parse } from "./mod.ts";
import { parse as parseSub } from "./parse.ts";

Deno.test("parse() reads plain JSON like JSON.parse", () => {
  for (
    const text of [
      "null",
      "true",
      "false",
      "0",
      "-0",
      "1.5e-3",
      "-12.25E+2",
      '"a\\"b\\\\c\\/\\b\\f\\n\\r\\t\\u00e9\\ud83e\\udd95"',
      "[]",
      "{}",
      '[1, "two", {"three": [3, null]}]',
      ' \n\t{ "nested" : { "deep" : [ [ ] , { } ] } } \r\n',
    ]
  ) {
    assertEquals(parse(text), JSON.parse(text), text);
  }
  assertEquals(parseSub("[1]"), [1]);
});

Deno.test("parse() allows comments and trailing commas", () => {
  assertEquals(
    parse(`// leading
{
  /* block
     comment */ "a": 1, // after a
  "b": [1, 2, 3,], /* trailing */
  "c": { "d": "// not a comment", "e": "/* nor this */", },
}
// trailing`),
    { a: 1, b: [1, 2, 3], c: { d: "// not a comment", e: "/* nor this */" } },
  );
  assertEquals(parse("[1/**/,/**/2]"), [1, 2]);
  assertEquals(parse("\uFEFF{}"), {});
});

Deno.test("parse() keeps __proto__ as an own key", () => {
  const value = parse('{"__proto__": {"polluted": true}}') as Record<
    string,
    unknown
  >;
  assertEquals(Object.keys(value), ["__proto__"]);
  assertEquals(({} as Record<string, unknown>).polluted, undefined);
  assertEquals(Object.getPrototypeOf(value), Object.prototype);
});

Deno.test("parse() rejects invalid input with SyntaxError", () => {
  const cases: [string, string][] = [
    ["", "Unexpected end of JSONC input"],
    ["{", "Unexpected end of JSONC input"],
    ['{"a": 1', "Unexpected end of JSONC input"],
    ["[1,,2]", 'Unexpected token "," in JSONC at position 3'],
    ["[,]", 'Unexpected token ","'],
    ["{,}", 'Unexpected token ","'],
    ["{a: 1}", 'Unexpected token "a" in JSONC at position 1'],
    ["{'a': 1}", "Unexpected token"],
    ['{"a" 1}', 'Unexpected token "1"'],
    ["01", "Unexpected token"],
    ["1.", "Unexpected token"],
    [".5", "Unexpected token"],
    ["+1", "Unexpected token"],
    ["NaN", "Unexpected token"],
    ["tru", "Unexpected token"],
    ["[1] 2", 'Unexpected token "2" in JSONC at position 4'],
    ['"unterminated', "Unexpected end of JSONC input"],
    ['"bad \\x escape"', "Unexpected token"],
    ['"tab\there"', "Unexpected token"],
    ["/* unterminated", "Unexpected end of JSONC input"],
    ["[1, 2, // comment]", "Unexpected end of JSONC input"],
  ];
  for (const [text, message] of cases) {
    assertThrows(() => parse(text), SyntaxError, message, text);
  }
});
