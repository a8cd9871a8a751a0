/**
 * Inverts the keys and values of a record.
 *
 * @module
 */
/** The inverted version of a record type, as returned by {@linkcode invert}. */
export type InvertResult<T extends Record<PropertyKey, PropertyKey>> = {
  [P in keyof T as T[P]]: Extract<keyof T, string>;
};

/**
 * Composes a new record with all keys and values inverted. When several keys
 * have the same value, the last key wins.
 *
 * @example
 * ```ts
 * import { invert } from "@std/collections/invert";
 * invert({ Kim: "ubuntu", Anna: "macos", Tim: "windows" });
 * // { ubuntu: "Kim", macos: "Anna", windows: "Tim" }
 * ```
 *
 * @typeParam T The type of the record.
 * @param record The record to invert.
 * @returns The inverted record.
 */
export function invert<T extends Record<PropertyKey, PropertyKey>>(
  record: Readonly<T>,
): InvertResult<T> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [value, key]),
  ) as InvertResult<T>;
}
