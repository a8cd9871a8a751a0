/**
 * Creates an object without some keys.
 *
 * @module
 */
/**
 * Creates a new object by excluding the specified keys from the given object.
 *
 * @example
 * ```ts
 * import { omit } from "@std/collections/omit";
 * omit({ a: 5, b: 6, c: 7, d: 8 }, ["a", "c"]); // { b: 6, d: 8 }
 * ```
 *
 * @typeParam T The type of the object.
 * @typeParam K The type of the omitted keys.
 * @param obj The object.
 * @param keys The keys to leave out.
 * @returns A new object without those keys.
 */
export function omit<T extends object, K extends keyof T>(
  obj: Readonly<T>,
  keys: readonly K[],
): Omit<T, K> {
  const excludes = new Set<PropertyKey>(keys);
  return Object.fromEntries(
    Object.entries(obj).filter(([key]) => !excludes.has(key)),
  ) as Omit<T, K>;
}
