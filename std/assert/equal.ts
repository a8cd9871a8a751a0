/**
 * Deep equality comparison used by {@linkcode assertEquals}.
 *
 * @module
 */

type KeyedCollection = Set<unknown> | Map<unknown, unknown>;

function isKeyedCollection(x: unknown): x is KeyedCollection {
  return x instanceof Set || x instanceof Map;
}

function prototypesEqual(a: object, b: object): boolean {
  const pa = Object.getPrototypeOf(a);
  const pb = Object.getPrototypeOf(b);
  return pa === pb ||
    (pa === Object.prototype && pb === null) ||
    (pa === null && pb === Object.prototype);
}

function isPrimitiveKey(k: unknown): boolean {
  return k === null || (typeof k !== "object" && typeof k !== "function");
}

function ownEnumerableKeys(obj: object): PropertyKey[] {
  const keys: PropertyKey[] = Object.keys(obj);
  for (const s of Object.getOwnPropertySymbols(obj)) {
    if (Object.prototype.propertyIsEnumerable.call(obj, s)) keys.push(s);
  }
  return keys;
}

const TypedArray = Object.getPrototypeOf(Uint8Array);

function isBoxed(x: object): boolean {
  return x instanceof Number || x instanceof String || x instanceof Boolean ||
    x instanceof BigInt || x instanceof Symbol;
}

/**
 * Deep equality comparison. Compares plain objects, arrays, `Map`s, `Set`s,
 * `Date`s, `RegExp`s, `URL`s, typed arrays and class instances (which must
 * share a prototype) structurally. `NaN` equals `NaN`; `0` and `-0` are
 * different.
 *
 * @example Usage
 * ```ts
 * import { equal } from "@std/assert/equal";
 *
 * equal({ foo: "bar" }, { foo: "bar" }); // true
 * equal({ foo: "bar" }, { foo: "baz" }); // false
 * ```
 *
 * @param c The actual value.
 * @param d The expected value.
 * @returns `true` if the values are deeply equal.
 */
export function equal(c: unknown, d: unknown): boolean {
  const seen = new Map<unknown, unknown>();
  return (function compare(a: unknown, b: unknown): boolean {
    if (typeof a === "number" && typeof b === "number") {
      return (Number.isNaN(a) && Number.isNaN(b)) || Object.is(a, b);
    }
    if (Object.is(a, b)) return true;
    if (!a || !b || typeof a !== "object" || typeof b !== "object") {
      return false;
    }
    if (
      (a instanceof RegExp && b instanceof RegExp) ||
      (typeof URL !== "undefined" && a instanceof URL && b instanceof URL)
    ) {
      return String(a) === String(b);
    }
    if (a instanceof Date && b instanceof Date) {
      const at = a.getTime();
      const bt = b.getTime();
      if (Number.isNaN(at) && Number.isNaN(bt)) return true;
      return at === bt;
    }
    if (!prototypesEqual(a, b)) return false;
    if (a instanceof TypedArray) {
      const ta = a as unknown as ArrayLike<unknown>;
      const tb = b as unknown as ArrayLike<unknown>;
      if (ta.length !== tb.length) return false;
      for (let i = 0; i < ta.length; i++) {
        if (!compare(ta[i], tb[i])) return false;
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
    if (a instanceof WeakMap || b instanceof WeakMap) {
      if (!(a instanceof WeakMap && b instanceof WeakMap)) return false;
      throw new TypeError("Cannot compare WeakMap instances");
    }
    if (a instanceof WeakSet || b instanceof WeakSet) {
      if (!(a instanceof WeakSet && b instanceof WeakSet)) return false;
      throw new TypeError("Cannot compare WeakSet instances");
    }
    if (typeof WeakRef !== "undefined" && a instanceof WeakRef) {
      return compare(a.deref(), (b as WeakRef<object>).deref());
    }
    if (isBoxed(a)) {
      if (!Object.is(a.valueOf(), b.valueOf())) return false;
    }
    if (a instanceof Error && b instanceof Error) {
      if (a.name !== b.name || a.message !== b.message) return false;
    }
    if (seen.get(a) === b) return true;
    const aKeys = ownEnumerableKeys(a);
    const bKeys = ownEnumerableKeys(b);
    if (aKeys.length !== bKeys.length) return false;
    seen.set(a, b);
    if (isKeyedCollection(a) && isKeyedCollection(b)) {
      if (a.size !== b.size) return false;
      const keys = [...a.keys()];
      if (keys.every(isPrimitiveKey)) {
        if (a instanceof Set) {
          for (const k of keys) if (!b.has(k)) return false;
        } else {
          const bm = b as Map<unknown, unknown>;
          for (const k of keys) {
            if (!bm.has(k) || !compare(a.get(k), bm.get(k))) return false;
          }
        }
      } else {
        let unmatched = a.size;
        const used = new Set<unknown>();
        for (const [aKey, aValue] of a.entries()) {
          for (const [bKey, bValue] of b.entries()) {
            if (used.has(bKey)) continue;
            if (!compare(aKey, bKey)) continue;
            if (
              (aKey === aValue && bKey === bValue) || compare(aValue, bValue)
            ) {
              unmatched--;
              used.add(bKey);
              break;
            }
          }
        }
        if (unmatched !== 0) return false;
      }
    }
    const ar = a as Record<PropertyKey, unknown>;
    const br = b as Record<PropertyKey, unknown>;
    for (const key of aKeys) {
      if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
      if (!compare(ar[key], br[key])) return false;
    }
    return true;
  })(c, d);
}
