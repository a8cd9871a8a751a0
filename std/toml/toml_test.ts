import { assertEquals, assertThrows } from "../assert/mod.ts";
import { parse, stringify } from "./mod.ts";

Deno.test("parse() reads the toml.io example", () => {
  const text = `# This is a TOML document

title = "TOML Example"

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"
`;
  assertEquals(parse(text), {
    title: "TOML Example",
    owner: {
      name: "Tom Preston-Werner",
      dob: new Date("1979-05-27T15:32:00Z"),
    },
    database: {
      enabled: true,
      ports: [8000, 8001, 8002],
      data: [["delta", "phi"], [3.14]],
      temp_targets: { cpu: 79.5, case: 72 },
    },
    servers: {
      alpha: { ip: "10.0.0.1", role: "frontend" },
      beta: { ip: "10.0.0.2", role: "backend" },
    },
  });
});

Deno.test("parse() reads keys", () => {
  assertEquals(
    parse(`
bare_key = 1
bare-key = 2
1234 = 3
"quoted key" = 4
'literal "key"' = 5
"" = 6
physical.color = "orange"
physical . shape = "round"
site."google.com" = true
3.14159 = "pi"
`),
    {
      bare_key: 1,
      "bare-key": 2,
      "1234": 3,
      "quoted key": 4,
      'literal "key"': 5,
      "": 6,
      physical: { color: "orange", shape: "round" },
      site: { "google.com": true },
      "3": { "14159": "pi" },
    },
  );
});

Deno.test("parse() reads all string kinds", () => {
  assertEquals(
    parse(String.raw`
basic = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF. \U0001F600"
multi = """
Roses are red
Violets are blue"""
folded = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
quotes = """Here are two quotation marks: "". Simple enough."""
five = """Here are three quotation marks: ""\"."""
edge = """"This," she said, "is just a pointless statement.""""
winpath = 'C:\Users\nodejs\templates'
regex = '<\i\c*\s*>'
lines = '''
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
'''
apos = ''''That,' she said, 'is still pointless.''''
`),
    {
      basic:
        'I\'m a string. "You can quote me". Name\tJos\u00E9\nLocation\tSF. \u{1F600}',
      multi: "Roses are red\nViolets are blue",
      folded: "The quick brown fox jumps over the lazy dog.",
      quotes: 'Here are two quotation marks: "". Simple enough.',
      five: 'Here are three quotation marks: """.',
      edge: '"This," she said, "is just a pointless statement."',
      winpath: "C:\\Users\\nodejs\\templates",
      regex: "<\\i\\c*\\s*>",
      lines:
        "The first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n",
      apos: "'That,' she said, 'is still pointless.'",
    },
  );
  assertEquals(parse('crlf = """\r\na\r\nb"""'), { crlf: "a\nb" });
});

Deno.test("parse() reads numbers", () => {
  const data = parse(`
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
neg0 = -0.0
`);
  assertEquals(data, {
    int1: 99,
    int2: 42,
    int3: 0,
    int4: -17,
    int5: 1000,
    int6: 5349221,
    hex1: 0xdeadbeef,
    hex2: 0xdeadbeef,
    oct1: 0o1234567,
    oct2: 0o755,
    bin1: 0b11010110,
    flt1: 1,
    flt2: 3.1415,
    flt3: -0.01,
    flt4: 5e22,
    flt5: 1e6,
    flt6: -0.02,
    flt7: 6.626e-34,
    flt8: 224617.445991228,
    sf1: Infinity,
    sf2: Infinity,
    sf3: -Infinity,
    sf4: NaN,
    sf5: NaN,
    sf6: NaN,
    neg0: -0,
  });
});

