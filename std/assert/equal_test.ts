import { assert, assertFalse, assertThrows, equal } from "./mod.ts";

Deno.test("equal() compares primitives", () => {
  assert(equal(1, 1));
  assert(equal("a", "a"));
  assert(equal(NaN, NaN));
  assertFalse(equal(0, -0));
  assertFalse(equal(1, "1"));
  assert(equal(null, null));
  assertFalse(equal(null, undefined));
  assert(equal(10n, 10n));
});

Deno.test("equal() compares objects and arrays deeply", () => {
  assert(equal({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }));
  assertFalse(equal({ a: 1 }, { a: 2 }));
  assertFalse(equal({ a: undefined }, {}));
  assertFalse(equal([1, 2], [1, 2, 3]));
  assert(equal(Object.create(null), {}));
  const s = Symbol("s");
  assert(equal({ [s]: 1 }, { [s]: 1 }));
  assertFalse(equal({ [s]: 1 }, { [s]: 2 }));
});

Deno.test("equal() compares Map, Set, Date, RegExp, URL", () => {
  assert(equal(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])));
  assertFalse(equal(new Map([[1, 1]]), new Map([[1, 2]])));
  assert(equal(new Map([[{ k: 1 }, "v"]]), new Map([[{ k: 1 }, "v"]])));
  assert(equal(new Set([1, 2]), new Set([2, 1])));
  assertFalse(equal(new Set([1, 2]), new Set([1, 3])));
  assert(equal(new Set([{ a: 1 }]), new Set([{ a: 1 }])));
  assert(equal(new Date(5), new Date(5)));
  assertFalse(equal(new Date(5), new Date(6)));
  assert(equal(new Date(NaN), new Date(NaN)));
  assert(equal(/a/g, /a/g));
  assertFalse(equal(/a/g, /a/i));
  assert(equal(new URL("https://a.b/"), new URL("https://a.b/")));
});

Deno.test("equal() compares typed arrays and class instances", () => {
  assert(equal(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
  assertFalse(equal(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
  assertFalse(equal(new Uint8Array([1]), new Int8Array([1])));
  class A {
    constructor(public x: number) {}
  }
  class B {
    constructor(public x: number) {}
  }
  assert(equal(new A(1), new A(1)));
  assertFalse(equal(new A(1), new A(2)));
  assertFalse(equal(new A(1), new B(1)));
});

Deno.test("equal() handles cycles and WeakMap", () => {
  // deno-lint-ignore no-explicit-any
  const a: any = { x: 1 };
  a.self = a;
  // deno-lint-ignore no-explicit-any
  const b: any = { x: 1 };
  b.self = b;
  assert(equal(a, b));
  assertThrows(() => equal(new WeakMap(), new WeakMap()), TypeError);
});
