/**
 * Test spies and stubs.
 *
 * A spy records the calls made to a function (arguments, `this`, returned
 * value or thrown error) while still calling through to it; a stub replaces
 * an object's method with a fake implementation. Method spies and stubs
 * replace the property on the object until they are restored (explicitly,
 * with `using`, or through {@linkcode restore} / {@linkcode mockSession}).
 *
 * ```ts
 * import { assertSpyCall, assertSpyCalls, spy, stub } from "@std/testing/mock";
 * import { assertEquals } from "@std/assert";
 *
 * const math = {
 *   square(n: number): number {
 *     return n * n;
 *   },
 * };
 *
 * using squareSpy = spy(math, "square");
 * assertEquals(math.square(3), 9);
 * assertSpyCall(squareSpy, 0, { args: [3], returned: 9 });
 * assertSpyCalls(squareSpy, 1);
 *
 * const random = stub(Math, "random", () => 0.5);
 * try {
 *   assertEquals(Math.random(), 0.5);
 * } finally {
 *   random.restore();
 * }
 * ```
 *
 * @module
 */
// deno-lint-ignore-file no-explicit-any
import { assertEquals } from "../assert/equals.ts";
import { assertIsError } from "../assert/is_error.ts";
import { AssertionError } from "../assert/assertion_error.ts";

/** An error related to spying on a function or instance method. */
export class MockError extends Error {
  /**
   * Construct MockError
   *
   * @param message The error message.
   */
  constructor(message: string) {
    super(message);
    this.name = "MockError";
  }
}

/** Call information recorded by a spy. */
export interface SpyCall<
  Self = any,
  Args extends unknown[] = any[],
  Return = any,
> {
  /** Arguments passed to a function when called. */
  args: Args;
  /** The value that was returned by a function. */
  returned?: Return;
  /** The error value that was thrown by a function. */
  error?: Error;
  /** The instance that a method was called on. */
  self?: Self;
}

/** A function or instance method wrapper that records all calls made to it. */
export interface Spy<
  Self = any,
  Args extends unknown[] = any[],
  Return = undefined,
> {
  /** Calls the spied function. */
  (this: Self, ...args: Args): Return;
  /** The function that is being spied on. */
  original: (this: Self, ...args: Args) => Return;
  /** Information about calls made to the function or instance method. */
  calls: SpyCall<Self, Args, Return>[];
  /** Whether or not the original instance method has been restored. */
  restored: boolean;
  /** If spying on an instance method, this restores the original instance method. */
  restore(): void;
  /** Restores the original instance method (used by `using`). */
  [Symbol.dispose](): void;
}

/** An instance method wrapper that records all calls made to it. */
export interface MethodSpy<
  Self = any,
  Args extends unknown[] = any[],
  Return = undefined,
> extends Spy<Self, Args, Return>, Disposable {}

/** A constructor wrapper that records all calls made to it. */
export interface ConstructorSpy<
  Self = any,
  Args extends unknown[] = any[],
> {
  /** Construct an instance. */
  new (...args: Args): Self;
  /** The function that is being spied on. */
  original: new (...args: Args) => Self;
  /** Information about calls made to the function or instance method. */
  calls: SpyCall<Self, Args, Self>[];
  /** Whether or not the original instance method has been restored. */
  restored: boolean;
  /** Constructor spies cannot be restored: throws a {@linkcode MockError}. */
  restore(): void;
}

/** An instance method replacement that records all calls made to it. */
export interface Stub<
  Self = any,
  Args extends unknown[] = any[],
  Return = undefined,
> extends MethodSpy<Self, Args, Return> {
  /** The function that is used instead of the original. */
  fake: (this: Self, ...args: Args) => Return;
}

/** Either a function spy or a constructor spy. */
export type SpyLike<Self = any, Args extends unknown[] = any[], Return = any> =
  | Spy<Self, Args, Return>
  | ConstructorSpy<Self, Args>;

/** Gets the parameter types of a method property. */
export type GetParametersFromProp<
  Self,
  Prop extends keyof Self,
> = Self[Prop] extends (...args: infer Args) => unknown ? Args : unknown[];

/** Gets the return type of a method property. */
export type GetReturnFromProp<
  Self,
  Prop extends keyof Self,
> = Self[Prop] extends (...args: any[]) => infer Return ? Return : unknown;

/** Call information expected by {@linkcode assertSpyCall}. */
export interface ExpectedSpyCall<
  Self = any,
  Args extends unknown[] = any[],
  Return = any,
