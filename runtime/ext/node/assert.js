// node:assert (and node:assert/strict): the common assertions with AssertionError.

import { inspect, isDeepStrictEqual } from "ext:x_ext_node/util.js";

export class AssertionError extends Error {
  constructor(options) {
    super(options.message);
    this.name = "AssertionError";
    this.code = "ERR_ASSERTION";
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    this.generatedMessage = !options.userMessage;
  }
}

function fail(actual, expected, message, operator, defaultMessage) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message ?? defaultMessage, actual, expected, operator, userMessage: message !== undefined });
}

export function ok(value, message) {
  if (!value) fail(value, true, message, "==", `The expression evaluated to a falsy value:\n\n  assert.ok(${inspect(value)})\n`);
}
export function equal(a, b, message) {
  if (!(a == b || (a !== a && b !== b))) fail(a, b, message, "==", `${inspect(a)} == ${inspect(b)}`);
}
export function notEqual(a, b, message) {
  if (a == b) fail(a, b, message, "!=", `${inspect(a)} != ${inspect(b)}`);
}
export function strictEqual(a, b, message) {
  if (!Object.is(a, b)) fail(a, b, message, "strictEqual", `Expected values to be strictly equal:\n\n${inspect(a)} !== ${inspect(b)}\n`);
}
export function notStrictEqual(a, b, message) {
  if (Object.is(a, b)) fail(a, b, message, "notStrictEqual", `Expected "actual" to be strictly unequal to: ${inspect(b)}`);
}
export function deepStrictEqual(a, b, message) {
  if (!isDeepStrictEqual(a, b)) fail(a, b, message, "deepStrictEqual", `Expected values to be strictly deep-equal:\n${inspect(a)}\n\nshould equal\n\n${inspect(b)}`);
}
export function notDeepStrictEqual(a, b, message) {
  if (isDeepStrictEqual(a, b)) fail(a, b, message, "notDeepStrictEqual", "Expected \"actual\" not to be strictly deep-equal to \"expected\"");
}
export const deepEqual = deepStrictEqual;
export const notDeepEqual = notDeepStrictEqual;

function matches(err, expected) {
  if (expected === undefined) return true;
  if (typeof expected === "function") {
    if (expected.prototype !== undefined && err instanceof expected) return true;
    if (Error.isPrototypeOf(expected)) return false;
    return expected(err) === true;
  }
  if (expected instanceof RegExp) return expected.test(String(err?.message ?? err));
  return Object.keys(expected).every((k) => (expected[k] instanceof RegExp ? expected[k].test(err[k]) : isDeepStrictEqual(err[k], expected[k])));
}

export function throws(fn, expected, message) {
  if (typeof expected === "string") [message, expected] = [expected, undefined];
  try {
    fn();
  } catch (e) {
    if (!matches(e, expected)) throw e;
    return;
  }
  fail(undefined, expected, message, "throws", "Missing expected exception.");
}
export function doesNotThrow(fn, message) {
  try {
    fn();
  } catch (e) {
    fail(e, undefined, message, "doesNotThrow", `Got unwanted exception.\nActual message: "${e?.message}"`);
  }
}
export async function rejects(promiseOrFn, expected, message) {
  try {
    await (typeof promiseOrFn === "function" ? promiseOrFn() : promiseOrFn);
  } catch (e) {
    if (!matches(e, expected)) throw e;
    return;
  }
  fail(undefined, expected, message, "rejects", "Missing expected rejection.");
}
export async function doesNotReject(promiseOrFn, message) {
  try {
    await (typeof promiseOrFn === "function" ? promiseOrFn() : promiseOrFn);
  } catch (e) {
    fail(e, undefined, message, "doesNotReject", `Got unwanted rejection.\nActual message: "${e?.message}"`);
  }
}
export function match(string, regexp, message) {
  if (!regexp.test(string)) fail(string, regexp, message, "match", `The input did not match the regular expression ${regexp}. Input:\n\n${inspect(string)}\n`);
}
export function failFn(message = "Failed") {
  fail(undefined, undefined, message, "fail", message);
}
export { failFn as fail };
export function ifError(value) {
  if (value !== null && value !== undefined) throw value;
}

function assert(value, message) {
  ok(value, message);
}
Object.assign(assert, {
  ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  throws, doesNotThrow, rejects, doesNotReject, match, fail: failFn, ifError, AssertionError,
});
assert.strict = assert;
export const strict = assert;
export default assert;
