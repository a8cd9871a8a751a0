/**
 * Splits an array into chunks.
 *
 * @module
 */
/**
 * Splits the given array into chunks of the given size. The last chunk may
 * be smaller. Throws a `RangeError` unless `size` is a positive integer.
 *
 * @example
 * ```ts
 * import { chunk } from "@std/collections/chunk";
 * chunk([1, 2, 3, 4, 5], 2); // [[1, 2], [3, 4], [5]]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param iterable The elements to chunk.
 * @param size The size of each chunk.
 * @returns The chunks.
 */
export function chunk<T>(iterable: Iterable<T>, size: number): T[][] {
  if (size <= 0 || !Number.isInteger(size)) {
    throw new RangeError(
      `Expected size to be an integer greater than 0 but found ${size}`,
    );
  }
  const result: T[][] = [];
  let current: T[] = [];
  for (const element of iterable) {
    current.push(element);
    if (current.length === size) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}
