/**
 * Removes values from an array.
 *
 * @module
 */
/**
 * Returns an array excluding all given values.
 *
 * @example
 * ```ts
 * import { withoutAll } from "@std/collections/without-all";
 * withoutAll([2, 1, 2, 3], [1, 2]); // [3]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The array.
 * @param values The values to remove.
 * @returns The remaining elements.
 */
export function withoutAll<T>(array: readonly T[], values: readonly T[]): T[] {
  const toExclude = new Set(values);
  return array.filter((it) => !toExclude.has(it));
}