Deno.test("parse() reads dates and times", () => {
  const data = parse(`
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
ldt1 = 1979-05-27T07:32:00
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
`);
  assertEquals(data.odt1, new Date("1979-05-27T07:32:00Z"));
  assertEquals(data.odt2, new Date("1979-05-27T07:32:00Z"));
  assertEquals(data.odt3, new Date("1979-05-27T07:32:00.999Z"));
  assertEquals(data.odt4, new Date("1979-05-27T07:32:00Z"));
  assertEquals(data.ldt1, new Date("1979-05-27T07:32:00"));
  assertEquals(data.ld1, new Date("1979-05-27"));
  assertEquals(data.lt1, "07:32:00");
  assertEquals(data.lt2, "00:32:00.999999");
});

Deno.test("parse() reads tables, arrays of tables and inline tables", () => {
  assertEquals(
    parse(`
# comment
[a.b.c]
d = 1
[a]
e = 2
[ g .  h  . 'i' ]
[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
`),
    {
      a: { b: { c: { d: 1 } }, e: 2 },
      g: { h: { i: {} } },
      products: [
        { name: "Hammer", sku: 738594937 },
        {},
        { name: "Nail", color: "gray" },
      ],
      fruits: [
        {
          name: "apple",
          physical: { color: "red" },
          varieties: [{ name: "red delicious" }, { name: "granny smith" }],
        },
        { name: "banana", varieties: [{ name: "plantain" }] },
      ],
    },
  );
  assertEquals(
    parse(`
name = { first = "Tom", last = "Preston-Werner" }
point = { x = 1, y = 2 }
animal = { type.name = "pug" }
empty = {}
nested = { a = { b = [1, { c = 2 }] } }
points = [ { x = 1, y = 2, z = 3 },
           { x = 7, y = 8, z = 9 }, ]
mixed = [ 1, "two", 3.0, [4], ] # trailing comma and comments
multiline = [
  1, # one
  2,
]
`),
    {
      name: { first: "Tom", last: "Preston-Werner" },
      point: { x: 1, y: 2 },
      animal: { type: { name: "pug" } },
      empty: {},
      nested: { a: { b: [1, { c: 2 }] } },
      points: [{ x: 1, y: 2, z: 3 }, { x: 7, y: 8, z: 9 }],
      mixed: [1, "two", 3, [4]],
      multiline: [1, 2],
    },
  );
});

Deno.test("parse() keeps __proto__ as a plain key", () => {
  const data = parse('"__proto__" = { polluted = true }\n[constructor]\nx = 1');
  assertEquals(Object.keys(data), ["__proto__", "constructor"]);
  assertEquals(({} as Record<string, unknown>).polluted, undefined);
});

