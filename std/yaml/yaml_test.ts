import { assert, assertEquals, assertThrows } from "../assert/mod.ts";
import { parse, parseAll, stringify, YAMLError } from "./mod.ts";

Deno.test("parse() reads block collections (spec 2.1-2.4)", () => {
  assertEquals(parse("- Mark McGwire\n- Sammy Sosa\n- Ken Griffey\n"), [
    "Mark McGwire",
    "Sammy Sosa",
    "Ken Griffey",
  ]);
  assertEquals(
    parse(
      "hr:  65    # Home runs\navg: 0.278 # Batting average\nrbi: 147   # Runs Batted In",
    ),
    { hr: 65, avg: 0.278, rbi: 147 },
  );
  assertEquals(
    parse(`american:
  - Boston Red Sox
  - Detroit Tigers
national:
  - New York Mets
  - Chicago Cubs
`),
    {
      american: ["Boston Red Sox", "Detroit Tigers"],
      national: ["New York Mets", "Chicago Cubs"],
    },
  );
  assertEquals(
    parse(`-
  name: Mark McGwire
  hr:   65
-
  name: Sammy Sosa
  hr:   63
- name: Ken
  hr: 1
`),
    [
      { name: "Mark McGwire", hr: 65 },
      { name: "Sammy Sosa", hr: 63 },
      { name: "Ken", hr: 1 },
    ],
  );
  assertEquals(parse("key:\n- a\n- b\nother: 1"), {
    key: ["a", "b"],
    other: 1,
  });
  assertEquals(parse("- - a\n  - b\n- - c"), [["a", "b"], ["c"]]);
});

Deno.test("parse() reads flow collections (spec 2.5, 2.6)", () => {
  assertEquals(
    parse(`- [name        , hr, avg  ]
- [Mark McGwire, 65, 0.278]
`),
    [["name", "hr", "avg"], ["Mark McGwire", 65, 0.278]],
  );
  assertEquals(
    parse(`Mark McGwire: {hr: 65, avg: 0.278}
Sammy Sosa: {
    hr: 63,
    avg: 0.288,
  }
`),
    {
      "Mark McGwire": { hr: 65, avg: 0.278 },
      "Sammy Sosa": { hr: 63, avg: 0.288 },
    },
  );
  assertEquals(parse('{"a":1, b: [], c: {}, d, "e": [x, {f: g}], h: }'), {
    a: 1,
    b: [],
    c: {},
    d: null,
    e: ["x", { f: "g" }],
    h: null,
  });
  assertEquals(parse("[a: 1, b]"), [{ a: 1 }, "b"]);
  assertEquals(parse("[a, b, ]"), ["a", "b"]);
  assertEquals(parse("{a:b}"), { "a:b": null });
});

Deno.test("parse() reads documents (spec 2.7, 2.8)", () => {
  assertEquals(
    parseAll(`# Ranking of 1998 home runs
---
- Mark McGwire
- Sammy Sosa

# Team ranking
---
- Chicago Cubs
- St Louis Cardinals
`),
    [["Mark McGwire", "Sammy Sosa"], ["Chicago Cubs", "St Louis Cardinals"]],
  );
  assertEquals(
    parseAll(`---
time: 20:03:20
player: Sammy Sosa
action: strike (miss)
...
---
time: 20:03:47
player: Sammy Sosa
action: grand slam
...
`),
    [
      { time: "20:03:20", player: "Sammy Sosa", action: "strike (miss)" },
      { time: "20:03:47", player: "Sammy Sosa", action: "grand slam" },
    ],
  );
  assertEquals(parseAll(""), []);
  assertEquals(parseAll("# just a comment\n"), []);
  assertEquals(parseAll("---\n---\n"), [null, null]);
  assertEquals(parse(""), null);
  assertEquals(parse("---\n"), null);
  assertEquals(parse("%YAML 1.2\n---\nfoo"), "foo");
  assertThrows(
    () => parse("a: 1\n---\nb: 2"),
    YAMLError,
    "more than 1 document",
  );
});

