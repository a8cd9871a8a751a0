/**
 * Splits record entries by a predicate.
 *
 * @module
 */
/**
 * Returns a tuple of two records: the entries that match the predicate and
 * the ones that do not.
 *
 * @example
 * ```ts
 * import { partitionEntries } from "@std/collections/partition-entries";
 * partitionEntries({ a: 1, b: 2, c: 3 }, ([key, value]) => key !== "b" && value > 1);
 * // [{ c: 3 }, { a: 1, b: 2 }]
 * ```
 *
 * @typeParam T The type of the values.
 * @param record The record.
 * @param predicate The predicate on `[key, value]` entries.
 * @returns The matching and the non-matching entries.
 */
export function partitionEntries<T>(
  record: Readonly<Record<string, T>>,
  predicate: (entry: [string, T]) => boolean,
): [match: Record<string, T>, rest: Record<string, T>] {
  const match: Record<string, T> = {};
  const rest: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    if (predicate([key, value])) match[key] = value;
    else rest[key] = value;
  }
  return [match, rest];
}