> {
  /** Arguments passed to a function when called. */
  args?: [...Args, ...unknown[]];
  /** The instance that a method was called on. */
  self?: Self;
  /**
   * The value that was returned by a function. If you expect a promise to
   * reject, expect `error` instead.
   */
  returned?: Return;
  /** The expected thrown error. */
  error?: {
    /** The class for the error that was thrown. */
    Class?: new (...args: any[]) => Error;
    /** Part of the message for the error that was thrown. */
    msgIncludes?: string;
  };
}

const SPY = Symbol("spy");
const MOCK_SYMBOL = Symbol.for("@MOCK");

type AnyFn = (this: any, ...args: any[]) => any;

/** Exposes a spy's calls in the format `@std/expect`'s mock matchers read. */
function exposeMockCalls(f: object, calls: SpyCall[]): void {
  Object.defineProperty(f, MOCK_SYMBOL, {
    get: () => ({
      calls: calls.map((c) => ({
        args: c.args,
        returned: c.returned,
        thrown: c.error,
        timestamp: 0,
        returns: !("error" in c),
        throws: "error" in c,
      })),
    }),
  });
}

function isSpy(f: unknown): boolean {
  return typeof f === "function" && SPY in f;
}

const sessions: Set<{ restore(): void; restored: boolean }>[] = [];

function registerMock(m: { restore(): void; restored: boolean }): void {
  if (sessions.length === 0) sessions.push(new Set());
  sessions[sessions.length - 1]!.add(m);
}

function unregisterMock(m: { restore(): void; restored: boolean }): void {
  for (const s of sessions) s.delete(m);
}

function record(
  original: AnyFn,
  self: unknown,
  args: unknown[],
  calls: SpyCall[],
): unknown {
  const call: SpyCall = { args };
  if (self !== undefined) call.self = self;
  try {
    call.returned = original.apply(self, args);
  } catch (error) {
    call.error = error as Error;
    calls.push(call);
    throw error;
  }
  calls.push(call);
  return call.returned;
}

function functionSpy(func?: AnyFn): Spy {
  const original = func ?? (() => {});
  const calls: SpyCall[] = [];
  const spy = function (this: unknown, ...args: unknown[]): unknown {
    return record(original, this, args, calls);
  } as unknown as Spy;
  Object.defineProperties(spy, {
    [SPY]: { value: true },
    original: { value: original, enumerable: true },
    calls: { value: calls, enumerable: true },
    restored: { value: false, enumerable: true },
    restore: {
      value: () => {
        throw new MockError("Cannot restore: function cannot be restored");
      },
    },
    [Symbol.dispose]: {
      value: () => {
        spy.restore();
      },
    },
  });
  exposeMockCalls(spy, calls);
  return spy;
}

function isConstructor(f: unknown): boolean {
  return typeof f === "function" &&
    Function.prototype.toString.call(f).startsWith("class");
}

function constructorSpy(
  constructor: new (...args: unknown[]) => unknown,
): ConstructorSpy {
  const original = constructor;
  const calls: SpyCall[] = [];
  const spy = function (this: unknown, ...args: unknown[]): unknown {
    if (!new.target) {
      throw new TypeError(
        `Class constructor ${original.name} cannot be invoked without 'new'`,
      );
    }
    let self: unknown;
    try {
      self = Reflect.construct(original, args, new.target);
    } catch (error) {
      calls.push({ args, error: error as Error });
      throw error;
    }
    calls.push({ args, self, returned: self });
    return self;
  } as unknown as ConstructorSpy;
  Object.setPrototypeOf(spy, original);
  spy.prototype = Object.create(original.prototype, {
    constructor: { value: spy, writable: true, configurable: true },
  });
  Object.defineProperties(spy, {
    name: { value: original.name },
    [SPY]: { value: true },
    original: { value: original, enumerable: true },
    calls: { value: calls, enumerable: true },
    restored: { value: false, enumerable: true },
    restore: {
      value: () => {
        throw new MockError("Cannot restore: constructor cannot be restored");
      },
    },
  });
  exposeMockCalls(spy, calls);
  return spy;
}

