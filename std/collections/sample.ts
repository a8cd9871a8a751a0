/**
 * Picks a random element.
 *
 * @module
 */
/**
 * Returns a random element from the given array, or `undefined` if it is
 * empty.
 *
 * @example
 * ```ts
 * import { sample } from "@std/collections/sample";
 * sample([1, 2, 3, 4]); // one of the numbers
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The array.
 * @returns A random element.
 */
export function sample<T>(array: readonly T[]): T | undefined {
  const length = array.length;
  return length ? array[Math.floor(Math.random() * length)] : undefined;
}
