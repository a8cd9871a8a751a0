/**
 * The Levenshtein distance between two strings.
 *
 * @module
 */

/**
 * Returns the Levenshtein distance between two strings: the least number of
 * single-character insertions, deletions and substitutions that turn one
 * into the other. Characters are compared by code point.
 *
 * @example Usage
 * ```ts
 * import { levenshteinDistance } from "@std/text/levenshtein-distance";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(levenshteinDistance("kitten", "sitting"), 3);
 * ```
 *
 * @param str1 The first string.
 * @param str2 The second string.
 * @returns The distance.
 */
export function levenshteinDistance(str1: string, str2: string): number {
  let a = [...str1];
  let b = [...str2];
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + cost,
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
