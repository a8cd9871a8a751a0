/**
 * Parses a version range string, returning `undefined` instead of throwing.
 *
 * @module
 */
import type { Range } from "./types.ts";
import { parseRange } from "./parse_range.ts";

/**
 * Parses a range string like {@linkcode parseRange}, but returns `undefined`
 * when it is not a valid range.
 *
 * @example Usage
 * ```ts
 * import { tryParseRange } from "@std/semver/try-parse-range";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(tryParseRange("not a range"), undefined);
 * ```
 *
 * @param value The range string to parse.
 * @returns The parsed range, or `undefined`.
 */
export function tryParseRange(value: string): Range | undefined {
  try {
    return parseRange(value);
  } catch {
    return undefined;
  }
}
