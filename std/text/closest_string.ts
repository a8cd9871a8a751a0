/**
 * Finds the most similar of several strings.
 *
 * @module
 */
import { levenshteinDistance } from "./levenshtein_distance.ts";

/** Options for {@linkcode closestString}. */
export interface ClosestStringOptions {
  /** Whether case matters when comparing. Defaults to `false`. */
  caseSensitive?: boolean;
  /** The distance function. Defaults to Levenshtein distance. */
  compareFn?: (a: string, b: string) => number;
}

/**
 * Returns the word from `possibleWords` that is closest to `givenWord` (the
 * first of them on a tie).
 *
 * @example Usage
 * ```ts
 * import { closestString } from "@std/text/closest-string";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(closestString("hep", ["hi", "help", "hello"]), "help");
 * ```
 *
 * @param givenWord The word to match.
 * @param possibleWords The candidates; must not be empty.
 * @param options Case sensitivity and the distance function.
 * @returns The closest candidate.
 * @throws {TypeError} If `possibleWords` is empty.
 */
export function closestString(
  givenWord: string,
  possibleWords: ReadonlyArray<string>,
  options?: ClosestStringOptions,
): string {
  if (possibleWords.length === 0) {
    throw new TypeError(
      "When using closestString(), the possibleWords array must contain at least one word",
    );
  }
  const { caseSensitive = false, compareFn = levenshteinDistance } = options ??
    {};
  const target = caseSensitive ? givenWord : givenWord.toLowerCase();
  let best = possibleWords[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const word of possibleWords) {
    const distance = compareFn(
      target,
      caseSensitive ? word : word.toLowerCase(),
    );
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}
