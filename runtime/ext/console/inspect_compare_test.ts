// Compares runtime/ext/console/inspect.js with the real Deno's formatter.
//
//   deno test --no-lock -A runtime/ext/console/inspect_compare_test.ts
//
// Every `inspect` case is checked three ways against Deno.inspect on the same value:
// plain, with colors, and on a second copy of the module that got no engine internals
// (cases that need an internal are expected to degrade there instead). console.log cases
// are compared with the output of a Deno subprocess (error stack frames normalised) and,
// in process, with Deno's own console argument formatter (also with colors, for %c).

// deno-lint-ignore-file no-explicit-any no-sparse-arrays no-empty
import { formatLog, inspect, setInternals } from "./inspect.js";
import * as selfNamespace from "./inspect.js";

const denoInternal = (Deno as any)[(Deno as any).internal];
const core = denoInternal.core;
const inspectArgs: (args: unknown[], options?: object) => string = denoInternal.inspectArgs;

// ---------------------------------------------------------------------------------------
// Engine internals. Deno keeps the op behind iterator previews private, so the previews of
// the iterators and weak collections below are recorded when the test creates them.

const previews = new WeakMap<object, unknown>();
function mapIter(m: Map<any, any>, kind: "entries" | "keys" | "values") {
  const it = m[kind]();
  const entries = kind === "entries" ? [...m].flat() : [...m[kind]()];
  previews.set(it, [entries, kind === "entries"]);
  return it;
}
function setIter(s: Set<any>, kind: "entries" | "values") {
  const it = s[kind]();
  const entries = kind === "entries" ? [...s].flatMap((v) => [v, v]) : [...s];
  previews.set(it, [entries, kind === "entries"]);
  return it;
}
function weakSetOf(...items: object[]) {
  const ws = new WeakSet(items);
  previews.set(ws, items);
  return ws;
}
function weakMapOf(...pairs: [object, unknown][]) {
  const wm = new WeakMap(pairs);
  previews.set(wm, pairs.flat());
  return wm;
}

const fullInternals = {
  getPromiseDetails: core.getPromiseDetails,
  getProxyDetails: core.getProxyDetails,
  isModuleNamespaceObject: core.isModuleNamespaceObject,
  isArgumentsObject: core.isArgumentsObject,
  isAsyncFunction: core.isAsyncFunction,
  isGeneratorFunction: core.isGeneratorFunction,
  isNativeError: core.isNativeError,
  isPromise: core.isPromise,
  previewEntries: (value: object, _isIterator: boolean) => previews.get(value),
  getCwd: () => Deno.cwd(),
};
setInternals(fullInternals);

// A second instance of the module, without any internals.
const bare: any = await import(new URL("./inspect.js?bare", import.meta.url).href);

// ---------------------------------------------------------------------------------------
// Helpers.

function show(s: string) {
  return JSON.stringify(s);
}

function assertSame(actual: string, expected: string, what: string) {
  if (actual !== expected) {
    throw new Error(
      `${what} differs\n--- expected (Deno)\n${expected}\n--- actual\n${actual}\n` +
        `--- expected JSON\n${show(expected)}\n--- actual JSON\n${show(actual)}`,
    );
  }
}

function withProps<T extends object>(target: T, props: Record<PropertyKey, unknown>): T {
  return Object.assign(target, props);
}

function errorWithStack(message: string, stack: unknown) {
  const e = new Error(message);
  Object.defineProperty(e, "stack", { value: stack, configurable: true, writable: true });
  return e;
}

function makeCycle() {
  const o: any = { a: 1 };
  o.self = o;
  return o;
}

function deepObject(n: number): any {
  let o: any = { leaf: true };
  for (let i = 0; i < n; i++) o = { ["k" + i]: o };
  return o;
}

function deepArray(n: number): any {
  let a: any = [1];
  for (let i = 0; i < n; i++) a = [a];
  return a;
}

function recurse(n: number, make: () => Error): Error {
  return n === 0 ? make() : recurse(n - 1, make);
}

function rejected(reason: unknown) {
  const p = Promise.reject(reason);
  p.catch(() => {});
  return p;
}

const CI = Symbol.for("Deno.customInspect");
const PCI = Symbol.for("Deno.privateCustomInspect");
const NCI = Symbol.for("nodejs.util.inspect.custom");

class Foo {
  x = 1;
  y = "two";
}
class Bar extends Foo {
  z = [3];
}
class WithAccessors {
  a = 1;
  get g() {
    return 2;
  }
  set s(_v: unknown) {}
  method() {}
}
class MyArray extends Array {}
class MyMap extends Map<unknown, unknown> {}
class MySet extends Set<unknown> {}
class MyError extends Error {}
class NamedError extends Error {
  constructor(m: string) {
    super(m);
    this.name = "NamedError";
  }
}
class MyPromise extends Promise<unknown> {}
class MyDate extends Date {}
class MyRegExp extends RegExp {}
class Tagged {
  get [Symbol.toStringTag]() {
    return "TagValue";
  }
}
function OldStyle(this: any) {
  this.v = 1;
}

const nsModule: any = await import(
  "data:text/javascript,export const a = 1; export let b = { x: [1, 2] }; export default 'def'; export function f() {}"
);

// ---------------------------------------------------------------------------------------
// inspect cases: [name, make value, options, needs internals].

type Case = [string, () => unknown, Record<string, unknown>?, boolean?];

const longString = "x".repeat(200);
const manyLines = "line of text\n".repeat(12);

