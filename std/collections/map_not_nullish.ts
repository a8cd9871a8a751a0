/**
 * Maps elements and drops nullish results.
 *
 * @module
 */
/**
 * Returns a new array with the results of the transformer applied to each
 * element, leaving out `null` and `undefined` results.
 *
 * @example
 * ```ts
 * import { mapNotNullish } from "@std/collections/map-not-nullish";
 * const people = [{ middleName: null }, { middleName: "William" }, { middleName: undefined }];
 * mapNotNullish(people, (it) => it.middleName); // ["William"]
 * ```
 *
 * @typeParam T The type of the elements.
 * @typeParam O The type of the results.
 * @param array The elements.
 * @param transformer The transformer.
 * @returns The non-nullish results.
 */
export function mapNotNullish<T, O>(
  array: Iterable<T>,
  transformer: (el: T) => O,
): NonNullable<O>[] {
  const result: NonNullable<O>[] = [];
  for (const element of array) {
    const value = transformer(element);
    if (value !== undefined && value !== null) {
      result.push(value as NonNullable<O>);
    }
  }
  return result;
}
