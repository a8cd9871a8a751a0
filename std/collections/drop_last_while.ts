/**
 * Drops trailing elements matching a predicate.
 *
 * @module
 */
/**
 * Returns a new array that drops all elements at the end of the given array
 * that match the predicate, stopping at the first one that does not.
 *
 * @example
 * ```ts
 * import { dropLastWhile } from "@std/collections/drop-last-while";
 * dropLastWhile([11, 42, 55, 20, 33, 44], (n) => n > 30); // [11, 42, 55, 20]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The array.
 * @param predicate The predicate.
 * @returns The remaining elements.
 */
export function dropLastWhile<T>(
  array: readonly T[],
  predicate: (el: T) => boolean,
): T[] {
  let offset = array.length;
  while (offset > 0 && predicate(array[offset - 1] as T)) offset--;
  return array.slice(0, offset);
}