const cases: Case[] = [
  // primitives
  ["number", () => 42],
  ["negative zero", () => -0],
  ["zero", () => 0],
  ["float", () => 1.5],
  ["NaN", () => NaN],
  ["Infinity", () => Infinity],
  ["-Infinity", () => -Infinity],
  ["1e21", () => 1e21],
  ["1e-7", () => 1e-7],
  ["max safe", () => Number.MAX_SAFE_INTEGER],
  ["bigint", () => 10n],
  ["negative bigint", () => -5n],
  ["huge bigint", () => 2n ** 100n],
  ["true", () => true],
  ["false", () => false],
  ["null", () => null],
  ["undefined", () => undefined],
  ["string", () => "hello"],
  ["empty string", () => ""],
  ["string with double quote", () => 'he said "hi"'],
  ["string with single quote", () => "it's"],
  ["string with both quotes", () => `a "b" 'c'`],
  ["string with all quotes", () => "a \"b\" 'c' `d`"],
  ["string with backslash", () => "C:\\path\\file"],
  ["string with newline and tab", () => "a\nb\tc"],
  ["string with control chars", () => "\x00\x01\x07\x1b[31m\x7f\x80\x9f\v\f\b\r"],
  ["unicode string", () => "héllo wörld 😀 日本語 \u200b \u00a0"],
  ["line separators", () => "\u2028\u2029"],
  ["lone surrogate", () => "a\ud800b\udc00"],
  ["long string", () => longString],
  ["long string with newlines", () => manyLines],
  ["string abbreviated", () => "abcdefghijklmnopqrstuvwxyz", { strAbbreviateSize: 5 }],
  ["string abbreviated by 1", () => "abcdef", { strAbbreviateSize: 5 }],
  ["huge string default abbreviation", () => "y".repeat(10005)],
  ["symbol", () => Symbol("desc")],
  ["symbol without description", () => Symbol()],
  ["symbol empty description", () => Symbol("")],
  ["symbol with space", () => Symbol("a b")],
  ["symbol with quote", () => Symbol("it's")],
  ["symbol with dots", () => Symbol("a.b.c")],
  ["well-known symbol", () => Symbol.iterator],
  ["registered symbol", () => Symbol.for("registry")],
  // arrays
  ["empty array", () => []],
  ["array", () => [1, 2, 3]],
  ["nested arrays", () => [[1, [2, [3]]], []]],
  ["array with holes", () => [1, , 3, , , 6]],
  ["array only holes", () => new Array(5)],
  ["array leading hole", () => [, 1]],
  ["array trailing hole", () => [1, 2, ,]],
  ["sparse array", () => {
    const a: any[] = new Array(300);
    a[5] = 1;
    a[150] = 2;
    return a;
  }],
  ["array holes over the limit", () => [1, , 2, , 3, , 4], { iterableLimit: 3 }],
  ["array of 7", () => [1, 2, 3, 4, 5, 6, 7]],
  ["array of 26", () => Array.from({ length: 26 }, (_, i) => i)],
  ["array of 101", () => Array.from({ length: 101 }, (_, i) => i)],
  ["array of 1000", () => Array.from({ length: 1000 }, (_, i) => i * 3)],
  ["array of negative numbers", () => Array.from({ length: 30 }, (_, i) => (i % 2 ? -i : i * 100))],
  ["array of floats", () => Array.from({ length: 20 }, (_, i) => i / 7)],
  ["array of bigints", () => Array.from({ length: 20 }, (_, i) => BigInt(i) ** 5n)],
  ["array of strings", () => Array.from({ length: 40 }, (_, i) => "item" + i)],
  [
    "array of varied strings",
    () => Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)),
  ],
  ["array of long strings", () => Array.from({ length: 10 }, (_, i) => "long string number " + i)],
  ["array of mixed values", () => [1, "a", null, undefined, true, 2n, Symbol("s"), -0, NaN, {}]],
  ["array of objects", () => Array.from({ length: 8 }, (_, i) => ({ id: i }))],
  ["array of arrays", () => Array.from({ length: 7 }, (_, i) => [i, i + 1, i + 2])],
  ["array of CJK strings", () => ["日本", "語", "a", "bb", "日本語", "c", "d", "e", "f", "g", "h"]],
  ["array of emoji", () => ["😀", "a", "bb", "e\u0301", "x", "y", "z", "q", "w"]],
  ["array with extra properties", () => withProps([1, 2], { extra: true, "k-2": 3 })],
  ["array subclass", () => MyArray.from([1, 2])],
  ["array null prototype", () => Object.setPrototypeOf([1, 2], null)],
  ["array with undefined and null", () => [undefined, null, undefined, null, 1, 2, 3, 4]],
  ["array wide entries", () => ["a".repeat(30), "b".repeat(30), "c".repeat(30)]],
  ["array limit 0", () => [1, 2, 3], { iterableLimit: 0 }],
  ["array limit 2", () => [1, 2, 3, 4, 5], { iterableLimit: 2 }],
  ["array limit null", () => Array.from({ length: 150 }, () => 0), { iterableLimit: null }],
  ["array containing empty objects", () => [{}, [], new Map(), new Set()]],
  // objects
  ["empty object", () => ({})],
  ["object", () => ({ a: 1, b: "two", c: [3] })],
  [
    "object key quoting",
    () => ({ a: 1, "b-c": 2, "1": 3, $x: 4, _y: 5, "é": 6, "": 7, "a\nb": 8, "it's": 9, 'q"': 10 }),
  ],
  ["object symbol keys", () => ({ [Symbol("s")]: 1, [Symbol()]: 2, [Symbol("a b")]: 3, [Symbol("it's")]: 4 })],
  ["object symbol key escapes", () => ({ [Symbol("a\nb\\c\x0b\x01\x1b")]: 1 })],
  ["object __proto__ key", () => JSON.parse('{"__proto__": 1, "a": 2}')],
  ["object integer keys order", () => ({ b: 1, 2: 2, a: 3, 1: 4 })],
  ["object nested depth 2", () => ({ a: { b: { c: 1 } } })],
  ["object nested depth 4", () => ({ a: { b: { c: { d: 1 } } } })],
  ["object nested depth 5", () => ({ a: { b: { c: { d: { e: 1 } } } } })],
  ["object nested depth 7", () => deepObject(7)],
  ["array nested depth 6", () => deepArray(6)],
  ["depth 0", () => ({ a: { b: 1 }, c: [1], d: new Map([[1, 2]]), e: new Foo(), f: 1 }), { depth: 0 }],
  ["depth 1", () => deepObject(4), { depth: 1 }],
  ["depth null", () => deepObject(8), { depth: null }],
  ["depth Infinity", () => deepObject(8), { depth: Infinity }],
  ["depth undefined", () => deepObject(8), { depth: undefined }],
  ["depth -1", () => ({ a: 1 }), { depth: -1 }],
  ["depth limited class", () => ({ a: { b: { c: { d: { e: new Foo() } } } } })],
  ["depth limited map", () => ({ a: { b: { c: { d: { e: new Map([[1, 2]]) } } } } })],
  ["depth limited null proto", () => ({ a: { b: { c: { d: { e: Object.create(null) } } } } })],
  ["wide object", () => Object.fromEntries(Array.from({ length: 30 }, (_, i) => ["key" + i, i]))],
  ["object long value", () => ({ a: 1, b: "x".repeat(70) })],
  ["object just fitting", () => ({ aaaa: "x".repeat(50), b: 1 })],
  ["object with long string lines", () => ({ text: manyLines })],
  ["object with many nested", () => ({ a: [1, 2, { b: [3, 4, { c: 5 }] }], d: { e: { f: "g" } } })],
  ["object with functions", () => ({ f() {}, g: () => 1, h: async () => {} })],
  ["object with undefined value", () => ({ a: undefined, b: null })],
  ["getters and setters", () => ({
    get a() {
      return 1;
    },
    set b(_v: unknown) {},
    get c() {
      return 2;
    },
    set c(_v: unknown) {},
  })],
  ["getters evaluated", () => ({
    get a() {
      return 1;
    },
    get b() {
      return { x: 1 };
    },
    get c(): number {
      throw new Error("no");
    },
    get d() {
      return null;
    },
    set d(_v: unknown) {},
    get e() {
      return "s";
    },
  }), { getters: true }],
  ["getters get only", () => ({
    get a() {
      return 1;
    },
    get b() {
      return 2;
    },
    set b(_v: unknown) {},
  }), { getters: "get" }],
  ["getters set only", () => ({
    get a() {
      return 1;
    },
    get b() {
      return 2;
    },
    set b(_v: unknown) {},
  }), { getters: "set" }],
  ["null prototype object", () => Object.create(null)],
  ["null prototype with keys", () => withProps(Object.create(null), { a: 1 })],
  ["null prototype with tag", () => withProps(Object.create(null), { [Symbol.toStringTag]: "Q" })],
  ["class instance", () => new Foo()],
  ["subclass instance", () => new Bar()],
  ["anonymous class instance", () => new (class {})()],
  ["anonymous class instance with keys", () =>
    new (class {
      a = 1;
    })()],
  ["old style constructor", () => new (OldStyle as any)()],
  ["instance with accessors", () => new WithAccessors()],
  ["object from prototype", () => Object.create({ inherited: 1 })],
  ["object from class prototype", () => Object.create(Foo.prototype)],
  ["object from null-prototype parent", () => withProps(Object.create(Object.create(null)), { x: 1 })],
  ["object from array prototype", () => Object.create(Array.prototype)],
  ["toStringTag own", () => ({ [Symbol.toStringTag]: "foo" })],
  ["toStringTag on class", () => new Tagged()],
  ["toStringTag non-string", () => ({ [Symbol.toStringTag]: 5, a: 1 })],
  ["constructor property", () => ({ constructor: "x" })],
  ["fake constructor", () => ({ constructor: { name: "Fake" } })],
  ["arguments", function (this: unknown) {
    return (function (..._args: unknown[]) {
      return arguments;
    })(1, "a");
  }],
  ["empty arguments", () =>
    (function () {
      return arguments;
    })()],
  ["globalThis depth 0", () => globalThis, { depth: 0 }],
  ["non-enumerable shown", () => Object.defineProperty({ a: 1 }, "hidden", { value: 2, enumerable: false }), {
    showHidden: true,
  }],
  ["non-enumerable quoted key", () => Object.defineProperty({}, "h-x\n", { value: 2, enumerable: false }), {
    showHidden: true,
  }],
  ["non-enumerable symbol", () => Object.defineProperty({}, Symbol("hid"), { value: 1, enumerable: false }), {
    showHidden: true,
  }],
  ["non-enumerable not shown", () => Object.defineProperty({ a: 1 }, "hidden", { value: 2, enumerable: false })],
  ["showHidden array", () => [1, 2], { showHidden: true }],
  ["showHidden class instance", () => new WithAccessors(), { showHidden: true }],
  ["showHidden function", () => function f() {}, { showHidden: true }],
  ["showHidden typed array", () => new Uint8Array(2), { showHidden: true }],
  ["sorted", () => ({ b: 1, a: 2, c: { z: 1, y: 2 } }), { sorted: true }],
  ["sorted map", () => new Map([["b", 1], ["a", 2]]), { sorted: true }],
  ["sorted set", () => new Set([3, 1, 2]), { sorted: true }],
  ["sorted array extras", () => withProps([1], { z: 1, a: 2 }), { sorted: true }],
  ["sorted comparator", () => ({ a: 1, b: 2, c: 3 }), { sorted: (a: string, b: string) => (a < b ? 1 : -1) }],
  ["trailing comma", () => ({ a: 1, b: "x".repeat(80) }), { trailingComma: true }],
  ["trailing comma single line", () => ({ a: 1, b: 2 }), { trailingComma: true }],
  ["trailing comma grouped", () => [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "x".repeat(80)], { trailingComma: true }],
  ["escapeSequences false", () => ["a\nb\tc\x01"], { escapeSequences: false }],
  ["quotes option", () => ["a'b", 'q"', "plain"], { quotes: ["'"] }],
  ["breakLength 40", () => ({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5 }), { breakLength: 40 }],
  ["breakLength Infinity", () => Object.fromEntries(Array.from({ length: 30 }, (_, i) => ["key" + i, i])), {
    breakLength: Infinity,
  }],
  ["breakLength 120", () => Array.from({ length: 60 }, (_, i) => i), { breakLength: 120 }],
  ["compact false", () => ({ a: 1, b: [1, { c: 2 }] }), { compact: false }],
  ["compact true", () => ({ a: 1, b: { c: { d: "x".repeat(70) } } }), { compact: true }],
  ["compact true array", () => Array.from({ length: 30 }, (_, i) => i), { compact: true }],
  ["compact 1", () => ({ a: { b: { c: 1 } }, d: [1, 2] }), { compact: 1 }],
  ["compact 5", () => deepObject(5), { compact: 5 }],
  ["indentLevel", () => ({ a: 1, b: { c: "x".repeat(70) } }), { indentLevel: 2 }],
  ["iterableLimit object", () => ({ a: 1, b: 2, c: 3 }), { iterableLimit: 2 }],
  // cycles
  ["self cycle", makeCycle],
  ["array cycle", () => {
    const a: any[] = [1];
    a.push(a);
    return a;
  }],
  ["mutual cycle", () => {
    const o: any = { a: [1] };
    o.a.push(o);
    const p: any = { q: o };
    o.p = p;
    p.o2 = p;
    return [o, p];
  }],
  ["map cycle", () => {
    const m = new Map<string, unknown>();
    m.set("m", m);
    return m;
  }],
  ["repeated non-circular reference", () => {
    const shared = { s: 1 };
    return { a: shared, b: shared };
  }],
  // Map and Set
  ["map", () => new Map<unknown, unknown>([["a", 1], ["b", { x: 1 }]])],
  ["empty map", () => new Map()],
  ["map object keys", () => new Map([[{ a: 1 }, [1, 2]]])],
  ["nested map", () => new Map([[{ a: 1 }, new Map([[1, { b: [1, 2] }]])]])],
  ["map subclass", () => new MyMap([[1, 2]])],
  ["map null prototype", () => Object.setPrototypeOf(new Map([[1, 2]]), null)],
  ["map with props", () => withProps(new Map([[1, 2]]), { extra: 1 })],
  ["large map", () => new Map(Array.from({ length: 150 }, (_, i) => [i, "v" + i]))],
  ["map limit", () => new Map([[1, 2], [3, 4], [5, 6]]), { iterableLimit: 2 }],
  ["map limit 0", () => new Map([[1, 2]]), { iterableLimit: 0 }],
  ["set", () => new Set([1, "a", [2]])],
  ["empty set", () => new Set()],
  ["set of objects", () => new Set([{ a: 1 }, [1, 2], "s"])],
  ["set subclass", () => new MySet([1])],
  ["set null prototype", () => Object.setPrototypeOf(new Set([1]), null)],
  ["large set", () => new Set(Array.from({ length: 120 }, (_, i) => i))],
  ["set limit", () => new Set([1, 2, 3]), { iterableLimit: 2 }],
  ["weak map", () => new WeakMap()],
  ["weak set", () => new WeakSet()],
  ["weak ref", () => new WeakRef({})],
  ["weak set showHidden", () => weakSetOf({ a: 1 }), { showHidden: true }, true],
  ["weak map showHidden", () => weakMapOf([{ k: 1 }, 1]), { showHidden: true }, true],
  // iterators
  ["map entries iterator", () => mapIter(new Map([["a", 1], ["b", 2]]), "entries"), undefined, true],
  ["map keys iterator", () => mapIter(new Map([["a", 1]]), "keys"), undefined, true],
  ["map values iterator", () => mapIter(new Map([["a", { x: 1 }]]), "values"), undefined, true],
  ["set values iterator", () => setIter(new Set([1, 2]), "values"), undefined, true],
  ["set entries iterator", () => setIter(new Set([1, 2]), "entries"), undefined, true],
  ["map iterator limit", () => mapIter(new Map([[1, 1], [2, 2], [3, 3]]), "entries"), { iterableLimit: 1 }, true],
  ["array iterator", () => [1, 2][Symbol.iterator]()],
  ["array entries iterator", () => [1, 2].entries()],
  ["string iterator", () => "ab"[Symbol.iterator]()],
  ["generator object", () =>
    (function* gen() {
      yield 1;
    })()],
  ["async generator object", () =>
    (async function* agen() {
      yield 1;
    })()],
  // dates and regexps
  ["date", () => new Date(0)],
  ["date recent", () => new Date(Date.UTC(2024, 1, 29, 12, 34, 56, 789))],
  ["invalid date", () => new Date(NaN)],
  ["date with props", () => withProps(new Date(0), { x: 1 })],
  ["invalid date with props", () => withProps(new Date(NaN), { x: 1 })],
  ["date subclass", () => new MyDate(0)],
  ["date null prototype", () => Object.setPrototypeOf(new Date(0), null)],
  ["regexp", () => /ab+c/gi],
  ["regexp with slash", () => new RegExp("a/b", "u")],
  ["regexp with props", () => withProps(/x/, { y: 1 })],
  ["regexp subclass", () => new MyRegExp("x", "g")],
  ["regexp null prototype", () => Object.setPrototypeOf(/x/g, null)],
  ["regexp used", () => {
    const r = /a/g;
    r.exec("aaa");
    return r;
  }],
  // errors
  ["error", () => new Error("boom")],
  ["type error", () => new TypeError("bad type")],
  ["range error without message", () => new RangeError()],
  ["error with multiline message", () => new Error("line one\nline two")],
  ["error with cause", () => new Error("outer", { cause: new Error("inner") })],
  ["error with primitive cause", () => new Error("outer", { cause: 5 })],
  ["error with undefined cause", () => new Error("outer", { cause: undefined })],
  ["error with object cause", () => new Error("outer", { cause: { code: "E1", detail: [1, 2] } })],
  ["error with cause chain", () => new Error("a", { cause: new Error("b", { cause: new Error("c") }) })],
  ["error with circular cause", () => {
    const e: any = new Error("circ");
    e.cause = e;
    return e;
  }],
  ["error with props", () => withProps(new Error("props"), { code: 1, path: "/x" })],
  ["error with name prop", () => {
    const e = new Error("m");
    e.name = "Custom";
    return e;
  }],
  ["error with error name prop", () => {
    const e = new TypeError("m");
    e.name = "CustomError";
    return e;
  }],
  ["error subclass", () => new MyError("sub")],
  ["named error subclass", () => new NamedError("named")],
  ["error without stack", () => errorWithStack("nostack", undefined)],
  ["error with custom stack", () => errorWithStack("m", "custom stack text")],
  ["error with stack lacking frames", () => errorWithStack("m", "Error: m")],
  ["error with null prototype", () => Object.setPrototypeOf(new TypeError("np"), null)],
  ["error with toStringTag", () => withProps(new Error("t"), { [Symbol.toStringTag]: "TT" })],
  ["error with message prop", () => withProps(new Error("msg"), { message: "other" })],
  ["aggregate error", () => new AggregateError([new Error("x"), new TypeError("y")], "agg")],
  ["aggregate error of primitives", () => new AggregateError([1, "two"], "agg")],
  ["error in object", () => ({ e: new Error("nested"), x: 1 })],
  ["error in array", () => [new Error("q")]],
  ["error with cause in array", () => ({ a: [new Error("x", { cause: new Error("y") })] })],
  ["errors in map", () => new Map([["k", new Error("in map")]])],
  ["error cause shared frames", () => recurse(6, () => new Error("outer", { cause: new Error("cause") }))],
  [
    "error cause partly shared frames",
    () => recurse(3, () => new Error("o2", { cause: recurse(5, () => new Error("i")) })),
  ],
  ["error depth limited", () => deepObject(3).k2.k1.k0 && { a: { b: { c: { d: { e: new Error("deep") } } } } }],
  ["error showHidden", () => new Error("hidden"), { showHidden: true }],
  ["error with external frames", () =>
    errorWithStack(
      "x",
      "Error: x\n    at foo (file:///somewhere/else/mod.ts:1:2)\n" +
        "    at bar (ext:deno_web/01_console.js:1:2)\n    at baz (file:///other/node_modules/pkg/index.js:1:2)\n" +
        "    at node:internal/x:1:1\n    at async Promise.all (index 0)\n" +
        `    at ${new URL("./x.ts", "file://" + Deno.cwd() + "/").href}:1:1\n` +
        `    at f (${Deno.cwd()}/y.js:1:1)`,
    )],
  // functions and classes
  ["named function", () => function f() {}],
  ["anonymous function", () => [function () {}][0]],
  ["arrow function", () => [() => {}][0]],
  ["named arrow", () => {
    const arrow = () => {};
    return arrow;
  }],
  ["async function", () => async function af() {}],
  ["async arrow", () => [async () => {}][0]],
  ["generator function", () => function* g() {}],
  ["async generator function", () => async function* ag() {}],
  ["class", () => class A {}],
  ["class extends", () => class B extends Foo {}],
  ["class extends builtin", () => class C extends Array {}],
  ["anonymous class", () => [class {}][0]],
  ["anonymous class extends", () => [class extends Foo {}][0]],
  ["class extends null", () => class N extends (null as any) {}],
  ["class with static props", () => {
    class K {
      static y = 2;
    }
    return K;
  }],
  ["bound function", () => function q() {}.bind(null)],
  ["builtin function", () => Math.max],
  ["builtin constructor", () => Map],
  ["function with props", () => withProps(function f() {}, { x: 1 })],
  ["function with numeric name", () => Object.defineProperty(function () {}, "name", { value: 5 })],
  ["function renamed", () => Object.defineProperty(function orig() {}, "name", { value: "renamed" })],
  ["function null prototype", () => Object.setPrototypeOf(function nf() {}, null)],
  ["async function null prototype", () => Object.setPrototypeOf(async function anf() {}, null)],
  ["class null prototype", () => Object.setPrototypeOf(class Kl {}, null)],
  ["function with toStringTag", () => withProps(function t() {}, { [Symbol.toStringTag]: "TG" })],
  ["methods", () => ({ m() {}, async am() {}, *gm() {}, [Symbol.iterator]() {} })],
  // boxed primitives
  ["boxed primitives", () => [new Number(1), new String("x"), new Boolean(false), Object(Symbol("s")), Object(10n)]],
  ["boxed negative zero", () => new Number(-0)],
  ["boxed string with props", () => withProps(new String("ab"), { x: 1 })],
  [
    "boxed null prototype",
    () => [Object.setPrototypeOf(new Number(3), null), Object.setPrototypeOf(new String("ab"), null)],
  ],
  // typed arrays and buffers
  ["uint8array", () => new Uint8Array([1, 2, 3])],
  ["int16array", () => new Int16Array([-1, 2, -300])],
  ["float32array", () => new Float32Array([0.5, 1.25, -0])],
  ["float64array", () => new Float64Array([NaN, Infinity, 1 / 3])],
  ["bigint64array", () => new BigInt64Array([1n, -2n])],
  ["biguint64array", () => new BigUint64Array(2)],
  ["uint8clampedarray", () => new Uint8ClampedArray([300, -5])],
  ["empty typed array", () => new Uint8Array(0)],
  ["large typed array", () => new Uint8Array(200)],
  ["typed array limit", () => new Uint8Array(5), { iterableLimit: 2 }],
  ["typed array with props", () => withProps(new Uint8Array(2), { x: 1 })],
  ["typed array subarray", () => new Uint16Array([1, 2, 3, 4]).subarray(1, 3)],
  ["typed array null prototype", () => Object.setPrototypeOf(new Uint8Array(2), null)],
  ["array buffer", () => new ArrayBuffer(2)],
  ["array buffer contents", () => new Uint8Array([1, 2, 255]).buffer],
  ["large array buffer", () => new ArrayBuffer(100)],
  ["array buffer limit", () => new ArrayBuffer(5), { iterableLimit: 2 }],
  ["detached array buffer", () => {
    const ab = new ArrayBuffer(4);
    (ab as any).transfer();
    return ab;
  }],
  ["shared array buffer", () => new SharedArrayBuffer(3)],
  ["array buffer null prototype", () => Object.setPrototypeOf(new ArrayBuffer(1), null)],
  ["data view", () => new DataView(new ArrayBuffer(4), 1, 2)],
  // promises
  ["resolved promise", () => Promise.resolve(1), undefined, true],
  ["pending promise", () => new Promise(() => {}), undefined, true],
  ["rejected promise error", () => rejected(new Error("bad")), undefined, true],
  ["rejected promise primitive", () => rejected(3), undefined, true],
  ["promise of object", () => Promise.resolve({ a: { b: { c: { d: 1 } } } }), undefined, true],
  ["promise of promise", () => Promise.resolve(Promise.resolve(2)), undefined, true],
  ["promise subclass", () => MyPromise.resolve(1), undefined, true],
  ["promise null prototype", () => Object.setPrototypeOf(Promise.resolve(2), null), undefined, true],
  ["promise in object", () => ({ p: new Promise(() => {}), q: Promise.resolve("s") }), undefined, true],
  // proxies
  ["proxy object", () => new Proxy({ a: 1 }, {}), undefined, true],
  ["proxy function", () => new Proxy(function pf() {}, {}), undefined, true],
  ["proxy array", () => new Proxy([1, 2], {}), undefined, true],
  ["proxy with get trap", () => new Proxy({ a: 1 }, { get: () => () => "trap" }), undefined, true],
  ["proxy of proxy", () => new Proxy(new Proxy({ inner: 1 }, {}), {}), undefined, true],
  ["proxy showProxy", () => new Proxy({ a: 1 }, {}), { showProxy: true }, true],
  ["proxy with custom inspect target", () => new Proxy({ [CI]: () => "T" }, {}), undefined, true],
  // module namespace
  ["module namespace", () => nsModule],
  ["own module namespace", () => selfNamespace],
  // custom inspect
  ["custom inspect", () => ({ [CI]: () => "custom!" })],
  ["custom inspect nested", () => ({ a: { [CI]: () => "X\nY" }, b: 1 })],
  ["custom inspect returns object", () => ({ [CI]: () => ({ q: 1 }) })],
  ["custom inspect returns number", () => ({ [CI]: () => 42 })],
  ["custom inspect this", () => ({
    v: 7,
    [CI](this: any) {
      return "v=" + this.v;
    },
  })],
  ["custom inspect uses inspect", () => ({ [CI]: (insp: any, o: any) => "R<" + insp({ z: [1, 2] }, o) + ">" })],
  ["custom inspect nested uses inspect", () => ({
    a: { b: { [CI]: (insp: any, o: any) => insp({ x: "y".repeat(60), z: [1, 2, 3] }, o) } },
  })],
  ["custom inspect options", () => ({
    [CI]: (_i: any, o: any) =>
      [o.depth, o.colors, o.compact, o.breakLength, o.iterableLimit, o.indentationLvl, o.currentDepth].join(","),
  }), { depth: 2, colors: true }],
  ["custom inspect options nested", () => ({
    a: { b: { [CI]: (_i: any, o: any) => `d=${o.depth} il=${o.indentationLvl} cd=${o.currentDepth}` } },
  })],
  ["custom inspect stylize", () => ({ a: { [CI]: (_i: any, o: any) => o.stylize("x", "number") } })],
  ["custom inspect class", () =>
    new (class P {
      [CI]() {
        return "P!";
      }
    })()],
  ["custom inspect inherited", () => Object.create({ [CI]: () => "inherited" })],
  ["custom inspect not a function", () => ({ [CI]: 5, a: 1 })],
  ["custom inspect disabled", () => ({ [CI]: () => "x", a: 1 }), { customInspect: false }],
  ["custom inspect undefined result", () => ({ [CI]: () => undefined })],
  ["private custom inspect", () => ({ [PCI]: (i: any, o: any) => "private " + typeof i + " " + typeof o })],
  ["custom inspect over private", () => ({ [PCI]: () => "private", [CI]: () => "public" })],
  ["node custom inspect", () => ({ [NCI]: (d: any, o: any, i: any) => `d=${d} ${typeof o} ${typeof i}` })],
  ["node custom inspect nested", () => ({ a: { b: { [NCI]: (d: any) => "d=" + d } } })],
  ["node custom inspect object", () => ({ a: { [NCI]: () => ({ x: [1, 2] }) } })],
  ["node custom inspect newline", () => ({ a: { [NCI]: () => "l1\nl2" } })],
  ["node custom inspect self", () => ({
    a: 1,
    [NCI]() {
      return this;
    },
  })],
  ["deno custom over node", () => ({ [NCI]: () => "node", [CI]: () => "deno" })],
  // assorted
  ["everything together", () => ({
    num: 1,
    str: "s",
    arr: [1, 2, 3],
    map: new Map([["k", "v"]]),
    set: new Set([1]),
    date: new Date(0),
    re: /x/g,
    fn: function named() {},
    cls: Foo,
    inst: new Bar(),
    nul: null,
    undef: undefined,
    sym: Symbol("s"),
    big: 1n,
    nested: { deep: { deeper: { deepest: { bottom: 1 } } } },
  })],
  ["object of arrays that need grouping", () => ({ list: Array.from({ length: 30 }, (_, i) => i * 11) })],
  ["grouping inside indentation", () => ({ a: { b: { list: Array.from({ length: 50 }, (_, i) => "w" + i) } } })],
  ["strings longer than break in array", () => ["a".repeat(100), "b"]],
  ["multi-line strings in array", () => ["first\n".repeat(15), "second"]],
  ["object with 3 levels fitting", () => ({ a: { b: { c: {} } } })],
  ["object with symbol and string keys", () => ({ z: 1, [Symbol("a")]: 2, y: 3 })],
  ["nested empty things", () => ({ a: {}, b: [], c: new Map(), d: new Set(), e: Object.create(null), f: "" })],
  // more edge cases
  ["numbers formatting", () => [1e300, -1e-300, 0.000001, 123e-20, 2 ** 31, -(2 ** 31), 0.1 + 0.2]],
  ["compact 0", () => ({ a: 1, b: [1, 2] }), { compact: 0 }],
  [
    "map with long entries",
    () => new Map<string, unknown>([["key".repeat(10), "value".repeat(10)], ["k2", { a: "x".repeat(40) }]]),
  ],
  ["sets in array", () => Array.from({ length: 8 }, (_, i) => new Set([i]))],
  ["array of long keys objects", () => [{ ["k".repeat(90)]: 1 }]],
  ["array with extras and more items", () => withProps(Array.from({ length: 120 }, (_, i) => i), { extra: 1 })],
  ["array with holes and extras", () => withProps([1, , 3], { x: "y" })],
  ["sorted array with extras", () => withProps([3, 1, 2], { b: 1, a: 2 }), { sorted: true }],
  ["string with carriage return", () => ["a\rb", "\r"]],
  ["symbol with newline", () => [Symbol("a\nb"), { [Symbol("k\n")]: 1 }]],
  ["data view showHidden", () => new DataView(new ArrayBuffer(2)), { showHidden: true }],
  ["typed array on shared buffer", () => new Int32Array(new SharedArrayBuffer(8))],
  ["typed array over limit with props", () => withProps(new Uint8Array(150), { tag: "t" })],
  ["iterator helper", () => [1, 2].values().map((x) => x)],
  ["intl object", () => new Intl.NumberFormat("en-US")],
  ["circular map key", () => {
    const o: any = { a: 1 };
    const m = new Map([[o, 1]]);
    o.m = m;
    return m;
  }],
  ["circular through set", () => {
    const s = new Set<unknown>();
    s.add({ s });
    return s;
  }],
  ["error cause object circular", () => {
    const c: any = { code: 1 };
    c.self = c;
    return new Error("x", { cause: c });
  }],
  ["error as map key", () => new Map([[new Error("key"), 1]])],
  ["error with empty message and name", () => {
    const e = new Error("");
    e.name = "";
    return e;
  }],
  ["error with symbol name", () => {
    const e: any = new Error("m");
    Object.defineProperty(e, "name", { value: Symbol("sym"), enumerable: false });
    return e;
  }],
  ["error with numeric stack", () => errorWithStack("m", 42)],
  ["error with object stack", () => errorWithStack("m", { a: 1, b: [1, 2] })],
  ["error with symbol stack", () => errorWithStack("m", Symbol("s"))],
  ["error with falsy stack", () => [errorWithStack("m", 0), errorWithStack("m", "")]],
  ["error names of other types", () =>
    [5, {}, "", null, undefined, "Foo", "FooError", ["TypeError"]].map((n) => {
      const e: any = new Error("m");
      Object.defineProperty(e, "name", { value: n, enumerable: false });
      return e;
    })],
  ["error with enumerable stack and message", () => {
    const e = new Error("m");
    Object.defineProperty(e, "message", { value: "m", enumerable: true });
    Object.defineProperty(e, "stack", { value: e.stack, enumerable: true });
    return e;
  }],
  ["error with enumerable name", () => {
    const e = new TypeError("m");
    Object.defineProperty(e, "name", { value: "TypeError", enumerable: true });
    return e;
  }],
  ["aggregate error with props", () => withProps(new AggregateError([new Error("x")], "agg"), { code: 7 })],
  ["aggregate error nested", () => ({ wrapper: new AggregateError([new Error("x")], "agg") })],
  ["error subclass with props and cause", () => withProps(new MyError("sub", { cause: "why" }), { extra: [1] })],
  ["error deep cause nested in object", () => ({ a: { b: new Error("x", { cause: new Error("y", { cause: 3 }) }) } })],
  ["error with message not in stack", () => errorWithStack("not here", "Error: other\n    at foo (file:///a.js:1:1)")],
  ["dom exception", () => new DOMException("dom msg", "AbortError")],
  ["class with name method", () =>
    class Q {
      static name() {}
    }],
  ["class with comment", () => class /* c */ Commented {}],
  ["proxy of class", () => new Proxy(class PC {}, {}), undefined, true],
  ["arguments nested", () => ({
    args: (function (..._a: unknown[]) {
      return arguments;
    })(1),
  })],
  ["boxed symbol description", () => Object(Symbol("a b"))],
  ["boxed colors with props", () => withProps(new Number(3), { x: 1 })],
  ["object with iterator", () => ({ [Symbol.iterator]: function* () {}, a: 1 })],
  ["null prototype with iterator", () => withProps(Object.create(null), { [Symbol.iterator]: () => {} })],
  ["tag equal to constructor", () => withProps(new Foo(), { [Symbol.toStringTag]: "Foo" })],
  ["node custom inspect colors", () => ({ a: { [NCI]: (_d: any, o: any) => o.stylize("styled", "special") } })],
  ["frozen and sealed", () => [Object.freeze({ a: 1 }), Object.seal({ b: 2 }), Object.preventExtensions({ c: 3 })]],
  ["getter on prototype with getters", () => new WithAccessors(), { getters: true, showHidden: true }],
  ["getter returning object deep", () => ({
    get g() {
      return { a: { b: { c: { d: { e: 1 } } } } };
    },
  }), { getters: true }],
  ["object 3 levels with long leaf", () => ({ a: { b: { c: "x".repeat(60) } } })],
  ["array of short strings under 6 chars", () => ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]],
  [
    "array of 16 mixed widths",
    () => [1, 22, 333, 4444, 55555, 666666, 7777777, 1, 22, 333, 4444, 55555, 666666, 7777777, 1, 2],
  ],
  ["array of objects 30", () => Array.from({ length: 30 }, (_, i) => ({ i }))],
  ["array of bools", () => Array.from({ length: 20 }, (_, i) => i % 3 === 0)],
  [
    "nested grouped arrays",
    () => [Array.from({ length: 10 }, (_, i) => i), Array.from({ length: 10 }, (_, i) => i * 2)],
  ],
  ["set of many strings", () => new Set(Array.from({ length: 30 }, (_, i) => "s" + i))],
  [
    "map of arrays",
    () => new Map<string, number[]>([["a", [1, 2, 3]], ["b", Array.from({ length: 10 }, (_, i) => i)]]),
  ],
  ["object with array of 7", () => ({ a: [1, 2, 3, 4, 5, 6, 7], b: "c" })],
  ["long key names", () => ({ ["averyveryverylongpropertyname".repeat(2)]: { nested: ["value", "value2"] } })],
  ["weak ref colors", () => [new WeakRef({}), new WeakMap(), new WeakSet()]],
  ["promise rejected with object", () => rejected({ reason: "x", list: [1, 2] }), undefined, true],
  ["promise pending nested deep", () => ({ a: { b: { c: { d: Promise.resolve(1) } } } }), undefined, true],
  ["generator function instance proto", () => Object.getPrototypeOf(function* () {})],
  ["object prototype itself", () => Object.prototype],
  ["array prototype itself", () => Array.prototype],
  ["function prototype itself", () => Function.prototype],
  ["map prototype itself", () => Map.prototype],
  ["error prototype itself", () => Error.prototype],
  ["class prototype", () => Foo.prototype],
  ["math object", () => Math],
  ["json object", () => JSON],
  ["reflect object", () => Reflect],
  ["atomics", () => Atomics],
  ["boxed string long", () => new String("x".repeat(100))],
  ["strAbbreviateSize nested", () => ({ s: "abcdefghij".repeat(3) }), { strAbbreviateSize: 12 }],
  ["strAbbreviateSize null", () => "abc".repeat(5000), { strAbbreviateSize: null }],
  ["maxArrayLength option", () => [1, 2, 3], { maxArrayLength: 1 }],
  ["maxStringLength option", () => "abcdef", { maxStringLength: 2 }],
  ["iterableLimit beats maxArrayLength", () => [1, 2, 3, 4, 5, 6, 7, 8, 9], { iterableLimit: 5, maxArrayLength: 7 }],
  ["showProxy nested", () => ({ p: new Proxy([1], { get: () => 1 }) }), { showProxy: true }, true],
  ["colors option false explicitly", () => ({ a: 1 }), { colors: false }],
  ["circular function", () => {
    const f: any = function f() {};
    f.self = f;
    return f;
  }],
  ["circular class instance", () => {
    const b: any = new Bar();
    b.self = b;
    return b;
  }],
  ["circular compact true", makeCycle, { compact: true }],
  ["circular in error", () => {
    const e: any = new Error("c");
    e.holder = { e };
    return e;
  }],
  ["array with only props", () => withProps([], { x: 1 })],
  ["empty typed array with props", () => withProps(new Uint8Array(0), { x: 1 })],
  [
    "float16array",
    () => (typeof (globalThis as any).Float16Array === "function"
      ? new (globalThis as any).Float16Array([1.5, -2])
      : []),
  ],
  ["sorted set with limit", () => new Set([5, 3, 1, 4, 2]), { sorted: true, iterableLimit: 3 }],
  ["package json like", () => ({
    name: "@scope/package-name",
    version: "1.2.3",
    description: "A package that does things with other things, quite thoroughly.",
    main: "./dist/index.js",
    scripts: { build: "tsc -p .", test: "deno test -A", lint: "deno lint" },
    keywords: ["one", "two", "three", "four", "five", "six", "seven", "eight"],
    dependencies: { "dep-a": "^1.0.0", "dep-b": "~2.3.4", "@scope/dep-c": "3.x" },
    repository: { type: "git", url: "https://example.com/repo.git" },
    private: false,
  })],
  ["api response like", () => ({
    status: 200,
    headers: { "content-type": "application/json", "x-request-id": "abc-123" },
    data: {
      users: Array.from({ length: 5 }, (_, i) => ({
        id: i,
        name: `User ${i}`,
        email: `user${i}@example.com`,
        roles: i % 2 ? ["admin", "user"] : ["user"],
        profile: { age: 20 + i, active: i % 3 !== 0, tags: [] },
      })),
      total: 5,
      page: { current: 1, size: 5, next: null },
    },
  })],
  ["matrix", () => Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => i * j))],
  ["big matrix", () => Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => i * 12 + j))],
  ["table rows", () => Array.from({ length: 4 }, (_, i) => ({ a: i, b: "bee", c: [i, i], d: { e: i } }))],
  ["list of words", () => "the quick brown fox jumps over the lazy dog and keeps running far away".split(" ")],
  [
    "mixed nested collections",
    () => ({ m: new Map<any, any>([["s", new Set([1, 2])], ["a", [new Map()]]]), s: new Set([[1], { a: 1 }]) }),
  ],
  ["nested long strings", () => ({ a: { b: ["x".repeat(50), "y".repeat(50)], c: "z".repeat(90) } })],
  ["object of 6 short keys", () => ({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 })],
  ["array of 6 then 7 strings", () => [["a", "b", "c", "d", "e", "f"], ["a", "b", "c", "d", "e", "f", "g"]]],
  ["array of 100 numbers deep", () => ({ a: { b: Array.from({ length: 100 }, (_, i) => i * i) } })],
  ["negative and float grouping", () => [-1.5, 2.25, -3, 4e10, -5e-10, 6, 7, 8, 9, 10, 11]],
  [
    "async function with plain prototype",
    () => Object.setPrototypeOf(async () => {}, Function.prototype),
    undefined,
    true,
  ],
  [
    "generator with plain prototype",
    () => Object.setPrototypeOf(function* gp() {}, Function.prototype),
    undefined,
    true,
  ],
  ["function subclass instance", () => {
    class MyFn extends Function {}
    return new MyFn();
  }],
  ["function with object prototype", () => Object.setPrototypeOf(function fo() {}, Object.prototype)],
  ["function with array prototype", () => Object.setPrototypeOf(function fa() {}, Array.prototype)],
  ["class with getter name", () => {
    class G {}
    Object.defineProperty(G, "name", { get: () => "Dyn" });
    return G;
  }],
  ["boxed subclass", () => {
    class MyNum extends Number {}
    return new MyNum(4);
  }],
  ["date with tag", () => withProps(new Date(0), { [Symbol.toStringTag]: "Special" })],
  ["regexp with tag", () => withProps(/x/, { [Symbol.toStringTag]: "Rx" })],
  ["map with tag", () => Object.defineProperty(new Map([[1, 2]]), Symbol.toStringTag, { value: "Mappy" })],
  ["array with tag", () => withProps([1], { [Symbol.toStringTag]: "Arr" })],
  ["error subclass of TypeError", () => {
    class MyTypeError extends TypeError {}
    return new MyTypeError("mt");
  }],
  ["error with name matching subclass", () => {
    class ValidationError extends Error {
      constructor() {
        super("invalid");
        this.name = "ValidationError";
      }
    }
    return new ValidationError();
  }],
  ["error with enumerable message changed", () => withProps(new Error("orig"), { message: "changed later" })],
  ["custom inspect throws nested", () => ({
    a: {
      [CI]: () => {
        throw new Error("ci-boom");
      },
    },
  })],
  ["custom inspect throws string", () => ({
    a: {
      [CI]: () => {
        throw "str";
      },
    },
  })],
  ["custom inspect throws object", () => ({
    a: {
      [CI]: () => {
        throw { x: 1 };
      },
    },
  })],
  ["custom inspect throws undefined", () => [{
    [CI]: () => {
      throw undefined;
    },
  }]],
  ["custom inspect throws deep", () => ({
    x: {
      y: {
        z: {
          [CI]: () => {
            throw new Error("deep");
          },
        },
      },
    },
    after: [1, 2],
  })],
  ["custom inspect throws in map", () =>
    new Map([[1, {
      [CI]: () => {
        throw new Error("mv");
      },
    }]])],
  ["node custom inspect throws nested", () => ({
    a: {
      [NCI]: () => {
        throw new Error("nci");
      },
    },
  })],
  [
    "custom inspect throws in promise",
    () => ({
      p: Promise.resolve({
        [CI]: () => {
          throw new Error("pr");
        },
      }),
    }),
    undefined,
    true,
  ],
  ["getter result inspection throws", () => ({
    get g() {
      return {
        [CI]: () => {
          throw new Error("inner");
        },
      };
    },
    after: { a: 1 },
  }), { getters: true }],
  ["unicode keys and values", () => ({ "日本": "語", "clé": "valeur", emoji: "😀😀", "a b": "c d" })],
];

