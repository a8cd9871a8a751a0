/**
 * Jest-compatible `expect()` assertions, with the mock function `fn()`.
 *
 * ```ts
 * import { expect, fn } from "@std/expect";
 *
 * const x = 6 * 7;
 * expect(x).toEqual(42);
 * expect(x).not.toBeNull();
 * expect([1, 2, 3]).toContain(2);
 * expect({ a: 1, b: { c: 2 } }).toMatchObject({ b: { c: 2 } });
 * expect(() => {
 *   throw new TypeError("bad");
 * }).toThrow(TypeError);
 *
 * const add = fn((a: number, b: number) => a + b);
 * add(1, 2);
 * expect(add).toHaveBeenCalledWith(1, 2);
 * expect(add).toHaveReturnedWith(3);
 * ```
 *
 * @module
 */

export { expect } from "./expect.ts";
export { fn } from "./fn.ts";
export { AsymmetricMatcher } from "./_asymmetric.ts";
export type {
  AnyConstructor,
  Async,
  EqualOptions,
  Expected,
  ExtendMatchResult,
  Matcher,
  MatcherContext,
  Matchers,
  Tester,
  TesterContext,
} from "./_types.ts";
