/**
 * Finds the minimum element by a selected value.
 *
 * @module
 */
/**
 * Returns the first element with the smallest selected value (number values), or `undefined` for an empty iterable.
 *
 * @example
 * ```ts
 * import { minBy } from "@std/collections/min-by";
 * minBy([{ age: 34 }, { age: 42 }], (it) => it.age); // { age: 34 }
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the value to compare.
 * @returns The minimum element, or `undefined`.
 */
export function minBy<T>(
  array: Iterable<T>,
  selector: (el: T) => number,
): T | undefined;
/**
 * Returns the first element with the smallest selected value (string values), or `undefined` for an empty iterable.
 *
 * @example
 * ```ts
 * import { minBy } from "@std/collections/min-by";
 * minBy([{ age: 34 }, { age: 42 }], (it) => it.age); // { age: 34 }
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the value to compare.
 * @returns The minimum element, or `undefined`.
 */
export function minBy<T>(
  array: Iterable<T>,
  selector: (el: T) => string,
): T | undefined;
/**
 * Returns the first element with the smallest selected value (bigint values), or `undefined` for an empty iterable.
 *
 * @example
 * ```ts
 * import { minBy } from "@std/collections/min-by";
 * minBy([{ age: 34 }, { age: 42 }], (it) => it.age); // { age: 34 }
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the value to compare.
 * @returns The minimum element, or `undefined`.
 */
export function minBy<T>(
  array: Iterable<T>,
  selector: (el: T) => bigint,
): T | undefined;
/**
 * Returns the first element with the smallest selected value (Date values), or `undefined` for an empty iterable.
 *
 * @example
 * ```ts
 * import { minBy } from "@std/collections/min-by";
 * minBy([{ age: 34 }, { age: 42 }], (it) => it.age); // { age: 34 }
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the value to compare.
 * @returns The minimum element, or `undefined`.
 */
export function minBy<T>(
  array: Iterable<T>,
  selector: (el: T) => Date,
): T | undefined;
export function minBy<T>(
  array: Iterable<T>,
  selector:
    | ((el: T) => number)
    | ((el: T) => string)
    | ((el: T) => bigint)
    | ((el: T) => Date),
): T | undefined {
  let result: T | undefined = undefined;
  let resultValue: ReturnType<typeof selector> | undefined = undefined;
  for (const current of array) {
    const value = selector(current);
    if (resultValue === undefined || value < resultValue) {
      result = current;
      resultValue = value;
    }
  }
  return result;
}