// Errors thrown while formatting carry the formatter's own frames: compare those without them.
const thrownWhileFormatting = new Set([
  "custom inspect throws nested",
  "custom inspect throws deep",
  "custom inspect throws in map",
  "node custom inspect throws nested",
  "custom inspect throws in promise",
  "getter result inspection throws",
]);

function runCase(impl: (v: unknown, o?: object) => string, name: string, make: () => unknown, opts?: object) {
  const value = make();
  const expected = Deno.inspect(value, opts as any);
  const actual = impl(value, opts);
  if (thrownWhileFormatting.has(name)) {
    assertSame(normalizeFrames(actual), normalizeFrames(expected), `inspect(${name})`);
  } else {
    assertSame(actual, expected, `inspect(${name})`);
  }
}

for (const [name, make, opts] of cases) {
  Deno.test(`inspect: ${name}`, () => runCase(inspect, name, make, opts));
}
for (const [name, make, opts] of cases) {
  Deno.test(`inspect colors: ${name}`, () => runCase(inspect, name, make, { ...opts, colors: true }));
}

// Without internals: the same output, except where an internal is needed; those must not
// throw and must show the documented fallback.
const degraded: Record<string, string> = {
  "resolved promise": "Promise { <unknown> }",
  "pending promise": "Promise { <unknown> }",
  "rejected promise error": "Promise { <unknown> }",
  "rejected promise primitive": "Promise { <unknown> }",
  "promise of object": "Promise { <unknown> }",
  "promise of promise": "Promise { <unknown> }",
  "promise subclass": "MyPromise [Promise] { <unknown> }",
  // Plain JavaScript cannot recognise a promise without its prototype chain.
  "promise null prototype": "[Object: null prototype] {}",
  "promise in object": "{ p: Promise { <unknown> }, q: Promise { <unknown> } }",
  "map entries iterator": "[Map Iterator] { <items unknown> }",
  "map keys iterator": "[Map Iterator] { <items unknown> }",
  "map values iterator": "[Map Iterator] { <items unknown> }",
  "set values iterator": "[Set Iterator] { <items unknown> }",
  "set entries iterator": "[Set Iterator] { <items unknown> }",
  "map iterator limit": "[Map Iterator] { <items unknown> }",
  "weak set showHidden": "WeakSet { <items unknown> }",
  "weak map showHidden": "WeakMap { <items unknown> }",
  "promise rejected with object": "Promise { <unknown> }",
  "custom inspect throws in promise": "{ p: Promise { <unknown> } }",
  "promise pending nested deep": "{\n  a: {\n    b: { c: { d: Promise { <unknown> } } }\n  }\n}",
  "proxy of class": "[Function: PC]",
  "showProxy nested": "{ p: [ 1 ] }",
  // Without the engine's help the kind of a re-parented function is not visible.
  "async function with plain prototype": "[Function (anonymous)]",
  "generator with plain prototype": "[Function: gp]",
  // Unrecognised, the proxy is inspected through its traps.
  "proxy with get trap": "trap",
  "proxy showProxy": "{ a: 1 }",
};
for (const [name, make, opts, needsInternals] of cases) {
  Deno.test(`inspect without internals: ${name}`, () => {
    if (!needsInternals) return runCase(bare.inspect, name, make, opts);
    const value = make();
    const actual = bare.inspect(value, opts);
    if (name in degraded) assertSame(actual, degraded[name], `bare inspect(${name})`);
    else assertSame(actual, Deno.inspect(value, opts as any), `bare inspect(${name})`);
  });
}

