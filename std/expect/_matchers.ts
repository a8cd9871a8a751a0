/**
 * The built-in matchers of `expect`.
 *
 * @module
 */
import { AssertionError } from "../assert/assertion_error.ts";
import { assertStrictEquals } from "../assert/strict_equals.ts";
import { assertNotStrictEquals } from "../assert/not_strict_equals.ts";
import { format } from "../assert/_format.ts";
import { diffMessage } from "../assert/_diff.ts";
import { stripAnsiCode } from "../assert/_styles.ts";
import { equal } from "./_equal.ts";
import { AsymmetricMatcher } from "./_asymmetric.ts";
import { getMockCalls } from "./fn.ts";
import type { MatcherContext } from "./_types.ts";

/** A built-in matcher: throws on failure. */
// deno-lint-ignore no-explicit-any
export type BuiltinMatcher = (context: MatcherContext, ...args: any[]) => void;

/** Contexts whose value is the rejection reason of a `.rejects` promise. */
export const rejectedContexts: WeakSet<MatcherContext> = new WeakSet();

/** Short, single-line rendering of a value. */
export function inspect(v: unknown): string {
  // deno-lint-ignore no-explicit-any
  const fn = (globalThis as any).Deno?.inspect;
  if (typeof fn === "function") return fn(v, { depth: Infinity });
  return format(v);
}

function fail(ctx: MatcherContext, message: string): never {
  throw new AssertionError(
    ctx.customMessage ? `${ctx.customMessage}: ${message}` : message,
  );
}

function check(
  ctx: MatcherContext,
  pass: boolean,
  message: () => string,
  notMessage: () => string,
): void {
  if (ctx.isNot) {
    if (pass) fail(ctx, notMessage());
  } else if (!pass) {
    fail(ctx, message());
  }
}

function eq(ctx: MatcherContext, a: unknown, b: unknown, strict = false) {
  return equal(a, b, { customTesters: ctx.customTesters, strictCheck: strict });
}

function equalityMatcher(strict: boolean): BuiltinMatcher {
  return (ctx, expected) => {
    const v = ctx.value;
    const pass = eq(ctx, v, expected, strict);
    if (ctx.isNot) {
      if (pass) {
        fail(
          ctx,
          `Expected actual: ${inspect(v)} not to ${
            strict ? "strictly " : ""
          }equal: ${inspect(expected)}`,
        );
      }
      return;
    }
    if (pass) return;
    const diff = diffMessage(v, expected, format(v), format(expected));
    const head = ctx.customMessage
      ? `${ctx.customMessage}: Values are not ${
        strict ? "strictly " : ""
      }equal.`
      : `Values are not ${strict ? "strictly " : ""}equal.`;
    throw new AssertionError(`${head}\n${diff}`);
  };
}

function compareMatcher(
  op: string,
  test: (a: number | bigint, b: number | bigint) => boolean,
): BuiltinMatcher {
  return (ctx, expected: number | bigint) => {
    const v = ctx.value as number | bigint;
    check(
      ctx,
      test(v, expected),
      () => `Expected ${inspect(v)} to be ${op} ${inspect(expected)}`,
      () => `Expected ${inspect(v)} not to be ${op} ${inspect(expected)}`,
    );
  };
}

function isIterable(v: unknown): v is Iterable<unknown> {
  return v != null &&
    typeof (v as Iterable<unknown>)[Symbol.iterator] === "function";
}

function parsePath(path: string | string[]): PropertyKey[] {
  if (Array.isArray(path)) return path;
  const keys: string[] = [];
  for (const part of path.split(".")) {
    const re = /([^[\]]+)|\[(?:"([^"]*)"|'([^']*)'|([^\]]*))\]/g;
    let m: RegExpExecArray | null;
    let any = false;
    while ((m = re.exec(part)) !== null) {
      keys.push(m[1] ?? m[2] ?? m[3] ?? m[4]!);
      any = true;
    }
    if (!any) keys.push(part);
  }
  return keys;
}

