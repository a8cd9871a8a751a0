/**
 * Sums selected values.
 *
 * @module
 */
/**
 * Applies the selector to each element and returns the sum of the results.
 *
 * @example
 * ```ts
 * import { sumOf } from "@std/collections/sum-of";
 * sumOf([{ count: 2 }, { count: 5 }], (it) => it.count); // 7
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the number of an element.
 * @returns The sum.
 */
export function sumOf<T>(
  array: Iterable<T>,
  selector: (el: T) => number,
): number {
  let sum = 0;
  for (const element of array) sum += selector(element);
  return sum;
}