// ---------------------------------------------------------------------------------------
// console.log cases: JavaScript source of the argument list.

const logCases: [string, string][] = [
  ["no args", ""],
  ["string", `"plain string"`],
  ["two strings", `"a", "b"`],
  ["string and object", `{ a: "str" }, "str", 5`],
  ["number", `42`],
  ["multi-line string", `"a\\nb", "c"`],
  ["%s", `"%s is %d", "a", 5`],
  ["%s object", `"%s", { a: 1 }, "x"`],
  ["%s array symbol bigint", `"%s", [1, [2]], Symbol("q"), 1n`],
  ["%s consumes bigint", `"%s|%s", 1n, -0`],
  ["%s function and class", `"%s|", function f() { return 1; }`],
  ["%s class", `"%s|", class A { m() {} }`],
  ["%s toString", `"%s", { toString() { return "TS"; } }`],
  ["%s null undefined", `"%s %s", null, undefined`],
  ["%s date", `"%s", new Date(0)`],
  ["%s error", `"%s", new Error("e")`],
  ["missing args", `"%s %s", "x"`],
  ["%d %i %f strings", `"%d %i %f", "42.5", "42.5", "42.5"`],
  ["%d bigint", `"%d %i %f", 1n, 2n, 3n`],
  ["%d objects", `"%d|%d|%d", {}, [5], true`],
  ["%d symbol", `"%d %i %f", Symbol("s"), Symbol("t"), Symbol("u")`],
  ["%i rounding", `"%i %i", 3.9, -3.9`],
  ["%f values", `"%f %f %f", "abc", 1e21, new Number(5.5)`],
  ["%d hex", `"%d|%f", "0x1f", "0x1f"`],
  ["%o", `"%o", { a: [1, { b: 2 }] }`],
  ["%O", `"%O", { a: [1, { b: 2 }] }`],
  ["%o deep", `"%o", { a: { b: { c: { d: { e: { f: 1 } } } } } }`],
  ["%o function", `"%o", function f() {}`],
  ["%O array", `"%O", Array.from({ length: 27 }, (_, i) => i + 1)`],
  ["%o string", `"%o|", "str"`],
  ["%j", `"%j", { a: 1, b: [1, "x"] }`],
  ["%j string", `"%j|", "str", 1`],
  ["%j toJSON", `"%j", { toJSON() { return "j"; } }`],
  ["%j undefined", `"%j", undefined`],
  ["%c", `"%c styled", "color: red", "after"`],
  ["%c twice", `"%c|%c|", "a", "b", "c"`],
  ["%%", `"100%% sure %x %", 1`],
  ["%% alone", `"100%%"`],
  ["lone %s", `"%s"`],
  ["trailing %", `"a%", 1`],
  ["% then arg", `"%", 1`],
  ["%%%s", `"%%%s", 1`],
  ["unknown %y", `"%y%s", 1`],
  ["format in later arg", `1, "%s", "x"`],
  ["format result not reparsed", `"%s", "%s", "x"`],
  ["empty format string", `"", 1`],
  ["extra args", `"%s", "a", "b", { c: 1 }`],
  ["array arg", `["str"], "str"`],
  ["null and undefined", `null, undefined`],
  ["symbol first", `Symbol("x"), "s", { a: "s" }`],
  ["error", `new Error("logged")`],
  ["error with cause", `new Error("a", { cause: new Error("b") })`],
  ["error and text", `"failed:", new TypeError("t")`],
  ["nested error", `{ err: new RangeError("r") }`],
  ["map and set", `new Map([[1, { a: 1 }]]), new Set(["x"])`],
  ["class instance", `new (class Point { constructor() { this.x = 1; this.y = 2; } })()`],
  ["long array", `Array.from({ length: 200 }, (_, i) => i)`],
  ["wide object", `Object.fromEntries(Array.from({ length: 20 }, (_, i) => ["key" + i, "value" + i]))`],
  ["circular", `(() => { const o = { a: 1 }; o.o = o; return o; })(), "after"`],
  ["circular twice", `...(() => { const o = { a: 1 }; o.o = o; return [o, o]; })()`],
  ["function", `function named() {}, class K {}`],
  ["string with quotes", `["it's", 'say "hi"']`],
  ["unicode", `"日本語", ["日本語"]`],
  ["typed array", `new Uint8Array([1, 2, 3])`],
  ["symbol value", `Symbol("sym")`],
  ["bigint value", `123n`],
  ["negative zero", `-0, [-0]`],
  ["custom inspect", `{ [Symbol.for("Deno.customInspect")]() { return "CUSTOM"; } }`],
  ["getter", `{ get g() { return 1; } }`],
  ["deep object", `{ a: { b: { c: { d: { e: { f: {} } } } } } }`],
  ["date", `new Date(86400000)`],
  ["regexp", `/re/g`],
  ["null prototype", `Object.create(null)`],
  ["custom inspect throws", `"x", { a: { [Symbol.for("Deno.customInspect")]() { throw new Error("in log"); } } }, "y"`],
  [
    "custom inspect throws in %o",
    `"%o|%s", { a: { [Symbol.for("Deno.customInspect")]() { throw new Error("in o"); } } }, "z"`,
  ],
];