function methodSpy(
  self: object,
  property: PropertyKey,
  fake: AnyFn | undefined,
  kind: "spy" | "stub",
): MethodSpy | Stub {
  const obj = self as Record<PropertyKey, unknown>;
  const existing = obj[property as string];
  if (kind === "spy" && typeof existing !== "function") {
    throw new MockError("Property is not an instance method");
  }
  if (
    kind === "stub" && existing !== undefined && typeof existing !== "function"
  ) {
    throw new MockError("Cannot stub: property is not an instance method");
  }
  if (isSpy(existing)) {
    throw new MockError(
      kind === "spy"
        ? "Cannot spy on instance method that is already spied"
        : "Cannot stub: already spying on instance method",
    );
  }
  const descriptor = Object.getOwnPropertyDescriptor(self, property);
  if (descriptor && !descriptor.configurable) {
    throw new MockError(
      kind === "spy"
        ? "Cannot spy on non-configurable instance method"
        : "Cannot stub: non-configurable instance method",
    );
  }
  const original = (existing ?? (() => {})) as AnyFn;
  const target = kind === "stub" ? (fake ?? (() => {})) : original;
  const calls: SpyCall[] = [];
  let restored = false;
  const spy = function (this: unknown, ...args: unknown[]): unknown {
    return record(target, this, args, calls);
  } as unknown as Stub;
  const restore = () => {
    if (restored) {
      throw new MockError(
        kind === "spy"
          ? "Cannot restore: instance method already restored"
          : "Cannot restore: stub already restored",
      );
    }
    if (descriptor) Object.defineProperty(self, property, descriptor);
    else delete obj[property as string];
    restored = true;
    unregisterMock(handle);
  };
  const handle = {
    restore,
    get restored() {
      return restored;
    },
  };
  Object.defineProperties(spy, {
    [SPY]: { value: true },
    original: { value: original, enumerable: true },
    calls: { value: calls, enumerable: true },
    restored: { get: () => restored, enumerable: true },
    restore: { value: restore },
    [Symbol.dispose]: {
      value: () => {
        restore();
      },
    },
  });
  if (kind === "stub") {
    Object.defineProperty(spy, "fake", { value: target, enumerable: true });
  }
  exposeMockCalls(spy, calls);
  Object.defineProperty(self, property, {
    configurable: true,
    enumerable: descriptor?.enumerable ?? false,
    writable: descriptor?.writable ?? true,
    value: spy,
  });
  registerMock(handle);
  return spy;
}

/**
 * Creates a spy function.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCalls, spy } from "@std/testing/mock";
 *
 * const func = spy();
 * func();
 * func(1);
 * func(2, 3);
 * assertSpyCalls(func, 3);
 * ```
 *
 * @typeParam Self The self type of the function.
 * @typeParam Args The arguments type of the function.
 * @typeParam Return The return type of the function.
 * @returns The spy function.
 */
export function spy<
  Self = any,
  Args extends unknown[] = any[],
  Return = undefined,
>(): Spy<Self, Args, Return>;
/**
 * Create a spy function with the given implementation.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCalls, spy } from "@std/testing/mock";
 *
 * const func = spy((a: number, b: number) => a + b);
 * func(3, 4);
 * func(5, 6);
 * assertSpyCalls(func, 2);
 * ```
 *
 * @typeParam Self The self type of the function to wrap
 * @typeParam Args The arguments type of the function to wrap
 * @typeParam Return The return type of the function to wrap
 * @param func The function to wrap
 * @returns The wrapped function.
 */
export function spy<Self, Args extends unknown[], Return>(
  func: (this: Self, ...args: Args) => Return,
): Spy<Self, Args, Return>;
/**
 * Create a spy constructor.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCalls, spy } from "@std/testing/mock";
 *
 * class Foo {
 *   constructor(public value: string) {}
 * }
 * const Constructor = spy(Foo);
 * new Constructor("foo");
 * assertSpyCalls(Constructor, 1);
 * ```
 *
 * @typeParam Self The type of the instance of the class.
 * @typeParam Args The arguments type of the constructor
 * @param constructor The constructor to spy.
 * @returns The wrapped constructor.
 */
export function spy<Self, Args extends unknown[]>(
  constructor: new (...args: Args) => Self,
): ConstructorSpy<Self, Args>;
/**
 * Wraps an instance method with a Spy.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCalls, spy } from "@std/testing/mock";
 *
 * const obj = {
 *   method(a: number, b: number): number {
 *     return a + b;
 *   },
 * };
 * using methodSpy = spy(obj, "method");
 * obj.method(1, 2);
 * assertSpyCalls(methodSpy, 1);
 * ```
 *
 * @typeParam Self The self type of the instance to spy the method of.
 * @typeParam Prop The property to spy.
 * @param self The instance to spy.
 * @param property The property of the method to spy.
 * @returns The spy function.
 */
export function spy<Self, Prop extends keyof Self>(
  self: Self,
  property: Prop,
): MethodSpy<
  Self,
  GetParametersFromProp<Self, Prop>,
  GetReturnFromProp<Self, Prop>
>;
export function spy(
  funcOrConstOrSelf?: unknown,
  property?: PropertyKey,
): SpyLike {
  if (property !== undefined) {
    return methodSpy(funcOrConstOrSelf as object, property, undefined, "spy");
  }
  if (funcOrConstOrSelf === undefined) return functionSpy();
  if (isConstructor(funcOrConstOrSelf)) {
    return constructorSpy(
      funcOrConstOrSelf as new (...args: unknown[]) => unknown,
    );
  }
  return functionSpy(funcOrConstOrSelf as AnyFn);
}

