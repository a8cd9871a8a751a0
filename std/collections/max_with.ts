/**
 * Finds the largest element with a comparator.
 *
 * @module
 */
/**
 * Returns the first element that is the largest according to the comparator,
 * or `undefined` for an empty iterable.
 *
 * @example
 * ```ts
 * import { maxWith } from "@std/collections/max-with";
 * maxWith(["Kim", "Anna", "John"], (a, b) => a.length - b.length); // "Anna"
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param comparator Compares two elements (negative, zero or positive).
 * @returns The largest element, or `undefined`.
 */
export function maxWith<T>(
  array: Iterable<T>,
  comparator: (a: T, b: T) => number,
): T | undefined {
  let result: T | undefined = undefined;
  let isFirst = true;
  for (const current of array) {
    if (isFirst || comparator(current, result as T) > 0) {
      result = current;
      isFirst = false;
    }
  }
  return result;
}
