import {
  assertEquals,
  AssertionError,
  assertRejects,
  assertStringIncludes,
  assertThrows,
} from "../assert/mod.ts";
import { stripAnsiCode } from "../fmt/colors.ts";
import { expect, type Expected, fn } from "./mod.ts";

function failMessage(f: () => void): string {
  const e = assertThrows(f, AssertionError);
  return stripAnsiCode(e.message);
}

Deno.test("toBe / not.toBe", () => {
  expect(1).toBe(1);
  expect(NaN).toBe(NaN);
  expect({}).not.toBe({});
  assertStringIncludes(
    failMessage(() => expect({ a: 1 }).toBe({ a: 1 })),
    "Values have the same structure but are not reference-equal",
  );
  assertStringIncludes(failMessage(() => expect(1).toBe(2)), "-   1\n+   2");
  assertStringIncludes(
    failMessage(() => expect(1).not.toBe(1)),
    'Expected "actual" to not be strictly equal to: 1',
  );
});

Deno.test("toEqual ignores undefined properties and object types", () => {
  expect({ a: 1, b: undefined }).toEqual({ a: 1 });
  class A {
    x = 1;
  }
  expect(new A()).toEqual({ x: 1 });
  expect([1, { a: [2] }]).toEqual([1, { a: [2] }]);
  expect(new Map([[1, "a"]])).toEqual(new Map([[1, "a"]]));
  expect(new Set([{ a: 1 }])).toEqual(new Set([{ a: 1 }]));
  expect(new Date(1)).toEqual(new Date(1));
  expect(new Date(1)).not.toEqual(new Date(2));
  expect(0).not.toEqual(-0);
  const msg = failMessage(() => expect({ a: 1 }).toEqual({ a: 2 }));
  assertStringIncludes(msg, "Values are not equal.");
  assertStringIncludes(msg, "-     a: 1,\n+     a: 2,");
  assertStringIncludes(
    failMessage(() => expect(1, "custom").toEqual(2)),
    "custom: Values are not equal.",
  );
  assertStringIncludes(
    failMessage(() => expect(1).not.toEqual(1)),
    "not to equal",
  );
});

Deno.test("toStrictEqual checks undefined properties, sparseness and types", () => {
  expect({ a: 1 }).toStrictEqual({ a: 1 });
  expect({ a: 1, b: undefined }).not.toStrictEqual({ a: 1 });
  // deno-lint-ignore no-sparse-arrays
  expect([, 1]).not.toStrictEqual([undefined, 1]);
  class A {
    x = 1;
  }
  expect(new A()).not.toStrictEqual({ x: 1 });
  expect(new A()).toStrictEqual(new A());
});

Deno.test("truthiness and nullish matchers", () => {
  expect(1).toBeTruthy();
  expect(0).toBeFalsy();
  expect("").not.toBeTruthy();
  expect(null).toBeNull();
  expect(undefined).toBeUndefined();
  expect(0).toBeDefined();
  expect(undefined).not.toBeDefined();
  expect(NaN).toBeNaN();
  expect(1).not.toBeNaN();
  assertEquals(
    failMessage(() => expect(0).toBeTruthy()),
    "Expected 0 to be truthy",
  );
  assertEquals(
    failMessage(() => expect(1).toBeNull()),
    "Expected 1 to be null",
  );
});

Deno.test("number comparisons", () => {
  expect(2).toBeGreaterThan(1);
  expect(2).toBeGreaterThanOrEqual(2);
  expect(1).toBeLessThan(2);
  expect(2n).toBeLessThanOrEqual(2n);
  expect(1).not.toBeGreaterThan(1);
  assertEquals(
    failMessage(() => expect(1).toBeGreaterThan(2)),
    "Expected 1 to be > 2",
  );
  expect(0.1 + 0.2).toBeCloseTo(0.3);
  expect(0.1 + 0.2).toBeCloseTo(0.3, 10);
  expect(1.5).not.toBeCloseTo(1.4);
  assertStringIncludes(
    failMessage(() => expect(1.5).toBeCloseTo(1.4)),
    "to be close to 1.4 (using 2 digits)",
  );
});

Deno.test("toBeInstanceOf", () => {
  expect(new Date()).toBeInstanceOf(Date);
  expect(new Date()).not.toBeInstanceOf(Map);
  assertStringIncludes(
    failMessage(() => expect([]).toBeInstanceOf(Map)),
    "to be an instance of Map, but it is Array",
  );
});