/**
 * Replaces an instance method with a Stub with empty implementation.
 *
 * @example Usage
 * ```ts
 * import { stub } from "@std/testing/mock";
 * import { assertEquals } from "@std/assert";
 *
 * const obj = {
 *   method(): number {
 *     return 1;
 *   },
 * };
 * using methodStub = stub(obj, "method");
 * assertEquals(obj.method(), undefined);
 * ```
 *
 * @typeParam Self The self type of the instance to replace a method of.
 * @typeParam Prop The property of the instance to replace.
 * @param self The instance to replace a method of.
 * @param property The property of the instance to replace.
 * @returns The stub function which replaced the original.
 */
export function stub<Self, Prop extends keyof Self>(
  self: Self,
  property: Prop,
): Stub<Self, GetParametersFromProp<Self, Prop>>;
/**
 * Replaces an instance method with a Stub with the given implementation.
 *
 * @example Usage
 * ```ts
 * import { stub } from "@std/testing/mock";
 * import { assertEquals } from "@std/assert";
 *
 * const obj = {
 *   method(): number {
 *     return Math.random();
 *   },
 * };
 * using methodStub = stub(obj, "method", () => 0.5);
 * assertEquals(obj.method(), 0.5);
 * ```
 *
 * @typeParam Self The self type of the instance to replace a method of.
 * @typeParam Prop The property of the instance to replace.
 * @param self The instance to replace a method of.
 * @param property The property of the instance to replace.
 * @param func The fake implementation of the function.
 * @returns The stub function which replaced the original.
 */
export function stub<Self, Prop extends keyof Self>(
  self: Self,
  property: Prop,
  func: (
    this: Self,
    ...args: GetParametersFromProp<Self, Prop>
  ) => GetReturnFromProp<Self, Prop>,
): Stub<
  Self,
  GetParametersFromProp<Self, Prop>,
  GetReturnFromProp<Self, Prop>
>;
export function stub(
  self: unknown,
  property: PropertyKey,
  func?: AnyFn,
): Stub {
  return methodSpy(self as object, property, func, "stub") as Stub;
}

/**
 * Asserts that a spy is called as much as expected and no more.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCalls, spy } from "@std/testing/mock";
 *
 * const func = spy();
 * func();
 * func();
 * assertSpyCalls(func, 2);
 * ```
 *
 * @typeParam Self The self type of the spy function.
 * @typeParam Args The arguments type of the spy function.
 * @typeParam Return The return type of the spy function.
 * @param spy The spy to check
 * @param expectedCalls The number of the expected calls.
 */
export function assertSpyCalls<Self, Args extends unknown[], Return>(
  spy: SpyLike<Self, Args, Return>,
  expectedCalls: number,
): void {
  try {
    assertEquals(spy.calls.length, expectedCalls);
  } catch (e) {
    assertIsError(e);
    let message = spy.calls.length < expectedCalls
      ? "Spy not called as much as expected:\n"
      : "Spy called more than expected:\n";
    message += e.message.split("\n").slice(1).join("\n");
    throw new AssertionError(message);
  }
}

function checkCall(
  call: SpyCall,
  expected: ExpectedSpyCall | undefined,
  returned: unknown,
  returnedIsError: boolean,
  errorFromCall: boolean,
): void {
  if (!expected) return;
  if (expected.args) {
    try {
      assertEquals(call.args, expected.args);
    } catch (e) {
      assertIsError(e);
      throw new AssertionError(
        "Spy not called with expected args:\n" +
          e.message.split("\n").slice(1).join("\n"),
      );
    }
  }
  if ("self" in expected) {
    try {
      assertEquals(call.self, expected.self);
    } catch (e) {
      assertIsError(e);
      let message = expected.self
        ? "Spy not called as method on expected self:\n"
        : "Spy not expected to be called as method on object:\n";
      message += e.message.split("\n").slice(1).join("\n");
      throw new AssertionError(message);
    }
  }
  if ("returned" in expected) {
    if ("error" in expected) {
      throw new TypeError(
        "Do not expect error and return, only one should be expected",
      );
    }
    if (returnedIsError) {
      throw new AssertionError(
        errorFromCall
          ? "Spy call did not return expected value, an error was thrown."
          : "Spy call did not resolve to expected value, an error was thrown.",
      );
    }
    try {
      assertEquals(returned, expected.returned);
    } catch (e) {
      assertIsError(e);
      throw new AssertionError(
        (errorFromCall
          ? "Spy call did not return expected value:\n"
          : "Spy call did not resolve to expected value:\n") +
          e.message.split("\n").slice(1).join("\n"),
      );
    }
  }
  if ("error" in expected) {
    if (!returnedIsError) {
      throw new AssertionError(
        errorFromCall
          ? "Spy call did not throw an error, a value was returned."
          : "Spy call did not reject, a value was resolved.",
      );
    }
    assertIsError(
      returned,
      expected.error?.Class,
      expected.error?.msgIncludes,
    );
  }
}