Deno.test("parse() reads anchors, aliases and merge keys (spec 2.10)", () => {
  const data = parse(`---
hr:
  - Mark McGwire
  # Following node labeled SS
  - &SS Sammy Sosa
rbi:
  - *SS # Subsequent occurrence
  - Ken Griffey
`);
  assertEquals(data, {
    hr: ["Mark McGwire", "Sammy Sosa"],
    rbi: ["Sammy Sosa", "Ken Griffey"],
  });
  const shared = parse("a: &x {k: [1]}\nb: *x\n") as Record<string, unknown>;
  assert(shared.a === shared.b);
  assertEquals(
    parse(`base: &base
  name: base
  value: 1
other: &other
  extra: true
derived:
  <<: [*base, *other]
  value: 2
`),
    {
      base: { name: "base", value: 1 },
      other: { extra: true },
      derived: { name: "base", value: 2, extra: true },
    },
  );
  assertEquals(parse("&a key: &b value\nother: *b\n"), {
    key: "value",
    other: "value",
  });
  assertEquals(parse("- &a a: b\n- *a"), [{ a: "b" }, "a"]);
  assertThrows(
    () => parse("a: *missing"),
    YAMLError,
    'unidentified alias "missing"',
  );
});

Deno.test("parse() reads block scalars (spec 2.13-2.16, 8.x)", () => {
  assertEquals(
    parse(`# ASCII Art
--- |
  \\//||\\/||
  // ||  ||__
`),
    "\\//||\\/||\n// ||  ||__\n",
  );
  assertEquals(
    parse(`>
  Mark McGwire's
  year was crippled
  by a knee injury.
`),
    "Mark McGwire's year was crippled by a knee injury.\n",
  );
  assertEquals(
    parse(`>
 Sammy Sosa completed another
 fine season with great stats.

   63 Home Runs
   0.288 Batting Average

 What a year!
`),
    "Sammy Sosa completed another fine season with great stats.\n\n  63 Home Runs\n  0.288 Batting Average\n\nWhat a year!\n",
  );
  assertEquals(
    parse(`strip: |-
  text
clip: |
  text
keep: |+
  text

last: end
`),
    { strip: "text", clip: "text\n", keep: "text\n\n", last: "end" },
  );
  assertEquals(parse("a: |2\n    indented\n  less\n"), {
    a: "  indented\nless\n",
  });
  assertEquals(parse("a: |\n  x\n\n  y\n"), { a: "x\n\ny\n" });
  assertEquals(parse("a: >-\n  x\n  y\n\n  z\n"), { a: "x y\nz" });
  assertEquals(parse("a: |\nb: 1"), { a: "", b: 1 });
  assertEquals(parse("- |\n  in seq\n- next"), ["in seq\n", "next"]);
  assertThrows(() => parse("a: |0\n  x"), YAMLError, "cannot be less than one");
  assertThrows(() => parse("a: |++\n  x"), YAMLError, "repeat of a chomping");
  assertThrows(
    () => parse("a: | x\n  y"),
    YAMLError,
    "followed by a line break",
  );
});