Deno.test("toContain / toContainEqual / toHaveLength", () => {
  expect("hello").toContain("ell");
  expect([1, 2, 3]).toContain(2);
  expect(new Set(["a"])).toContain("a");
  expect([{ a: 1 }]).not.toContain({ a: 1 });
  expect([{ a: 1 }]).toContainEqual({ a: 1 });
  expect([1, 2]).toHaveLength(2);
  expect("abc").toHaveLength(3);
  expect([]).not.toHaveLength(1);
  assertStringIncludes(
    failMessage(() => expect([1]).toContain(2)),
    "does not contain the expected item 2",
  );
  assertEquals(
    failMessage(() => expect([1]).toHaveLength(3)),
    "Expected value to have length 3, but it has length 1",
  );
});

Deno.test("toHaveProperty", () => {
  const obj = { a: { b: [{ c: 1 }] }, "x.y": 2, u: undefined };
  expect(obj).toHaveProperty("a");
  expect(obj).toHaveProperty("a.b[0].c", 1);
  expect(obj).toHaveProperty(["a", "b", "0", "c"], 1);
  expect(obj).toHaveProperty(["x.y"], 2);
  expect(obj).toHaveProperty("u");
  expect(obj).toHaveProperty("u", undefined);
  expect(obj).not.toHaveProperty("a.z");
  expect(obj).not.toHaveProperty("a.b[0].c", 2);
  expect("abc").toHaveProperty("length", 3);
  assertStringIncludes(
    failMessage(() => expect(obj).toHaveProperty("a.b[0].c", 5)),
    'Expected property "a.b[0].c" to be 5, but it is 1',
  );
});

Deno.test("toMatch / toMatchObject", () => {
  expect("hello").toMatch(/^h/);
  expect("hello").toMatch("ll");
  expect("hello").not.toMatch(/x/);
  expect({ a: 1, b: { c: 2, d: 3 }, e: [{ f: 1 }] }).toMatchObject({
    b: { c: 2 },
    e: [{ f: 1 }],
  });
  expect([{ a: 1, b: 2 }]).toMatchObject([{ a: 1 }]);
  expect({ a: 1 }).not.toMatchObject({ a: 2 });
  expect({ a: 1, b: "x" }).toMatchObject({ b: expect.any(String) });
  const msg = failMessage(() =>
    expect({ a: 1, b: { c: 2, d: 3 } }).toMatchObject({ b: { c: 9 } })
  );
  assertStringIncludes(msg, "-       c: 2,\n+       c: 9,");
});

Deno.test("toThrow", () => {
  const thrower = () => {
    throw new TypeError("bad input");
  };
  expect(thrower).toThrow();
  expect(thrower).toThrow(TypeError);
  expect(thrower).toThrow("bad");
  expect(thrower).toThrow(/input$/);
  expect(thrower).toThrow(new Error("bad input"));
  expect(thrower).not.toThrow(RangeError);
  expect(() => {}).not.toThrow();
  assertEquals(
    failMessage(() => expect(() => {}).toThrow()),
    "Expected the function to throw, but it did not",
  );
  assertEquals(
    failMessage(() => expect(thrower).toThrow(RangeError)),
    'Expected error to be instance of "RangeError", but was "TypeError"',
  );
  assertEquals(
    failMessage(() => expect(thrower).toThrow("nope")),
    'Expected error message to include "nope", but got "bad input"',
  );
  assertStringIncludes(
    failMessage(() => expect(thrower).not.toThrow()),
    "Expected the function not to throw, but it threw",
  );
});

Deno.test("resolves / rejects", async () => {
  await expect(Promise.resolve(42)).resolves.toBe(42);
  await expect(Promise.resolve(42)).resolves.not.toBe(1);
  await expect(Promise.reject(new Error("boom"))).rejects.toThrow("boom");
  await expect(Promise.reject(new Error("boom"))).rejects.toBeInstanceOf(Error);
  await expect(() => Promise.reject(new Error("x"))).rejects.toThrow(Error);
  await assertRejects(
    () => expect(Promise.resolve(1)).rejects.toThrow(),
    AssertionError,
    "Expected promise to reject, but it resolved with 1",
  );
  await assertRejects(
    () => expect(Promise.reject(new Error("e"))).resolves.toBe(1),
    AssertionError,
    "Expected promise to resolve",
  );
  await assertRejects(
    () => expect(Promise.resolve(1)).resolves.toBe(2),
    AssertionError,
    "Values are not strictly equal",
  );
  assertThrows(() => expect(1).resolves.toBe(1), AssertionError, "PromiseLike");
});

