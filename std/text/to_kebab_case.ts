/**
 * Converts a string to kebab-case.
 *
 * @module
 */
import { splitToWords } from "./_util.ts";

/**
 * Converts a string into kebab-case: the string is split into words at spaces,
 * punctuation, case changes and digits, then joined again.
 *
 * @example Usage
 * ```ts
 * import { toKebabCase } from "@std/text/to-kebab-case";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(toKebabCase("deno is awesome"), "deno-is-awesome");
 * assertEquals(toKebabCase("HTMLParser 2"), "html-parser-2");
 * ```
 *
 * @param input The string to convert.
 * @returns The string in kebab-case.
 */
export function toKebabCase(input: string): string {
  return splitToWords(input).map((word) => word.toLocaleLowerCase()).join("-");
}
