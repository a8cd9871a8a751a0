/**
 * Takes trailing elements matching a predicate.
 *
 * @module
 */
/**
 * Returns all elements at the end of the given array that match the
 * predicate, until the first one that does not.
 *
 * @example
 * ```ts
 * import { takeLastWhile } from "@std/collections/take-last-while";
 * takeLastWhile([1, 2, 3, 4, 5, 6], (n) => n > 4); // [5, 6]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The array.
 * @param predicate The predicate.
 * @returns The trailing matching elements.
 */
export function takeLastWhile<T>(
  array: readonly T[],
  predicate: (el: T) => boolean,
): T[] {
  let offset = array.length;
  while (offset > 0 && predicate(array[offset - 1] as T)) offset--;
  return array.slice(offset);
}
