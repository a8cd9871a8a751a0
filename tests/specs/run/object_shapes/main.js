// The engine keeps the shapes (property layouts) of objects that are gone so the next
// object built the same way reuses them (v8x X_PATCHES.md 7). Objects built, dropped and
// built again, past the size of that cache, with prototypes that die, and shapes taken
// back from it then changed in place, must keep their properties and key order.
const lines = [];
let sum = 0;
for (let i = 0; i < 2000; i++) {
  const o = { a: i, b: i + 1, c: i + 2, d: [i] };
  sum += o.a + o.b + o.c + o.d[0];
}
lines.push(`same literal: ${sum}`);

// More distinct shapes than the cache holds, built twice over.
for (let round = 0; round < 2; round++) {
  let ok = 0;
  for (let i = 0; i < 600; i++) {
    const o = {};
    o[`k${i}`] = i;
    o[`j${i % 7}`] = round;
    o.tail = i;
    const keys = Object.keys(o).join();
    if (keys === `k${i},j${i % 7},tail` && o[`k${i}`] === i && o.tail === i) ok++;
  }
  lines.push(`round ${round}: ${ok} of 600`);
}

// A shape taken back from the cache, then changed in place by its one owner.
for (let i = 0; i < 3; i++) {
  const o = { x: 1, y: 2 };
  o.z = 3;
  delete o.x;
  o.x = 4;
  Object.defineProperty(o, "hidden", { value: 5, enumerable: false });
  lines.push(`changed: ${Object.keys(o).join()} ${o.x + o.y + o.z + o.hidden}`);
}

// Prototypes that die with their objects.
let protoSum = 0;
for (let i = 0; i < 1000; i++) {
  const proto = { get twice() { return this.v * 2; }, n: i };
  const o = Object.create(proto);
  o.v = i;
  protoSum += o.twice + o.n;
}
lines.push(`prototypes: ${protoSum}`);

// Class instances and accessors with different attributes on the same keys.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
let points = 0;
for (let i = 0; i < 1000; i++) {
  const p = new Point(i, 1);
  const q = {};
  Object.defineProperty(q, "x", { value: i, writable: false, enumerable: true });
  q.y = 1;
  try {
    "use strict";
    q.x = -1;
  } catch {
    // read-only in a module
  }
  points += p.x + p.y + q.x + q.y;
}
lines.push(`points: ${points}`);

// Literals whose `__proto__` comes first take their prototype's shared empty shape
// (X_PATCHES.md 25): the prototype's accessors and defaults still apply, own
// properties stay own and in order, and objects built the same way do not share values.
const defaults = { kind: "default", get doubled() { return this.n * 2; } };
let literalSum = 0;
const literals = [];
for (let i = 0; i < 300; i++) {
  const o = { __proto__: defaults, n: i, label: `o${i}` };
  if (i % 100 === 0) literals.push(o);
  literalSum += o.doubled + (o.kind === "default" ? 1 : 0);
}
literals[1].kind = "own";
lines.push(
  `proto literals: ${literalSum} ${Object.keys(literals[0]).join()} ${literals[1].kind} ${literals[2].kind} ` +
    `${Object.getPrototypeOf(literals[2]) === defaults} ${literals.map((o) => o.label).join()}`,
);
const nullProto = { __proto__: null, a: 1 };
lines.push(`null proto: ${Object.getPrototypeOf(nullProto)} ${Object.keys(nullProto).join()} ${"toString" in nullProto}`);
const reparented = {};
Object.setPrototypeOf(reparented, defaults);
reparented.n = 21;
lines.push(`setPrototypeOf on an empty object: ${reparented.doubled} ${reparented.kind}`);
try {
  Object.setPrototypeOf(defaults, { __proto__: defaults });
} catch (e) {
  lines.push(`cycle: ${e.constructor.name}`);
}
// New properties of literals and class fields on ordinary objects, next to ones that are
// not ordinary (a field on an array subclass, a duplicate key in a literal).
class Fields {
  a = 1;
  b = this.a + 1;
}
class ListWithField extends Array {
  extra = "x";
}
const dup = { k: 1, k: 2 };
const list = new ListWithField();
list.push(5);
lines.push(`fields: ${JSON.stringify(new Fields())} ${list.extra} ${list.length} ${Object.keys(dup).join()}=${dup.k}`);
// typeof compared with a string: the same string on both sides, or not.
const kinds = [1, "s", null, undefined, {}, () => 0, 1n, Symbol()].map((v) =>
  (typeof v === "string" ? "S" : "") + (typeof v === "object" ? "O" : "") + (typeof v === "function" ? "F" : "")
);
lines.push(`typeof: ${kinds.join("|")} ${"ab" === "a" + "b"} ${"ab" === "ba"}`);
console.log(lines.join("\n"));
