/**
 * Types shared by the `expect` implementation.
 *
 * @module
 */

/** A constructor of any kind, used by `toBeInstanceOf` and `expect.any`. */
// deno-lint-ignore no-explicit-any
export type AnyConstructor = new (...args: any[]) => any;

/**
 * The context passed to a custom equality tester (see
 * `expect.addEqualityTesters`).
 */
export interface TesterContext {
  /**
   * Compares two values with the same rules `toEqual` uses.
   *
   * @param a The first value.
   * @param b The second value.
   * @param customTesters Extra equality testers to use.
   * @param strictCheck Whether to use the rules of `toStrictEqual`.
   * @returns Whether the values are equal.
   */
  equals(
    a: unknown,
    b: unknown,
    customTesters?: Tester[],
    strictCheck?: boolean,
  ): boolean;
}

/**
 * A custom equality tester: returns `true` or `false` to decide the
 * comparison, or `undefined` to let the default comparison continue.
 */
export type Tester = (
  this: TesterContext,
  a: unknown,
  b: unknown,
  customTesters: Tester[],
) => boolean | undefined;

/** Options of the deep equality used by `expect`. */
export interface EqualOptions {
  /** Custom equality testers to consult first. */
  customTesters?: Tester[];
  /**
   * Use `toStrictEqual` rules: `undefined` properties, array sparseness and
   * object types are checked.
   */
  strictCheck?: boolean;
}

/** The context passed to matchers (including those added with `expect.extend`). */
export interface MatcherContext {
  /** The value passed to `expect()` (or the settled value with `.resolves` / `.rejects`). */
  value: unknown;
  /** Whether the matcher was called through `.not`. */
  isNot: boolean;
  /**
   * The deep equality used by `toEqual`.
   *
   * @param a The first value.
   * @param b The second value.
   * @param options Equality options.
   * @returns Whether the values are equal.
   */
  equal: (a: unknown, b: unknown, options?: EqualOptions) => boolean;
  /** The equality testers registered with `expect.addEqualityTesters`. */
  customTesters: Tester[];
  /** The custom message given as the second argument of `expect()`. */
  customMessage: string | undefined;
}

/** The result of a matcher added through `expect.extend`. */
export type ExtendMatchResult = {
  /** Builds the failure message. */
  message: () => string;
  /** Whether the value matched. */
  pass: boolean;
};

/** A matcher function: receives the context and the matcher's arguments. */
export type Matcher = (
  context: MatcherContext,
  // deno-lint-ignore no-explicit-any
  ...args: any[]
) => ExtendMatchResult;

/** A set of matchers, keyed by name, for `expect.extend`. */
export type Matchers = {
  [key: string]: Matcher;
};

/**
 * Turns every method of `T` into one returning a promise (the type of
 * `.resolves` / `.rejects` matchers).
 */
export type Async<T> = {
  // deno-lint-ignore no-explicit-any
  [K in keyof T]: T[K] extends (...args: any[]) => unknown
    ? (...args: Parameters<T[K]>) => Promise<ReturnType<T[K]>>
    : T[K];
};

