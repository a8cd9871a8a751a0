/**
 * Stable sorting by a selected value.
 *
 * @module
 */
/** Options for {@linkcode sortBy}. */
export interface SortByOptions {
  /**
   * The order to sort the elements in.
   *
   * @default {"asc"}
   */
  order: "asc" | "desc";
}

/**
 * Returns a new array sorted (stably) by the values the selector returns
 * for each element. `NaN` values are sorted to the end.
 *
 * @example
 * ```ts
 * import { sortBy } from "@std/collections/sort-by";
 * const people = [{ name: "Anna", age: 34 }, { name: "Kim", age: 42 }, { name: "John", age: 23 }];
 * sortBy(people, (it) => it.age).map((it) => it.name); // ["John", "Anna", "Kim"]
 * sortBy(people, (it) => it.name, { order: "desc" }).map((it) => it.name); // ["Kim", "John", "Anna"]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the value to sort by.
 * @param options Sort options.
 * @returns A new sorted array.
 */
export function sortBy<T>(
  array: readonly T[],
  selector: (el: T) => number,
  options?: SortByOptions,
): T[];
/**
 * Returns a new array sorted (stably) by the strings the selector returns.
 *
 * @example
 * ```ts
 * import { sortBy } from "@std/collections/sort-by";
 * sortBy(["bb", "a"], (it) => it); // ["a", "bb"]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the value to sort by.
 * @param options Sort options.
 * @returns A new sorted array.
 */
export function sortBy<T>(
  array: readonly T[],
  selector: (el: T) => string,
  options?: SortByOptions,
): T[];
/**
 * Returns a new array sorted (stably) by the bigints the selector returns.
 *
 * @example
 * ```ts
 * import { sortBy } from "@std/collections/sort-by";
 * sortBy([{ n: 2n }, { n: 1n }], (it) => it.n); // [{ n: 1n }, { n: 2n }]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the value to sort by.
 * @param options Sort options.
 * @returns A new sorted array.
 */
export function sortBy<T>(
  array: readonly T[],
  selector: (el: T) => bigint,
  options?: SortByOptions,
): T[];
/**
 * Returns a new array sorted (stably) by the dates the selector returns.
 *
 * @example
 * ```ts
 * import { sortBy } from "@std/collections/sort-by";
 * sortBy([{ d: new Date(2) }, { d: new Date(1) }], (it) => it.d);
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Selects the value to sort by.
 * @param options Sort options.
 * @returns A new sorted array.
 */
export function sortBy<T>(
  array: readonly T[],
  selector: (el: T) => Date,
  options?: SortByOptions,
): T[];
export function sortBy<T>(
  array: readonly T[],
  selector:
    | ((el: T) => number)
    | ((el: T) => string)
    | ((el: T) => bigint)
    | ((el: T) => Date),
  options?: SortByOptions,
): T[] {
  const len = array.length;
  const indexes = new Array<number>(len);
  const selectors = new Array<number | string | bigint>(len);
  const order = options?.order ?? "asc";
  array.forEach((item, idx) => {
    indexes[idx] = idx;
    const selected = selector(item);
    selectors[idx] = selected instanceof Date ? selected.getTime() : selected;
  });
  indexes.sort((ai, bi) => {
    let a = selectors[ai]!;
    let b = selectors[bi]!;
    if (order === "desc") [a, b] = [b, a];
    const aNaN = typeof a === "number" && Number.isNaN(a);
    const bNaN = typeof b === "number" && Number.isNaN(b);
    if (aNaN && bNaN) return 0;
    if (aNaN) return order === "desc" ? -1 : 1;
    if (bNaN) return order === "desc" ? 1 : -1;
    return a > b ? 1 : a < b ? -1 : 0;
  });
  return indexes.map((i) => array[i] as T);
}
