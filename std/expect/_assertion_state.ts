/**
 * Internal, process-wide bookkeeping for `expect.assertions()` and
 * `expect.hasAssertions()`; checked by `@std/testing/bdd` after each test.
 *
 * @module
 */

/** The state shared by every copy of the expect and bdd modules. */
export interface AssertionState {
  /** Number of matcher calls since the last reset. */
  count: number;
  /** Expected count set by `expect.assertions(n)`, if any. */
  expected: number | undefined;
  /** Whether `expect.hasAssertions()` was called. */
  requireAny: boolean;
}

const KEY = Symbol.for("@std/expect/assertionState");

/**
 * The shared assertion state.
 *
 * @returns The state object.
 */
export function getAssertionState(): AssertionState {
  // deno-lint-ignore no-explicit-any
  const g = globalThis as any;
  g[KEY] ??= { count: 0, expected: undefined, requireAny: false };
  return g[KEY];
}

/** Resets the state before a test. */
export function resetAssertionState(): void {
  const s = getAssertionState();
  s.count = 0;
  s.expected = undefined;
  s.requireAny = false;
}

/**
 * The error message if the assertion-count expectations of the finished test
 * were not met, else `undefined`. Resets the state.
 *
 * @returns The message or `undefined`.
 */
export function checkAssertionState(): string | undefined {
  const s = getAssertionState();
  let message: string | undefined;
  if (s.expected !== undefined && s.count !== s.expected) {
    message = `Expected exactly ${s.expected} ${
      s.expected === 1 ? "assertion" : "assertions"
    } to be called, but received ${s.count}`;
  } else if (s.requireAny && s.count === 0) {
    message = "Expected at least one assertion to be called but received none";
  }
  resetAssertionState();
  return message;
}
