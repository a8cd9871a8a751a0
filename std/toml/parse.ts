/**
 * Parses TOML text.
 *
 * @module
 */
import { TomlParser } from "./_parser.ts";

/**
 * Parses a TOML 1.0 document into an object.
 *
 * Tables become objects and arrays become arrays. Integers (decimal, hex,
 * octal, binary) and floats (including `inf` and `nan`) become numbers.
 * Offset date-times, local date-times and local dates become `Date`s (a
 * local date-time in the local time zone, a local date at midnight UTC);
 * local times stay strings such as `"07:32:00"`.
 *
 * @example Usage
 * ```ts
 * import { parse } from "@std/toml/parse";
 * import { assertEquals } from "@std/assert";
 *
 * const data = parse(`
 * title = "TOML Example"
 *
 * [owner]
 * name = "Tom Preston-Werner"
 * dob = 1979-05-27T07:32:00Z
 *
 * [[fruits]]
 * name = "apple"
 * `);
 * assertEquals(data, {
 *   title: "TOML Example",
 *   owner: { name: "Tom Preston-Werner", dob: new Date("1979-05-27T07:32:00Z") },
 *   fruits: [{ name: "apple" }],
 * });
 * ```
 *
 * @param tomlString The TOML text.
 * @returns The parsed document.
 * @throws {SyntaxError} If the text is not valid TOML; the message gives the
 * line and column.
 */
export function parse(tomlString: string): Record<string, unknown> {
  return new TomlParser(tomlString).parse();
}
