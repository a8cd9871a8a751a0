/**
 * Tests for parseArgs and its option combinations.
 *
 * @module
 */
import { assertEquals } from "../assert/mod.ts";
import { parseArgs } from "./parse_args.ts";

Deno.test("parseArgs() basics", () => {
  assertEquals(parseArgs(["--foo", "--bar=baz", "./quux.txt"]), {
    foo: true,
    bar: "baz",
    _: ["./quux.txt"],
  });
  assertEquals(parseArgs([]), { _: [] });
  assertEquals(parseArgs(["-a", "b", "--c", "d", "e"]), {
    a: "b",
    c: "d",
    _: ["e"],
  });
  assertEquals(parseArgs(["-abc"]), { a: true, b: true, c: true, _: [] });
  assertEquals(parseArgs(["-abc", "x"]), { a: true, b: true, c: "x", _: [] });
  assertEquals(parseArgs(["-n5", "-x=y"]), { n: 5, x: "y", _: [] });
  assertEquals(parseArgs(["-", "x"]), { _: ["-", "x"] });
  assertEquals(parseArgs(["--num", "-5"]), { num: true, 5: true, _: [] });
  assertEquals(parseArgs(["--x", "1e3", "0x10", "1.5", "abc", "", "07"]), {
    x: 1000,
    _: [16, 1.5, "abc", "", 7],
  });
  assertEquals(parseArgs(["--key=a=b"]), { key: "a=b", _: [] });
  assertEquals(parseArgs(["--key="]), { key: "", _: [] });
  assertEquals(parseArgs(["--multi\nline=v"]), { "multi\nline": "v", _: [] });
  assertEquals(parseArgs(["--a", "1", "--a", "2"]), { a: 2, _: [] });
  assertEquals(parseArgs(["-h", "true", "--v", "false"]), {
    h: "true",
    v: "false",
    _: [],
  });
  assertEquals(
    parseArgs(["-h", "true", "--v", "false"], { boolean: ["h", "v"] }),
    { h: true, v: false, _: [] },
  );
  assertEquals(parseArgs(["-xy-"]), { x: true, y: "-", _: [] });
  assertEquals(parseArgs(["-a.b"]), { a: ".b", _: [] });
});

Deno.test("parseArgs() dotted keys", () => {
  assertEquals(parseArgs(["--a.b=1", "--a.c", "x", "--d.e.f"]), {
    a: { b: 1, c: "x" },
    d: { e: { f: true } },
    _: [],
  });
  assertEquals(parseArgs(["--__proto__.polluted=1"]), { _: [] });
  assertEquals(({} as Record<string, unknown>).polluted, undefined);
  assertEquals(parseArgs([], { default: { "a.b": 3 } }), {
    a: { b: 3 },
    _: [],
  });
});

Deno.test("parseArgs() boolean", () => {
  assertEquals(
    parseArgs(["-x", "y", "--verbose", "file"], {
      boolean: ["x", "verbose", "other"],
    }),
    {
      x: true,
      verbose: true,
      other: false,
      _: ["y", "file"],
    },
  );
  assertEquals(
    parseArgs(["--flag", "true", "--off=false", "--on=x"], {
      boolean: ["flag", "off", "on"],
    }),
    {
      flag: true,
      off: false,
      on: true,
      _: [],
    },
  );
  assertEquals(parseArgs(["--a", "b", "-c", "d"], { boolean: true }), {
    a: true,
    c: "d",
    _: ["b"],
  });
  assertEquals(parseArgs(["--x"], { boolean: "x" }), { x: true, _: [] });
  assertEquals(
    parseArgs(["-h", "file"], { boolean: ["help"], alias: { h: "help" } }),
    { h: true, help: true, _: ["file"] },
  );
  assertEquals(
    parseArgs([], { boolean: ["help"], alias: { help: ["h", "?"] } }),
    { help: false, h: false, "?": false, _: [] },
  );
});

Deno.test("parseArgs() string", () => {
  assertEquals(
    parseArgs(["--name", "5", "-s", "007"], { string: ["name", "s"] }),
    { name: "5", s: "007", _: [] },
  );
  assertEquals(parseArgs(["--name"], { string: ["name"] }), {
    name: "",
    _: [],
  });
  assertEquals(parseArgs(["-s"], { string: "s" }), { s: "", _: [] });
  assertEquals(parseArgs(["--x", "-y"], { string: ["x"] }), {
    x: "",
    y: true,
    _: [],
  });
  assertEquals(parseArgs(["1", "2"], { string: ["_"] }), { _: ["1", "2"] });
  assertEquals(
    parseArgs(["-n", "1"], { string: ["num"], alias: { n: "num" } }),
    { n: "1", num: "1", _: [] },
  );
  assertEquals(parseArgs([], { string: ["unset"] }), { _: [] });
});