/**
 * Asserts that a spy is called as expected.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCall, spy } from "@std/testing/mock";
 *
 * const func = spy((a: number, b: number) => a + b);
 * func(3, 4);
 * func(5, 6);
 *
 * // asserts each call made to the spy function.
 * assertSpyCall(func, 0, { args: [3, 4], returned: 7 });
 * assertSpyCall(func, 1, { args: [5, 6], returned: 11 });
 * ```
 *
 * @typeParam Self The self type of the spy function.
 * @typeParam Args The arguments type of the spy function.
 * @typeParam Return The return type of the spy function.
 * @param spy The spy to check
 * @param callIndex The index of the call to check
 * @param expected The expected spy call.
 */
export function assertSpyCall<Self, Args extends unknown[], Return>(
  spy: SpyLike<Self, Args, Return>,
  callIndex: number,
  expected?: ExpectedSpyCall<Self, Args, Return>,
): void {
  if (spy.calls.length < callIndex + 1) {
    throw new AssertionError("Spy not called as much as expected");
  }
  const call = spy.calls[callIndex]! as SpyCall;
  const threw = "error" in call;
  checkCall(
    call,
    expected as ExpectedSpyCall | undefined,
    threw ? call.error : call.returned,
    threw,
    true,
  );
}

/**
 * Asserts that an async spy is called as expected: the promise it returned
 * resolved to `returned` or rejected with `error`.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCallAsync, spy } from "@std/testing/mock";
 *
 * const func = spy((a: number, b: number) => Promise.resolve(a + b));
 * await func(3, 4);
 * await assertSpyCallAsync(func, 0, { args: [3, 4], returned: 7 });
 * ```
 *
 * @typeParam Self The self type of the spy function.
 * @typeParam Args The arguments type of the spy function.
 * @typeParam Return The return type of the spy function.
 * @param spy The spy to check
 * @param callIndex The index of the call to check
 * @param expected The expected spy call.
 */
export async function assertSpyCallAsync<Self, Args extends unknown[], Return>(
  spy: SpyLike<Self, Args, Promise<Return>>,
  callIndex: number,
  expected?: ExpectedSpyCall<Self, Args, Promise<Return> | Return>,
): Promise<void> {
  if (spy.calls.length < callIndex + 1) {
    throw new AssertionError("Spy not called as much as expected");
  }
  const call = spy.calls[callIndex]! as SpyCall;
  if ("error" in call) {
    throw new AssertionError(
      "Spy call did not return a promise, an error was thrown.",
    );
  }
  let value: unknown;
  let rejected = false;
  try {
    value = await call.returned;
  } catch (e) {
    value = e;
    rejected = true;
  }
  const exp = expected ? { ...expected } as ExpectedSpyCall : undefined;
  if (exp && "returned" in exp) exp.returned = await exp.returned;
  checkCall(call, exp, value, rejected, false);
}

/**
 * Asserts that a spy is called with a specific arg as expected.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCallArg, spy } from "@std/testing/mock";
 *
 * const func = spy((...args) => {});
 * func(7, 9);
 * assertSpyCallArg(func, 0, 0, 7);
 * assertSpyCallArg(func, 0, 1, 9);
 * ```
 *
 * @typeParam Self The self type of the spy function.
 * @typeParam Args The arguments type of the spy function.
 * @typeParam Return The return type of the spy function.
 * @typeParam ExpectedArg The expected type of the argument for the spy to be called.
 * @param spy The spy to check.
 * @param callIndex The index of the call to check.
 * @param argIndex The index of the arguments to check.
 * @param expected The expected argument.
 * @returns The actual argument.
 */
export function assertSpyCallArg<
  Self,
  Args extends unknown[],
  Return,
  ExpectedArg,
>(
  spy: SpyLike<Self, Args, Return>,
  callIndex: number,
  argIndex: number,
  expected: ExpectedArg,
): ExpectedArg {
  assertSpyCall(spy, callIndex);
  const call = spy.calls[callIndex]!;
  const arg = call.args[argIndex];
  assertEquals(arg, expected);
  return arg as ExpectedArg;
}

