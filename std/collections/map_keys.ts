/**
 * Maps the keys of a record.
 *
 * @module
 */
/**
 * Applies the transformer to all keys of the given record and returns a new
 * record with the transformed keys. Colliding keys keep the last value.
 *
 * @example
 * ```ts
 * import { mapKeys } from "@std/collections/map-keys";
 * mapKeys({ a: 5, b: 4 }, (key) => key.toUpperCase()); // { A: 5, B: 4 }
 * ```
 *
 * @typeParam T The type of the values.
 * @param record The record.
 * @param transformer Maps a key to a new key.
 * @returns The new record.
 */
export function mapKeys<T>(
  record: Readonly<Record<string, T>>,
  transformer: (key: string) => string,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    result[transformer(key)] = value;
  }
  return result;
}
