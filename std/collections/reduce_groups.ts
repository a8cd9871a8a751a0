/**
 * Reduces the values of grouped records.
 *
 * @module
 */
/**
 * Applies the reducer to each group in the given grouping, returning the
 * results together with the respective group keys.
 *
 * @example
 * ```ts
 * import { reduceGroups } from "@std/collections/reduce-groups";
 * reduceGroups({ Kim: [24, 57], Anna: [7] }, (sum, it) => sum + it, 0); // { Kim: 81, Anna: 7 }
 * ```
 *
 * @typeParam T The type of the values.
 * @typeParam A The type of the accumulator.
 * @param record The grouping.
 * @param reducer The reducer.
 * @param initialValue The initial accumulator of each group.
 * @returns The reduced record.
 */
export function reduceGroups<T, A>(
  record: Readonly<Record<string, ReadonlyArray<T>>>,
  reducer: (accumulator: A, current: T) => A,
  initialValue: A,
): Record<string, A> {
  const result: Record<string, A> = {};
  for (const [key, values] of Object.entries(record)) {
    result[key] = values.reduce(reducer, initialValue);
  }
  return result;
}
