/**
 * Takes leading elements matching a predicate.
 *
 * @module
 */
/**
 * Returns all elements at the start of the given array that match the
 * predicate, until the first one that does not.
 *
 * @example
 * ```ts
 * import { takeWhile } from "@std/collections/take-while";
 * takeWhile([1, 2, 3, 4, 5, 6], (n) => n < 4); // [1, 2, 3]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The array.
 * @param predicate The predicate.
 * @returns The leading matching elements.
 */
export function takeWhile<T>(
  array: readonly T[],
  predicate: (el: T) => boolean,
): T[] {
  let offset = 0;
  const length = array.length;
  while (length > offset && predicate(array[offset] as T)) offset++;
  return array.slice(0, offset);
}