/**
 * Asserts that an spy is called with a specific range of args as expected.
 * If a start and end index is not provided, the expected will be compared
 * against all args. If a start is provided without an end index, the
 * expected will be compared against all args from the start index to the
 * end. The end index is not included in the range of args that are compared.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCallArgs, spy } from "@std/testing/mock";
 *
 * const func = spy((...args) => {});
 * func(7, 9);
 * assertSpyCallArgs(func, 0, [7, 9]);
 * ```
 *
 * @typeParam Self The self type of the spy function.
 * @typeParam Args The arguments type of the spy function.
 * @typeParam Return The return type of the spy function.
 * @typeParam ExpectedArgs The expected type of the arguments for the spy to be called.
 * @param spy The spy to check.
 * @param callIndex The index of the call to check.
 * @param expected The expected arguments.
 * @returns The actual arguments.
 */
export function assertSpyCallArgs<
  Self,
  Args extends unknown[],
  Return,
  ExpectedArgs extends unknown[],
>(
  spy: SpyLike<Self, Args, Return>,
  callIndex: number,
  expected: ExpectedArgs,
): ExpectedArgs;
/**
 * Asserts that a spy is called with the args from `argsStart` on as expected.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCallArgs, spy } from "@std/testing/mock";
 *
 * const func = spy((...args) => {});
 * func(7, 9);
 * assertSpyCallArgs(func, 0, 1, [9]);
 * ```
 *
 * @typeParam Self The self type of the spy function.
 * @typeParam Args The arguments type of the spy function.
 * @typeParam Return The return type of the spy function.
 * @typeParam ExpectedArgs The expected type of the arguments for the spy to be called.
 * @param spy The spy to check.
 * @param callIndex The index of the call to check.
 * @param argsStart The start index of the arguments to check.
 * @param expected The expected arguments.
 * @returns The actual arguments.
 */
export function assertSpyCallArgs<
  Self,
  Args extends unknown[],
  Return,
  ExpectedArgs extends unknown[],
>(
  spy: SpyLike<Self, Args, Return>,
  callIndex: number,
  argsStart: number,
  expected: ExpectedArgs,
): ExpectedArgs;
/**
 * Asserts that a spy is called with the args in `[argsStart, argsEnd)` as
 * expected.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCallArgs, spy } from "@std/testing/mock";
 *
 * const func = spy((...args) => {});
 * func(7, 9, 11);
 * assertSpyCallArgs(func, 0, 0, 2, [7, 9]);
 * ```
 *
 * @typeParam Self The self type of the spy function.
 * @typeParam Args The arguments type of the spy function.
 * @typeParam Return The return type of the spy function.
 * @typeParam ExpectedArgs The expected type of the arguments for the spy to be called.
 * @param spy The spy to check
 * @param callIndex The index of the call to check
 * @param argsStart The start index of the arguments to check
 * @param argsEnd The end index of the arguments to check (exclusive)
 * @param expected The expected arguments.
 * @returns The actual arguments.
 */
export function assertSpyCallArgs<
  Self,
  Args extends unknown[],
  Return,
  ExpectedArgs extends unknown[],
>(
  spy: SpyLike<Self, Args, Return>,
  callIndex: number,
  argsStart: number,
  argsEnd: number,
  expected: ExpectedArgs,
): ExpectedArgs;
export function assertSpyCallArgs<
  ExpectedArgs extends unknown[],
  Args extends unknown[],
  Return,
  Self,
>(
  spy: SpyLike<Self, Args, Return>,
  callIndex: number,
  argsStart?: number | ExpectedArgs,
  argsEnd?: number | ExpectedArgs,
  expected?: ExpectedArgs,
): ExpectedArgs {
  assertSpyCall(spy, callIndex);
  const call = spy.calls[callIndex]!;
  if (!expected) {
    expected = argsEnd as ExpectedArgs;
    argsEnd = undefined;
  }
  if (!expected) {
    expected = argsStart as ExpectedArgs;
    argsStart = undefined;
  }
  const args = typeof argsEnd === "number"
    ? call.args.slice(argsStart as number, argsEnd)
    : typeof argsStart === "number"
    ? call.args.slice(argsStart)
    : call.args;
  assertEquals(args, expected);
  return args as ExpectedArgs;
}

/**
 * Creates a function that returns the instance the method was called on.
 *
 * @example Usage
 * ```ts
 * import { returnsThis } from "@std/testing/mock";
 * import { assertEquals } from "@std/assert";
 *
 * const func = returnsThis();
 * const obj = { func };
 * assertEquals(obj.func(), obj);
 * ```
 *
 * @typeParam Self The self type of the returned function.
 * @typeParam Args The arguments type of the returned function.
 * @returns A function that returns the instance the method was called on.
 */
