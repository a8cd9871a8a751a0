import { assertEquals } from "./mod.ts";
import { diff, diffStr } from "./_diff.ts";
import { fallbackFormat, format } from "./_format.ts";

Deno.test("diff() finds a minimal edit script", () => {
  assertEquals(diff(["a", "b", "c"], ["a", "x", "c"]), [
    { type: "common", value: "a" },
    { type: "removed", value: "b" },
    { type: "added", value: "x" },
    { type: "common", value: "c" },
  ]);
  assertEquals(diff([], ["a"]), [{ type: "added", value: "a" }]);
  assertEquals(diff(["a"], []), [{ type: "removed", value: "a" }]);
  const r = diff("abcabba".split(""), "cbabac".split(""));
  assertEquals(
    r.filter((e) => e.type !== "added").map((e) => e.value).join(""),
    "abcabba",
  );
  assertEquals(
    r.filter((e) => e.type !== "removed").map((e) => e.value).join(""),
    "cbabac",
  );
  assertEquals(r.filter((e) => e.type !== "common").length, 5);
});

Deno.test("diffStr() adds word details", () => {
  const r = diffStr("hello world", "hello there");
  assertEquals(r.length, 2);
  assertEquals(r[0].type, "removed");
  assertEquals(r[0].details?.find((d) => d.type === "removed")?.value, "world");
  assertEquals(r[1].details?.find((d) => d.type === "added")?.value, "there");
});

Deno.test("format() formats values", () => {
  assertEquals(format({ b: 1, a: [1] }), "{\n  a: [\n    1,\n  ],\n  b: 1,\n}");
  assertEquals(format("x"), '"x"');
});

Deno.test("fallbackFormat() mimics Deno.inspect", () => {
  class Foo {
    x = 1;
  }
  const values: unknown[] = [
    "foo",
    'say "hi"',
    1,
    -0,
    10n,
    null,
    undefined,
    true,
    Symbol("s"),
    [],
    {},
    [1, "a", [2]],
    { b: 1, a: { c: [1] }, "a-b": 2 },
    new Map([[1, { a: 1 }]]),
    new Set([1, 2]),
    new Date(0),
    /x/g,
    new Uint8Array([1, 2]),
    function f() {},
    () => {},
    class A {},
    new Foo(),
    Object.create(null),
    { [Symbol("k")]: 1, z: 2 },
    "multi\nline\ttab",
  ];
  for (const v of values) {
    assertEquals(fallbackFormat(v), format(v));
  }
});
