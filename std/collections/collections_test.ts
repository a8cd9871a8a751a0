/**
 * Tests for @std/collections.
 *
 * @module
 */
import { assert, assertEquals, assertThrows } from "../assert/mod.ts";
import {
  aggregateGroups,
  associateBy,
  associateWith,
  chunk,
  deepMerge,
  distinct,
  distinctBy,
  dropLastWhile,
  dropWhile,
  filterEntries,
  filterKeys,
  filterValues,
  findSingle,
  firstNotNullishOf,
  includesValue,
  intersect,
  invert,
  invertBy,
  joinToString,
  mapEntries,
  mapKeys,
  mapNotNullish,
  mapValues,
  maxBy,
  maxOf,
  maxWith,
  minBy,
  minOf,
  minWith,
  omit,
  partition,
  partitionEntries,
  permutations,
  pick,
  reduceGroups,
  runningReduce,
  sample,
  slidingWindows,
  sortBy,
  sumOf,
  takeLastWhile,
  takeWhile,
  union,
  unzip,
  withoutAll,
  zip,
} from "./mod.ts";

Deno.test("chunk()", () => {
  assertEquals(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assertEquals(chunk([1, 2, 3, 4], 2), [[1, 2], [3, 4]]);
  assertEquals(chunk([], 3), []);
  assertEquals(chunk(new Set([1, 2, 3]), 5), [[1, 2, 3]]);
  assertThrows(() => chunk([1], 0), RangeError);
  assertThrows(() => chunk([1], 1.5), RangeError);
  assertThrows(() => chunk([1], -1), RangeError);
});

Deno.test("distinct() and distinctBy()", () => {
  assertEquals(distinct([3, 2, 5, 2, 5]), [3, 2, 5]);
  assertEquals(distinct([NaN, NaN, 0, -0]), [NaN, 0]);
  assertEquals(distinctBy(["Anna", "Kim", "Arnold", "Kate"], (n) => n[0]), [
    "Anna",
    "Kim",
  ]);
  assertEquals(distinctBy([], (n) => n), []);
});

Deno.test("record helpers", () => {
  const users = [{ id: "a", n: 1 }, { id: "b", n: 2 }, { id: "a", n: 3 }];
  assertEquals(associateBy(users, (u) => u.id), {
    a: { id: "a", n: 3 },
    b: { id: "b", n: 2 },
  });
  assertEquals(associateWith(["Kim", "Lara"], (n) => n.length), {
    Kim: 3,
    Lara: 4,
  });
  assertEquals(filterKeys({ Kim: 1, Arthur: 2 }, (k) => k.startsWith("K")), {
    Kim: 1,
  });
  assertEquals(filterValues({ Arnold: 37, Sarah: 7 }, (a) => a >= 18), {
    Arnold: 37,
  });
  assertEquals(
    filterEntries(
      { Kim: 22, Kate: 12, Arthur: 51 },
      ([k, v]) => k.startsWith("K") && v > 20,
    ),
    { Kim: 22 },
  );
  assertEquals(
    mapEntries({ a: 1, b: 2 }, ([k, v]) => [k.toUpperCase(), v * 10]),
    { A: 10, B: 20 },
  );
  assertEquals(mapKeys({ a: 5, b: 4, A: 1 }, (k) => k.toUpperCase()), {
    A: 1,
    B: 4,
  });
  assertEquals(
    mapValues({ Kim: 32, Anna: 28 }, (age, key) => `${key}:${age + 1}`),
    { Kim: "Kim:33", Anna: "Anna:29" },
  );
  assertEquals(
    partitionEntries({ a: 1, b: 2, c: 3 }, ([k, v]) => k !== "b" && v > 1),
    [{ c: 3 }, { a: 1, b: 2 }],
  );
  assert(includesValue({ a: 1, b: NaN }, NaN));
  assert(includesValue({ a: 1, b: 2 }, 2));
  assert(!includesValue({ a: 1 }, 3));
  assert(
    !includesValue(
      Object.create({ inherited: 1 }) as Record<string, number>,
      1,
    ),
  );
  assertEquals(pick({ a: 5, b: 6, c: 7 }, ["a", "c"]), { a: 5, c: 7 });
  assertEquals(omit({ a: 5, b: 6, c: 7 }, ["a", "c"]), { b: 6 });
  assertEquals(invert({ Kim: "ubuntu", Anna: "macos", Tim: "ubuntu" }), {
    ubuntu: "Tim",
    macos: "Anna",
  });
  assertEquals(
    invertBy(
      { Alice: "Firefox", Bob: "Chrome", Carol: "firefox" },
      (v) => v.toLowerCase(),
    ),
    { firefox: ["Alice", "Carol"], chrome: ["Bob"] },
  );
});

Deno.test("groups", () => {
  assertEquals(
    aggregateGroups(
      { Curry: ["spicy", "vegan"], Omelette: ["creamy"], Empty: [] },
      (cur, key, first, acc) =>
        first ? `${key} is ${cur}` : `${acc} and ${cur}`,
    ),
    { Curry: "Curry is spicy and vegan", Omelette: "Omelette is creamy" },
  );
  assertEquals(
    reduceGroups(
      { Kim: [24, 57], Anna: [7], None: [] },
      (sum: number, it: number) => sum + it,
      0,
    ),
    { Kim: 81, Anna: 7, None: 0 },
  );
  assertEquals(runningReduce([1, 2, 3, 4, 5], (sum, cur) => sum + cur, 0), [
    1,
    3,
    6,
    10,
    15,
  ]);
  assertEquals(runningReduce([1, 2], (acc, cur, i) => `${acc}${cur}${i}`, ""), [
    "10",
    "1021",
  ]);
});

Deno.test("array slicing helpers", () => {
  assertEquals(dropWhile([3, 2, 5, 2, 5], (n) => n <= 3), [5, 2, 5]);
  assertEquals(dropWhile([1, 2], () => true), []);
  assertEquals(dropLastWhile([11, 42, 55, 20, 33, 44], (n) => n > 30), [
    11,
    42,
    55,
    20,
  ]);
  assertEquals(takeWhile([1, 2, 3, 4, 5, 6], (n) => n < 4), [1, 2, 3]);
  assertEquals(takeLastWhile([1, 2, 3, 4, 5, 6], (n) => n > 4), [5, 6]);
  assertEquals(takeLastWhile([1, 2], () => false), []);
  assertEquals(withoutAll([2, 1, 2, 3], [1, 2]), [3]);
  assertEquals(slidingWindows([1, 2, 3, 4, 5], 3), [[1, 2, 3], [2, 3, 4], [
    3,
    4,
    5,
  ]]);
  assertEquals(slidingWindows([1, 2, 3, 4, 5], 3, { step: 2 }), [[1, 2, 3], [
    3,
    4,
    5,
  ]]);
  assertEquals(slidingWindows([1, 2, 3, 4, 5], 3, { step: 2, partial: true }), [
    [1, 2, 3],
    [3, 4, 5],
    [5],
  ]);
  assertEquals(slidingWindows([1, 2, 3], 5), []);
  assertEquals(slidingWindows([1, 2, 3], 5, { partial: true }), [[1, 2, 3], [
    2,
    3,
  ], [3]]);
  assertThrows(() => slidingWindows([1], 0), RangeError);
  assertThrows(() => slidingWindows([1], 1, { step: 0 }), RangeError);
});

Deno.test("search helpers", () => {
  assertEquals(findSingle([1, 2, 3], (n) => n > 2), 3);
  assertEquals(findSingle([1, 2, 3], (n) => n > 1), undefined);
  assertEquals(findSingle([undefined, 1], (n) => n === undefined), undefined);
  assertEquals(
    firstNotNullishOf(
      [{ o: null }, { o: undefined }, { o: 0 }, { o: 1 }],
      (t) => t.o,
    ),
    0,
  );
  assertEquals(firstNotNullishOf([], (t) => t), undefined);
  assertEquals(mapNotNullish([1, null, 2, undefined, 0], (x) => x), [1, 2, 0]);
});

Deno.test("min/max helpers", () => {
  const people = [{ name: "Anna", age: 34 }, { name: "Kim", age: 42 }, {
    name: "John",
    age: 42,
  }, { name: "Tim", age: 23 }];
  assertEquals(maxBy(people, (p) => p.age), { name: "Kim", age: 42 });
  assertEquals(minBy(people, (p) => p.age), { name: "Tim", age: 23 });
  assertEquals(maxBy(people, (p) => p.name)?.name, "Tim");
  assertEquals(minBy([{ d: new Date(5) }, { d: new Date(1) }], (x) => x.d), {
    d: new Date(1),
  });
  assertEquals(maxBy([1n, 3n, 2n], (x) => x), 3n);
  assertEquals(maxBy([], (x: number) => x), undefined);
  assertEquals(maxOf(people, (p) => p.age), 42);
  assertEquals(minOf(people, (p) => p.age), 23);
  assertEquals(maxOf([1n, 5n], (x) => x), 5n);
  assertEquals(minOf([], (x: number) => x), undefined);
  assertEquals(maxOf([1, NaN, 3], (x) => x), NaN);
  assertEquals(minOf([1, NaN, 3], (x) => x), NaN);
  assertEquals(
    maxWith(["Kim", "Anna", "John"], (a, b) => a.length - b.length),
    "Anna",
  );
  assertEquals(
    minWith(["Kim", "Anna", "Tom"], (a, b) => a.length - b.length),
    "Kim",
  );
  assertEquals(minWith([], (a: number, b: number) => a - b), undefined);
  assertEquals(sumOf([{ c: 2 }, { c: 5 }], (x) => x.c), 7);
  assertEquals(sumOf([], (x: number) => x), 0);
});

Deno.test("sortBy()", () => {
  const people = [{ name: "Anna", age: 34 }, { name: "Kim", age: 42 }, {
    name: "John",
    age: 23,
  }, { name: "Bo", age: 34 }];
  assertEquals(sortBy(people, (p) => p.age).map((p) => p.name), [
    "John",
    "Anna",
    "Bo",
    "Kim",
  ]);
  assertEquals(
    sortBy(people, (p) => p.age, { order: "desc" }).map((p) => p.name),
    ["Kim", "Anna", "Bo", "John"],
  );
  assertEquals(sortBy(people, (p) => p.name).map((p) => p.name), [
    "Anna",
    "Bo",
    "John",
    "Kim",
  ]);
  assertEquals(sortBy([NaN, 2, 1], (x) => x), [1, 2, NaN]);
  assertEquals(sortBy([NaN, 2, 1], (x) => x, { order: "desc" }), [2, 1, NaN]);
  assertEquals(sortBy([3n, 1n, 2n], (x) => x), [1n, 2n, 3n]);
  const dates = [new Date(3), new Date(1)];
  assertEquals(sortBy(dates, (d) => d), [new Date(1), new Date(3)]);
  const input = [3, 1];
  sortBy(input, (x) => x);
  assertEquals(input, [3, 1]);
});

Deno.test("set-like helpers", () => {
  assertEquals(intersect(["a", "b", "c", "a"], ["c", "a"], ["a", "c", "d"]), [
    "a",
    "c",
  ]);
  assertEquals(intersect([1, 2]), [1, 2]);
  assertEquals(intersect(), []);
  assertEquals(union(["Soy", "Tomato"], ["Ice", "Soy"]), [
    "Soy",
    "Tomato",
    "Ice",
  ]);
  assertEquals(union(), []);
});

Deno.test("zip(), unzip(), partition(), permutations(), sample(), joinToString()", () => {
  assertEquals(zip([1, 2, 3], ["a", "b"], [true, false, true]), [
    [1, "a", true],
    [2, "b", false],
  ]);
  assertEquals(zip(), []);
  assertEquals(unzip([["Kim", 22], ["Anna", 34]] as [string, number][]), [[
    "Kim",
    "Anna",
  ], [22, 34]]);
  assertEquals(partition([5, 6, 7, 8, 9], (n) => n % 2 === 0), [[6, 8], [
    5,
    7,
    9,
  ]]);
  const [nums, strs] = partition(
    [1, "a", 2],
    (x): x is number => typeof x === "number",
  );
  assertEquals(nums, [1, 2]);
  assertEquals(strs, ["a"]);
  assertEquals(permutations([1, 2, 3]), [
    [1, 2, 3],
    [2, 1, 3],
    [3, 1, 2],
    [1, 3, 2],
    [2, 3, 1],
    [3, 2, 1],
  ]);
  assertEquals(permutations([]), []);
  assertEquals(permutations([1]), [[1]]);
  assertEquals(permutations([1, 1]), [[1, 1], [1, 1]]);
  assertEquals(sample([]), undefined);
  assert([1, 2, 3].includes(sample([1, 2, 3])!));
  const users = [{ name: "Kim" }, { name: "Anna" }, { name: "Tim" }];
  assertEquals(joinToString(users, (u) => u.name), "Kim,Anna,Tim");
  assertEquals(
    joinToString(users, (u) => u.name, {
      suffix: " and others",
      separator: ", ",
      limit: 1,
    }),
    "Kim, ... and others",
  );
  assertEquals(
    joinToString(users, (u) => u.name, {
      prefix: "<",
      suffix: ">",
      limit: 2,
      truncated: "…",
    }),
    "<Kim,Anna,…>",
  );
  assertEquals(
    joinToString(users, (u) => u.name, { limit: 3 }),
    "Kim,Anna,Tim",
  );
  assertEquals(
    joinToString([], (u) => String(u), { prefix: "[", suffix: "]" }),
    "[]",
  );
});

Deno.test("deepMerge()", () => {
  assertEquals(deepMerge({ foo: true }, { bar: true }), {
    foo: true,
    bar: true,
  });
  assertEquals(
    deepMerge(
      { a: { b: 1, c: [1] }, s: new Set([1]), m: new Map([["x", 1]]) },
      { a: { d: 2, c: [2] }, s: new Set([2]), m: new Map([["y", 2]]) },
    ),
    {
      a: { b: 1, c: [1, 2], d: 2 },
      s: new Set([1, 2]),
      m: new Map([["x", 1], ["y", 2]]),
    },
  );
  assertEquals(
    deepMerge({ c: [1], s: new Set([1]), m: new Map([["x", 1]]) }, {
      c: [2],
      s: new Set([2]),
      m: new Map([["y", 2]]),
    }, { arrays: "replace", sets: "replace", maps: "replace" }),
    { c: [2], s: new Set([2]), m: new Map([["y", 2]]) },
  );
  assertEquals(deepMerge({ a: { b: 1 } }, { a: "str" }), { a: "str" });
  assertEquals(deepMerge({ a: 1 }, { a: undefined }), { a: undefined });
  const date = new Date(0);
  assertEquals(deepMerge({ d: { x: 1 } }, { d: date }).d, date);
  const sym = Symbol("s");
  assertEquals(deepMerge({ [sym]: { a: 1 } }, { [sym]: { b: 2 } })[sym], {
    a: 1,
    b: 2,
  });
  // deno-lint-ignore no-explicit-any
  const cyclic: any = { a: 1 };
  cyclic.self = cyclic;
  const merged: Record<string, unknown> = deepMerge(
    cyclic as Record<string, unknown>,
    { b: 2 },
  );
  assertEquals(merged.b, 2);
  assertEquals(merged.self, cyclic);
  const polluted = deepMerge({}, JSON.parse('{"__proto__": {"x": 1}}'));
  assertEquals(({} as Record<string, unknown>).x, undefined);
  assertEquals(Object.keys(polluted), []);
  const left = { a: { b: 1 } };
  deepMerge(left, { a: { c: 2 } });
  assertEquals(left, { a: { b: 1 } });
});
