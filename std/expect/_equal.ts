/**
 * Deep equality used by `expect`: like `@std/assert`'s `equal`, but aware of
 * asymmetric matchers and custom testers, and (unless `strictCheck`) ignoring
 * `undefined` properties and object types, as Jest's `toEqual` does.
 *
 * @module
 */
import { AsymmetricMatcher } from "./_asymmetric.ts";
import type { EqualOptions, Tester, TesterContext } from "./_types.ts";

const TypedArray = Object.getPrototypeOf(Uint8Array);

function tag(x: object): string {
  return Object.prototype.toString.call(x);
}

function prototypesEqual(a: object, b: object): boolean {
  const pa = Object.getPrototypeOf(a);
  const pb = Object.getPrototypeOf(b);
  return pa === pb ||
    (pa === Object.prototype && pb === null) ||
    (pa === null && pb === Object.prototype);
}

function isBoxed(x: object): boolean {
  return x instanceof Number || x instanceof String || x instanceof Boolean;
}

function keysOf(obj: object, strict: boolean): PropertyKey[] {
  const keys: PropertyKey[] = Object.keys(obj);
  for (const s of Object.getOwnPropertySymbols(obj)) {
    if (Object.prototype.propertyIsEnumerable.call(obj, s)) keys.push(s);
  }
  if (strict) return keys;
  const rec = obj as Record<PropertyKey, unknown>;
  return keys.filter((k) => rec[k as string] !== undefined);
}

/**
 * Deep equality with asymmetric matcher support.
 *
 * @param c The actual value.
 * @param d The expected value.
 * @param options Custom testers and strictness.
 * @returns Whether the values are equal.
 */
export function equal(
  c: unknown,
  d: unknown,
  options: EqualOptions = {},
): boolean {
  const { customTesters = [], strictCheck = false } = options;
  const seen = new Map<unknown, unknown>();
  const ctx: TesterContext = {
    equals(a, b, testers, strict) {
      return equal(a, b, {
        customTesters: testers ?? customTesters,
        strictCheck: strict ?? strictCheck,
      });
    },
  };

  function compare(a: unknown, b: unknown): boolean {
    for (const tester of customTesters as Tester[]) {
      const r = tester.call(ctx, a, b, customTesters);
      if (r !== undefined) return r;
    }
    if (b instanceof AsymmetricMatcher) return b.equals(a);
    if (a instanceof AsymmetricMatcher) return a.equals(b);
    if (typeof a === "number" && typeof b === "number") {
      return (Number.isNaN(a) && Number.isNaN(b)) || Object.is(a, b);
    }
    if (Object.is(a, b)) return true;
    if (!a || !b || typeof a !== "object" || typeof b !== "object") {
      return false;
    }
    if (strictCheck ? !prototypesEqual(a, b) : tag(a) !== tag(b)) return false;
    if (a instanceof RegExp && b instanceof RegExp) {
      return String(a) === String(b);
    }
    if (typeof URL !== "undefined" && a instanceof URL && b instanceof URL) {
      return a.href === b.href;
    }
    if (a instanceof Date && b instanceof Date) {
      const at = a.getTime();
      const bt = b.getTime();
      return (Number.isNaN(at) && Number.isNaN(bt)) || at === bt;
    }
    if (isBoxed(a) && !Object.is(a.valueOf(), b.valueOf())) return false;
    if (a instanceof Error && b instanceof Error) {
      if (a.name !== b.name || a.message !== b.message) return false;
      if (
        (a.cause !== undefined || b.cause !== undefined) &&
        !compare(a.cause, b.cause)
      ) {
        return false;
      }
    }
    if (a instanceof TypedArray) {
      const ta = a as unknown as ArrayLike<unknown>;
      const tb = b as unknown as ArrayLike<unknown>;
      if (ta.length !== tb.length) return false;
      for (let i = 0; i < ta.length; i++) {
        if (!Object.is(ta[i], tb[i])) return false;
      }
      return true;
    }
    if (a instanceof ArrayBuffer && b instanceof ArrayBuffer) {
      return compare(new Uint8Array(a), new Uint8Array(b));
    }
    if (a instanceof DataView && b instanceof DataView) {
      return compare(
        new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
        new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
      );
    }
    if (a instanceof WeakMap || a instanceof WeakSet) {
      throw new TypeError(`Cannot compare ${a.constructor.name} instances`);
    }
    if (seen.get(a) === b) return true;
    seen.set(a, b);
    try {
      if (a instanceof Set && b instanceof Set) {
        if (a.size !== b.size) return false;
        for (const x of a) {
          if (b.has(x)) continue;
          let found = false;
          for (const y of b) {
            if (compare(x, y)) {
              found = true;
              break;
            }
          }
          if (!found) return false;
        }
      } else if (a instanceof Map && b instanceof Map) {
        if (a.size !== b.size) return false;
        for (const [k, v] of a) {
          if (b.has(k)) {
            if (!compare(v, b.get(k))) return false;
            continue;
          }
          let found = false;
          for (const [k2, v2] of b) {
            if (compare(k, k2) && compare(v, v2)) {
              found = true;
              break;
            }
          }
          if (!found) return false;
        }
      }
      if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) {
          if (strictCheck && (i in a) !== (i in b)) return false;
          if (!compare(a[i], b[i])) return false;
        }
        // Also compare extra (non-index) properties below.
      }
      const aKeys = keysOf(a, strictCheck).filter((k) =>
        !(Array.isArray(a) && isIndex(k))
      );
      const bKeys = keysOf(b, strictCheck).filter((k) =>
        !(Array.isArray(b) && isIndex(k))
      );
      if (aKeys.length !== bKeys.length) return false;
      const ar = a as Record<PropertyKey, unknown>;
      const br = b as Record<PropertyKey, unknown>;
      for (const k of aKeys) {
        if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
        if (!compare(ar[k as string], br[k as string])) return false;
      }
      return true;
    } finally {
      seen.delete(a);
    }
  }
  return compare(c, d);
}

function isIndex(k: PropertyKey): boolean {
  return typeof k === "string" && /^(0|[1-9]\d*)$/.test(k);
}
