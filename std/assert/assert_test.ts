import {
  assert,
  assertAlmostEquals,
  assertArrayIncludes,
  assertEquals,
  assertExists,
  assertFalse,
  assertGreater,
  assertGreaterOrEqual,
  assertInstanceOf,
  AssertionError,
  assertIsError,
  assertLess,
  assertLessOrEqual,
  assertMatch,
  assertNotEquals,
  assertNotInstanceOf,
  assertNotMatch,
  assertNotStrictEquals,
  assertObjectMatch,
  assertRejects,
  assertStrictEquals,
  assertStringIncludes,
  assertThrows,
  fail,
  unimplemented,
  unreachable,
} from "./mod.ts";
import { stripAnsiCode } from "./_styles.ts";

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof AssertionError)) throw e;
    return stripAnsiCode(e.message);
  }
  throw new Error("did not throw");
}

Deno.test("assert() and assertFalse()", () => {
  assert(true);
  assert(1);
  assertFalse(0);
  assertFalse("");
  assertEquals(messageOf(() => assert(false, "boom")), "boom");
  assertEquals(messageOf(() => assertFalse(1, "bang")), "bang");
});

Deno.test("assertEquals() prints a diff", () => {
  assertEquals({ a: [1, 2] }, { a: [1, 2] });
  const msg = messageOf(() => assertEquals({ a: 1, b: 2 }, { a: 1, b: 3 }));
  assertEquals(
    msg,
    [
      "Values are not equal.",
      "",
      "",
      "    [Diff] Actual / Expected",
      "",
      "",
      "    {",
      "      a: 1,",
      "-     b: 2,",
      "+     b: 3,",
      "    }",
      "",
    ].join("\n"),
  );
  assertEquals(
    messageOf(() => assertEquals(1, 2, "custom")),
    "Values are not equal: custom\n\n\n    [Diff] Actual / Expected\n\n\n-   1\n+   2\n",
  );
});

Deno.test("assertEquals() diffs strings line by line", () => {
  const msg = messageOf(() => assertEquals("a\nb\nc", "a\nx\nc"));
  assertStringIncludes(msg, "    a\\n\n-   b\\n\n+   x\\n\n    c\n");
});

Deno.test("assertEquals() uses a custom formatter", () => {
  const msg = messageOf(() =>
    assertEquals(1, 2, undefined, { formatter: (v) => `<${v}>` })
  );
  assertStringIncludes(msg, "-   <1>\n+   <2>");
});

Deno.test("assertEquals() colors the diff", () => {
  if (Deno.noColor) return;
  try {
    assertEquals(1, 2);
  } catch (e) {
    assertStringIncludes((e as Error).message, "\x1b[31m-   1\x1b[39m");
    assertStringIncludes((e as Error).message, "\x1b[32m+   2\x1b[39m");
  }
});

Deno.test("assertNotEquals()", () => {
  assertNotEquals(1, 2);
  assertEquals(
    messageOf(() => assertNotEquals({ a: 1 }, { a: 1 })),
    "Expected actual: [object Object] not to be: [object Object].",
  );
});

Deno.test("assertStrictEquals() / assertNotStrictEquals()", () => {
  const o = {};
  assertStrictEquals(o, o);
  assertStrictEquals(NaN, NaN);
  assertStringIncludes(
    messageOf(() => assertStrictEquals({ a: 1 }, { a: 1 })),
    "Values have the same structure but are not reference-equal.",
  );
  assertStringIncludes(
    messageOf(() => assertStrictEquals(1, 2, "m")),
    "Values are not strictly equal: m\n",
  );
  assertNotStrictEquals(0, -0);
  assertEquals(
    messageOf(() => assertNotStrictEquals(1, 1)),
    'Expected "actual" to not be strictly equal to: 1.\n',
  );
});

Deno.test("assertExists()", () => {
  assertExists(0);
  assertExists("");
  assertEquals(
    messageOf(() => assertExists(null)),
    'Expected actual: "null" to not be null or undefined.',
  );
  assertEquals(
    messageOf(() => assertExists(undefined, "x")),
    'Expected actual: "undefined" to not be null or undefined: x',
  );
});

Deno.test("assertAlmostEquals()", () => {
  assertAlmostEquals(0.1 + 0.2, 0.3);
  assertAlmostEquals(10, 11, 2);
  assertAlmostEquals(Infinity, Infinity);
  assertEquals(
    messageOf(() => assertAlmostEquals(1, 2)),
    'Expected actual: "1" to be close to "2": delta "1" is greater than "2e-7".',
  );
});

Deno.test("assertArrayIncludes()", () => {
  assertArrayIncludes([1, 2, 3], [3, 1]);
  assertArrayIncludes([{ a: 1 }], [{ a: 1 }]);
  assertArrayIncludes(new Uint8Array([1, 2]), [2]);
  const msg = messageOf(() => assertArrayIncludes([1, 2], [3]));
  assertStringIncludes(msg, "to include:");
  assertStringIncludes(msg, "missing: [\n  3,\n]");
});

