import { assertEquals, assertThrows } from "../assert/mod.ts";
import { CsvParseStream, CsvStringifyStream, parse, stringify } from "./mod.ts";

Deno.test("parse() reads records", () => {
  assertEquals(parse("a,b,c\n1,2,3\n"), [["a", "b", "c"], ["1", "2", "3"]]);
  assertEquals(parse("a,b,c\r\n1,2,3"), [["a", "b", "c"], ["1", "2", "3"]]);
  assertEquals(parse(""), []);
  assertEquals(parse("\n\n"), []);
  assertEquals(parse("a\n\nb\n"), [["a"], ["b"]]);
  assertEquals(parse("a,"), [["a", ""]]);
  assertEquals(parse(",,\n,"), [["", "", ""], ["", ""]]);
  assertEquals(parse(" a , b "), [[" a ", " b "]]);
});

Deno.test("parse() reads quoted fields", () => {
  assertEquals(parse('"a,b","c""d"\n'), [["a,b", 'c"d']]);
  assertEquals(parse('"multi\nline",x\n'), [["multi\nline", "x"]]);
  assertEquals(parse('"crlf\r\ninside"'), [["crlf\ninside"]]);
  assertEquals(parse('""'), [[""]]);
  assertEquals(parse('"",""'), [["", ""]]);
  assertEquals(parse('"a"\n"b"'), [["a"], ["b"]]);
  assertEquals(parse('"""quoted"""'), [['"quoted"']]);
});

Deno.test("parse() reports malformed quotes with line and column", () => {
  assertThrows(
    () => parse('a,"b"x,c'),
    SyntaxError,
    'parse error on line 1, column 6: extraneous or missing " in quoted-field',
  );
  assertThrows(
    () => parse('a,b"x,c'),
    SyntaxError,
    'parse error on line 1, column 4: bare " in non-quoted field',
  );
  assertThrows(
    () => parse('x\n"abc\ndef'),
    SyntaxError,
    'extraneous or missing " in quoted-field',
  );
  assertThrows(
    () => parse('ok\n"multi\nline"oops'),
    SyntaxError,
    "record on line 2; parse error on line 3, column 6",
  );
});

Deno.test("parse() with lazyQuotes", () => {
  assertEquals(parse('a,b"x,c', { lazyQuotes: true }), [["a", 'b"x', "c"]]);
  assertEquals(parse('a,"b"x",c', { lazyQuotes: true }), [["a", 'b"x', "c"]]);
  assertEquals(parse('"unterminated', { lazyQuotes: true }), [[
    "unterminated",
  ]]);
});

Deno.test("parse() with separator, comment and trimLeadingSpace", () => {
  assertEquals(parse("a;b\n1;2", { separator: ";" }), [["a", "b"], ["1", "2"]]);
  assertEquals(parse("a\tb", { separator: "\t" }), [["a", "b"]]);
  assertEquals(parse('a||"b||c"', { separator: "||" }), [["a", "b||c"]]);
  assertEquals(
    parse("# header\na,b\n#c,d\ne,f", { comment: "#" }),
    [["a", "b"], ["e", "f"]],
  );
  assertEquals(parse("#a,b"), [["#a", "b"]]);
  assertEquals(
    parse('  a,\t "b",  c', { trimLeadingSpace: true }),
    [["a", "b", "c"]],
  );
  assertThrows(() => parse("a", { separator: '"' }), TypeError);
  assertThrows(() => parse("a", { separator: "\n" }), TypeError);
  assertThrows(() => parse("a", { separator: "" }), TypeError);
  assertThrows(() => parse("a", { comment: "," }), TypeError);
});

Deno.test("parse() with fieldsPerRecord", () => {
  assertEquals(parse("a,b\nc", { fieldsPerRecord: -1 }), [["a", "b"], ["c"]]);
  assertEquals(parse("a,b\nc,d", { fieldsPerRecord: 0 }), [["a", "b"], [
    "c",
    "d",
  ]]);
  assertThrows(
    () => parse("a,b\nc", { fieldsPerRecord: 0 }),
    SyntaxError,
    "record on line 2: wrong number of fields",
  );
  assertThrows(
    () => parse("a,b,c", { fieldsPerRecord: 2 }),
    SyntaxError,
    "record on line 1: wrong number of fields",
  );
});

Deno.test("parse() with skipFirstRow and columns gives objects", () => {
  const text = "name,age\nAlice,30\nBob,25\n";
  const rows: Record<string, string>[] = parse(text, { skipFirstRow: true });
  assertEquals(rows, [{ name: "Alice", age: "30" }, {
    name: "Bob",
    age: "25",
  }]);
  const typed = parse("1,2", { columns: ["x", "y"] });
  const x: string = typed[0]!.x;
  assertEquals(x, "1");
  assertEquals(typed, [{ x: "1", y: "2" }]);
  assertEquals(
    parse(text, { skipFirstRow: true, columns: ["n", "a"] }),
    [{ n: "Alice", a: "30" }, { n: "Bob", a: "25" }],
  );
  assertEquals(parse("", { skipFirstRow: true }), []);
  assertEquals(parse("only,header", { skipFirstRow: true }), []);
  const arrays: string[][] = parse("a,b", { skipFirstRow: false });
  assertEquals(arrays, [["a", "b"]]);
  assertThrows(
    () => parse("a,b\n1", { skipFirstRow: true }),
    Error,
    "The record has 1 fields, but the header has 2 fields",
  );
});