function isSubsetTarget(x: unknown): x is object {
  return typeof x === "object" && x !== null &&
    !(x instanceof AsymmetricMatcher) && !(x instanceof Date) &&
    !(x instanceof RegExp) && !(x instanceof Map) && !(x instanceof Set) &&
    !(x instanceof Error) && !ArrayBuffer.isView(x);
}

function subsetEqual(
  ctx: MatcherContext,
  actual: unknown,
  expected: unknown,
  seen: Set<unknown> = new Set(),
): boolean {
  if (!isSubsetTarget(expected)) return eq(ctx, actual, expected);
  if (typeof actual !== "object" || actual === null) return false;
  if (seen.has(expected)) return true;
  seen.add(expected);
  try {
    if (Array.isArray(expected)) {
      if (!Array.isArray(actual) || actual.length !== expected.length) {
        return false;
      }
      return expected.every((e, i) => subsetEqual(ctx, actual[i], e, seen));
    }
    const keys: PropertyKey[] = [
      ...Object.keys(expected),
      ...Object.getOwnPropertySymbols(expected),
    ];
    const a = actual as Record<PropertyKey, unknown>;
    const e = expected as Record<PropertyKey, unknown>;
    return keys.every((k) =>
      k in a && subsetEqual(ctx, a[k as string], e[k as string], seen)
    );
  } finally {
    seen.delete(expected);
  }
}

/** The actual value cut down to the shape of `expected`, for diffs. */
function pick(actual: unknown, expected: unknown): unknown {
  if (!isSubsetTarget(expected) || !isSubsetTarget(actual)) return actual;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return actual;
    return actual.map((v, i) => i < expected.length ? pick(v, expected[i]) : v);
  }
  const out: Record<PropertyKey, unknown> = {};
  const a = actual as Record<PropertyKey, unknown>;
  const e = expected as Record<PropertyKey, unknown>;
  for (
    const k of [...Object.keys(e), ...Object.getOwnPropertySymbols(e)]
  ) {
    if (k in a) out[k as string] = pick(a[k as string], e[k as string]);
  }
  return out;
}

