/**
 * Finds the first non-nullish selected value.
 *
 * @module
 */
/**
 * Applies the selector to the elements in order and returns the first result
 * that is neither `null` nor `undefined`, or `undefined` if there is none.
 *
 * @example
 * ```ts
 * import { firstNotNullishOf } from "@std/collections/first-not-nullish-of";
 * const tables = [{ number: 11, order: null }, { number: 12, order: "Soup" }];
 * firstNotNullishOf(tables, (table) => table.order); // "Soup"
 * ```
 *
 * @typeParam T The type of the elements.
 * @typeParam O The type of the selected values.
 * @param iterable The elements.
 * @param selector The selector.
 * @returns The first non-nullish selected value.
 */
export function firstNotNullishOf<T, O>(
  iterable: Iterable<T>,
  selector: (item: T) => O | undefined | null,
): NonNullable<O> | undefined {
  for (const current of iterable) {
    const selected = selector(current);
    if (selected !== null && selected !== undefined) {
      return selected as NonNullable<O>;
    }
  }
  return undefined;
}
