/**
 * Zips arrays into tuples.
 *
 * @module
 */
/**
 * Builds N-tuples of elements from the given N arrays with matching indices,
 * stopping when the shortest array ends.
 *
 * @example
 * ```ts
 * import { zip } from "@std/collections/zip";
 * zip([1, 2, 3], ["a", "b", "c"], [true, false, true]);
 * // [[1, "a", true], [2, "b", false], [3, "c", true]]
 * ```
 *
 * @typeParam T The tuple type.
 * @param arrays The arrays to zip.
 * @returns The tuples.
 */
export function zip<T extends unknown[]>(
  ...arrays: { [K in keyof T]: ReadonlyArray<T[K]> }
): T[] {
  const length = arrays.length === 0
    ? 0
    : Math.min(...arrays.map((array) => array.length));
  const result = new Array<T>(length);
  for (let i = 0; i < length; i++) {
    result[i] = arrays.map((array) => array[i]) as T;
  }
  return result;
}
