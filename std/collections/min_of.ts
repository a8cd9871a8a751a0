/**
 * Finds the smallest selected value.
 *
 * @module
 */
/**
 * Applies the selector to each element and returns the smallest result
 * (number values), or `undefined` for an empty iterable. A `NaN` result makes
 * the result `NaN`.
 *
 * @example
 * ```ts
 * import { minOf } from "@std/collections/min-of";
 * minOf([{ count: 2 }, { count: 5 }], (i) => i.count); // 2
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the value of an element.
 * @returns The smallest value, or `undefined`.
 */
export function minOf<T>(
  array: Iterable<T>,
  selector: (el: T) => number,
): number | undefined;
/**
 * Applies the selector to each element and returns the smallest result
 * (bigint values), or `undefined` for an empty iterable. A `NaN` result makes
 * the result `NaN`.
 *
 * @example
 * ```ts
 * import { minOf } from "@std/collections/min-of";
 * minOf([{ count: 2 }, { count: 5 }], (i) => i.count); // 2
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the value of an element.
 * @returns The smallest value, or `undefined`.
 */
export function minOf<T>(
  array: Iterable<T>,
  selector: (el: T) => bigint,
): bigint | undefined;
export function minOf<T, S extends ((el: T) => number) | ((el: T) => bigint)>(
  array: Iterable<T>,
  selector: S,
): ReturnType<S> | undefined {
  let result: ReturnType<S> | undefined = undefined;
  for (const element of array) {
    const value = selector(element) as ReturnType<S>;
    if (Number.isNaN(value)) return value;
    if (result === undefined || value < result) result = value;
  }
  return result;
}
