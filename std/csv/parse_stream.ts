/**
 * Parses a stream of CSV text into a stream of rows.
 *
 * @module
 */
import {
  convertRowToObject,
  type ReadOptions,
  RecordReader,
  type RecordWithColumn,
} from "./_io.ts";

export type { RecordWithColumn };

/** Options for {@linkcode CsvParseStream}. */
export interface CsvParseStreamOptions extends ReadOptions {
  /**
   * Whether the first row holds the column names; rows are then emitted as
   * objects. With `columns` too, the first row is just skipped.
   *
   * @default {false}
   */
  skipFirstRow?: boolean;
  /** The column names; rows are then emitted as objects with these keys. */
  columns?: readonly string[];
}

/**
 * The type of the rows {@linkcode CsvParseStream} emits for the options
 * `T`.
 */
export type RowType<T> = T extends undefined ? string[]
  : T extends
    CsvParseStreamOptions & { columns: readonly (infer C extends string)[] }
    ? RecordWithColumn<C>
  : T extends CsvParseStreamOptions & { skipFirstRow: true }
    ? Record<string, string>
  : T extends CsvParseStreamOptions & { skipFirstRow?: false | undefined }
    ? string[]
  : Record<string, string> | string[];

/** Finds where the text stops being complete lines outside quotes. */
function completeLength(text: string, from: number, inQuote: boolean): {
  end: number;
  inQuote: boolean;
  scanned: number;
} {
  let end = -1;
  let quoted = inQuote;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === "\n" && !quoted) {
      end = i + 1;
    }
  }
  return { end, inQuote: quoted, scanned: text.length };
}

/**
 * A {@linkcode TransformStream} that parses CSV text, in chunks of any size,
 * into rows: arrays of fields, or objects when `skipFirstRow` or `columns`
 * is given.
 *
 * @example Usage
 * ```ts
 * import { CsvParseStream } from "@std/csv/parse-stream";
 * import { assertEquals } from "@std/assert";
 *
 * const source = ReadableStream.from(["name,age\nAli", "ce,30\nBob,25\n"]);
 * const rows = await Array.fromAsync(
 *   source.pipeThrough(new CsvParseStream({ skipFirstRow: true })),
 * );
 * assertEquals(rows, [{ name: "Alice", age: "30" }, { name: "Bob", age: "25" }]);
 * ```
 *
 * @typeParam T The options' type.
 */
export class CsvParseStream<
  const T extends CsvParseStreamOptions | undefined = undefined,
> implements TransformStream<string, RowType<T>> {
  #readable: ReadableStream<RowType<T>>;
  #writable: WritableStream<string>;

  /**
   * Makes a parsing stream.
   *
   * @param options The separator, comment, quoting and column options.
   */
  constructor(options?: T) {
    const opts: CsvParseStreamOptions = options ?? {};
    const reader = new RecordReader(opts);
    let buffer = "";
    let scanned = 0;
    let inQuote = false;
    let headers: readonly string[] | undefined = opts.skipFirstRow
      ? undefined
      : opts.columns;
    let skipFirst = opts.skipFirstRow ?? false;
    let index = 0;
    const asObjects = opts.skipFirstRow || opts.columns !== undefined;

    const emit = (
      rows: string[][],
      controller: TransformStreamDefaultController<RowType<T>>,
    ) => {
      for (const row of rows) {
        index++;
        if (!asObjects) {
          controller.enqueue(row as RowType<T>);
          continue;
        }
        if (skipFirst) {
          skipFirst = false;
          headers = opts.columns ?? row;
          continue;
        }
        controller.enqueue(
          convertRowToObject(row, headers!, index - 1) as RowType<T>,
        );
      }
    };

    const transform = new TransformStream<string, RowType<T>>({
      transform(chunk, controller) {
        buffer += chunk;
        const found = completeLength(buffer, scanned, inQuote);
        if (found.end === -1) {
          scanned = found.scanned;
          inQuote = found.inQuote;
          return;
        }
        const text = buffer.slice(0, found.end);
        const { records, read } = reader.read(text, false);
        buffer = buffer.slice(read);
        // Rescan what is left from its start.
        scanned = 0;
        inQuote = false;
        const again = completeLength(buffer, 0, false);
        scanned = again.scanned;
        inQuote = again.inQuote;
        emit(records, controller);
      },
      flush(controller) {
        if (buffer.length === 0) return;
        const { records } = reader.read(buffer, true);
        buffer = "";
        emit(records, controller);
      },
    });
    this.#readable = transform.readable;
    this.#writable = transform.writable;
  }

  /**
   * The readable side: the parsed rows.
   *
   * @returns The readable stream.
   */
  get readable(): ReadableStream<RowType<T>> {
    return this.#readable;
  }

  /**
   * The writable side: CSV text.
   *
   * @returns The writable stream.
   */
  get writable(): WritableStream<string> {
    return this.#writable;
  }
}