function evalArgs(src: string): unknown[] {
  return (0, eval)(`[${src}]`);
}

// Runs every case through console.log in a subprocess.
async function denoConsoleOutputs(): Promise<string[]> {
  const marker = "\u0001CASE\u0001";
  const lines = logCases.map(([, src]) =>
    `console.log(${JSON.stringify(marker)}); console.log(...(0, eval)(${JSON.stringify(`[${src}]`)}));`
  );
  const file = await Deno.makeTempFile({ suffix: ".js" });
  try {
    await Deno.writeTextFile(file, lines.join("\n") + "\n");
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-lock", "-A", file],
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stdout = new TextDecoder().decode(out.stdout);
    if (!out.success) throw new Error("console.log subprocess failed:\n" + new TextDecoder().decode(out.stderr));
    const parts = stdout.split(marker + "\n");
    parts.shift();
    return parts.map((p) => p.endsWith("\n") ? p.slice(0, -1) : p);
  } finally {
    await Deno.remove(file);
  }
}

// Stack frames depend on where the code ran: collapse every run of frame lines.
function normalizeFrames(s: string) {
  const out: string[] = [];
  let inFrames = false;
  for (const line of s.split("\n")) {
    const m = /^(\s*)(at |\.\.\. \d+ lines matching cause stack trace \.\.\.)/.exec(line);
    if (m) {
      if (!inFrames) out.push(`${m[1]}at <frames>${/[{,]$/.test(line) ? line.slice(-1) : ""}`);
      else if (/[{,]$/.test(line)) out[out.length - 1] = `${m[1]}at <frames>${line.slice(-1)}`;
      inFrames = true;
      continue;
    }
    inFrames = false;
    out.push(line);
  }
  return out.join("\n");
}

const consoleOutputs = await denoConsoleOutputs();

logCases.forEach(([name, src], i) => {
  const norm = name.includes("throws") ? normalizeFrames : (x: string) => x;
  Deno.test(`console.log: ${name}`, () => {
    const actual = formatLog(evalArgs(src));
    assertSame(normalizeFrames(actual), normalizeFrames(consoleOutputs[i]), `console.log(${src})`);
  });
  Deno.test(`console.log in process: ${name}`, () => {
    const args = evalArgs(src);
    assertSame(
      norm(formatLog(args, { colors: false })),
      norm(inspectArgs(args, { colors: false })),
      `formatLog(${src})`,
    );
  });
  Deno.test(`console.log colors: ${name}`, () => {
    const args = evalArgs(src);
    assertSame(
      norm(formatLog(args, { colors: true })),
      norm(inspectArgs(args, { colors: true })),
      `formatLog(${src}) colors`,
    );
  });
});

const cssCases: [string, string][] = [
  ["css color bold", `"%cred%cblue", "color: red; font-weight: bold", "color: #0000ff"`],
  ["css background", `"%cx", "background-color: rgb(1,2,3); text-decoration: underline; font-style: italic"`],
  ["css reset", `"%ca%cb", "color: green", ""`],
  ["css named", `"%cA%cB%cC", "color: cyan", "color: orange", "background-color: black; color: white"`],
  ["css short hex", `"%cx", "color: #f0a"`],
  ["css line-through", `"%cx%cy", "text-decoration-line: line-through underline", "text-decoration: none"`],
];
for (const [name, src] of cssCases) {
  Deno.test(`console.log %c: ${name}`, () => {
    const args = evalArgs(src);
    assertSame(formatLog(args, { colors: true }), inspectArgs(args, { colors: true }), `formatLog(${src}) colors`);
    assertSame(formatLog(args), inspectArgs(args, { colors: false }), `formatLog(${src})`);
  });
}

Deno.test("console.log group indentation", () => {
  const args = ["a\nb", { x: 1 }, Array.from({ length: 40 }, (_, i) => i)];
  assertSame(formatLog(args, { indentLevel: 4 }), inspectArgs(args, { indentLevel: 4, colors: false }), "group");
});

// ---------------------------------------------------------------------------------------
// Robustness and performance.

Deno.test("no internals: never throws", () => {
  const values: unknown[] = [
    Promise.resolve(1),
    new Proxy({}, {}),
    new Map().entries(),
    new Set([1]).values(),
    new WeakMap(),
    nsModule,
  ];
  for (const v of values) {
    bare.inspect(v);
    bare.inspect(v, { showHidden: true, colors: true, getters: true });
    bare.formatLog(["%o %O", v, v]);
  }
});

Deno.test("performance: 10k-element array", () => {
  const arr = Array.from({ length: 10_000 }, (_, i) => i);
  const start = performance.now();
  for (let i = 0; i < 20; i++) formatLog([arr]);
  const elapsed = performance.now() - start;
  assertSame(formatLog([arr]), inspectArgs([arr], { colors: false }), "10k array");
  if (elapsed > 2000) throw new Error(`20 x console.log(10k array) took ${elapsed}ms`);
});

Deno.test("performance: 100k-element sparse array and 1M typed array", () => {
  const sparse: unknown[] = [];
  sparse[99_999] = 1;
  const ta = new Uint8Array(1_000_000);
  const start = performance.now();
  assertSame(inspect(sparse), Deno.inspect(sparse), "sparse");
  assertSame(inspect(ta), Deno.inspect(ta), "typed array");
  const elapsed = performance.now() - start;
  if (elapsed > 3000) throw new Error(`took ${elapsed}ms`);
});

Deno.test("performance: 10k-key object and long string", () => {
  const obj = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => ["k" + i, i]));
  const str = "z\n".repeat(100_000);
  const start = performance.now();
  assertSame(inspect(obj), Deno.inspect(obj), "wide object");
  assertSame(inspect({ str }), Deno.inspect({ str }), "long string");
  const elapsed = performance.now() - start;
  if (elapsed > 3000) throw new Error(`took ${elapsed}ms`);
});

