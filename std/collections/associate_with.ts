/**
 * Creates a record by associating keys with values.
 *
 * @module
 */
/**
 * Creates a record by associating each key of the input with the value
 * returned by the selector. Duplicate keys keep the last value.
 *
 * @example
 * ```ts
 * import { associateWith } from "@std/collections/associate-with";
 * associateWith(["Kim", "Lara"], (name) => name.length); // { Kim: 3, Lara: 4 }
 * ```
 *
 * @typeParam T The type of the values.
 * @param iterable The keys.
 * @param selector Returns the value for a key.
 * @returns The record of values by key.
 */
export function associateWith<T>(
  iterable: Iterable<string>,
  selector: (key: string) => T,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const key of iterable) result[key] = selector(key);
  return result;
}
