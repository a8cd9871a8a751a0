/**
 * Asymmetric matchers: values that, placed inside an expected value, match a
 * whole class of actual values (`expect.any(Number)`, ...).
 *
 * @module
 */
import { equal } from "./_equal.ts";
import type { Tester } from "./_types.ts";
import { getCustomTesters } from "./_testers.ts";

const INSPECT = Symbol.for("Deno.customInspect");

/**
 * The base class of asymmetric matchers such as `expect.any(Number)`. Deep
 * equality (`toEqual`, `toHaveBeenCalledWith`, ...) calls {@linkcode equals}
 * instead of comparing the matcher itself.
 *
 * @typeParam T The type of the matcher's expected value.
 */
export abstract class AsymmetricMatcher<T> {
  /** The expected value of the matcher. */
  protected value: T;
  /** Whether the matcher is negated (`expect.not.*`). */
  protected inverse: boolean;

  /**
   * Constructs a matcher.
   *
   * @param value The expected value.
   * @param inverse Whether the match is negated.
   */
  constructor(value: T, inverse = false) {
    this.value = value;
    this.inverse = inverse;
  }

  /**
   * Whether `other` matches.
   *
   * @param other The actual value.
   * @returns `true` if it matches.
   */
  abstract equals(other: unknown): boolean;

  /**
   * The name shown in diffs.
   *
   * @returns A short description of the matcher.
   */
  protected describe(inspect: (v: unknown, o?: unknown) => string): string {
    return `${this.constructor.name} ${inspect(this.value)}`;
  }

  /**
   * Custom `Deno.inspect` output.
   *
   * @param inspect The inspect function.
   * @returns The description of the matcher.
   */
  [INSPECT](inspect: (v: unknown, o?: unknown) => string): string {
    return `${this.inverse ? "Not" : ""}${this.describe(inspect)}`;
  }
}

/** Matches anything but `null` and `undefined`. */
export class Anything extends AsymmetricMatcher<void> {
  /** Constructs the matcher. */
  constructor() {
    super(undefined);
  }
  /**
   * Whether `other` is neither `null` nor `undefined`.
   *
   * @param other The actual value.
   * @returns `true` if it matches.
   */
  equals(other: unknown): boolean {
    return other !== null && other !== undefined;
  }
  /** @returns "Anything" */
  protected override describe(): string {
    return "Anything";
  }
}

/** Matches values created by a constructor (or primitives of its type). */
// deno-lint-ignore no-explicit-any
export class Any extends AsymmetricMatcher<any> {
  /**
   * Constructs the matcher.
   *
   * @param value The constructor.
   */
  // deno-lint-ignore no-explicit-any
  constructor(value: any) {
    if (value === undefined) {
      throw new TypeError("Expected a constructor function");
    }
    super(value);
  }
  /**
   * Whether `other` was created by the constructor.
   *
   * @param other The actual value.
   * @returns `true` if it matches.
   */
  equals(other: unknown): boolean {
    const v = this.value;
    if (v === String) {
      return typeof other === "string" || other instanceof String;
    }
    if (v === Number) {
      return typeof other === "number" || other instanceof Number;
    }
    if (v === Boolean) {
      return typeof other === "boolean" || other instanceof Boolean;
    }
    if (v === BigInt) return typeof other === "bigint";
    if (v === Symbol) return typeof other === "symbol";
    if (v === Function) return typeof other === "function";
    if (v === Object) return typeof other === "object" && other !== null;
    return typeof v === "function" && other instanceof v;
  }
  /** @returns The description. */
  protected override describe(): string {
    return `Any<${this.value?.name ?? String(this.value)}>`;
  }
}

/** Matches arrays containing all the expected elements. */
export class ArrayContaining extends AsymmetricMatcher<unknown[]> {
  /**
   * Constructs the matcher.
   *
   * @param arr The expected elements.
   * @param inverse Whether the match is negated.
   */
  constructor(arr: unknown[], inverse = false) {
    super(arr, inverse);
  }
  /**
   * Whether `other` contains every expected element.
   *
   * @param other The actual value.
   * @returns `true` if it matches.
   */
  equals(other: unknown): boolean {
    const testers = getCustomTesters();
    const res = Array.isArray(other) &&
      this.value.every((e) =>
        other.some((a) => equal(a, e, { customTesters: testers }))
      );
    return this.inverse ? !res : res;
  }
}

/** Matches objects that have all the expected properties, deeply equal. */
export class ObjectContaining
  extends AsymmetricMatcher<Record<PropertyKey, unknown>> {
  /**
   * Constructs the matcher.
   *
   * @param obj The expected properties.
   * @param inverse Whether the match is negated.
   */
  constructor(obj: Record<PropertyKey, unknown>, inverse = false) {
    super(obj, inverse);
  }
  /**
   * Whether `other` has every expected property.
   *
   * @param other The actual value.
   * @returns `true` if it matches.
   */
  equals(other: unknown): boolean {
    const testers: Tester[] = getCustomTesters();
    let res = typeof other === "object" && other !== null;
    if (res) {
      const o = other as Record<PropertyKey, unknown>;
      const keys: PropertyKey[] = [
        ...Object.keys(this.value),
        ...Object.getOwnPropertySymbols(this.value),
      ];
      res = keys.every((k) =>
        k in o &&
        equal(o[k as string], this.value[k as string], {
          customTesters: testers,
        })
      );
    }
    return this.inverse ? !res : res;
  }
}

/** Matches strings containing a substring. */
export class StringContaining extends AsymmetricMatcher<string> {
  /**
   * Constructs the matcher.
   *
   * @param str The expected substring.
   * @param inverse Whether the match is negated.
   */
  constructor(str: string, inverse = false) {
    super(str, inverse);
  }
  /**
   * Whether `other` is a string containing the substring.
   *
   * @param other The actual value.
   * @returns `true` if it matches.
   */
  equals(other: unknown): boolean {
    const res = typeof other === "string" && other.includes(this.value);
    return this.inverse ? !res : res;
  }
}

/** Matches strings matching a regular expression. */
export class StringMatching extends AsymmetricMatcher<RegExp> {
  /**
   * Constructs the matcher.
   *
   * @param pattern The pattern (a string is turned into a `RegExp`).
   * @param inverse Whether the match is negated.
   */
  constructor(pattern: string | RegExp, inverse = false) {
    super(new RegExp(pattern), inverse);
  }
  /**
   * Whether `other` is a string matching the pattern.
   *
   * @param other The actual value.
   * @returns `true` if it matches.
   */
  equals(other: unknown): boolean {
    const res = typeof other === "string" && this.value.test(other);
    return this.inverse ? !res : res;
  }
}

/** Matches numbers close to an expected number. */
export class CloseTo extends AsymmetricMatcher<number> {
  #precision: number;
  /**
   * Constructs the matcher.
   *
   * @param num The expected number.
   * @param precision The number of digits after the decimal point to check.
   */
  constructor(num: number, precision = 2) {
    super(num);
    this.#precision = precision;
  }
  /**
   * Whether `other` is a number within `10 ** -precision / 2` of the
   * expected number.
   *
   * @param other The actual value.
   * @returns `true` if it matches.
   */
  equals(other: unknown): boolean {
    if (typeof other !== "number") return false;
    if (this.value === Infinity && other === Infinity) return true;
    if (this.value === -Infinity && other === -Infinity) return true;
    return Math.abs(this.value - other) < Math.pow(10, -this.#precision) / 2;
  }
  /** @returns The description. */
  protected override describe(): string {
    return `NumberCloseTo ${this.value} (${this.#precision} digits)`;
  }
}