Deno.test("assertStringIncludes(), assertMatch(), assertNotMatch()", () => {
  assertStringIncludes("hello", "ell");
  assertEquals(
    messageOf(() => assertStringIncludes("hello", "x")),
    'Expected actual: "hello" to contain: "x".',
  );
  assertMatch("Raptor", /Rap/);
  assertEquals(
    messageOf(() => assertMatch("a", /b/)),
    'Expected actual: "a" to match: "/b/".',
  );
  assertNotMatch("a", /b/);
  assertEquals(
    messageOf(() => assertNotMatch("b", /b/, "m")),
    'Expected actual: "b" to not match: "/b/": m',
  );
});

Deno.test("assertObjectMatch()", () => {
  assertObjectMatch({ a: 1, b: { c: 2, d: 3 }, e: [{ f: 1, g: 2 }] }, {
    b: { c: 2 },
    e: [{ f: 1 }],
  });
  const msg = messageOf(() => assertObjectMatch({ a: 1, b: 2 }, { a: 2 }));
  assertStringIncludes(msg, "-     a: 1,\n+     a: 2,");
  assertThrows(() => assertObjectMatch({ a: 1 }, { b: 1 }), AssertionError);
});

Deno.test("assertInstanceOf() / assertNotInstanceOf()", () => {
  assertInstanceOf(new Date(), Date);
  assertEquals(
    messageOf(() => assertInstanceOf(new Date(), Map)),
    'Expected object to be an instance of "Map" but was "Date".',
  );
  assertEquals(
    messageOf(() => assertInstanceOf(1, Number)),
    'Expected object to be an instance of "Number" but was "number".',
  );
  assertNotInstanceOf(new Date(), Map);
  assertEquals(
    messageOf(() => assertNotInstanceOf(new Date(), Date)),
    'Expected object to not be an instance of "Date".',
  );
});

Deno.test("assertGreater/Less(OrEqual)()", () => {
  assertGreater(2, 1);
  assertGreaterOrEqual(1, 1);
  assertLess(1, 2);
  assertLessOrEqual(2, 2);
  assertEquals(messageOf(() => assertGreater(1, 2)), "Expect 1 > 2");
  assertEquals(messageOf(() => assertGreaterOrEqual(1, 2)), "Expect 1 >= 2");
  assertEquals(messageOf(() => assertLess(2, 1)), "Expect 2 < 1");
  assertEquals(messageOf(() => assertLessOrEqual(2, 1, "m")), "m");
});

Deno.test("assertIsError()", () => {
  assertIsError(new RangeError("out of range"), RangeError, "range");
  assertIsError(new Error("abc"), Error, /b/);
  assertEquals(
    messageOf(() => assertIsError("x")),
    'Expected "error" to be an Error object.',
  );
  assertEquals(
    messageOf(() => assertIsError(new Error("x"), TypeError)),
    'Expected error to be instance of "TypeError", but was "Error".',
  );
  assertEquals(
    messageOf(() => assertIsError(new Error("x"), Error, "y")),
    'Expected error message to include "y", but got "x".',
  );
});

Deno.test("assertThrows()", () => {
  const e = assertThrows(
    () => {
      throw new TypeError("bad thing");
    },
    TypeError,
    "bad",
  );
  assertEquals(e.message, "bad thing");
  assertEquals(
    assertThrows(() => {
      throw "str";
    }),
    "str",
  );
  assertEquals(
    messageOf(() => assertThrows(() => {})),
    "Expected function to throw.",
  );
  assertEquals(
    messageOf(() => assertThrows(() => {}, "msg")),
    "Expected function to throw: msg",
  );
  assertEquals(
    messageOf(() =>
      assertThrows(() => {
        throw "x";
      }, Error)
    ),
    "A non-Error object was thrown.",
  );
});

Deno.test("assertRejects()", async () => {
  const e = await assertRejects(
    () => Promise.reject(new RangeError("nope")),
    RangeError,
    "no",
  );
  assertEquals(e.message, "nope");
  await assertRejects(
    () => assertRejects(() => Promise.resolve()),
    AssertionError,
    "Expected function to reject.",
  );
  await assertRejects(
    () =>
      assertRejects(() => {
        throw new Error();
      }),
    AssertionError,
    "Function throws when expected to reject.",
  );
});

Deno.test("fail(), unimplemented(), unreachable()", () => {
  assertEquals(messageOf(() => fail()), "Failed assertion.");
  assertEquals(messageOf(() => fail("x")), "Failed assertion: x");
  assertEquals(messageOf(() => unimplemented()), "Unimplemented.");
  assertEquals(messageOf(() => unreachable("y")), "Unreachable: y");
});

Deno.test("AssertionError", () => {
  const e = new AssertionError("m", { cause: 1 });
  assertEquals(e.name, "AssertionError");
  assertEquals(e.cause, 1);
  assertInstanceOf(e, Error);
});
