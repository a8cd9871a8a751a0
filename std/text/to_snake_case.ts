/**
 * Converts a string to snake_case.
 *
 * @module
 */
import { splitToWords } from "./_util.ts";

/**
 * Converts a string into snake_case: the string is split into words at spaces,
 * punctuation, case changes and digits, then joined again.
 *
 * @example Usage
 * ```ts
 * import { toSnakeCase } from "@std/text/to-snake-case";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(toSnakeCase("deno is awesome"), "deno_is_awesome");
 * assertEquals(toSnakeCase("HTMLParser 2"), "html_parser_2");
 * ```
 *
 * @param input The string to convert.
 * @returns The string in snake_case.
 */
export function toSnakeCase(input: string): string {
  return splitToWords(input).map((word) => word.toLocaleLowerCase()).join("_");
}