Deno.test("parseArgs() collect", () => {
  assertEquals(
    parseArgs(["--tag", "a", "--tag=b", "-t", "c"], {
      string: ["tag"],
      collect: ["tag"],
      alias: { t: "tag" },
    }),
    {
      tag: ["a", "b", "c"],
      t: ["a", "b", "c"],
      _: [],
    },
  );
  assertEquals(
    parseArgs(["-v", "-v", "-v"], { boolean: ["v"], collect: ["v"] }),
    { v: [true, true, true], _: [] },
  );
  assertEquals(
    parseArgs([], { boolean: ["v"], string: ["s"], collect: ["v", "s"] }),
    { v: [], s: [], _: [] },
  );
  assertEquals(parseArgs(["--x", "1", "--x", "two"], { collect: ["x"] }), {
    x: [1, "two"],
    _: [],
  });
  assertEquals(
    parseArgs(["--s", "1"], {
      string: ["s"],
      collect: ["s"],
      default: { s: ["d"] },
    }),
    { s: ["1"], _: [] },
  );
  assertEquals(
    parseArgs([], { string: ["s"], collect: ["s"], default: { s: ["d"] } }),
    { s: ["d"], _: [] },
  );
});

Deno.test("parseArgs() negatable", () => {
  assertEquals(
    parseArgs(["--no-color"], { boolean: ["color"], negatable: ["color"] }),
    { color: false, _: [] },
  );
  assertEquals(parseArgs(["--no-color"], { boolean: ["color"] }), {
    color: false,
    "no-color": true,
    _: [],
  });
  assertEquals(
    parseArgs(["--no-config"], { string: ["config"], negatable: ["config"] }),
    { config: false, _: [] },
  );
  assertEquals(
    parseArgs(["--config", "x.json"], {
      string: ["config"],
      negatable: ["config"],
    }),
    { config: "x.json", _: [] },
  );
  assertEquals(
    parseArgs(["--no-c"], {
      boolean: ["color"],
      negatable: ["color"],
      alias: { color: "c" },
    }),
    { color: false, c: false, _: [] },
  );
  assertEquals(
    parseArgs(["--tag", "a", "--no-tag"], {
      string: ["tag"],
      collect: ["tag"],
      negatable: ["tag"],
    }),
    { tag: false, _: [] },
  );
  assertEquals(
    parseArgs(["--no-x"], {
      default: { x: true },
      boolean: ["x"],
      negatable: ["x"],
    }),
    { x: false, _: [] },
  );
});

Deno.test("parseArgs() default and alias", () => {
  assertEquals(parseArgs([], { default: { port: 80, host: "localhost" } }), {
    port: 80,
    host: "localhost",
    _: [],
  });
  assertEquals(parseArgs(["--port", "8080"], { default: { port: 80 } }), {
    port: 8080,
    _: [],
  });
  assertEquals(parseArgs([], { boolean: ["x"], default: { x: true } }), {
    x: true,
    _: [],
  });
  assertEquals(parseArgs([], { default: { p: 1 }, alias: { p: "port" } }), {
    p: 1,
    port: 1,
    _: [],
  });
  assertEquals(
    parseArgs(["--port", "1"], { default: { p: 2 }, alias: { p: "port" } }),
    { p: 1, port: 1, _: [] },
  );
  assertEquals(parseArgs(["-z", "1"], { alias: { z: ["zoom", "zz"] } }), {
    z: 1,
    zoom: 1,
    zz: 1,
    _: [],
  });
  assertEquals(parseArgs(["--zoom", "2"], { alias: { z: ["zoom", "zz"] } }), {
    z: 2,
    zoom: 2,
    zz: 2,
    _: [],
  });
});

Deno.test("parseArgs() double dash and stopEarly", () => {
  assertEquals(parseArgs(["--a", "--", "--b", "1"]), {
    a: true,
    _: ["--b", "1"],
  });
  assertEquals(parseArgs(["--a", "--", "--b", "1"], { "--": true }), {
    a: true,
    _: [],
    "--": ["--b", "1"],
  });
  assertEquals(parseArgs(["x"], { "--": true }), { _: ["x"], "--": [] });
  assertEquals(
    parseArgs(["--a", "b", "c", "--d", "2"], {
      stopEarly: true,
      boolean: ["a"],
    }),
    { a: true, _: ["b", "c", "--d", "2"] },
  );
  assertEquals(
    parseArgs(["--a", "b", "--", "--c"], { stopEarly: true, boolean: ["a"] }),
    { a: true, _: ["b", "--c"] },
  );
});

Deno.test("parseArgs() unknown", () => {
  const unknowns: unknown[][] = [];
  const args = parseArgs(
    ["--known", "--unk=1", "-u", "pos", "--bool", "free"],
    {
      boolean: ["known", "bool"],
      unknown: (arg, key, value) => {
        unknowns.push([arg, key, value]);
        return false;
      },
    },
  );
  assertEquals(args, { known: true, bool: true, _: [] });
  assertEquals(unknowns, [["--unk=1", "unk", "1"], ["-u", "u", "pos"], [
    "free",
    undefined,
    undefined,
  ]]);
  assertEquals(parseArgs(["--x", "y"], { unknown: () => true }), {
    x: "y",
    _: [],
  });
});
