/**
 * Filters a record by its keys.
 *
 * @module
 */
/**
 * Returns a new record with all entries of the given record except the ones
 * whose key does not match the predicate.
 *
 * @example
 * ```ts
 * import { filterKeys } from "@std/collections/filter-keys";
 * filterKeys({ "Kim": 1, "Arthur": 2 }, (key) => key.startsWith("K")); // { Kim: 1 }
 * ```
 *
 * @typeParam T The type of the values.
 * @param record The record.
 * @param predicate The predicate on keys.
 * @returns The filtered record.
 */
export function filterKeys<T>(
  record: Readonly<Record<string, T>>,
  predicate: (key: string) => boolean,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    if (predicate(key)) result[key] = value;
  }
  return result;
}
