/**
 * Union of iterables.
 *
 * @module
 */
/**
 * Returns all distinct elements that appear in any of the given iterables,
 * in order of first appearance.
 *
 * @example
 * ```ts
 * import { union } from "@std/collections/union";
 * union(["Soy", "Tomato"], ["Ice", "Soy"]); // ["Soy", "Tomato", "Ice"]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param arrays The iterables.
 * @returns The union.
 */
export function union<T>(...arrays: Iterable<T>[]): T[] {
  const set = new Set<T>();
  for (const array of arrays) for (const element of array) set.add(element);
  return Array.from(set);
}
