/**
 * Checks whether a record contains a value.
 *
 * @module
 */
/**
 * Returns whether the given record contains the given value as an own
 * enumerable property value (compared with `SameValueZero`).
 *
 * @example
 * ```ts
 * import { includesValue } from "@std/collections/includes-value";
 * includesValue({ first: 33, second: 34 }, 34); // true
 * ```
 *
 * @typeParam T The type of the values.
 * @param record The record.
 * @param value The value to look for.
 * @returns Whether the value is present.
 */
export function includesValue<T>(
  record: Readonly<Record<string, T>>,
  value: T,
): boolean {
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const current = record[key];
    if (
      current === value ||
      (Number.isNaN(value) && Number.isNaN(current))
    ) {
      return true;
    }
  }
  return false;
}
