/**
 * Makes a sort function that orders words by similarity to a given word.
 *
 * @module
 */
import { levenshteinDistance } from "./levenshtein_distance.ts";

/** Options for {@linkcode compareSimilarity}. */
export interface CompareSimilarityOptions {
  /** Whether case matters when comparing. Defaults to `false`. */
  caseSensitive?: boolean;
  /**
   * The distance function. Defaults to {@linkcode levenshteinDistance}.
   */
  compareFn?: (a: string, b: string) => number;
}

/**
 * Returns a comparison function, for `Array.prototype.sort`, that puts the
 * words most similar to `givenWord` first.
 *
 * @example Usage
 * ```ts
 * import { compareSimilarity } from "@std/text/compare-similarity";
 * import { assertEquals } from "@std/assert";
 *
 * const words = ["hi", "hello", "help"];
 * const sorted = words.sort(compareSimilarity("hep"));
 * assertEquals(sorted, ["help", "hi", "hello"]);
 * ```
 *
 * @param givenWord The word to compare against.
 * @param options Case sensitivity and the distance function.
 * @returns A function comparing two words.
 */
export function compareSimilarity(
  givenWord: string,
  options?: CompareSimilarityOptions,
): (a: string, b: string) => number {
  const { compareFn = levenshteinDistance, caseSensitive = false } = options ??
    {};
  const target = caseSensitive ? givenWord : givenWord.toLowerCase();
  return (a: string, b: string): number => {
    const first = caseSensitive ? a : a.toLowerCase();
    const second = caseSensitive ? b : b.toLowerCase();
    return compareFn(target, first) - compareFn(target, second);
  };
}
