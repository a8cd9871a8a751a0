/**
 * Maps the entries of a record.
 *
 * @module
 */
/**
 * Applies the transformer to all entries of the given record and returns a
 * new record containing the results.
 *
 * @example
 * ```ts
 * import { mapEntries } from "@std/collections/map-entries";
 * mapEntries({ a: 1, b: 2 }, ([key, value]) => [key.toUpperCase(), value * 10]); // { A: 10, B: 20 }
 * ```
 *
 * @typeParam T The type of the input values.
 * @typeParam O The type of the output values.
 * @param record The record.
 * @param transformer Maps a `[key, value]` entry to a new entry.
 * @returns The new record.
 */
export function mapEntries<T, O>(
  record: Readonly<Record<string, T>>,
  transformer: (entry: [string, T]) => [string, O],
): Record<string, O> {
  const result: Record<string, O> = {};
  for (const entry of Object.entries(record)) {
    const [mappedKey, mappedValue] = transformer(entry);
    result[mappedKey] = mappedValue;
  }
  return result;
}
