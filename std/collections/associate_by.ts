/**
 * Creates a record by associating elements with keys.
 *
 * @module
 */
/**
 * Creates a record by associating each element of the input with the key
 * returned by the selector. When several elements get the same key, the last
 * one wins.
 *
 * @example
 * ```ts
 * import { associateBy } from "@std/collections/associate-by";
 * const users = [{ id: "a2e", name: "Kim" }, { id: "5f8", name: "Arthur" }];
 * associateBy(users, (user) => user.id);
 * // { a2e: { id: "a2e", name: "Kim" }, "5f8": { id: "5f8", name: "Arthur" } }
 * ```
 *
 * @typeParam T The type of the elements.
 * @param iterable The elements to associate.
 * @param selector Returns the key of an element.
 * @returns The record of elements by key.
 */
export function associateBy<T>(
  iterable: Iterable<T>,
  selector: (el: T) => string,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const element of iterable) result[selector(element)] = element;
  return result;
}