Deno.test("parse() reads flow scalars (spec 2.17, 2.18, 7.x)", () => {
  assertEquals(
    parse(`unicode: "Sosa did fine.\\u263A"
control: "\\b1998\\t1999\\t2000\\n"
hex esc: "\\x0d\\x0a is \\r\\n"
single: '"Howdy!" he cried.'
quoted: ' # Not a ''comment''.'
tie-fighter: '|\\-*-/|'
`),
    {
      unicode: "Sosa did fine.\u263A",
      control: "\b1998\t1999\t2000\n",
      "hex esc": "\r\n is \r\n",
      single: '"Howdy!" he cried.',
      quoted: " # Not a 'comment'.",
      "tie-fighter": "|\\-*-/|",
    },
  );
  assertEquals(
    parse(`plain:
  This unquoted scalar
  spans many lines.

quoted: "So does this
  quoted scalar.\\n"
`),
    {
      plain: "This unquoted scalar spans many lines.",
      quoted: "So does this quoted scalar.\n",
    },
  );
  assertEquals(
    parse(
      '"folded \n  to a space,\t\n \n  to a line feed, or \t\\\n \\ \tnon-content"',
    ),
    "folded to a space,\nto a line feed, or \t \tnon-content",
  );
  assertEquals(parse("'here''s to \"quotes\"'"), 'here\'s to "quotes"');
  assertEquals(
    parse('"\\U0001F600 \\N \\_ \\L \\P \\e \\0 \\a \\v \\/ \\ "'),
    "\u{1F600} \x85 \xa0 \u2028 \u2029 \x1b \0 \x07 \x0b /  ",
  );
  assertEquals(parse("a: b # comment\nc: d#not comment"), {
    a: "b",
    c: "d#not comment",
  });
  assertEquals(parse("url: http://example.com:8080/path"), {
    url: "http://example.com:8080/path",
  });
  assertThrows(
    () => parse('"bad \\q escape"'),
    YAMLError,
    "unknown escape sequence",
  );
  assertThrows(
    () => parse('"\\xZZ"'),
    YAMLError,
    "expected hexadecimal character",
  );
});

Deno.test("parse() resolves core schema scalars", () => {
  assertEquals(
    parse(`
nulls: [~, null, Null, NULL, ]
empty:
bools: [true, True, TRUE, false, False, FALSE]
not bools: [yes, no, on, off, tRUE]
ints: [0, -19, +12, 0o14, 0x1F, 0b101, 1_000]
floats: [1.5, -0.5, 1e3, 6.8523015e+5, .5, +.inf, -.Inf, .NAN]
strings: ["123", '1.5', 1.2.3, 0x, 12a]
`),
    {
      nulls: [null, null, null, null],
      empty: null,
      bools: [true, true, true, false, false, false],
      "not bools": ["yes", "no", "on", "off", "tRUE"],
      ints: [0, -19, 12, 12, 31, 5, 1000],
      floats: [1.5, -0.5, 1000, 685230.15, 0.5, Infinity, -Infinity, NaN],
      strings: ["123", "1.5", "1.2.3", "0x", "12a"],
    },
  );
});

Deno.test("parse() handles schemas and explicit tags", () => {
  assertEquals(
    parse(
      "date: 2001-12-14\nts: 2001-12-14t21:59:43.10-05:00\nspaced: 2001-12-14 21:59:43.10 -5",
    ),
    {
      date: new Date("2001-12-14T00:00:00Z"),
      ts: new Date("2001-12-15T02:59:43.100Z"),
      spaced: new Date("2001-12-15T02:59:43.100Z"),
    },
  );
  assertEquals(parse("date: 2001-12-14", { schema: "core" }), {
    date: "2001-12-14",
  });
  assertEquals(parse("a: 1\nb: true\nc: ~", { schema: "failsafe" }), {
    a: "1",
    b: "true",
    c: "~",
  });
  assertEquals(parse("a: 1", { schema: "json" }), { a: 1 });
  assertEquals(
    parse(`a: !!str 123
b: !!int "42"
c: !!float '1'
d: !!bool "false"
e: !!null ""
f: !!seq [1]
g: !!map {x: 1}
h: !<tag:yaml.org,2002:str> verbatim
i: ! 12
j: !!str
`),
    {
      a: "123",
      b: 42,
      c: 1,
      d: false,
      e: null,
      f: [1],
      g: { x: 1 },
      h: "verbatim",
      i: "12",
      j: "",
    },
  );
  assertEquals(
    parse("%TAG !e! tag:yaml.org,2002:\n---\n!e!str 1"),
    "1",
  );
  assertEquals(parse("!!binary aGVsbG8="), new TextEncoder().encode("hello"));
  assertEquals(parse("!!set\n? a\n? b"), { a: null, b: null });
  assertEquals(parse("!!omap\n- a: 1\n- b: 2"), [{ a: 1 }, { b: 2 }]);
  assertEquals(parse("!!pairs\n- a: 1\n- a: 2"), [["a", 1], ["a", 2]]);
  assertEquals(parse("!!js/regexp /ab+c/gi", { schema: "extended" }), /ab+c/gi);
  assertEquals(parse("!!js/undefined ''", { schema: "extended" }), undefined);
  assertThrows(() => parse("!!js/regexp /a/"), YAMLError, "unknown tag");
  assertThrows(
    () => parse("a: !custom x"),
    YAMLError,
    "unknown tag !<!custom>",
  );
  assertThrows(() => parse("a: !!int abc"), YAMLError, "cannot resolve a node");
  assertThrows(
    () => parse("a: !!map [1]"),
    YAMLError,
    "unacceptable node kind",
  );
  assertThrows(
    () => parse("!!omap\n- a: 1\n- a: 2"),
    YAMLError,
    "cannot resolve",
  );
});

