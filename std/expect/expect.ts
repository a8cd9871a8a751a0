/**
 * The `expect()` function and its static helpers.
 *
 * @module
 */
import { AssertionError } from "../assert/assertion_error.ts";
import { equal } from "./_equal.ts";
import { inspect, matchers, rejectedContexts } from "./_matchers.ts";
import { addCustomTesters, getCustomTesters } from "./_testers.ts";
import { getAssertionState } from "./_assertion_state.ts";
import {
  Any,
  Anything,
  ArrayContaining,
  type AsymmetricMatcher,
  CloseTo,
  ObjectContaining,
  StringContaining,
  StringMatching,
} from "./_asymmetric.ts";
import type {
  EqualOptions,
  Expected,
  MatcherContext,
  Matchers,
  Tester,
} from "./_types.ts";

const EXTEND_KEY = Symbol.for("@std/expect/extendMatchers");

function extendMatchers(): Matchers {
  // deno-lint-ignore no-explicit-any
  const g = globalThis as any;
  g[EXTEND_KEY] ??= {};
  return g[EXTEND_KEY];
}

function isPromiseLike(v: unknown): v is PromiseLike<unknown> {
  return v !== null && (typeof v === "object" || typeof v === "function") &&
    typeof (v as PromiseLike<unknown>).then === "function";
}

type Mode = "resolves" | "rejects" | undefined;

function makeExpected(
  value: unknown,
  customMessage: string | undefined,
  isNot: boolean,
  mode: Mode,
): Expected {
  return new Proxy({} as Expected, {
    get(_target, name) {
      if (name === "not") {
        return makeExpected(value, customMessage, !isNot, mode);
      }
      if (name === "resolves" || name === "rejects") {
        if (mode) {
          throw new TypeError(`Cannot use "${name}" after "${mode}"`);
        }
        return makeExpected(value, customMessage, isNot, name);
      }
      if (typeof name !== "string") return undefined;
      const extended = extendMatchers()[name];
      const builtin = matchers[name];
      if (!extended && !builtin) return undefined;
      return (...args: unknown[]) => {
        const apply = (v: unknown, rejected: boolean): void => {
          const context: MatcherContext = {
            value: v,
            isNot,
            customMessage,
            customTesters: getCustomTesters(),
            equal: (a: unknown, b: unknown, options?: EqualOptions) =>
              equal(a, b, { customTesters: getCustomTesters(), ...options }),
          };
          if (rejected) rejectedContexts.add(context);
          getAssertionState().count++;
          if (extended) {
            const result = extended(context, ...args);
            if (result.pass === isNot) {
              throw new AssertionError(result.message());
            }
            return;
          }
          builtin!(context, ...args);
        };
        if (!mode) return apply(value, false);
        const promise = typeof value === "function" ? value() : value;
        if (!isPromiseLike(promise)) {
          throw new AssertionError(
            `Expected value must be PromiseLike to use "${mode}", but received ${
              inspect(promise)
            }`,
          );
        }
        if (mode === "resolves") {
          return Promise.resolve(promise).then(
            (v) => apply(v, false),
            (e) => {
              throw new AssertionError(
                `Expected promise to resolve, but it rejected with ${
                  inspect(e)
                }`,
              );
            },
          );
        }
        return Promise.resolve(promise).then(
          (v) => {
            throw new AssertionError(
              `Expected promise to reject, but it resolved with ${inspect(v)}`,
            );
          },
          (e) => apply(e, true),
        );
      };
    },
  });
}

/**
 * **Note:** the `expect` module is Jest-compatible.
 *
 * Creates an object with the matchers (`toBe`, `toEqual`, ...) checking
 * `value`. Prefix a matcher with `.not` to negate it, and use `.resolves` /
 * `.rejects` to check the settled value of a promise.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * const x = 6 * 7;
 * expect(x).toEqual(42);
 * expect(x).not.toEqual(0);
 *
 * await expect(Promise.resolve(x)).resolves.toEqual(42);
 * ```
 *
 * @typeParam T The type of the matcher object (extend {@linkcode Expected}
 * to type matchers added with `expect.extend`).
 * @param value The value to check.
 * @param customMessage An optional message prefixed to failure messages.
 * @returns The matchers.
 */
export function expect<T extends Expected = Expected>(
  value: unknown,
  customMessage?: string,
): T {
  return makeExpected(value, customMessage, false, undefined) as T;
}

/**
 * Adds custom equality testers, consulted by `toEqual`, `toStrictEqual`,
 * `toHaveBeenCalledWith`, ... before the default comparison.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * class Money {
 *   constructor(public cents: number) {}
 * }
 * expect.addEqualityTesters([
 *   (a, b) =>
 *     a instanceof Money && b instanceof Money ? a.cents === b.cents : undefined,
 * ]);
 * expect(new Money(5)).toEqual(new Money(5));
 * ```
 *
 * @param newTesters The testers to add.
 */
expect.addEqualityTesters = function addEqualityTesters(
  newTesters: Tester[],
): void {
  addCustomTesters(newTesters);
};

/**
 * Adds custom matchers. Each receives a {@linkcode MatcherContext} and the
 * matcher's arguments, and returns `{ pass, message }`.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect.extend({
 *   toBeEven(context) {
 *     const pass = (context.value as number) % 2 === 0;
 *     return {
 *       pass,
 *       message: () =>
 *         `Expected ${context.value} ${context.isNot ? "not " : ""}to be even`,
 *     };
 *   },
 * });
 * expect(4).toBeEven();
 * expect(3).not.toBeEven();
 * ```
 *
 * @param newExtendMatchers The matchers to add.
 */
