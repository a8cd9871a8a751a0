/**
 * All permutations of elements.
 *
 * @module
 */
/**
 * Builds all possible orders of all elements in the given iterable (Heap's
 * algorithm). Elements are distinguished by position, not value.
 *
 * @example
 * ```ts
 * import { permutations } from "@std/collections/permutations";
 * permutations(["a", "b", "c"]);
 * // [["a","b","c"], ["b","a","c"], ["c","a","b"], ["a","c","b"], ["b","c","a"], ["c","b","a"]]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param inputArray The elements.
 * @returns Every permutation.
 */
export function permutations<T>(inputArray: Iterable<T>): T[][] {
  const result: T[][] = [];
  const array = [...inputArray];
  const k = array.length;
  if (k === 0) return result;
  const c = new Array<number>(k).fill(0);
  result.push([...array]);
  let i = 1;
  while (i < k) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      [array[j], array[i]] = [array[i]!, array[j]!];
      result.push([...array]);
      c[i]!++;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return result;
}