Deno.test("parse() handles complex and duplicate keys", () => {
  assertEquals(parse("? complex key\n: value\n? - a\n  - b\n: seq key"), {
    "complex key": "value",
    "a,b": "seq key",
  });
  assertEquals(parse(": empty key"), { null: "empty key" });
  assertThrows(
    () => parse("a: 1\na: 2"),
    YAMLError,
    'duplicated mapping key "a"',
  );
  assertEquals(parse("a: 1\na: 2", { allowDuplicateKeys: true }), { a: 2 });
  const value = parse("__proto__: {polluted: true}") as Record<string, unknown>;
  assertEquals(Object.keys(value), ["__proto__"]);
  assertEquals(({} as Record<string, unknown>).polluted, undefined);
});

Deno.test("parse() errors give line, column and a snippet", () => {
  const error = assertThrows(
    () => parse("a: 1\nb:\n  c: 2\n d: 3\n"),
    YAMLError,
  );
  assert(error instanceof SyntaxError);
  assertEquals(error.line, 4);
  assertEquals(error.column, 2);
  assertEquals(error.reason, "bad indentation of a mapping entry");
  assertEquals(
    error.message,
    "bad indentation of a mapping entry at line 4, column 2:\n" +
      "2 | b:\n3 |   c: 2\n4 |  d: 3\n  |  ^",
  );
  const cases: [string, string][] = [
    ["a: [1, 2", "unexpected end of the stream within a flow collection"],
    ["a: {b: 1", "unexpected end of the stream within a flow collection"],
    ['["a" "b"]', "missed comma between flow collection entries"],
    ["[1, , 2]", "expected the node content, but found ','"],
    ['a: "open', "unexpected end of the stream within a double quoted scalar"],
    ["a: 'open", "unexpected end of the stream within a single quoted scalar"],
    ["a: b: c", "bad indentation of a mapping entry"],
    ["- a\nb: 1", "end of the stream or a document separator is expected"],
    ["a:\n\tb: 1", "tab characters must not be used in indentation"],
    [
      "key: value\n  other: x",
      "bad indentation of a mapping entry at line 2, column 8",
    ],
    ["- a\n  b: c", "bad indentation of a sequence entry"],
    [
      "x: 1\na\nb: c",
      "can not read a block mapping entry; a multiline key may not be an implicit key",
    ],
    ["a: 1\n'b' c", "can not read an implicit mapping pair; a colon is missed"],
    ["&a &b x", "duplication of an anchor property"],
    ["!!str !!str x", "duplication of a tag property"],
    ["- &b x\n- &a *b", "alias node should not have any properties"],
    ["& x", "name of an anchor node must contain at least one character"],
    ["!x!y z", "undeclared tag handle"],
    ["%YAML 1.2\n%YAML 1.2\n---\nx", "duplication of %YAML directive"],
    ["%YAML 2.0\n---\nx", "unacceptable YAML version"],
    ["%YAML 1.2\nx", "directives end mark is expected"],
    ["--- a: b", "end of the stream or a document separator is expected"],
    ["a\n... junk", "end of the stream or a document separator is expected"],
    ["a: [b]#c", "bad indentation of a mapping entry at line 1, column 7"],
    ['a: "x\u0001"', "the stream contains non-printable characters"],
  ];
  for (const [text, message] of cases) {
    const e = assertThrows(
      () => parse(text),
      YAMLError,
      message,
      JSON.stringify(text),
    );
    assert(e.line >= 1 && e.column >= 1);
  }
});

