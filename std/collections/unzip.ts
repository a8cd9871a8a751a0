/**
 * Splits an array of pairs.
 *
 * @module
 */
/**
 * Builds two separate arrays from the given array of 2-tuples: the first
 * elements and the second elements.
 *
 * @example
 * ```ts
 * import { unzip } from "@std/collections/unzip";
 * unzip([["Kim", 22], ["Anna", 34]]); // [["Kim", "Anna"], [22, 34]]
 * ```
 *
 * @typeParam T The type of the first elements.
 * @typeParam U The type of the second elements.
 * @param pairs The pairs.
 * @returns The two arrays.
 */
export function unzip<T, U>(pairs: readonly [T, U][]): [T[], U[]] {
  const { length } = pairs;
  const result: [T[], U[]] = [new Array<T>(length), new Array<U>(length)];
  for (let i = 0; i < length; i++) {
    const pair = pairs[i]!;
    result[0][i] = pair[0];
    result[1][i] = pair[1];
  }
  return result;
}
