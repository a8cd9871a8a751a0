/**
 * Turns an object into TOML text.
 *
 * @module
 */

/** Options for {@linkcode stringify}. */
export interface StringifyOptions {
  /**
   * Whether to line up the `=` of the key/value pairs of each table.
   *
   * @default {false}
   */
  keyAlignment?: boolean;
}

type Table = Record<string, unknown>;

function isPlainObject(value: unknown): value is Table {
  return typeof value === "object" && value !== null &&
    !Array.isArray(value) && !(value instanceof Date);
}

function isTableArray(value: unknown): value is Table[] {
  return Array.isArray(value) && value.length > 0 &&
    value.every(isPlainObject);
}

function formatKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : formatString(key);
}

function formatString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    switch (char) {
      case '"':
        out += '\\"';
        break;
      case "\\":
        out += "\\\\";
        break;
      case "\b":
        out += "\\b";
        break;
      case "\t":
        out += "\\t";
        break;
      case "\n":
        out += "\\n";
        break;
      case "\f":
        out += "\\f";
        break;
      case "\r":
        out += "\\r";
        break;
      default:
        if (code < 0x20 || code === 0x7f) {
          out += `\\u${code.toString(16).padStart(4, "0")}`;
        } else if (code >= 0xd800 && code <= 0xdfff) {
          out += "\ufffd"; // a lone surrogate cannot be written in TOML
        } else {
          out += char;
        }
    }
  }
  return out + '"';
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (value === Number.POSITIVE_INFINITY) return "inf";
  if (value === Number.NEGATIVE_INFINITY) return "-inf";
  if (Object.is(value, -0)) return "-0.0";
  return String(value);
}

function formatValue(value: unknown): string {
  if (typeof value === "string") return formatString(value);
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new TypeError("Cannot stringify an invalid date");
    }
    return value.toISOString();
  }
  if (Array.isArray(value)) {
    return `[${
      value.filter((item) => item !== undefined && item !== null).map(
        formatValue,
      ).join(", ")
    }]`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) =>
      v !== undefined && v !== null
    );
    if (entries.length === 0) return "{}";
    return `{ ${
      entries.map(([k, v]) => `${formatKey(k)} = ${formatValue(v)}`).join(
        ", ",
      )
    } }`;
  }
  throw new TypeError(`Cannot stringify a value of type ${typeof value}`);
}

function dumpTable(
  table: Table,
  path: string[],
  options: StringifyOptions,
  out: string[],
  header: string | undefined,
): void {
  const simple: [string, unknown][] = [];
  const tables: [string, Table][] = [];
  const tableArrays: [string, Table[]][] = [];
  for (const [key, value] of Object.entries(table)) {
    if (value === undefined || value === null) continue;
    if (typeof value === "function") continue;
    if (isPlainObject(value)) tables.push([key, value]);
    else if (isTableArray(value)) tableArrays.push([key, value]);
    else simple.push([key, value]);
  }
  if (
    header !== undefined &&
    (simple.length > 0 || (tables.length === 0 && tableArrays.length === 0) ||
      header.startsWith("[["))
  ) {
    if (out.length > 0) out.push("");
    out.push(header);
  }
  const keys = simple.map(([key]) => formatKey(key));
  const width = options.keyAlignment
    ? Math.max(0, ...keys.map((key) => key.length))
    : 0;
  simple.forEach(([, value], i) => {
    out.push(`${keys[i]!.padEnd(width)} = ${formatValue(value)}`);
  });
  for (const [key, value] of tables) {
    const sub = [...path, formatKey(key)];
    dumpTable(value, sub, options, out, `[${sub.join(".")}]`);
  }
  for (const [key, values] of tableArrays) {
    const sub = [...path, formatKey(key)];
    for (const value of values) {
      dumpTable(value, sub, options, out, `[[${sub.join(".")}]]`);
    }
  }
}

/**
 * Turns an object into TOML text. Nested objects become `[tables]`, arrays
 * of objects become `[[arrays of tables]]`, other values are written
 * inline; `null` and `undefined` values are left out. `Date`s are written as
 * offset date-times in UTC.
 *
 * @example Usage
 * ```ts
 * import { stringify } from "@std/toml/stringify";
 * import { assertEquals } from "@std/assert";
 *
 * const obj = {
 *   title: "TOML Example",
 *   owner: { name: "Bob", age: 42 },
 *   points: [{ x: 1 }, { x: 2 }],
 * };
 * assertEquals(stringify(obj), `title = "TOML Example"
 *
 * [owner]
 * name = "Bob"
 * age = 42
 *
 * [[points]]
 * x = 1
 *
 * [[points]]
 * x = 2
 * `);
 * ```
 *
 * @param obj The object to write.
 * @param options Formatting options.
 * @returns The TOML text.
 * @throws {TypeError} If a value cannot be written in TOML.
 */
export function stringify(
  obj: Record<string, unknown>,
  options?: StringifyOptions,
): string {
  const out: string[] = [];
  dumpTable(obj, [], options ?? {}, out, undefined);
  return out.length > 0 ? out.join("\n") + "\n" : "";
}
