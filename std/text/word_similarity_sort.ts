/**
 * Sorts words by similarity to a given word.
 *
 * @module
 */
import { compareSimilarity } from "./compare_similarity.ts";

/** Options for {@linkcode wordSimilaritySort}. */
export interface WordSimilaritySortOptions {
  /** Whether case matters when comparing. Defaults to `false`. */
  caseSensitive?: boolean;
  /** The distance function. Defaults to Levenshtein distance. */
  compareFn?: (a: string, b: string) => number;
}

/**
 * Returns a new array of the words, most similar to `givenWord` first. Words
 * equally similar keep their order.
 *
 * @example Usage
 * ```ts
 * import { wordSimilaritySort } from "@std/text/word-similarity-sort";
 * import { assertEquals } from "@std/assert";
 *
 * const words = ["hi", "hello", "help"];
 * assertEquals(wordSimilaritySort("hep", words), ["help", "hi", "hello"]);
 * ```
 *
 * @param givenWord The word to compare against.
 * @param possibleWords The words to sort.
 * @param options Case sensitivity and the distance function.
 * @returns The sorted words.
 */
export function wordSimilaritySort(
  givenWord: string,
  possibleWords: string[],
  options?: WordSimilaritySortOptions,
): string[] {
  return possibleWords.toSorted(compareSimilarity(givenWord, options));
}
