/**
 * Turns arrays or objects into CSV text.
 *
 * @module
 */

/** A property name or array index that selects a value from a row. */
export type PropertyAccessor = number | string;

/**
 * A column described in full: where its value is (`prop`, a path of
 * accessors for nested values) and its header.
 */
export type ColumnDetails = {
  /** The accessor, or path of accessors, of the column's value. */
  prop: PropertyAccessor | PropertyAccessor[];
  /** The column's header; defaults to the (last) accessor. */
  header?: string;
};

/**
 * A column: an accessor, a path of accessors, or {@linkcode ColumnDetails}.
 */
export type Column = ColumnDetails | PropertyAccessor | PropertyAccessor[];

/** A row to write: an object or an array. */
export type DataItem = Record<string, unknown> | unknown[];

/** Options for {@linkcode stringify}. */
export type StringifyOptions = {
  /**
   * Whether to write a header row (only when `columns` are given).
   *
   * @default {true}
   */
  headers?: boolean;
  /**
   * The field separator.
   *
   * @default {","}
   */
  separator?: string;
  /**
   * The columns to write and their order. Needed for rows that are
   * objects; for arrays, the whole array is written when omitted.
   */
  columns?: readonly Column[];
  /**
   * Whether to start the text with a byte order mark.
   *
   * @default {false}
   */
  bom?: boolean;
};

interface NormalizedColumn {
  header: string;
  prop: PropertyAccessor[];
}

const QUOTE = '"';

function normalizeColumn(column: Column): NormalizedColumn {
  if (Array.isArray(column)) {
    return { header: String(column[column.length - 1] ?? ""), prop: column };
  }
  if (typeof column === "object") {
    const prop = Array.isArray(column.prop) ? column.prop : [column.prop];
    return {
      header: typeof column.header === "string"
        ? column.header
        : String(prop[prop.length - 1] ?? ""),
      prop,
    };
  }
  return { header: String(column), prop: [column] };
}

function getValue(item: unknown, path: readonly PropertyAccessor[]): unknown {
  let value = item;
  for (const key of path) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<PropertyAccessor, unknown>)[key];
  }
  return value;
}

function escapeField(value: unknown, separator: string): string {
  if (value === undefined || value === null) return "";
  let text: string;
  if (typeof value === "string") text = value;
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "object") text = JSON.stringify(value);
  else text = String(value);
  if (
    text.includes(separator) || text.includes(QUOTE) || text.includes("\n") ||
    text.includes("\r")
  ) {
    return `${QUOTE}${text.replaceAll(QUOTE, QUOTE + QUOTE)}${QUOTE}`;
  }
  return text;
}

/** Checks a separator for {@linkcode stringify}. */
export function checkSeparator(separator: string): void {
  if (
    separator.length === 0 || separator.includes(QUOTE) ||
    separator.includes("\n") || separator.includes("\r")
  ) {
    throw new TypeError(
      `Cannot stringify data as the separator is invalid: ${
        JSON.stringify(separator)
      }`,
    );
  }
}

/** Writes rows as CSV lines (each ending in CRLF). */
export function writeRows(
  data: readonly DataItem[],
  columns: readonly Column[] | undefined,
  separator: string,
  headers: boolean,
): string {
  const normalized = columns?.map(normalizeColumn);
  let out = "";
  if (normalized && headers) {
    out += normalized.map((column) => escapeField(column.header, separator))
      .join(separator) + "\r\n";
  }
  for (const item of data) {
    let values: unknown[];
    if (normalized) {
      values = normalized.map((column) => getValue(item, column.prop));
    } else if (Array.isArray(item)) {
      values = item;
    } else {
      throw new TypeError(
        "Cannot stringify data as no columns are given for a row that is not an array",
      );
    }
    out += values.map((value) =>
      escapeField(value, separator)
    ).join(separator) +
      "\r\n";
  }
  return out;
}

/**
 * Writes rows as CSV text. Fields that hold the separator, a quote or a
 * newline are quoted (quotes doubled). Each line ends with `\r\n`.
 *
 * Rows that are arrays are written whole unless `columns` are given; rows
 * that are objects need `columns`. With `columns`, a header row is written
 * first unless `headers` is `false`. `null` and `undefined` are written as
 * empty fields, other objects as JSON, dates as ISO strings.
 *
 * @example Usage
 * ```ts
 * import { stringify } from "@std/csv/stringify";
 * import { assertEquals } from "@std/assert";
 *
 * const data = [{ name: "Smith, John", age: 42 }, { name: "Deno", age: 6 }];
 * assertEquals(
 *   stringify(data, { columns: ["name", "age"] }),
 *   'name,age\r\n"Smith, John",42\r\nDeno,6\r\n',
 * );
 * assertEquals(stringify([["a", "b"], ["c", "d"]]), "a,b\r\nc,d\r\n");
 * ```
 *
 * @param data The rows.
 * @param options The columns, separator, header and BOM options.
 * @returns The CSV text.
 * @throws {TypeError} If the separator is invalid, or object rows have no columns.
 */
export function stringify(
  data: readonly DataItem[],
  options?: StringifyOptions,
): string {
  const { headers = true, separator = ",", columns, bom = false } = options ??
    {};
  checkSeparator(separator);
  return (bom ? "\ufeff" : "") +
    writeRows(data, columns, separator, headers);
}
