/**
 * Assert that an object matches a subset of properties.
 *
 * @module
 */
import { assertEquals } from "./equals.ts";

type Loose = Record<PropertyKey, unknown>;

function isFilterable(x: unknown): x is object {
  if (x === null || typeof x !== "object") return false;
  return !(x instanceof Date || x instanceof RegExp || x instanceof Map ||
    x instanceof Set || x instanceof Error || ArrayBuffer.isView(x) ||
    x instanceof ArrayBuffer || x instanceof WeakMap || x instanceof WeakSet);
}

function filter(a: unknown, b: unknown, seen: Map<unknown, unknown>): unknown {
  if (!isFilterable(a) || !isFilterable(b)) return a;
  if (Array.isArray(a) !== Array.isArray(b)) return a;
  const cached = seen.get(a);
  if (cached !== undefined) return cached;
  if (Array.isArray(a)) {
    const out: unknown[] = [];
    seen.set(a, out);
    const bArr = b as unknown[];
    for (let i = 0; i < a.length; i++) {
      out[i] = i < bArr.length ? filter(a[i], bArr[i], seen) : a[i];
    }
    return out;
  }
  const out: Loose = {};
  seen.set(a, out);
  const keys: PropertyKey[] = [
    ...Object.getOwnPropertyNames(b),
    ...Object.getOwnPropertySymbols(b),
  ];
  for (const key of keys) {
    if (!(key in a)) continue;
    out[key as string] = filter(
      (a as Loose)[key as string],
      (b as Loose)[key as string],
      seen,
    );
  }
  return out;
}

/**
 * Make an assertion that `expected` object is a subset of `actual` object,
 * deeply. If not, then throw a diff of the objects, with mismatching
 * properties highlighted.
 *
 * @example Usage
 * ```ts ignore
 * import { assertObjectMatch } from "@std/assert";
 *
 * assertObjectMatch({ foo: "bar" }, { foo: "bar" }); // Doesn't throw
 * assertObjectMatch({ foo: "bar" }, { foo: "baz" }); // Throws
 * assertObjectMatch({ foo: 1, bar: 2 }, { foo: 1 }); // Doesn't throw
 * assertObjectMatch({ foo: 1 }, { foo: 1, bar: 2 }); // Throws
 * ```
 *
 * @param actual The actual value to be matched.
 * @param expected The expected value to match.
 * @param msg The optional message to display if the assertion fails.
 */
export function assertObjectMatch(
  // deno-lint-ignore no-explicit-any
  actual: Record<PropertyKey, any>,
  expected: Record<PropertyKey, unknown>,
  msg?: string,
): void {
  assertEquals(
    filter(actual, expected, new Map()),
    filter(expected, expected, new Map()),
    msg,
  );
}
