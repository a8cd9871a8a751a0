/**
 * Filters the entries of a record.
 *
 * @module
 */
/**
 * Returns a new record with all entries of the given record except the ones
 * that do not match the predicate.
 *
 * @example
 * ```ts
 * import { filterEntries } from "@std/collections/filter-entries";
 * filterEntries({ Kim: 22, Arthur: 51 }, ([name, age]) => name.startsWith("K") && age > 20); // { Kim: 22 }
 * ```
 *
 * @typeParam T The type of the values.
 * @param record The record.
 * @param predicate The predicate on `[key, value]` entries.
 * @returns The filtered record.
 */
export function filterEntries<T>(
  record: Readonly<Record<string, T>>,
  predicate: (entry: [string, T]) => boolean,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    if (predicate([key, value])) result[key] = value;
  }
  return result;
}
