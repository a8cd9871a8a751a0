const o = { n: 1, s: "x", b: true, u: undefined, nul: null, big: 10n, neg0: -0, nan: NaN };
o.self = o;
o.arr = [1, , 3];
o.arr.extra = "p";
o.shared = { v: 1 };
o.again = o.shared;
o.date = new Date(0);
o.re = /a+/gi;
o.map = new Map([[o.shared, "val"], ["k", o]]);
o.set = new Set([o.shared, 1]);
o.boxed = [Object(1), Object("s"), Object(false), Object(2n)];
const c = structuredClone(o);
console.log(c !== o, c.self === c, c.again === c.shared, c.shared !== o.shared);
console.log(c.arr, 1 in c.arr, c.arr.extra, Object.is(c.neg0, -0), Number.isNaN(c.nan), c.big, "u" in c);
console.log(c.date instanceof Date, c.date.getTime(), c.re.source, c.re.flags, c.re.lastIndex);
console.log(c.map.get(c.shared), c.map.get("k") === c, c.set.has(c.shared), c.set.size);
console.log(c.boxed.map((x) => typeof x + ":" + x.valueOf()).join(" "));
// typed arrays and buffers, shared buffer between views
const buf = new ArrayBuffer(8);
const views = { a: new Uint8Array(buf, 2, 4), b: new DataView(buf), f: new Float64Array(1), buf };
views.a[0] = 7;
const cv = structuredClone(views);
console.log(cv.a.buffer === cv.buf, cv.b.buffer === cv.buf, cv.a.byteOffset, cv.a.length, cv.a[0], cv.f.constructor.name);
const rab = new ArrayBuffer(4, { maxByteLength: 16 });
const crab = structuredClone(rab);
console.log(crab.resizable, crab.maxByteLength, crab.byteLength);
// errors
const err = new RangeError("bad", { cause: { why: 1 } });
const cerr = structuredClone(err);
console.log(cerr instanceof RangeError, cerr.message, cerr.cause, cerr.stack === err.stack);
const odd = new Error("m");
odd.name = "CustomName";
console.log(structuredClone(odd).name, structuredClone(new TypeError()).hasOwnProperty("message"));
const de = structuredClone(new DOMException("gone", "NotFoundError"));
console.log(de instanceof DOMException, de.name, de.message, de.code);
// class instances lose their prototype; getters run once, in order
class Point { constructor() { this.x = 1; } get y() { return 2; } }
console.log(structuredClone(new Point()), Object.getPrototypeOf(structuredClone(new Point())) === Object.prototype);
const reads = [];
structuredClone({ get a() { reads.push("a"); return { get c() { reads.push("c"); return 1; } }; }, get b() { reads.push("b"); return 2; } });
console.log(reads.join(","));
// DataCloneError cases
const bad = [() => 1, Symbol("s"), new WeakMap(), new WeakSet(), new WeakRef({}), Promise.resolve(), new Proxy({}, {}),
  Object(Symbol()), new EventTarget(), new Event("x"), new URL("http://a/"), new AbortController().signal, globalThis,
  { nested: [function f() {}] }, (function* () {})()];
for (const value of bad) {
  try { structuredClone(value); console.log("cloned!", typeof value); } catch (e) { console.log(e.name, e.code); }
}
// transfer
const src = new Uint8Array([1, 2, 3]);
const moved = structuredClone({ view: src, buffer: src.buffer }, { transfer: [src.buffer] });
console.log(moved.view, moved.buffer === moved.view.buffer, src.buffer.detached, src.byteLength);
const other = new ArrayBuffer(4);
structuredClone(1, { transfer: [other] });
console.log("unreferenced transfer detaches", other.detached);
const keep = new ArrayBuffer(2);
try { structuredClone({ keep, f() {} }, { transfer: [keep] }); } catch (e) { console.log(e.name, "still attached", !keep.detached); }
for (const list of [[keep, keep], [5], [new SharedArrayBuffer(1)], [src.buffer]]) {
  try { structuredClone(0, { transfer: list }); console.log("ok"); } catch (e) { console.log(e.name); }
}
try { structuredClone(); } catch (e) { console.log(e.constructor.name); }
console.log(structuredClone(undefined), structuredClone("str"), structuredClone(null));
// a long chain and a wide object: linear, and no native stack overflow
let chain = null;
for (let i = 0; i < 20000; i++) chain = { next: chain, i };
const wide = {};
for (let i = 0; i < 10000; i++) wide["k" + i] = { i, tags: ["a", "b"] };
const t0 = performance.now();
const cchain = structuredClone(chain);
const cwide = structuredClone(wide);
let n = 0;
for (let p = cchain; p; p = p.next) n++;
console.log(n, Object.keys(cwide).length, cwide.k9999.tags[1], performance.now() - t0 < 5000);