Deno.test("parse() rejects invalid TOML with line and column", () => {
  const cases: [string, string][] = [
    ["a = 1\na = 2", "Parse error on line 2, column 1: Duplicate key"],
    ["a = ", "line 1, column 5: Expected a value"],
    ["a = 1 b = 2", "line 1, column 7: Expected a newline"],
    ["= 1", "Expected a key"],
    ["a b = 1", 'Expected "=" after the key'],
    ['a = "unterminated', "Unterminated string"],
    ['a = "line\nbreak"', "Unterminated string"],
    ["a = 'x", "Unterminated string"],
    ['a = """x', "Unterminated multi-line string"],
    ['a = "\\q"', "Invalid escape sequence"],
    ['a = "\\uD800"', "not a scalar value"],
    ['a = "\u0001"', "Control characters"],
    ["a = 01", 'Invalid value "01"'],
    ["a = 1__0", "Invalid value"],
    ["a = _1", "Invalid value"],
    ["a = 1_", "Invalid value"],
    ["a = 0x", "Invalid value"],
    ["a = 0b102", "Invalid value"],
    ["a = 1.", "Invalid value"],
    ["a = .5", "Invalid value"],
    ["a = 1e", "Invalid value"],
    ["a = +0x1", "Invalid value"],
    ["a = True", "Invalid value"],
    ["a = nulls", "Invalid value"],
    ["a = 1979-13-01", "Invalid date"],
    ["a = 1979-02-30", "Invalid date"],
    ["a = 1979-05-27T25:00:00", "Invalid time"],
    ["a = 1979-05-27T07:32", "Invalid date or time value"],
    ["a = [1, 2", 'Expected "," or "]" in the array, found end of input'],
    ["a = [1,", "Expected a value"],
    ["a = [1 2]", 'Expected "," or "]"'],
    ["a = { b = 1, }", "Trailing commas are not allowed"],
    ["a = { b = 1\n}", 'Expected "," or "}"'],
    ["a = { b = 1, b = 2 }", "Duplicate key"],
    ["[a]\n[a]", 'Cannot define table "a" more than once'],
    ["[a]\nb = 1\n[a.b]", "already a value"],
    ["a = 1\n[a]", "already a value"],
    ["[a.b]\n[a]\nb.c = 1", 'Cannot set key "b.c"'],
    ["a = {}\n[a.b]", "already a value"],
    ["a = { b = 1 }\na.c = 2", 'Cannot set key "a.c"'],
    ["a = [1]\n[[a]]", "already defined as something else"],
    ["[[a]]\n[a]", "Cannot define table"],
    ["[fruit]\napple.color = 'red'\n[fruit.apple]", "more than once"],
    ["[a", 'Expected "]" to end the table header'],
    ["[[a]", 'Expected "]]"'],
    ["[]", "Expected a key"],
    ["a.b.=1", "Expected a key"],
    ["# comment \u0000", "Control characters are not allowed in comments"],
    ['"""key""" = 1', "Multi-line strings cannot be keys"],
  ];
  for (const [text, message] of cases) {
    assertThrows(() => parse(text), SyntaxError, message, JSON.stringify(text));
  }
});

Deno.test("stringify() writes tables, arrays of tables and values", () => {
  const obj = {
    title: 'TOML "Example"',
    integer: 42,
    float: 1.5,
    special: [Infinity, -Infinity, NaN],
    bool: true,
    date: new Date("1979-05-27T07:32:00Z"),
    list: [1, "two", [3]],
    inline: [{ a: 1 }, 2],
    "quoted key": "x\ny\t\u0001",
    skipped: undefined,
    nothing: null,
    owner: { name: "Tom", nested: { deep: true } },
    empty: {},
    points: [{ x: 1 }, { x: 2, sub: { y: 3 } }],
  };
  const text = stringify(obj);
  assertEquals(
    text,
    `title = "TOML \\"Example\\""
integer = 42
float = 1.5
special = [inf, -inf, nan]
bool = true
date = 1979-05-27T07:32:00.000Z
list = [1, "two", [3]]
inline = [{ a = 1 }, 2]
"quoted key" = "x\\ny\\t\\u0001"

[owner]
name = "Tom"

[owner.nested]
deep = true

[empty]

[[points]]
x = 1

[[points]]
x = 2

[points.sub]
y = 3
`,
  );
  const back = parse(text);
  assertEquals(back.owner, obj.owner);
  assertEquals(back.points, obj.points);
  assertEquals(back.date, obj.date);
});

Deno.test("stringify() options and edge cases", () => {
  assertEquals(
    stringify({ a: 1, longer_key: 2, "x y": 3 }, { keyAlignment: true }),
    'a          = 1\nlonger_key = 2\n"x y"      = 3\n',
  );
  assertEquals(stringify({}), "");
  assertEquals(stringify({ a: { b: { c: 1 } } }), "[a.b]\nc = 1\n");
  assertEquals(stringify({ "a.b": { c: 1 } }), '["a.b"]\nc = 1\n');
  // Functions are left out, as JSON.stringify does.
  assertEquals(stringify({ f: () => 1, a: 1 }), "a = 1\n");
  assertThrows(() => stringify({ s: Symbol("x") as unknown }), TypeError);
  assertThrows(() => stringify({ d: new Date("invalid") }), TypeError);
});
