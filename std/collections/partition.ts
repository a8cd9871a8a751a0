/**
 * Splits elements by a predicate.
 *
 * @module
 */
/**
 * Returns a tuple of two arrays: the elements that match the predicate and
 * the ones that do not.
 *
 * @example
 * ```ts
 * import { partition } from "@std/collections/partition";
 * partition([5, 6, 7, 8, 9], (it) => it % 2 === 0); // [[6, 8], [5, 7, 9]]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param predicate The predicate.
 * @returns The matching and the non-matching elements.
 */
export function partition<T>(
  array: Iterable<T>,
  predicate: (el: T) => boolean,
): [T[], T[]];
/**
 * Returns a tuple of two arrays, narrowed by a type guard: the elements that
 * match it and the ones that do not.
 *
 * @example
 * ```ts
 * import { partition } from "@std/collections/partition";
 * const [numbers, strings] = partition([1, "a", 2], (it): it is number => typeof it === "number");
 * ```
 *
 * @typeParam T The type of the elements.
 * @typeParam U The narrowed type.
 * @param array The elements.
 * @param predicate The type guard.
 * @returns The matching and the non-matching elements.
 */
export function partition<T, U extends T>(
  array: Iterable<T>,
  predicate: (el: T) => el is U,
): [U[], Exclude<T, U>[]];
export function partition(
  array: Iterable<unknown>,
  predicate: (el: unknown) => boolean,
): [unknown[], unknown[]] {
  const matches: unknown[] = [];
  const rest: unknown[] = [];
  for (const element of array) {
    if (predicate(element)) matches.push(element);
    else rest.push(element);
  }
  return [matches, rest];
}