Deno.test("asymmetric matchers", () => {
  expect({ a: 1, b: "x", c: null }).toEqual({
    a: expect.any(Number),
    b: expect.any(String),
    c: null,
  });
  expect({ d: new Date() }).toEqual({ d: expect.any(Date) });
  expect({ id: 5 }).toEqual({ id: expect.anything() });
  expect({ id: null }).not.toEqual({ id: expect.anything() });
  expect([1, 2, 3]).toEqual(expect.arrayContaining([3, 1]));
  expect([1, 2, 3]).not.toEqual(expect.arrayContaining([4]));
  expect({ a: 1, b: 2 }).toEqual(expect.objectContaining({ a: 1 }));
  expect("hello world").toEqual(expect.stringContaining("o w"));
  expect("hello").toEqual(expect.stringMatching(/^hel/));
  expect("hello").toEqual(expect.stringMatching("ell"));
  expect(0.1 + 0.2).toEqual(expect.closeTo(0.3, 5));
  expect([1]).toEqual(expect.not.arrayContaining([2]));
  expect({ a: 1 }).toEqual(expect.not.objectContaining({ a: 2 }));
  expect("abc").toEqual(expect.not.stringContaining("x"));
  expect("abc").toEqual(expect.not.stringMatching(/x/));
});

Deno.test("fn() and mock matchers", () => {
  const add = fn((a: number, b: number) => a + b);
  expect(add).not.toHaveBeenCalled();
  expect(add(1, 2)).toBe(3);
  add(3, 4);
  expect(add).toHaveBeenCalled();
  expect(add).toHaveBeenCalledTimes(2);
  expect(add).toHaveBeenCalledWith(1, 2);
  expect(add).toHaveBeenCalledWith(expect.any(Number), 4);
  expect(add).not.toHaveBeenCalledWith(9, 9);
  expect(add).toHaveBeenLastCalledWith(3, 4);
  expect(add).toHaveBeenNthCalledWith(1, 1, 2);
  expect(add).toHaveReturned();
  expect(add).toHaveReturnedTimes(2);
  expect(add).toHaveReturnedWith(7);
  expect(add).toHaveLastReturnedWith(7);
  expect(add).toHaveNthReturnedWith(1, 3);
  expect(add).toBeCalled();
  expect(add).toBeCalledTimes(2);
  expect(add).toBeCalledWith(3, 4);
  expect(add).lastCalledWith(3, 4);
  expect(add).nthCalledWith(2, 3, 4);
  expect(add).toReturn();
  expect(add).toReturnTimes(2);
  expect(add).toReturnWith(3);
  expect(add).lastReturnedWith(7);
  expect(add).nthReturnedWith(2, 7);

  assertEquals(
    failMessage(() => expect(add).toHaveBeenCalledTimes(1)),
    "Expected mock function to be called 1 time(s), but it was called 2 time(s)",
  );
  assertStringIncludes(
    failMessage(() => expect(add).toHaveBeenCalledWith(5)),
    "Expected mock function to be called with 5, but it was not.",
  );
  assertThrows(() => expect(() => {}).toHaveBeenCalled(), Error, "mock");
});

Deno.test("fn() with several implementations and throwing calls", () => {
  const f = fn(() => 1, () => 2);
  expect(f()).toBe(1);
  expect(f()).toBe(2);
  expect(f()).toBeUndefined();
  const thrower = fn(() => {
    throw new Error("x");
  });
  expect(() => thrower()).toThrow("x");
  expect(thrower).toHaveBeenCalledTimes(1);
  expect(thrower).not.toHaveReturned();
  expect(fn()()).toBeUndefined();
});

Deno.test("expect.extend", () => {
  expect.extend({
    toBeEven(context) {
      const pass = (context.value as number) % 2 === 0;
      return {
        pass,
        message: () =>
          `Expected ${context.value} ${context.isNot ? "not " : ""}to be even`,
      };
    },
  });
  interface ExtendedExpected extends Expected {
    toBeEven(): void;
  }
  expect<ExtendedExpected>(4).toBeEven();
  expect<ExtendedExpected>(3).not.toBeEven();
  assertEquals(
    failMessage(() => expect<ExtendedExpected>(3).toBeEven()),
    "Expected 3 to be even",
  );
  assertEquals(
    failMessage(() => expect<ExtendedExpected>(2).not.toBeEven()),
    "Expected 2 not to be even",
  );
});

Deno.test("expect.addEqualityTesters", () => {
  class Money {
    constructor(public cents: number, public note: string) {}
  }
  expect.addEqualityTesters([
    (a, b) =>
      a instanceof Money && b instanceof Money
        ? a.cents === b.cents
        : undefined,
  ]);
  expect(new Money(5, "a")).toEqual(new Money(5, "b"));
  expect(new Money(5, "a")).not.toEqual(new Money(6, "a"));
});