export function returnsThis<Self = any, Args extends unknown[] = any[]>(): (
  this: Self,
  ...args: Args
) => Self {
  return function (this: Self): Self {
    return this;
  };
}

/**
 * Creates a function that returns one of its arguments.
 *
 * @example Usage
 * ```ts
 * import { returnsArg } from "@std/testing/mock";
 * import { assertEquals } from "@std/assert";
 *
 * const func = returnsArg(1);
 * assertEquals(func(1, 2, 3), 2);
 * ```
 *
 * @typeParam Arg The type of returned argument.
 * @typeParam Self The self type of the returned function.
 * @param idx The index of the arguments to use.
 * @returns A function that returns one of its arguments.
 */
export function returnsArg<
  Arg,
  Self = any,
>(idx: number): (this: Self, ...args: Arg[]) => Arg | undefined {
  return function (...args: Arg[]): Arg | undefined {
    return args[idx];
  };
}

/**
 * Creates a function that returns its arguments or a subset of them. If end
 * is specified, it will return arguments up to but not including the end.
 *
 * @example Usage
 * ```ts
 * import { returnsArgs } from "@std/testing/mock";
 * import { assertEquals } from "@std/assert";
 *
 * const func = returnsArgs();
 * assertEquals(func(1, 2, 3), [1, 2, 3]);
 * ```
 *
 * @typeParam Args The arguments type of the returned function
 * @typeParam Self The self type of the returned function
 * @param start The start index of the arguments to return. Default is 0.
 * @param end The end index of the arguments to return.
 * @returns A function that returns its arguments or a subset of them.
 */
export function returnsArgs<
  Args extends unknown[],
  Self = any,
>(start = 0, end?: number): (this: Self, ...args: Args) => Args {
  return function (this: Self, ...args: Args): Args {
    return args.slice(start, end) as Args;
  };
}

/**
 * Creates a function that returns the iterable values. Any iterable values
 * that are errors will be thrown.
 *
 * @example Usage
 * ```ts
 * import { returnsNext } from "@std/testing/mock";
 * import { assertEquals, assertThrows } from "@std/assert";
 *
 * const func = returnsNext([1, 2, new Error("foo"), 3]);
 * assertEquals(func(), 1);
 * assertEquals(func(), 2);
 * assertThrows(() => func(), Error, "foo");
 * assertEquals(func(), 3);
 * ```
 *
 * @typeParam Return The type of each item of the iterable
 * @typeParam Self The self type of the returned function
 * @typeParam Args The arguments type of the returned function
 * @param values The iterable values
 * @returns A function that returns the iterable values
 */
export function returnsNext<
  Return,
  Self = any,
  Args extends unknown[] = any[],
>(values: Iterable<Return | Error>): (this: Self, ...args: Args) => Return {
  const gen = (function* returnsValue() {
    yield* values;
  })();
  let calls = 0;
  return function (): Return {
    const next = gen.next();
    if (next.done) {
      throw new MockError(
        `Not expected to be called more than ${calls} time(s)`,
      );
    }
    calls++;
    const { value } = next;
    if (value instanceof Error) throw value;
    return value;
  };
}

/**
 * Creates a function that resolves the awaited iterable values. Any awaited
 * iterable values that are errors will be thrown.
 *
 * @example Usage
 * ```ts
 * import { resolvesNext } from "@std/testing/mock";
 * import { assertEquals, assertRejects } from "@std/assert";
 *
 * const func = resolvesNext([1, 2, new Error("foo"), 3]);
 * assertEquals(await func(), 1);
 * assertEquals(await func(), 2);
 * await assertRejects(() => func(), Error, "foo");
 * assertEquals(await func(), 3);
 * ```
 *
 * @typeParam Return The type of each item of the iterable
 * @typeParam Self The self type of the returned function
 * @typeParam Args The type of arguments of the returned function
 * @param iterable The iterable to use
 * @returns A function that resolves the awaited iterable values
 */
export function resolvesNext<
  Return,
  Self = any,
  Args extends unknown[] = any[],
>(
  iterable:
    | Iterable<Return | Error | Promise<Return | Error>>
    | AsyncIterable<Return | Error | Promise<Return | Error>>,
): (this: Self, ...args: Args) => Promise<Return> {
  const gen = (async function* returnsValue() {
    yield* iterable;
  })();
  let calls = 0;
  return async function (): Promise<Return> {
    const next = await gen.next();
    if (next.done) {
      throw new MockError(
        `Not expected to be called more than ${calls} time(s)`,
      );
    }
    calls++;
    const value = await next.value;
    if (value instanceof Error) throw value;
    return value;
  };
}

