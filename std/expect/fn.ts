/**
 * `fn()`: a minimal mock function for use with the mock matchers of
 * `expect` (`toHaveBeenCalled`, `toHaveReturnedWith`, ...).
 *
 * @module
 */

/**
 * The key under which mock functions keep their recorded calls. Spies from
 * `@std/testing/mock` record their calls under the same key, so they work
 * with the mock matchers too.
 */
export const MOCK_SYMBOL: unique symbol = Symbol.for("@MOCK");

/** One recorded call of a mock function. */
export interface MockCall {
  /** The arguments of the call. */
  args: unknown[];
  /** The value returned, if the call returned. */
  returned?: unknown;
  /** The error thrown, if the call threw. */
  thrown?: unknown;
  /** When the call happened (`Date.now()`). */
  timestamp: number;
  /** Whether the call returned. */
  returns: boolean;
  /** Whether the call threw. */
  throws: boolean;
}

/**
 * The recorded calls of a mock function, or throws if `f` is not a mock.
 *
 * @param f The mock function.
 * @returns Its recorded calls.
 */
export function getMockCalls(f: unknown): MockCall[] {
  const mock = (f as { [MOCK_SYMBOL]?: { calls: MockCall[] } } | null)?.[
    MOCK_SYMBOL
  ];
  if (!mock) {
    throw new Error("Received function must be a mock or spy function");
  }
  return [...mock.calls];
}

/**
 * Creates a mock function that records its calls. With one implementation,
 * every call runs it; with several, the nth call runs the nth one (and calls
 * past the last return `undefined`).
 *
 * @example Usage
 * ```ts
 * import { expect, fn } from "@std/expect";
 *
 * const mockFn = fn((a: number, b: number) => a + b);
 * const result = mockFn(1, 2);
 * expect(result).toEqual(3);
 * expect(mockFn).toHaveBeenCalledWith(1, 2);
 * expect(mockFn).toHaveBeenCalledTimes(1);
 * ```
 *
 * @example Several implementations
 * ```ts
 * import { expect, fn } from "@std/expect";
 *
 * const mockFn = fn((a: number) => a + 1, (a: number) => a + 2);
 * expect(mockFn(1)).toEqual(2);
 * expect(mockFn(1)).toEqual(3);
 * ```
 *
 * @param stubs The implementations to call.
 * @returns The mock function.
 */
// deno-lint-ignore ban-types no-explicit-any
export function fn(...stubs: Function[]): (...args: any[]) => any {
  const calls: MockCall[] = [];
  // deno-lint-ignore no-explicit-any
  const f = function (this: unknown, ...args: any[]): any {
    const stub = stubs.length === 1 ? stubs[0] : stubs[calls.length];
    try {
      const returned = stub ? stub.apply(this, args) : undefined;
      calls.push({
        args,
        returned,
        timestamp: Date.now(),
        returns: true,
        throws: false,
      });
      return returned;
    } catch (err) {
      calls.push({
        args,
        thrown: err,
        timestamp: Date.now(),
        returns: false,
        throws: true,
      });
      throw err;
    }
  };
  Object.defineProperty(f, MOCK_SYMBOL, {
    value: { calls },
    writable: false,
  });
  return f;
}
