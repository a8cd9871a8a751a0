/**
 * Removes duplicates from an iterable.
 *
 * @module
 */
/**
 * Returns all distinct elements in the given iterable, preserving order by
 * first occurrence (compared with `SameValueZero`).
 *
 * @example
 * ```ts
 * import { distinct } from "@std/collections/distinct";
 * distinct([3, 2, 5, 2, 5]); // [3, 2, 5]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param iterable The elements.
 * @returns The distinct elements.
 */
export function distinct<T>(iterable: Iterable<T>): T[] {
  return Array.from(new Set(iterable));
}
