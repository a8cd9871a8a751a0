/**
 * Removes duplicates by a discriminator.
 *
 * @module
 */
/**
 * Returns all elements whose discriminator value (compared with
 * `SameValueZero`) was not seen before, preserving order.
 *
 * @example
 * ```ts
 * import { distinctBy } from "@std/collections/distinct-by";
 * distinctBy(["Anna", "Kim", "Arnold", "Kate"], (name) => name.charAt(0)); // ["Anna", "Kim"]
 * ```
 *
 * @typeParam T The type of the elements.
 * @typeParam D The type of the discriminator.
 * @param iterable The elements.
 * @param discriminator Returns the value to compare.
 * @returns The distinct elements.
 */
export function distinctBy<T, D>(
  iterable: Iterable<T>,
  discriminator: (value: T) => D,
): T[] {
  const keys = new Set<D>();
  const result: T[] = [];
  for (const element of iterable) {
    const key = discriminator(element);
    if (!keys.has(key)) {
      keys.add(key);
      result.push(element);
    }
  }
  return result;
}
