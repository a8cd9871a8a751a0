/**
 * Finds the only element matching a predicate.
 *
 * @module
 */
/**
 * Returns the only element in the given iterable matching the predicate, or
 * `undefined` when there is no such element or more than one.
 *
 * @example
 * ```ts
 * import { findSingle } from "@std/collections/find-single";
 * findSingle([1, 2, 3], (n) => n > 2); // 3
 * findSingle([1, 2, 3], (n) => n > 1); // undefined
 * ```
 *
 * @typeParam T The type of the elements.
 * @param iterable The elements.
 * @param predicate The predicate.
 * @returns The single match, or `undefined`.
 */
export function findSingle<T>(
  iterable: Iterable<T>,
  predicate: (el: T) => boolean,
): T | undefined {
  let match: T | undefined = undefined;
  let found = false;
  for (const element of iterable) {
    if (predicate(element)) {
      if (found) return undefined;
      found = true;
      match = element;
    }
  }
  return match;
}
