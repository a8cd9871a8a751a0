/**
 * Deeply merges records.
 *
 * @module
 */

/** Merging strategy: `"replace"` keeps the right value, `"merge"` combines. */
export type MergingStrategy = "replace" | "merge";

/** Options for {@linkcode deepMerge}. */
export interface DeepMergeOptions {
  /**
   * Merging strategy for arrays (`"merge"` concatenates them).
   *
   * @default {"merge"}
   */
  arrays?: MergingStrategy;
  /**
   * Merging strategy for maps (`"merge"` combines their entries).
   *
   * @default {"merge"}
   */
  maps?: MergingStrategy;
  /**
   * Merging strategy for sets (`"merge"` unites them).
   *
   * @default {"merge"}
   */
  sets?: MergingStrategy;
}

/** Types that are replaced rather than merged as records. */
export type NonMergeable =
  // deno-lint-ignore ban-types
  | Function
  | Date
  | RegExp
  | Promise<unknown>
  | WeakMap<WeakKey, unknown>
  | WeakSet<WeakKey>;

/** The merged type of two values at the same key of {@linkcode DeepMerge}. */
export type DeepMergeValues<A, B, Options extends DeepMergeOptions> = [
  A,
  B,
] extends [ReadonlyArray<infer X>, ReadonlyArray<infer Y>]
  ? Options["arrays"] extends "replace" ? B : Array<X | Y>
  : [A, B] extends [
    ReadonlyMap<infer K1, infer V1>,
    ReadonlyMap<infer K2, infer V2>,
  ] ? Options["maps"] extends "replace" ? B : Map<K1 | K2, V1 | V2>
  : [A, B] extends [ReadonlySet<infer X>, ReadonlySet<infer Y>]
    ? Options["sets"] extends "replace" ? B : Set<X | Y>
  : A extends NonMergeable ? B
  : B extends NonMergeable ? B
  : A extends object ? B extends object ? DeepMerge<A, B, Options> : B
  : B;

/** The type of the result of {@linkcode deepMerge} of `T` and `U`. */
export type DeepMerge<
  T,
  U,
  Options extends DeepMergeOptions = DeepMergeOptions,
> = {
  [K in keyof T | keyof U]: K extends keyof U
    ? K extends keyof T ? DeepMergeValues<T[K], U[K], Options> : U[K]
    : K extends keyof T ? T[K]
    : never;
};

function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function getKeys(record: object): PropertyKey[] {
  const keys: PropertyKey[] = Object.keys(record);
  for (const symbol of Object.getOwnPropertySymbols(record)) {
    if (Object.prototype.propertyIsEnumerable.call(record, symbol)) {
      keys.push(symbol);
    }
  }
  return keys;
}

function mergeValues(
  left: unknown,
  right: unknown,
  seen: Set<unknown>,
  options: Required<DeepMergeOptions>,
): unknown {
  if (
    typeof left !== "object" || left === null || typeof right !== "object" ||
    right === null || seen.has(left) || seen.has(right)
  ) {
    return right;
  }
  if (isPlainObject(left) && isPlainObject(right)) {
    seen.add(left);
    seen.add(right);
    const merged = mergeRecords(left, right, seen, options);
    seen.delete(left);
    seen.delete(right);
    return merged;
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    return options.arrays === "merge" ? left.concat(right) : right;
  }
  if (left instanceof Map && right instanceof Map) {
    return options.maps === "merge" ? new Map([...left, ...right]) : right;
  }
  if (left instanceof Set && right instanceof Set) {
    return options.sets === "merge" ? new Set([...left, ...right]) : right;
  }
  return right;
}

function mergeRecords(
  record: Record<PropertyKey, unknown>,
  other: Record<PropertyKey, unknown>,
  seen: Set<unknown>,
  options: Required<DeepMergeOptions>,
): Record<PropertyKey, unknown> {
  const result: Record<PropertyKey, unknown> = {};
  const keys = new Set([...getKeys(record), ...getKeys(other)]);
  for (const key of keys) {
    if (key === "__proto__") continue;
    const a = record[key];
    if (!Object.hasOwn(other, key)) {
      result[key] = a;
      continue;
    }
    const b = other[key];
    result[key] = Object.hasOwn(record, key)
      ? mergeValues(a, b, seen, options)
      : b;
  }
  return result;
}

/**
 * Merges two records deeply and returns a new record. Plain objects are
 * merged key by key (values of `other` win); arrays are concatenated, maps
 * and sets combined (unless their strategy is `"replace"`); anything else is
 * taken from `other`. Symbol keys are merged too; circular references are
 * not followed.
 *
 * @example
 * ```ts
 * import { deepMerge } from "@std/collections/deep-merge";
 * deepMerge({ foo: true, list: [1] }, { bar: true, list: [2] });
 * // { foo: true, bar: true, list: [1, 2] }
 * deepMerge({ list: [1] }, { list: [2] }, { arrays: "replace" }); // { list: [2] }
 * ```
 *
 * @typeParam T The type of the first record.
 * @typeParam U The type of the second record.
 * @typeParam Options The merging options.
 * @param record The first record.
 * @param other The second record, whose values take precedence.
 * @param options Merging strategies.
 * @returns A new merged record.
 */
export function deepMerge<
  T extends object,
  U extends object = T,
  Options extends DeepMergeOptions = DeepMergeOptions,
>(
  record: Readonly<T>,
  other: Readonly<U>,
  options?: Readonly<Options>,
): DeepMerge<T, U, Options> {
  const resolved: Required<DeepMergeOptions> = {
    arrays: options?.arrays ?? "merge",
    maps: options?.maps ?? "merge",
    sets: options?.sets ?? "merge",
  };
  return mergeRecords(
    record as Record<PropertyKey, unknown>,
    other as Record<PropertyKey, unknown>,
    new Set([record, other]),
    resolved,
  ) as DeepMerge<T, U, Options>;
}
