/**
 * Intersects arrays.
 *
 * @module
 */
/**
 * Returns all distinct elements that appear at least once in each of the
 * given arrays, in the order of the first array.
 *
 * @example
 * ```ts
 * import { intersect } from "@std/collections/intersect";
 * intersect(["Pepperoni", "Salami"], ["Sausage", "Pepperoni"]); // ["Pepperoni"]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param arrays The arrays to intersect.
 * @returns The common elements.
 */
export function intersect<T>(...arrays: (readonly T[])[]): T[] {
  const [first, ...rest] = arrays;
  if (first === undefined) return [];
  let result = new Set(first);
  for (const array of rest) {
    const other = new Set(array);
    result = new Set([...result].filter((el) => other.has(el)));
    if (result.size === 0) break;
  }
  return [...result];
}