/** The matchers available on the object returned by `expect()`. */
export interface Expected<IsAsync = false> {
  /**
   * Alias of `toHaveBeenLastCalledWith`.
   *
   * @param expected The expected arguments.
   */
  lastCalledWith(...expected: unknown[]): void;
  /**
   * Alias of `toHaveLastReturnedWith`.
   *
   * @param expected The expected return value.
   */
  lastReturnedWith(expected: unknown): void;
  /**
   * Alias of `toHaveBeenNthCalledWith`.
   *
   * @param nth The one-based call index.
   * @param expected The expected arguments.
   */
  nthCalledWith(nth: number, ...expected: unknown[]): void;
  /**
   * Alias of `toHaveNthReturnedWith`.
   *
   * @param nth The one-based call index.
   * @param expected The expected return value.
   */
  nthReturnedWith(nth: number, expected: unknown): void;
  /** Alias of `toHaveBeenCalled`. */
  toBeCalled(): void;
  /**
   * Alias of `toHaveBeenCalledTimes`.
   *
   * @param expected The expected number of calls.
   */
  toBeCalledTimes(expected: number): void;
  /**
   * Alias of `toHaveBeenCalledWith`.
   *
   * @param expected The expected arguments.
   */
  toBeCalledWith(...expected: unknown[]): void;
  /**
   * Checks that a number is close to `candidate`:
   * `|value - candidate| < 10 ** -numDigits / 2`.
   *
   * @param candidate The expected number.
   * @param numDigits Digits after the decimal point to check (default 2).
   */
  toBeCloseTo(candidate: number, numDigits?: number): void;
  /** Checks that the value is not `undefined`. */
  toBeDefined(): void;
  /** Checks that the value is falsy. */
  toBeFalsy(): void;
  /**
   * Checks `value > expected`.
   *
   * @param expected The number to compare with.
   */
  toBeGreaterThan(expected: number | bigint): void;
  /**
   * Checks `value >= expected`.
   *
   * @param expected The number to compare with.
   */
  toBeGreaterThanOrEqual(expected: number | bigint): void;
  /**
   * Checks that the value is an instance of a class.
   *
   * @param expected The class.
   */
  toBeInstanceOf<T extends AnyConstructor>(expected: T): void;
  /**
   * Checks `value < expected`.
   *
   * @param expected The number to compare with.
   */
  toBeLessThan(expected: number | bigint): void;
  /**
   * Checks `value <= expected`.
   *
   * @param expected The number to compare with.
   */
  toBeLessThanOrEqual(expected: number | bigint): void;
  /** Checks that the value is `NaN`. */
  toBeNaN(): void;
  /** Checks that the value is `null`. */
  toBeNull(): void;
  /** Checks that the value is truthy. */
  toBeTruthy(): void;
  /** Checks that the value is `undefined`. */
  toBeUndefined(): void;
  /**
   * Checks that the value is the same as `expected` (`Object.is`).
   *
   * @param expected The expected value.
   */
  toBe(expected: unknown): void;
  /**
   * Checks that an array (or iterable) contains an item deeply equal to
   * `expected`.
   *
   * @param expected The expected item.
   */
  toContainEqual(expected: unknown): void;
  /**
   * Checks that a string contains a substring, or an array (or iterable)
   * contains an item (`===`).
   *
   * @param expected The expected item or substring.
   */
  toContain(expected: unknown): void;
  /**
   * Checks deep equality, ignoring `undefined` properties and object types.
   *
   * @param expected The expected value.
   */
  toEqual(expected: unknown): void;
  /**
   * Checks how many times a mock function was called.
   *
   * @param expected The expected number of calls.
   */
  toHaveBeenCalledTimes(expected: number): void;
  /**
   * Checks that a mock function was called at least once with these arguments.
   *
   * @param expected The expected arguments.
   */
  toHaveBeenCalledWith(...expected: unknown[]): void;
  /** Checks that a mock function was called. */
  toHaveBeenCalled(): void;
  /**
   * Checks the arguments of the last call of a mock function.
   *
   * @param expected The expected arguments.
   */
  toHaveBeenLastCalledWith(...expected: unknown[]): void;
  /**
   * Checks the arguments of the nth call of a mock function.
   *
   * @param nth The one-based call index.
   * @param expected The expected arguments.
   */
  toHaveBeenNthCalledWith(nth: number, ...expected: unknown[]): void;
  /**
   * Checks the `length` property of the value.
   *
   * @param expected The expected length.
   */
  toHaveLength(expected: number): void;
  /**
   * Checks the value returned by the last call of a mock function.
   *
   * @param expected The expected return value.
   */
  toHaveLastReturnedWith(expected: unknown): void;
  /**
   * Checks the value returned by the nth call of a mock function.
   *
   * @param nth The one-based call index.
   * @param expected The expected return value.
   */
  toHaveNthReturnedWith(nth: number, expected: unknown): void;
  /**
   * Checks that a property exists at a path (`"a.b[0]"` or `["a", "b", 0]`),
   * optionally with a value deeply equal to `value`.
   *
   * @param propName The property path.
   * @param value The expected value.
   */
  toHaveProperty(propName: string | string[], value?: unknown): void;
  /**
   * Checks how many calls of a mock function returned without throwing.
   *
   * @param expected The expected number of returns.
   */
  toHaveReturnedTimes(expected: number): void;
  /**
   * Checks that some call of a mock function returned `expected`.
   *
   * @param expected The expected return value.
   */
  toHaveReturnedWith(expected: unknown): void;
  /** Checks that some call of a mock function returned without throwing. */
  toHaveReturned(): void;
  /**
   * Checks that a string matches a regular expression (or contains a string).
   *
   * @param expected The pattern.
   */
  toMatch(expected: RegExp | string): void;
  /**
   * Checks that an object matches a subset of properties, deeply.
   *
   * @param expected The expected properties.
   */
  toMatchObject(
    expected: Record<PropertyKey, unknown> | Record<PropertyKey, unknown>[],
  ): void;
  /** Alias of `toHaveReturned`. */
  toReturn(): void;
  /**
   * Alias of `toHaveReturnedTimes`.
   *
   * @param expected The expected number of returns.
   */
  toReturnTimes(expected: number): void;
  /**
   * Alias of `toHaveReturnedWith`.
   *
   * @param expected The expected return value.
   */
  toReturnWith(expected: unknown): void;
  /**
   * Checks deep equality including `undefined` properties, array sparseness
   * and object types.
   *
   * @param candidate The expected value.
   */
  toStrictEqual(candidate: unknown): void;
  /**
   * Checks that a function throws (or, with `.rejects`, that the promise
   * rejects). `expected` may be a substring or pattern of the message, an
   * error whose message must be equal, or an error class.
   *
   * @param expected What the error must match.
   */
  toThrow<E extends Error = Error>(
    // deno-lint-ignore no-explicit-any
    expected?: string | RegExp | E | (new (...args: any[]) => E),
  ): void;
  /** Negates the following matcher. */
  not: IsAsync extends true ? Async<Expected<true>> : Expected<false>;
  /** Awaits the promise value and applies the matcher to what it resolves to. */
  resolves: Async<Expected<true>>;
  /** Awaits the promise value and applies the matcher to its rejection reason. */
  rejects: Async<Expected<true>>;
  /** Matchers added through `expect.extend`. */
  // deno-lint-ignore no-explicit-any
  [name: string]: any;
}
