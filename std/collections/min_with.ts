/**
 * Finds the smallest element with a comparator.
 *
 * @module
 */
/**
 * Returns the first element that is the smallest according to the comparator,
 * or `undefined` for an empty iterable.
 *
 * @example
 * ```ts
 * import { minWith } from "@std/collections/min-with";
 * minWith(["Kim", "Anna", "John"], (a, b) => a.length - b.length); // "Kim"
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param comparator Compares two elements (negative, zero or positive).
 * @returns The smallest element, or `undefined`.
 */
export function minWith<T>(
  array: Iterable<T>,
  comparator: (a: T, b: T) => number,
): T | undefined {
  let result: T | undefined = undefined;
  let isFirst = true;
  for (const current of array) {
    if (isFirst || comparator(current, result as T) < 0) {
      result = current;
      isFirst = false;
    }
  }
  return result;
}
