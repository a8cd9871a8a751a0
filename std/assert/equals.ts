/**
 * Assert that two values are deeply equal, with a diff on failure.
 *
 * @module
 */
import { equal } from "./equal.ts";
import { format } from "./_format.ts";
import { diffMessage } from "./_diff.ts";
import { AssertionError } from "./assertion_error.ts";

/**
 * Make an assertion that `actual` and `expected` are equal, deeply. If not
 * deeply equal, then throw.
 *
 * Type parameter can be specified to ensure values under comparison have the
 * same type.
 *
 * Note: When comparing `Blob` objects, you should first convert them to
 * `Uint8Array` using the `Blob.bytes()` method and then compare their
 * contents.
 *
 * @example Usage
 * ```ts ignore
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals("world", "world"); // Doesn't throw
 * assertEquals("hello", "world"); // Throws
 * ```
 *
 * @typeParam T The type of the values to compare. This is usually inferred.
 * @param actual The actual value to compare.
 * @param expected The expected value to compare.
 * @param msg The optional message to display if the assertion fails.
 * @param options Options; `formatter` formats values for the diff.
 */
export function assertEquals<T>(
  actual: T,
  expected: T,
  msg?: string,
  options: { formatter?: (value: unknown) => string } = {},
): void {
  if (equal(actual, expected)) return;
  const { formatter = format } = options;
  const msgSuffix = msg ? `: ${msg}` : ".";
  const diff = diffMessage(
    actual,
    expected,
    formatter(actual),
    formatter(expected),
  );
  throw new AssertionError(`Values are not equal${msgSuffix}\n${diff}`);
}
