// structuredClone of graphs the engine clones natively (plain objects, arrays, Maps,
// Sets, Dates, primitives) and of graphs it hands back to the JS algorithm part-way
// through (a getter, an Error, a class instance, a symbol, a function deep inside): the
// results must be the same either way, and nothing may run twice.
const show = (v) => JSON.stringify(v);
const keys = (o) => Reflect.ownKeys(o).map(String).join(",");

// cycles and shared references
const root = { name: "root", list: [] };
root.self = root;
const leaf = { v: 1 };
root.list.push(leaf, leaf, root);
const c = structuredClone(root);
console.log(c !== root, c.self === c, c.list[0] === c.list[1], c.list[0] !== leaf, c.list[2] === c);

// property order (integer keys first), __proto__ as an own key, non-enumerable and
// symbol keys left out, a null prototype becoming Object.prototype
const ordered = { b: 1, 2: "two", a: 3, 1: "one", [Symbol("s")]: 4 };
Object.defineProperty(ordered, "hidden", { value: 5, enumerable: false });
console.log(keys(structuredClone(ordered)));
const protoKey = JSON.parse('{"__proto__": {"x": 1}, "y": 2}');
const cp = structuredClone(protoKey);
console.log(Object.hasOwn(cp, "__proto__"), show(cp.__proto__), Object.getPrototypeOf(cp) === Object.prototype);
const bare = Object.create(null);
bare.k = "v";
console.log(Object.getPrototypeOf(structuredClone(bare)) === Object.prototype, structuredClone(bare).k);

// the copy's properties are ordinary data properties, and changing the copy (which may
// share its layout with the original) leaves the original alone
const frozen = Object.freeze({ a: 1, nested: Object.freeze([1]) });
const cf = structuredClone(frozen);
const desc = Object.getOwnPropertyDescriptor(cf, "a");
console.log(desc.writable, desc.enumerable, desc.configurable, Object.isFrozen(cf), Object.isFrozen(cf.nested));
const shaped = { a: 1, b: 2 };
const s1 = structuredClone(shaped);
const s2 = structuredClone(shaped);
s1.c = 3;
delete s2.a;
s2.a = "again";
console.log(keys(shaped), keys(s1), keys(s2), show(shaped), show(s1), show(s2));
const deleted = { a: 1, b: 2, c: 3 };
delete deleted.b;
console.log(show(structuredClone(deleted)));

// arrays: holes, trailing holes, extra properties, sparse, subclass, frozen
const holes = [1, , 3];
holes.length = 6;
holes.extra = "x";
const ch = structuredClone(holes);
console.log(ch.length, 1 in ch, 5 in ch, ch.extra, keys(ch));
console.log(structuredClone(new Array(4)).length, keys(structuredClone(new Array(4))));
const sparse = [];
sparse[100000] = "far";
sparse[3] = "near";
const cs = structuredClone(sparse);
console.log(cs.length, cs[3], cs[100000], keys(cs));
const big = [];
big[4294967294] = "last index";
const cb = structuredClone(big);
console.log(cb.length, cb[4294967294]);
class List extends Array {}
const sub = List.from([1, 2]);
const csub = structuredClone(sub);
console.log(csub.constructor === Array, csub.length, Array.isArray(csub));
console.log(Object.isFrozen(structuredClone(Object.freeze([1, 2]))));
const strings = ["a".repeat(10) + "b".repeat(10), "\u00e9", "\u{1f600}", ""];
console.log(show(structuredClone(strings)));
console.log(show(structuredClone([1.5, -0, NaN, 2n ** 70n].map(String))), Object.is(structuredClone([-0])[0], -0));

// Dates (also invalid ones) are new Dates, without the original's own properties
const date = new Date(86400000);
date.note = "dropped";
const cd = structuredClone({ date, bad: new Date(NaN) });
console.log(cd.date instanceof Date, cd.date.getTime(), cd.date !== date, "note" in cd.date, Number.isNaN(cd.bad.getTime()));

// Maps and Sets: entries in order, keys and values cloned, shared references kept,
// subclasses becoming plain Maps
const mShared = { s: 1 };
const map = new Map([[1, "a"], ["k", mShared], [mShared, [mShared]], [-0, "zero"], [NaN, "nan"]]);
map.set("self", map);
map.delete(1);
const cmap = structuredClone(map);
const objKey = [...cmap.keys()].find((k) => typeof k === "object");
console.log(cmap instanceof Map, cmap.size, [...cmap.keys()].map(String).join(","), cmap.get("self") === cmap);
console.log(objKey === cmap.get("k"), objKey !== mShared, cmap.get(objKey)[0] === objKey, cmap.get(0), cmap.get(NaN));
const set = new Set([1, mShared, "x"]);
const cset = structuredClone({ set, mShared });
console.log(cset.set instanceof Set, cset.set.size, cset.set.has(cset.mShared), show([...cset.set]));
class MyMap extends Map {}
const cmy = structuredClone(new MyMap([[1, 2]]));
console.log(Object.getPrototypeOf(cmy) === Map.prototype, cmy.get(1));
const mapReads = [];
const cgm = structuredClone(new Map([["a", { get g() { mapReads.push("g"); return 1; } }], ["b", new Set([new Error("e")])]]));
console.log(mapReads.join(","), cgm.get("a").g, [...cgm.get("b")][0].message);
try {
  structuredClone(new Map([[1, Symbol("in a map")]]));
} catch (e) {
  console.log(e.name);
}

// handed back to the JS algorithm: each getter runs once, in order
const reads = [];
const lazy = {
  first: { plain: [1, 2, 3] },
  get second() {
    reads.push("second");
    return { deep: [new Date(5)] };
  },
  third: 3,
};
const cl = structuredClone(lazy);
console.log(reads.join(","), show(cl), Object.getOwnPropertyDescriptor(cl, "second").get === undefined);
const inArray = [{ a: 1 }];
Object.defineProperty(inArray, 1, { get() { reads.push("index"); return "got"; }, enumerable: true });
console.log(show(structuredClone(inArray)), reads.join(","));

// a Map with a class instance, an Error, a typed array deep inside: still shared references
const mixedShared = { x: 1 };
const mixed = [{ ref: mixedShared }, { deeper: [new Map([["k", mixedShared]])] }, new (class P { constructor() { this.p = 1; } })()];
mixed.push(mixed);
const cm = structuredClone(mixed);
console.log(cm[1].deeper[0].get("k") === cm[0].ref, cm[3] === cm, show(cm[2]), Object.getPrototypeOf(cm[2]) === Object.prototype);
const withError = structuredClone({ list: [{ e: new TypeError("t") }, new Uint8Array([1, 2])] });
console.log(withError.list[0].e instanceof TypeError, withError.list[0].e.message, withError.list[1][1]);

// not cloneable deep inside: DataCloneError, whichever path sees it
for (const value of [{ a: [{ b: Symbol("s") }] }, { a: [{ b() {} }] }, [[new Proxy({}, {})]], { w: new WeakMap() }]) {
  try {
    structuredClone(value);
    console.log("cloned!");
  } catch (e) {
    console.log(e instanceof DOMException, e.name);
  }
}

// depth costs no native stack
let chain = null;
for (let i = 0; i < 100000; i++) chain = { next: chain, arr: [i] };
let n = 0;
for (let p = structuredClone(chain); p; p = p.next) n++;
console.log(n);