Deno.test("very deep nesting with depth null", () => {
  const deep = deepObject(2000);
  const actual = inspect(deep, { depth: null });
  if (!actual.startsWith("{")) throw new Error("unexpected output");
});

Deno.test("custom inspect receives Deno's options object", () => {
  const keysOf = (f: (v: unknown, o?: object) => string, o?: object) => {
    let seen: string[] = [];
    f({ [CI]: (_i: unknown, ctx: object) => (seen = Object.keys(ctx), "") }, o);
    return JSON.stringify(seen);
  };
  for (const o of [undefined, { strAbbreviateSize: 5 }, { iterableLimit: 2, colors: true }, { foo: 1 }]) {
    assertSame(keysOf(inspect, o), keysOf(Deno.inspect as any, o), `keys with ${JSON.stringify(o)}`);
  }
});

const cssNamed = (
  "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown " +
  "burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan " +
  "darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred " +
  "darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink " +
  "deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold " +
  "goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush " +
  "lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey " +
  "lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime " +
  "limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen " +
  "mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin " +
  "navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise " +
  "palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue " +
  "saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow " +
  "springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen"
).split(" ");
const cssStyles = [
  "color: rgb(255 0 0)",
  "color: hsl(120, 100%, 50%)",
  "color: hsl(33.3, 77%, 61%)",
  "color: hsla(10, 20%, 30%, 0.5)",
  "color: hsl(400, 10%, 90%)",
  "color: hsl(-30, 50%, 50%)",
  "color: hsl(200 50% 40%)",
  "color: transparent",
  "font-style: oblique",
  "font-style: ITALIC",
  "font-weight: BOLD",
  "font-weight: bold ",
  "font-weight: normal",
  "color: #ABC",
  "color: #abcd",
  "color: #aabbcc80",
  "color: #GGG",
  "color: rgb(300, -5, 20.6)",
  "color: rgb( 1 , 2 , 3 )",
  "color: rgb(1,2,3,0.5)",
  "color: rgba(1,2)",
  "color: rgb(1.5e2, .5, +3)",
  "color: rgb(10%, 20%, 30%)",
  "color:red",
  "COLOR: red",
  "color: red; color: blue",
  "color:",
  "color: red !important",
  "background-color: RED",
  "background-color: rgb(1 2 3)",
  "background-color: transparent",
  "text-decoration: underline overline line-through",
  "text-decoration-line: underline; text-decoration-color: RED",
  "text-decoration-color: nope; text-decoration-line: underline",
  "text-decoration: red underline",
  "text-decoration: none",
  "text-decoration-line: blink underline",
  "display: none",
  "",
  "color: red; font-weight: bold; font-style: italic; text-decoration: underline; background-color: blue",
];
for (const n of cssNamed) {
  cssStyles.push(
    `color: ${n}`,
    `color: ${n.toUpperCase()}`,
    `background-color: ${n}`,
    `text-decoration: ${n} underline`,
  );
}
Deno.test(`console.log %c: ${cssStyles.length} styles in sequences`, () => {
  const full = "font-weight: bold; color: red; background-color: green; text-decoration: underline; font-style: italic";
  for (const st of cssStyles) {
    for (
      const args of [["%cX", st], ["%cA%cB", st, "color: blue"], ["%cA%cB", full, st], ["%cA%cB", st, ""], [
        "%cA%cB",
        "color: green",
        st,
      ]]
    ) {
      assertSame(
        formatLog(args, { colors: true }),
        inspectArgs(args, { colors: true }),
        `formatLog(${JSON.stringify(args)})`,
      );
    }
  }
});
