/**
 * Running (cumulative) reduction.
 *
 * @module
 */
/**
 * Calls the reducer for each element like `Array.prototype.reduce`, but
 * returns an array of all intermediate accumulator results.
 *
 * @example
 * ```ts
 * import { runningReduce } from "@std/collections/running-reduce";
 * runningReduce([1, 2, 3, 4, 5], (sum, current) => sum + current, 0); // [1, 3, 6, 10, 15]
 * ```
 *
 * @typeParam T The type of the elements.
 * @typeParam O The type of the accumulator.
 * @param array The elements.
 * @param reducer The reducer.
 * @param initialValue The initial accumulator.
 * @returns The intermediate results.
 */
export function runningReduce<T, O>(
  array: readonly T[],
  reducer: (accumulator: O, current: T, currentIndex: number) => O,
  initialValue: O,
): O[] {
  let currentResult = initialValue;
  return array.map((el, currentIndex) =>
    currentResult = reducer(currentResult, el, currentIndex)
  );
}
