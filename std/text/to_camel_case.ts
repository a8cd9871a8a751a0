/**
 * Converts a string to camelCase.
 *
 * @module
 */
import { capitalizeWord, splitToWords } from "./_util.ts";

/**
 * Converts a string into camelCase: the string is split into words at spaces,
 * punctuation, case changes and digits, then joined again.
 *
 * @example Usage
 * ```ts
 * import { toCamelCase } from "@std/text/to-camel-case";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(toCamelCase("deno is awesome"), "denoIsAwesome");
 * assertEquals(toCamelCase("HTMLParser 2"), "htmlParser2");
 * ```
 *
 * @param input The string to convert.
 * @returns The string in camelCase.
 */
export function toCamelCase(input: string): string {
  const words = splitToWords(input);
  return words
    .map((word, i) => i === 0 ? word.toLocaleLowerCase() : capitalizeWord(word))
    .join("");
}
