/**
 * Converts a string to CONSTANT_CASE.
 *
 * @module
 */
import { splitToWords } from "./_util.ts";

/**
 * Converts a string into CONSTANT_CASE: the string is split into words at spaces,
 * punctuation, case changes and digits, then joined again.
 *
 * @example Usage
 * ```ts
 * import { toConstantCase } from "@std/text/to-constant-case";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(toConstantCase("deno is awesome"), "DENO_IS_AWESOME");
 * assertEquals(toConstantCase("HTMLParser 2"), "HTML_PARSER_2");
 * ```
 *
 * @param input The string to convert.
 * @returns The string in CONSTANT_CASE.
 */
export function toConstantCase(input: string): string {
  return splitToWords(input).map((word) => word.toLocaleUpperCase()).join("_");
}