Deno.test("parse() reports warnings", () => {
  const warnings: string[] = [];
  assertEquals(
    parse("%FOO bar\n---\nx", { onWarning: (e) => warnings.push(e.message) }),
    "x",
  );
  assertEquals(warnings.length, 1);
  assert(warnings[0]!.startsWith('unknown document directive "FOO"'));
});

Deno.test("stringify() writes block style", () => {
  assertEquals(
    stringify({
      id: 1,
      name: "Alice",
      tags: ["admin", "user"],
      nested: { list: [{ a: 1, b: 2 }, [1, 2]], empty: [], obj: {} },
      none: null,
      float: 1.5,
      bool: false,
    }),
    `id: 1
name: Alice
tags:
  - admin
  - user
nested:
  list:
    - a: 1
      b: 2
    - - 1
      - 2
  empty: []
  obj: {}
none: null
float: 1.5
bool: false
`,
  );
  assertEquals(stringify([]), "[]\n");
  assertEquals(stringify("text"), "text\n");
  assertEquals(stringify(42), "42\n");
  assertEquals(stringify(null), "null\n");
});

Deno.test("stringify() quotes strings only when needed", () => {
  assertEquals(
    stringify({
      a: "true",
      b: "123",
      c: "null",
      d: "",
      e: "it's",
      f: "a: b",
      g: "a #b",
      h: " lead",
      i: "trail ",
      j: "- dash",
      k: "tab\there",
      l: "é ünïcödé",
      m: "yes",
      n: "1:30",
      o: "2001-12-14",
      p: "[x]",
      q: "a,b",
      r: "\u0007bell",
      s: "~",
      t: "*star",
      u: "0x1F",
    }),
    `a: 'true'
b: '123'
c: 'null'
d: ''
e: it's
f: 'a: b'
g: 'a #b'
h: ' lead'
i: 'trail '
j: '- dash'
k: "tab\\there"
l: é ünïcödé
m: 'yes'
'n': '1:30'
o: '2001-12-14'
p: '[x]'
q: a,b
r: "\\abell"
s: '~'
t: '*star'
u: '0x1F'
`,
  );
  assertEquals(stringify({ m: "yes" }, { compatMode: false }), "m: yes\n");
  assertEquals(stringify({ a: "true" }, { quoteStyle: '"' }), 'a: "true"\n');
});

Deno.test("stringify() writes multi-line and long strings as block scalars", () => {
  assertEquals(stringify({ a: "line1\nline2" }), "a: |-\n  line1\n  line2\n");
  assertEquals(stringify({ a: "line1\nline2\n" }), "a: |\n  line1\n  line2\n");
  assertEquals(stringify({ a: "line1\n\n" }), "a: |+\n  line1\n\n");
  assertEquals(
    stringify({ a: "  indented\nnext" }),
    "a: |2-\n    indented\n  next\n",
  );
  const long = "word ".repeat(30).trim();
  const folded = stringify({ long });
  assert(folded.startsWith("long: >-\n  word word"));
  assertEquals(parse(folded), { long });
  assertEquals(stringify({ long }, { lineWidth: -1 }), `long: ${long}\n`);
});

