/**
 * Turns a stream of rows into a stream of CSV text.
 *
 * @module
 */
import { checkSeparator, type Column, writeRows } from "./stringify.ts";

/** Options for {@linkcode CsvStringifyStream}. */
export interface CsvStringifyStreamOptions {
  /**
   * The field separator.
   *
   * @default {","}
   */
  readonly separator?: string;
  /**
   * The columns to write; a header row is written first. Needed for rows
   * that are objects.
   */
  readonly columns?: Array<Column>;
}

/**
 * A {@linkcode TransformStream} that turns rows (arrays, or objects when
 * `columns` are given) into CSV text, one line (ending in `\r\n`) per
 * chunk. With `columns`, a header line is emitted first.
 *
 * @example Usage
 * ```ts
 * import { CsvStringifyStream } from "@std/csv/stringify-stream";
 * import { assertEquals } from "@std/assert";
 *
 * const stream = ReadableStream.from([{ id: 1, name: "a" }, { id: 2, name: "b,c" }])
 *   .pipeThrough(new CsvStringifyStream({ columns: ["id", "name"] }));
 * assertEquals((await Array.fromAsync(stream)).join(""), 'id,name\r\n1,a\r\n2,"b,c"\r\n');
 * ```
 *
 * @typeParam TOptions The options' type.
 */
export class CsvStringifyStream<TOptions extends CsvStringifyStreamOptions>
  extends TransformStream<
    TOptions["columns"] extends Array<Column>
      ? Record<string, unknown> | unknown[]
      : unknown[],
    string
  > {
  /**
   * Makes a stringifying stream.
   *
   * @param options The separator and columns.
   */
  constructor(options?: TOptions) {
    const { separator = ",", columns = undefined } = options ?? {};
    checkSeparator(separator);
    super({
      start(controller) {
        if (columns && columns.length > 0) {
          controller.enqueue(writeRows([], columns, separator, true));
        }
      },
      transform(chunk, controller) {
        controller.enqueue(
          writeRows(
            [chunk as Record<string, unknown> | unknown[]],
            columns,
            separator,
            false,
          ),
        );
      },
    });
  }
}
