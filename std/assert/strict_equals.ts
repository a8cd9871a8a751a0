/**
 * Assert that two values are strictly equal (`Object.is`).
 *
 * @module
 */
import { format } from "./_format.ts";
import { diffMessage } from "./_diff.ts";
import { red } from "./_styles.ts";
import { AssertionError } from "./assertion_error.ts";

/**
 * Make an assertion that `actual` and `expected` are strictly equal, using
 * {@linkcode Object.is} for equality comparison. If not, then throw.
 *
 * @example Usage
 * ```ts ignore
 * import { assertStrictEquals } from "@std/assert";
 *
 * const a = {};
 * const b = a;
 * assertStrictEquals(a, b); // Doesn't throw
 *
 * const c = {};
 * const d = {};
 * assertStrictEquals(c, d); // Throws
 * ```
 *
 * @typeParam T The type of the expected value.
 * @param actual The actual value to compare.
 * @param expected The expected value to compare.
 * @param msg The optional message to display if the assertion fails.
 */
export function assertStrictEquals<T>(
  actual: unknown,
  expected: T,
  msg?: string,
): asserts actual is T {
  if (Object.is(actual, expected)) return;
  const msgSuffix = msg ? `: ${msg}` : ".";
  const actualString = format(actual);
  const expectedString = format(expected);
  if (actualString === expectedString) {
    const withOffset = actualString.split("\n").map((l) => `    ${l}`).join(
      "\n",
    );
    throw new AssertionError(
      `Values have the same structure but are not reference-equal${msgSuffix}\n\n${
        red(withOffset)
      }\n`,
    );
  }
  const diff = diffMessage(actual, expected, actualString, expectedString);
  throw new AssertionError(
    `Values are not strictly equal${msgSuffix}\n${diff}`,
  );
}
