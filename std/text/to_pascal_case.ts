/**
 * Converts a string to PascalCase.
 *
 * @module
 */
import { capitalizeWord, splitToWords } from "./_util.ts";

/**
 * Converts a string into PascalCase: the string is split into words at spaces,
 * punctuation, case changes and digits, then joined again.
 *
 * @example Usage
 * ```ts
 * import { toPascalCase } from "@std/text/to-pascal-case";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(toPascalCase("deno is awesome"), "DenoIsAwesome");
 * assertEquals(toPascalCase("HTMLParser 2"), "HtmlParser2");
 * ```
 *
 * @param input The string to convert.
 * @returns The string in PascalCase.
 */
export function toPascalCase(input: string): string {
  return splitToWords(input).map(capitalizeWord).join("");
}
