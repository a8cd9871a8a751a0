/**
 * Parses CSV text into arrays or objects.
 *
 * @module
 */
import {
  convertRowToObject,
  type ReadOptions,
  RecordReader,
  type RecordWithColumn,
} from "./_io.ts";

export type { ReadOptions, RecordWithColumn };

/** Options for {@linkcode parse}. */
export interface ParseOptions extends ReadOptions {
  /**
   * Whether the first row holds the column names. The rows are then
   * returned as objects (and the first row is not returned). When
   * `columns` is also given, the first row is just skipped.
   *
   * @default {false}
   */
  skipFirstRow?: boolean;
  /**
   * The column names. When given, the rows are returned as objects with
   * these keys.
   */
  columns?: readonly string[];
}

/**
 * The type of what {@linkcode parse} returns for the options `T`: objects
 * keyed by the columns when `columns` is given, objects when `skipFirstRow`
 * is `true`, and arrays of strings otherwise.
 */
export type ParseResult<ParseOptions, T> = T extends
  ParseOptions & { columns: readonly (infer C extends string)[] }
  ? RecordWithColumn<C>[]
  : T extends ParseOptions & { skipFirstRow: true } ? Record<string, string>[]
  : T extends ParseOptions & { skipFirstRow?: false | undefined } ? string[][]
  : Record<string, string>[] | string[][];

/**
 * Parses CSV text (RFC 4180, as Go's `encoding/csv` reads it) into an array
 * of rows, each an array of fields.
 *
 * Fields may be quoted with `"`; a quoted field may hold separators,
 * newlines and doubled quotes (`""`). Empty lines are skipped.
 *
 * @example Usage
 * ```ts
 * import { parse } from "@std/csv/parse";
 * import { assertEquals } from "@std/assert";
 *
 * const text = 'name,age\n"Smith, John",42\n';
 * assertEquals(parse(text), [["name", "age"], ["Smith, John", "42"]]);
 * ```
 *
 * @param input The CSV text.
 * @returns The rows.
 * @throws {SyntaxError} If the text is malformed.
 */
export function parse(input: string): string[][];
/**
 * Parses CSV text with options: another separator, comments, lazy quotes,
 * a fixed number of fields, or rows as objects (`skipFirstRow` or
 * `columns`).
 *
 * @example Usage
 * ```ts
 * import { parse } from "@std/csv/parse";
 * import { assertEquals } from "@std/assert";
 *
 * const text = "name;age\nAlice;30\n";
 * assertEquals(parse(text, { separator: ";", skipFirstRow: true }), [{ name: "Alice", age: "30" }]);
 * assertEquals(parse("a,b", { columns: ["x", "y"] }), [{ x: "a", y: "b" }]);
 * ```
 *
 * @typeParam T The options' type.
 * @param input The CSV text.
 * @param options The options.
 * @returns The rows, as arrays or objects.
 * @throws {SyntaxError} If the text is malformed.
 */
export function parse<const T extends ParseOptions>(
  input: string,
  options: T,
): ParseResult<ParseOptions, T>;
export function parse<const T extends ParseOptions>(
  input: string,
  options: T = { skipFirstRow: false } as T,
): ParseResult<ParseOptions, T> {
  const reader = new RecordReader(options);
  const { records } = reader.read(input, true);
  if (!options.skipFirstRow && options.columns === undefined) {
    return records as ParseResult<ParseOptions, T>;
  }
  let headers: readonly string[];
  let rows = records;
  if (options.skipFirstRow) {
    const first = records[0];
    rows = records.slice(1);
    headers = options.columns ?? first ?? [];
  } else {
    headers = options.columns!;
  }
  const offset = options.skipFirstRow ? 1 : 0;
  return rows.map((row, i) =>
    convertRowToObject(row, headers, i + offset)
  ) as ParseResult<ParseOptions, T>;
}
