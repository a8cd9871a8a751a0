/**
 * Maps the values of a record.
 *
 * @module
 */
/**
 * Applies the transformer to all values of the given record and returns a
 * new record with the results and the same keys.
 *
 * @example
 * ```ts
 * import { mapValues } from "@std/collections/map-values";
 * mapValues({ Kim: 32, Anna: 28 }, (age) => age + 1); // { Kim: 33, Anna: 29 }
 * ```
 *
 * @typeParam T The type of the input values.
 * @typeParam O The type of the output values.
 * @typeParam K The type of the keys.
 * @param record The record.
 * @param transformer Maps a value (and its key) to a new value.
 * @returns The new record.
 */
export function mapValues<T, O, K extends string>(
  record: Readonly<Record<K, T>>,
  transformer: (value: T, key: K) => O,
): Record<K, O>;
/**
 * Applies the transformer to all values of the given partial record and
 * returns a new partial record with the results and the same keys.
 *
 * @example
 * ```ts
 * import { mapValues } from "@std/collections/map-values";
 * const record: Partial<Record<"a" | "b", number>> = { a: 1 };
 * mapValues(record, (value) => value * 2); // { a: 2 }
 * ```
 *
 * @typeParam T The type of the input values.
 * @typeParam O The type of the output values.
 * @typeParam K The type of the keys.
 * @param record The record.
 * @param transformer Maps a value (and its key) to a new value.
 * @returns The new record.
 */
export function mapValues<T, O, K extends string>(
  record: Readonly<Partial<Record<K, T>>>,
  transformer: (value: T, key: K) => O,
): Partial<Record<K, O>>;
export function mapValues<T, O, K extends string>(
  record: Readonly<Record<K, T>>,
  transformer: (value: T, key: K) => O,
): Record<K, O> {
  const result = {} as Record<K, O>;
  for (const [key, value] of Object.entries(record) as [K, T][]) {
    result[key] = transformer(value, key);
  }
  return result;
}
