/**
 * Formats a {@linkcode Range} as a string.
 *
 * @module
 */
import type { Comparator, Range } from "./types.ts";
import { format } from "./format.ts";
import { isWildcardComparator } from "./_shared.ts";

function formatComparator(comparator: Comparator): string {
  if (isWildcardComparator(comparator)) return "*";
  return `${comparator.operator ?? ""}${format(comparator)}`;
}

/**
 * Formats a range: comparators joined by spaces, sets joined by `||`.
 *
 * @example Usage
 * ```ts
 * import { formatRange, parseRange } from "@std/semver";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(formatRange(parseRange(">=1.2.3 <1.2.4")), ">=1.2.3 <1.2.4");
 * assertEquals(formatRange(parseRange("1.x || *")), ">=1.0.0 <2.0.0-0||*");
 * ```
 *
 * @param range The range to format.
 * @returns The range string.
 */
export function formatRange(range: Range): string {
  return range.map((set) => set.map(formatComparator).join(" ")).join("||");
}