Deno.test("stringify() writes rows with CRLF and quotes as needed", () => {
  assertEquals(stringify([["a", "b"], ["c", "d"]]), "a,b\r\nc,d\r\n");
  assertEquals(stringify([]), "");
  assertEquals(
    stringify([[
      "with,comma",
      'with "quote"',
      "with\nnewline",
      "with\rcr",
      "",
    ]]),
    '"with,comma","with ""quote""","with\nnewline","with\rcr",\r\n',
  );
  assertEquals(
    stringify([[1, true, null, undefined, { a: 1 }, [1, 2]]]),
    '1,true,,,"{""a"":1}","[1,2]"\r\n',
  );
  assertEquals(
    stringify([[new Date("2024-01-02T03:04:05.000Z")]]),
    "2024-01-02T03:04:05.000Z\r\n",
  );
  assertEquals(stringify([["a;b", "c"]], { separator: ";" }), '"a;b";c\r\n');
  assertEquals(stringify([["a"]], { bom: true }), "\ufeffa\r\n");
});

Deno.test("stringify() with columns", () => {
  const data = [
    { name: "Alice", age: 30, address: { city: "Paris" } },
    { name: "Bob", age: 25, address: { city: "Rome" } },
  ];
  assertEquals(
    stringify(data, { columns: ["name", "age"] }),
    "name,age\r\nAlice,30\r\nBob,25\r\n",
  );
  assertEquals(
    stringify(data, {
      columns: [
        { prop: "name", header: "Name" },
        { prop: ["address", "city"] },
        ["address", "city"],
      ],
    }),
    "Name,city,city\r\nAlice,Paris,Paris\r\nBob,Rome,Rome\r\n",
  );
  assertEquals(
    stringify(data, { columns: ["name"], headers: false }),
    "Alice\r\nBob\r\n",
  );
  assertEquals(stringify([["x", "y"]], { columns: [1, 0] }), "1,0\r\ny,x\r\n");
  assertEquals(stringify([], { columns: ["a", "b"] }), "a,b\r\n");
  assertThrows(() => stringify(data), TypeError);
  assertThrows(() => stringify([["a"]], { separator: '"' }), TypeError);
  assertThrows(() => stringify([["a"]], { separator: "\r\n" }), TypeError);
});

Deno.test("stringify() output parses back", () => {
  const rows = [["a", 'b "c"', "d,e", "f\ng", ""], ["1", "2", "3", "4", "5"]];
  assertEquals(parse(stringify(rows)), rows);
});

Deno.test("CsvParseStream parses chunks split anywhere", async () => {
  const text =
    'name,note\r\nAlice,"multi\nline, with ""quotes"""\r\nBob,plain\n';
  const expected = [["name", "note"], ["Alice", 'multi\nline, with "quotes"'], [
    "Bob",
    "plain",
  ]];
  for (let size = 1; size <= text.length; size++) {
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += size) {
      chunks.push(text.slice(i, i + size));
    }
    const rows = await Array.fromAsync(
      ReadableStream.from(chunks).pipeThrough(new CsvParseStream()),
    );
    assertEquals(rows, expected, `chunk size ${size}`);
  }
});

Deno.test("CsvParseStream with options", async () => {
  const source = () =>
    ReadableStream.from(["# comment\nname;age\nAli", "ce;30\nBob;25"]);
  assertEquals(
    await Array.fromAsync(
      source().pipeThrough(
        new CsvParseStream({
          separator: ";",
          comment: "#",
          skipFirstRow: true,
        }),
      ),
    ),
    [{ name: "Alice", age: "30" }, { name: "Bob", age: "25" }],
  );
  assertEquals(
    await Array.fromAsync(
      ReadableStream.from(["1,2\n3,4"]).pipeThrough(
        new CsvParseStream({ columns: ["a", "b"] }),
      ),
    ),
    [{ a: "1", b: "2" }, { a: "3", b: "4" }],
  );
  const bad = ReadableStream.from(['a,"b\n']).pipeThrough(new CsvParseStream());
  let error: unknown;
  try {
    await Array.fromAsync(bad);
  } catch (e) {
    error = e;
  }
  assertEquals(error instanceof SyntaxError, true);
});

Deno.test("CsvStringifyStream writes a header and rows", async () => {
  const rows = await Array.fromAsync(
    ReadableStream.from([{ id: 1, name: "a" }, { id: 2, name: "b,c" }])
      .pipeThrough(new CsvStringifyStream({ columns: ["id", "name"] })),
  );
  assertEquals(rows, ["id,name\r\n", "1,a\r\n", '2,"b,c"\r\n']);
  const plain = await Array.fromAsync(
    ReadableStream.from([[1, 2], ["x", "y"]])
      .pipeThrough(new CsvStringifyStream({ separator: "\t" })),
  );
  assertEquals(plain, ["1\t2\r\n", "x\ty\r\n"]);
});