Deno.test("stringify() options", () => {
  const data = { b: [1, [2, 3]], a: { c: 1, d: "x y" } };
  assertEquals(
    stringify(data, { flowLevel: 0 }),
    "{b: [1, [2, 3]], a: {c: 1, d: x y}}\n",
  );
  assertEquals(
    stringify(data, { flowLevel: 1 }),
    "b: [1, [2, 3]]\na: {c: 1, d: x y}\n",
  );
  assertEquals(
    stringify(data, { flowLevel: 0, condenseFlow: true }),
    '{"b":[1,[2,3]],"a":{"c":1,"d":x y}}\n',
  );
  assertEquals(
    stringify(data, { sortKeys: true }),
    "a:\n  c: 1\n  d: x y\nb:\n  - 1\n  - - 2\n    - 3\n",
  );
  assertEquals(
    stringify({ a: 1, b: 2 }, { sortKeys: (x, y) => y.localeCompare(x) }),
    "b: 2\na: 1\n",
  );
  assertEquals(
    stringify({ a: [1, 2] }, { arrayIndent: false }),
    "a:\n- 1\n- 2\n",
  );
  assertEquals(
    stringify({ a: { b: [1] } }, { indent: 4 }),
    "a:\n    b:\n        - 1\n",
  );
  assertEquals(
    stringify({ n: null, t: true, i: 10 }, {
      styles: {
        "!!null": "canonical",
        "!!bool": "uppercase",
        "!!int": "hexadecimal",
      },
    }),
    "'n': ~\nt: TRUE\ni: 0xA\n",
  );
  const shared = { x: 1 };
  assertEquals(
    stringify({ a: shared, b: shared }),
    "a: &ref_0\n  x: 1\nb: *ref_0\n",
  );
  assertEquals(
    stringify({ a: shared, b: shared }, { useAnchors: false }),
    "a:\n  x: 1\nb:\n  x: 1\n",
  );
  assertEquals(
    stringify({ a: undefined, b: 1, c: [undefined] }),
    "b: 1\nc:\n  - null\n",
  );
  assertThrows(() => stringify({ f: () => 1 }), TypeError);
  assertEquals(
    stringify({ f: () => 1, g: 1 }, { skipInvalid: true }),
    "g: 1\n",
  );
});

Deno.test("stringify() writes special values", () => {
  assertEquals(
    stringify({
      inf: Infinity,
      ninf: -Infinity,
      nan: NaN,
      negZero: -0,
      big: 1e21,
      date: new Date("2001-12-14T21:59:43.100Z"),
      bytes: new Uint8Array([104, 101, 108, 108, 111]),
    }),
    `inf: .inf
ninf: -.inf
nan: .nan
negZero: -0.0
big: 1e+21
date: 2001-12-14T21:59:43.100Z
bytes: !!binary aGVsbG8=
`,
  );
  assertEquals(
    stringify(/ab+c/gi, { schema: "extended" }),
    "!!js/regexp /ab+c/gi\n",
  );
  assertThrows(() => stringify(/x/), TypeError);
});

Deno.test("stringify() then parse() gives the value back", () => {
  const values: unknown[] = [
    { a: [1, { b: "c\nd", e: [] }], "key with: colon": "v", "": "empty key" },
    [
      "- item",
      "? q",
      ": c",
      "#",
      "@at",
      "`tick",
      "%p",
      "!bang",
      "&amp",
      "|",
      ">",
    ],
    { nested: { deeper: { deepest: ["x", 1.25, null, true] } } },
    "trailing newlines\n\n\n",
    "\n\nleading newlines",
    " \t mixed whitespace \t ",
    "\u2028 line separator \u0085 next line",
    "emoji 🦕 and \ud800 lone surrogate",
  ];
  for (const value of values) {
    for (
      const options of [
        {},
        { flowLevel: 0 },
        { indent: 3, arrayIndent: false },
        { lineWidth: 10 },
      ]
    ) {
      assertEquals(
        parse(stringify(value, options)),
        value,
        JSON.stringify([value, options]),
      );
    }
  }
});
