/**
 * Filters a record by its values.
 *
 * @module
 */
/**
 * Returns a new record with all entries of the given record except the ones
 * whose value does not match the predicate.
 *
 * @example
 * ```ts
 * import { filterValues } from "@std/collections/filter-values";
 * filterValues({ Arnold: 37, Sarah: 7 }, (age) => age >= 18); // { Arnold: 37 }
 * ```
 *
 * @typeParam T The type of the values.
 * @param record The record.
 * @param predicate The predicate on values.
 * @returns The filtered record.
 */
export function filterValues<T>(
  record: Readonly<Record<string, T>>,
  predicate: (value: T) => boolean,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    if (predicate(value)) result[key] = value;
  }
  return result;
}
