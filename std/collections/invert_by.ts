/**
 * Inverts a record, grouping keys by transformed value.
 *
 * @module
 */
/**
 * Composes a new record with all keys and values inverted: the transformer
 * is applied to each value to get the new key, and the original keys that
 * map to it are collected in an array.
 *
 * @example
 * ```ts
 * import { invertBy } from "@std/collections/invert-by";
 * invertBy({ Alice: "Firefox", Bob: "Chrome", Carol: "Firefox" }, (v) => v.toLowerCase());
 * // { firefox: ["Alice", "Carol"], chrome: ["Bob"] }
 * ```
 *
 * @typeParam R The type of the record.
 * @typeParam K The type of the new keys.
 * @param record The record to invert.
 * @param transformer Maps a value to the new key.
 * @returns The inverted record.
 */
export function invertBy<
  R extends Readonly<Record<PropertyKey, PropertyKey>>,
  K extends keyof R,
>(
  record: R,
  transformer: (key: R[K]) => PropertyKey,
): Record<PropertyKey, K[]> {
  const result = {} as Record<PropertyKey, K[]>;
  for (const [key, value] of Object.entries(record)) {
    const mappedKey = transformer(value as R[K]);
    if (!Object.hasOwn(result, mappedKey)) {
      result[mappedKey] = [key as K];
    } else {
      result[mappedKey]!.push(key as K);
    }
  }
  return result;
}
