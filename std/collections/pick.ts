/**
 * Creates an object with only some keys.
 *
 * @module
 */
/**
 * Creates a new object containing only the specified keys of the given
 * object (keys missing from the object are left out).
 *
 * @example
 * ```ts
 * import { pick } from "@std/collections/pick";
 * pick({ a: 5, b: 6, c: 7, d: 8 }, ["a", "c"]); // { a: 5, c: 7 }
 * ```
 *
 * @typeParam T The type of the object.
 * @typeParam K The type of the picked keys.
 * @param obj The object.
 * @param keys The keys to keep.
 * @returns A new object with those keys.
 */
export function pick<T extends object, K extends keyof T>(
  obj: Readonly<T>,
  keys: readonly K[],
): Pick<T, K> {
  const result = {} as Pick<T, K>;
  for (const key of keys) if (key in obj) result[key] = obj[key];
  return result;
}
