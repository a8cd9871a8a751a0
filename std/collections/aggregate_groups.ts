/**
 * Aggregates the values of grouped records.
 *
 * @module
 */
/**
 * Applies the given aggregator to each group in the given grouping, returning
 * the results together with the respective group keys. The aggregator gets
 * the current element, the group key, whether it is the first element of the
 * group and the accumulator so far.
 *
 * @example
 * ```ts
 * import { aggregateGroups } from "@std/collections/aggregate-groups";
 * const foodProperties = { Curry: ["spicy", "vegan"], Omelette: ["creamy", "vegetarian"] };
 * aggregateGroups(foodProperties, (current, key, first, acc) =>
 *   first ? `${key} is ${current}` : `${acc} and ${current}`);
 * // { Curry: "Curry is spicy and vegan", Omelette: "Omelette is creamy and vegetarian" }
 * ```
 *
 * @typeParam T The type of the values in the input record.
 * @typeParam A The type of the accumulator.
 * @param record The grouping to aggregate.
 * @param aggregator The function to apply to each element.
 * @returns The aggregated record.
 */
export function aggregateGroups<T, A>(
  record: Readonly<Record<string, ReadonlyArray<T>>>,
  aggregator: (current: T, key: string, first: boolean, accumulator?: A) => A,
): Record<string, A> {
  const result: Record<string, A> = {};
  for (const [key, values] of Object.entries(record)) {
    let accumulator: A | undefined = undefined;
    let first = true;
    for (const value of values) {
      accumulator = aggregator(value, key, first, accumulator);
      first = false;
    }
    if (!first) result[key] = accumulator as A;
  }
  return result;
}
