/**
 * Turns an object into the text of a `.env` file.
 *
 * @module
 */

/**
 * Turns an object into the text of a `.env` file, one `KEY=value` line per
 * entry, quoting values so that {@linkcode parse} gives them back: values
 * with a newline, a quote, `$` or a backslash are double-quoted with escapes,
 * other values with characters other than letters, digits and `_` are
 * single-quoted. Keys starting with `#` are skipped.
 *
 * @example Usage
 * ```ts
 * import { stringify } from "@std/dotenv/stringify";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(stringify({ GREETING: "hello world", PORT: "8000" }), "GREETING='hello world'\nPORT=8000");
 * ```
 *
 * @param object The keys and values.
 * @returns The file's text.
 */
export function stringify(object: Record<string, string>): string {
  const lines: string[] = [];
  for (const [key, raw] of Object.entries(object)) {
    if (key.startsWith("#")) continue;
    const value = raw ?? "";
    if (/[\n\r'"\\$`]/.test(value)) {
      const escaped = value
        .replaceAll("\\", "\\\\")
        .replaceAll('"', '\\"')
        .replaceAll("$", "\\$")
        .replaceAll("\n", "\\n")
        .replaceAll("\r", "\\r");
      lines.push(`${key}="${escaped}"`);
    } else if (/\W/.test(value)) {
      lines.push(`${key}='${value}'`);
    } else {
      lines.push(`${key}=${value}`);
    }
  }
  return lines.join("\n");
}
