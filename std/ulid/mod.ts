/**
 * ULIDs: Universally Unique Lexicographically Sortable Identifiers. 128 bits
 * (a 48-bit millisecond timestamp and 80 random bits) written as 26
 * characters of Crockford's base32, so they sort by creation time.
 *
 * ```ts
 * import { ulid, monotonicUlid, decodeTime } from "@std/ulid";
 * import { assert, assertEquals } from "@std/assert";
 *
 * const id = ulid(1469918176385);
 * assertEquals(decodeTime(id), 1469918176385);
 * assert(monotonicUlid(1) < monotonicUlid(1));
 * ```
 *
 * @module
 */
export * from "./decode_time.ts";
export * from "./monotonic_ulid.ts";
export * from "./ulid.ts";