/**
 * Creates a session that tracks all mocks created before it's restored.
 * If a callback is provided, it restores all mocks created within it.
 *
 * @example Usage
 * ```ts
 * import { mockSession, restore, stub } from "@std/testing/mock";
 * import { assertEquals, assertNotEquals } from "@std/assert";
 *
 * const setTimeout = globalThis.setTimeout;
 * const id = mockSession();
 * stub(globalThis, "setTimeout");
 * assertNotEquals(globalThis.setTimeout, setTimeout);
 * restore(id);
 * assertEquals(globalThis.setTimeout, setTimeout);
 * ```
 *
 * @returns The id of the created session.
 */
export function mockSession(): number;
/**
 * Creates a session that tracks all mocks created before it's restored.
 * If a callback is provided, it restores all mocks created within it.
 *
 * @example Usage
 * ```ts
 * import { mockSession, stub } from "@std/testing/mock";
 * import { assertEquals, assertNotEquals } from "@std/assert";
 *
 * const setTimeout = globalThis.setTimeout;
 * const session = mockSession(() => {
 *   stub(globalThis, "setTimeout");
 *   assertNotEquals(globalThis.setTimeout, setTimeout);
 * });
 * session();
 * assertEquals(globalThis.setTimeout, setTimeout); // stub is restored
 * ```
 *
 * @typeParam Self The self type of the function.
 * @typeParam Args The arguments type of the function.
 * @typeParam Return The return type of the function.
 * @param func The function to be used for the created session.
 * @returns The function to execute the session.
 */
export function mockSession<Self, Args extends unknown[], Return>(
  func: (this: Self, ...args: Args) => Return,
): (this: Self, ...args: Args) => Return;
export function mockSession<Self, Args extends unknown[], Return>(
  func?: (this: Self, ...args: Args) => Return,
): number | ((this: Self, ...args: Args) => Return) {
  if (func) {
    return function (this: Self, ...args: Args): Return {
      const id = sessions.length;
      sessions.push(new Set());
      try {
        return func.apply(this, args);
      } finally {
        restore(id);
      }
    };
  }
  if (sessions.length === 0) sessions.push(new Set());
  sessions.push(new Set());
  return sessions.length - 1;
}

/**
 * Creates an async session that tracks all mocks created before the promise
 * resolves.
 *
 * @example Usage
 * ```ts
 * import { mockSessionAsync, restore, stub } from "@std/testing/mock";
 * import { assertEquals, assertNotEquals } from "@std/assert";
 *
 * const setTimeout = globalThis.setTimeout;
 * const session = mockSessionAsync(async () => {
 *   stub(globalThis, "setTimeout");
 *   assertNotEquals(globalThis.setTimeout, setTimeout);
 * });
 * await session();
 * assertEquals(globalThis.setTimeout, setTimeout); // stub is restored
 * ```
 *
 * @typeParam Self The self type of the function.
 * @typeParam Args The arguments type of the function.
 * @typeParam Return The return type of the function.
 * @param func The function.
 * @returns The return value of the function.
 */
export function mockSessionAsync<Self, Args extends unknown[], Return>(
  func: (this: Self, ...args: Args) => Promise<Return>,
): (this: Self, ...args: Args) => Promise<Return> {
  return async function (this: Self, ...args: Args): Promise<Return> {
    if (sessions.length === 0) sessions.push(new Set());
    const id = sessions.length;
    sessions.push(new Set());
    try {
      return await func.apply(this, args);
    } finally {
      restore(id);
    }
  };
}

/**
 * Restores all mocks registered in the current session that have not
 * already been restored. If an id is provided, it will restore all mocks
 * registered in the session associated with that id (and in the sessions
 * created after it) that have not already been restored.
 *
 * @example Usage
 * ```ts
 * import { mockSession, restore, stub } from "@std/testing/mock";
 * import { assertEquals, assertNotEquals } from "@std/assert";
 *
 * const setTimeout = globalThis.setTimeout;
 * stub(globalThis, "setTimeout");
 * assertNotEquals(globalThis.setTimeout, setTimeout);
 * restore();
 * assertEquals(globalThis.setTimeout, setTimeout);
 * ```
 *
 * @param id The id of the session to restore. If not provided, all mocks
 * registered in the current session are restored.
 */
export function restore(id?: number): void {
  if (sessions.length === 0) return;
  const from = id ?? sessions.length - 1;
  if (from < 0 || from >= sessions.length) return;
  for (let i = sessions.length - 1; i >= from; i--) {
    const session = sessions[i]!;
    for (const m of [...session].reverse()) {
      if (!m.restored) m.restore();
    }
    session.clear();
  }
  sessions.length = Math.max(from, 1);
}
