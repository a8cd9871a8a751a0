/**
 * Drops leading elements matching a predicate.
 *
 * @module
 */
/**
 * Returns a new array that drops all elements at the start of the given
 * array that match the predicate, stopping at the first one that does not.
 *
 * @example
 * ```ts
 * import { dropWhile } from "@std/collections/drop-while";
 * dropWhile([3, 2, 5, 2, 5], (n) => n <= 3); // [5, 2, 5]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The array.
 * @param predicate The predicate.
 * @returns The remaining elements.
 */
export function dropWhile<T>(
  array: readonly T[],
  predicate: (el: T) => boolean,
): T[] {
  let offset = 0;
  const length = array.length;
  while (length > offset && predicate(array[offset] as T)) offset++;
  return array.slice(offset, length);
}