function errorName(e: unknown): string {
  // deno-lint-ignore no-explicit-any
  return (e as any)?.constructor?.name ?? typeof e;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function toThrow(ctx: MatcherContext, expected?: unknown): void {
  let thrown = false;
  let err: unknown;
  if (rejectedContexts.has(ctx)) {
    thrown = true;
    err = ctx.value;
  } else if (typeof ctx.value === "function") {
    try {
      (ctx.value as () => unknown)();
    } catch (e) {
      thrown = true;
      err = e;
    }
  } else {
    fail(ctx, "The value passed to expect() must be a function to use toThrow");
  }

  if (!thrown) {
    if (!ctx.isNot) {
      fail(
        ctx,
        expected === undefined
          ? "Expected the function to throw, but it did not"
          : `Expected the function to throw an error matching ${
            describeExpected(expected)
          }, but it did not throw`,
      );
    }
    return;
  }
  if (expected === undefined) {
    if (ctx.isNot) {
      fail(
        ctx,
        `Expected the function not to throw, but it threw ${inspect(err)}`,
      );
    }
    return;
  }
  let pass: boolean;
  let why: string;
  const msg = stripAnsiCode(messageOf(err));
  if (typeof expected === "function") {
    pass = err instanceof expected;
    why = `Expected error to be instance of "${expected.name}", but was "${
      errorName(err)
    }"`;
  } else if (typeof expected === "string") {
    pass = msg.includes(stripAnsiCode(expected));
    why = `Expected error message to include ${
      JSON.stringify(expected)
    }, but got ${JSON.stringify(msg)}`;
  } else if (expected instanceof RegExp) {
    pass = expected.test(msg);
    why = `Expected error message to match ${expected}, but got ${
      JSON.stringify(msg)
    }`;
  } else if (expected instanceof Error) {
    pass = msg === stripAnsiCode(expected.message);
    why = `Expected error message to be ${
      JSON.stringify(expected.message)
    }, but got ${JSON.stringify(msg)}`;
  } else if (expected instanceof AsymmetricMatcher) {
    pass = expected.equals(err);
    why = `Expected the thrown error to match ${inspect(expected)}, but got ${
      inspect(err)
    }`;
  } else {
    pass = eq(ctx, err, expected);
    why = `Expected the thrown error to equal ${inspect(expected)}, but got ${
      inspect(err)
    }`;
  }
  check(
    ctx,
    pass,
    () => why,
    () =>
      `Expected the function not to throw an error matching ${
        describeExpected(expected)
      }, but it threw ${inspect(err)}`,
  );
}

function describeExpected(expected: unknown): string {
  if (typeof expected === "function") return expected.name;
  if (expected instanceof Error) return JSON.stringify(expected.message);
  if (typeof expected === "string") return JSON.stringify(expected);
  return inspect(expected);
}

function fmtArgs(args: unknown[]): string {
  return args.map(inspect).join(", ");
}

function calledWith(ctx: MatcherContext, ...expected: unknown[]): void {
  const calls = getMockCalls(ctx.value);
  const pass = calls.some((c) => eq(ctx, c.args, expected));
  check(
    ctx,
    pass,
    () =>
      `Expected mock function to be called with ${
        fmtArgs(expected)
      }, but it was not.\n${
        calls.length === 0
          ? "It was not called."
          : `Received calls:\n${
            calls.map((c, i) => `  ${i + 1}: ${fmtArgs(c.args)}`).join("\n")
          }`
      }`,
    () =>
      `Expected mock function not to be called with ${
        fmtArgs(expected)
      }, but it was`,
  );
}

function nthCalledWith(
  ctx: MatcherContext,
  nth: number,
  ...expected: unknown[]
): void {
  if (!(nth >= 1)) {
    throw new Error(`nth must be greater than 0: received ${nth}`);
  }
  const calls = getMockCalls(ctx.value);
  const call = calls[nth - 1];
  const pass = call !== undefined && eq(ctx, call.args, expected);
  check(
    ctx,
    pass,
    () =>
      call === undefined
        ? `Expected the n-th call (n=${nth}) of mock function to be called with ${
          fmtArgs(expected)
        }, but it was called ${calls.length} time(s)`
        : `Expected the n-th call (n=${nth}) of mock function to be called with ${
          fmtArgs(expected)
        }, but it was called with ${fmtArgs(call.args)}`,
    () =>
      `Expected the n-th call (n=${nth}) of mock function not to be called with ${
        fmtArgs(expected)
      }`,
  );
}

function lastCalledWith(ctx: MatcherContext, ...expected: unknown[]): void {
  const calls = getMockCalls(ctx.value);
  const call = calls[calls.length - 1];
  const pass = call !== undefined && eq(ctx, call.args, expected);
  check(
    ctx,
    pass,
    () =>
      call === undefined
        ? `Expected mock function to be last called with ${
          fmtArgs(expected)
        }, but it was not called`
        : `Expected mock function to be last called with ${
          fmtArgs(expected)
        }, but it was last called with ${fmtArgs(call.args)}`,
    () =>
      `Expected mock function not to be last called with ${fmtArgs(expected)}`,
  );
}

function called(ctx: MatcherContext): void {
  const calls = getMockCalls(ctx.value);
  check(
    ctx,
    calls.length > 0,
    () => "Expected mock function to be called, but it was not called",
    () =>
      `Expected mock function not to be called, but it was called ${calls.length} time(s)`,
  );
}

function calledTimes(ctx: MatcherContext, expected: number): void {
  const calls = getMockCalls(ctx.value);
  check(
    ctx,
    calls.length === expected,
    () =>
      `Expected mock function to be called ${expected} time(s), but it was called ${calls.length} time(s)`,
    () =>
      `Expected mock function not to be called ${expected} time(s), but it was`,
  );
}

function returned(ctx: MatcherContext): void {
  const calls = getMockCalls(ctx.value);
  check(
    ctx,
    calls.some((c) => c.returns),
    () => "Expected the mock function to have returned, but it did not return",
    () => "Expected the mock function not to have returned, but it returned",
  );
}

function returnedTimes(ctx: MatcherContext, expected: number): void {
  const n = getMockCalls(ctx.value).filter((c) => c.returns).length;
  check(
    ctx,
    n === expected,
    () =>
      `Expected the mock function to return ${expected} time(s), but it returned ${n} time(s)`,
    () =>
      `Expected the mock function not to return ${expected} time(s), but it did`,
  );
}

function returnedWith(ctx: MatcherContext, expected: unknown): void {
  const calls = getMockCalls(ctx.value).filter((c) => c.returns);
  check(
    ctx,
    calls.some((c) => eq(ctx, c.returned, expected)),
    () =>
      `Expected the mock function to return ${
        inspect(expected)
      }, but it did not.\n${
        calls.length === 0
          ? "It did not return."
          : `Returned values:\n${
            calls.map((c, i) => `  ${i + 1}: ${inspect(c.returned)}`).join("\n")
          }`
      }`,
    () =>
      `Expected the mock function not to return ${
        inspect(expected)
      }, but it did`,
  );
}

function nthReturnedWith(
  ctx: MatcherContext,
  nth: number,
  expected: unknown,
): void {
  if (!(nth >= 1)) {
    throw new Error(`nth must be greater than 0: received ${nth}`);
  }
  const calls = getMockCalls(ctx.value);
  const call = calls[nth - 1];
  const pass = call !== undefined && call.returns &&
    eq(ctx, call.returned, expected);
  check(
    ctx,
    pass,
    () =>
      call === undefined
        ? `Expected the n-th call (n=${nth}) of the mock function to return ${
          inspect(expected)
        }, but it was called ${calls.length} time(s)`
        : call.throws
        ? `Expected the n-th call (n=${nth}) of the mock function to return ${
          inspect(expected)
        }, but it threw ${inspect(call.thrown)}`
        : `Expected the n-th call (n=${nth}) of the mock function to return ${
          inspect(expected)
        }, but it returned ${inspect(call.returned)}`,
    () =>
      `Expected the n-th call (n=${nth}) of the mock function not to return ${
        inspect(expected)
      }`,
  );
}

function lastReturnedWith(ctx: MatcherContext, expected: unknown): void {
  const calls = getMockCalls(ctx.value);
  if (calls.length === 0) {
    if (!ctx.isNot) {
      fail(
        ctx,
        `Expected the last call of the mock function to return ${
          inspect(expected)
        }, but it was not called`,
      );
    }
    return;
  }
  nthReturnedWithLabel(ctx, calls.length, expected);
}

function nthReturnedWithLabel(
  ctx: MatcherContext,
  nth: number,
  expected: unknown,
): void {
  const call = getMockCalls(ctx.value)[nth - 1]!;
  const pass = call.returns && eq(ctx, call.returned, expected);
  check(
    ctx,
    pass,
    () =>
      `Expected the last call of the mock function to return ${
        inspect(expected)
      }, but it ${
        call.throws
          ? `threw ${inspect(call.thrown)}`
          : `returned ${inspect(call.returned)}`
      }`,
    () =>
      `Expected the last call of the mock function not to return ${
        inspect(expected)
      }`,
  );
}

/** The built-in matchers, keyed by name. */
export const matchers: Record<string, BuiltinMatcher> = {
  toBe(ctx, expected) {
    if (ctx.isNot) {
      assertNotStrictEquals(ctx.value, expected, ctx.customMessage);
    } else {
      assertStrictEquals(ctx.value, expected, ctx.customMessage);
    }
  },
  toEqual: equalityMatcher(false),
  toStrictEqual: equalityMatcher(true),
  toBeCloseTo(ctx, expected: number, numDigits = 2) {
    if (numDigits < 0) {
      throw new Error(
        `toBeCloseTo second argument must be a non-negative integer. Got ${numDigits}`,
      );
    }
    const v = Number(ctx.value);
    const tolerance = 0.5 * Math.pow(10, -numDigits);
    const pass = (v === Infinity && expected === Infinity) ||
      (v === -Infinity && expected === -Infinity) ||
      Math.abs(expected - v) < tolerance;
    check(
      ctx,
      pass,
      () =>
        `Expected the value (${v}) to be close to ${expected} (using ${numDigits} digits), but it is not`,
      () =>
        `Expected the value (${v}) not to be close to ${expected} (using ${numDigits} digits), but it is`,
    );
  },
  toBeDefined(ctx) {
    check(
      ctx,
      ctx.value !== undefined,
      () => "Expected value to be defined, but it is undefined",
      () => `Expected value to be undefined, but it is ${inspect(ctx.value)}`,
    );
  },
  toBeUndefined(ctx) {
    check(
      ctx,
      ctx.value === undefined,
      () => `Expected ${inspect(ctx.value)} to be undefined`,
      () => "Expected value not to be undefined, but it is undefined",
    );
  },
  toBeNull(ctx) {
    check(
      ctx,
      ctx.value === null,
      () => `Expected ${inspect(ctx.value)} to be null`,
      () => "Expected value not to be null, but it is null",
    );
  },
  toBeNaN(ctx) {
    check(
      ctx,
      Number.isNaN(ctx.value),
      () => `Expected ${inspect(ctx.value)} to be NaN`,
      () => "Expected value not to be NaN, but it is NaN",
    );
  },
  toBeTruthy(ctx) {
    check(
      ctx,
      !!ctx.value,
      () => `Expected ${inspect(ctx.value)} to be truthy`,
      () => `Expected ${inspect(ctx.value)} not to be truthy`,
    );
  },
  toBeFalsy(ctx) {
    check(
      ctx,
      !ctx.value,
      () => `Expected ${inspect(ctx.value)} to be falsy`,
      () => `Expected ${inspect(ctx.value)} not to be falsy`,
    );
  },
  toBeGreaterThan: compareMatcher(">", (a, b) => a > b),
  toBeGreaterThanOrEqual: compareMatcher(">=", (a, b) => a >= b),
  toBeLessThan: compareMatcher("<", (a, b) => a < b),
  toBeLessThanOrEqual: compareMatcher("<=", (a, b) => a <= b),
  toBeInstanceOf(ctx, expected) {
    check(
      ctx,
      ctx.value instanceof expected,
      () =>
        `Expected value to be an instance of ${expected.name}, but it is ${
          ctx.value === null || ctx.value === undefined
            ? String(ctx.value)
            : typeof ctx.value === "object"
            ? errorName(ctx.value)
            : typeof ctx.value
        }`,
      () => `Expected value not to be an instance of ${expected.name}`,
    );
  },
  toContain(ctx, expected) {
    const v = ctx.value;
    let pass: boolean;
    if (typeof v === "string") pass = v.includes(String(expected));
    else if (isIterable(v)) pass = [...v].some((x) => x === expected);
    else {
      fail(
        ctx,
        `The value ${inspect(v)} is not iterable and cannot contain anything`,
      );
    }
    check(
      ctx,
      pass,
      () =>
        `The value ${inspect(v)} does not contain the expected item ${
          inspect(expected)
        }`,
      () =>
        `The value ${inspect(v)} contains the expected item ${
          inspect(expected)
        }`,
    );
  },
  toContainEqual(ctx, expected) {
    const v = ctx.value;
    if (!isIterable(v)) {
      fail(ctx, `The value ${inspect(v)} is not iterable`);
    }
    const pass = [...v].some((x) => eq(ctx, x, expected));
    check(
      ctx,
      pass,
      () =>
        `The value ${inspect(v)} does not contain an item equal to ${
          inspect(expected)
        }`,
      () =>
        `The value ${inspect(v)} contains an item equal to ${
          inspect(expected)
        }`,
    );
  },
  toHaveLength(ctx, expected: number) {
    const len = (ctx.value as { length?: unknown } | null)?.length;
    check(
      ctx,
      len === expected,
      () =>
        `Expected value to have length ${expected}, but it has length ${
          inspect(len)
        }`,
      () => `Expected value not to have length ${expected}, but it does`,
    );
  },
  toHaveProperty(ctx, ...args: unknown[]) {
    const [propName, value] = args as [string | string[], unknown];
    const hasValue = args.length > 1;
    const path = parsePath(propName);
    let current: unknown = ctx.value;
    let found = true;
    for (const key of path) {
      if (current === null || current === undefined) {
        found = false;
        break;
      }
      const obj = Object(current);
      if (!(key in obj)) {
        found = false;
        break;
      }
      current = obj[key];
    }
    const pass = found && (!hasValue || eq(ctx, current, value));
    const pathStr = Array.isArray(propName) ? propName.join(".") : propName;
    check(
      ctx,
      pass,
      () =>
        !found
          ? `Expected the value to have property "${pathStr}", but it does not`
          : `Expected property "${pathStr}" to be ${
            inspect(value)
          }, but it is ${inspect(current)}`,
      () =>
        hasValue
          ? `Expected property "${pathStr}" not to be ${inspect(value)}`
          : `Expected the value not to have property "${pathStr}", but it does`,
    );
  },
  toMatch(ctx, expected: RegExp | string) {
    const v = ctx.value;
    if (typeof v !== "string") {
      fail(ctx, `Expected a string to match, but received ${inspect(v)}`);
    }
    const pass = typeof expected === "string"
      ? v.includes(expected)
      : expected.test(v);
    check(
      ctx,
      pass,
      () => `Expected ${inspect(v)} to match ${String(expected)}`,
      () => `Expected ${inspect(v)} not to match ${String(expected)}`,
    );
  },
  toMatchObject(ctx, expected) {
    const v = ctx.value;
    if (typeof v !== "object" || v === null) {
      fail(ctx, `Expected an object to match, but received ${inspect(v)}`);
    }
    const pass = subsetEqual(ctx, v, expected);
    if (ctx.isNot) {
      if (pass) {
        fail(
          ctx,
          `Expected ${inspect(v)} not to match the object ${inspect(expected)}`,
        );
      }
      return;
    }
    if (pass) return;
    const picked = pick(v, expected);
    const diff = diffMessage(
      picked,
      expected,
      format(picked),
      format(expected),
    );
    fail(ctx, `Values do not match.\n${diff}`);
  },
  toThrow,
  toHaveBeenCalled: called,
  toHaveBeenCalledTimes: calledTimes,
  toHaveBeenCalledWith: calledWith,
  toHaveBeenLastCalledWith: lastCalledWith,
  toHaveBeenNthCalledWith: nthCalledWith,
  toHaveReturned: returned,
  toHaveReturnedTimes: returnedTimes,
  toHaveReturnedWith: returnedWith,
  toHaveLastReturnedWith: lastReturnedWith,
  toHaveNthReturnedWith: nthReturnedWith,
  toBeCalled: called,
  toBeCalledTimes: calledTimes,
  toBeCalledWith: calledWith,
  lastCalledWith,
  nthCalledWith,
  toReturn: returned,
  toReturnTimes: returnedTimes,
  toReturnWith: returnedWith,
  lastReturnedWith,
  nthReturnedWith,
};