expect.extend = function extend(newExtendMatchers: Matchers): void {
  Object.assign(extendMatchers(), newExtendMatchers);
};

/**
 * An asymmetric matcher matching anything but `null` and `undefined`.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect({ id: 1 }).toEqual({ id: expect.anything() });
 * ```
 *
 * @returns The matcher.
 */
expect.anything = function anything(): AsymmetricMatcher<void> {
  return new Anything();
};

/**
 * An asymmetric matcher matching anything created by `c` (primitives match
 * their wrapper: `expect.any(Number)` matches `1`).
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect({ id: 1 }).toEqual({ id: expect.any(Number) });
 * ```
 *
 * @param c The constructor.
 * @returns The matcher.
 */
expect.any = function any(c: unknown): AsymmetricMatcher<unknown> {
  return new Any(c);
};

/**
 * An asymmetric matcher matching arrays containing all of `c`'s elements.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect([1, 2, 3]).toEqual(expect.arrayContaining([3, 1]));
 * ```
 *
 * @param c The expected elements.
 * @returns The matcher.
 */
expect.arrayContaining = function arrayContaining(
  c: unknown[],
): AsymmetricMatcher<unknown[]> {
  return new ArrayContaining(c);
};

/**
 * An asymmetric matcher matching numbers close to `num`.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect({ x: 0.1 + 0.2 }).toEqual({ x: expect.closeTo(0.3, 5) });
 * ```
 *
 * @param num The expected number.
 * @param numDigits The number of digits after the decimal point to check
 * (default 2).
 * @returns The matcher.
 */
expect.closeTo = function closeTo(
  num: number,
  numDigits?: number,
): AsymmetricMatcher<number> {
  return new CloseTo(num, numDigits);
};

/**
 * An asymmetric matcher matching objects having all of `obj`'s properties.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect({ a: 1, b: 2 }).toEqual(expect.objectContaining({ a: 1 }));
 * ```
 *
 * @param obj The expected properties.
 * @returns The matcher.
 */
expect.objectContaining = function objectContaining(
  obj: Record<string, unknown>,
): AsymmetricMatcher<Record<string, unknown>> {
  return new ObjectContaining(obj);
};

/**
 * An asymmetric matcher matching strings containing `str`.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect({ s: "hello world" }).toEqual({ s: expect.stringContaining("world") });
 * ```
 *
 * @param str The expected substring.
 * @returns The matcher.
 */
expect.stringContaining = function stringContaining(
  str: string,
): AsymmetricMatcher<string> {
  return new StringContaining(str);
};

/**
 * An asymmetric matcher matching strings matching `pattern`.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect({ s: "hello" }).toEqual({ s: expect.stringMatching(/^h/) });
 * ```
 *
 * @param pattern The pattern.
 * @returns The matcher.
 */
expect.stringMatching = function stringMatching(
  pattern: string | RegExp,
): AsymmetricMatcher<RegExp> {
  return new StringMatching(pattern);
};

/**
 * Negated asymmetric matchers.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect([1, 2]).toEqual(expect.not.arrayContaining([3]));
 * expect({ a: 1 }).toEqual(expect.not.objectContaining({ b: 2 }));
 * expect("abc").toEqual(expect.not.stringContaining("x"));
 * expect("abc").toEqual(expect.not.stringMatching(/x/));
 * ```
 */
expect.not = {
  /**
   * Matches arrays not containing all of `c`'s elements.
   *
   * @param c The elements.
   * @returns The matcher.
   */
  arrayContaining: (c: unknown[]): AsymmetricMatcher<unknown[]> =>
    new ArrayContaining(c, true),
  /**
   * Matches objects not having all of `obj`'s properties.
   *
   * @param obj The properties.
   * @returns The matcher.
   */
  objectContaining: (
    obj: Record<string, unknown>,
  ): AsymmetricMatcher<Record<string, unknown>> =>
    new ObjectContaining(obj, true),
  /**
   * Matches strings not containing `str`.
   *
   * @param str The substring.
   * @returns The matcher.
   */
  stringContaining: (str: string): AsymmetricMatcher<string> =>
    new StringContaining(str, true),
  /**
   * Matches strings not matching `pattern`.
   *
   * @param pattern The pattern.
   * @returns The matcher.
   */
  stringMatching: (pattern: string | RegExp): AsymmetricMatcher<RegExp> =>
    new StringMatching(pattern, true),
};

/**
 * Declares that exactly `num` assertions (matcher calls) must run in the
 * current test. Checked at the end of tests defined with `@std/testing/bdd`.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect.assertions(1);
 * expect(1).toBe(1);
 * ```
 *
 * @param num The expected number of assertions.
 */
expect.assertions = function assertions(num: number): void {
  getAssertionState().expected = num;
};

/**
 * Declares that at least one assertion must run in the current test.
 * Checked at the end of tests defined with `@std/testing/bdd`.
 *
 * @example Usage
 * ```ts
 * import { expect } from "@std/expect";
 *
 * expect.hasAssertions();
 * expect(1).toBe(1);
 * ```
 */
expect.hasAssertions = function hasAssertions(): void {
  getAssertionState().requireAny = true;
};
