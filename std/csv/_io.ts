/**
 * Internal: the CSV record reader shared by {@linkcode parse} and
 * {@linkcode CsvParseStream}, and the conversion of records to objects.
 *
 * @module
 */

/** Options for reading records. */
export interface ReadOptions {
  /** The field separator. @default {","} */
  separator?: string;
  /** Lines starting with this are skipped. */
  comment?: string;
  /** Whether to ignore whitespace at the start of each field. */
  trimLeadingSpace?: boolean;
  /** Allow `"` in unquoted fields and lone `"` in quoted fields. */
  lazyQuotes?: boolean;
  /**
   * How many fields each record must have: a positive number is that many;
   * `0` is as many as the first record; negative or `undefined` is any.
   */
  fieldsPerRecord?: number;
}

const ERR_BARE_QUOTE = 'bare " in non-quoted field';
const ERR_QUOTE = 'extraneous or missing " in quoted-field';
const ERR_FIELD_COUNT = "wrong number of fields";

function parseError(
  startLine: number,
  line: number,
  column: number | null,
  message: string,
): SyntaxError {
  if (column === null) {
    return new SyntaxError(`record on line ${startLine}: ${message}`);
  }
  if (startLine !== line) {
    return new SyntaxError(
      `record on line ${startLine}; parse error on line ${line}, column ${column}: ${message}`,
    );
  }
  return new SyntaxError(
    `parse error on line ${line}, column ${column}: ${message}`,
  );
}

/** Checks the separator and comment options, throwing on invalid ones. */
export function checkReadOptions(options: ReadOptions): void {
  const separator = options.separator ?? ",";
  const invalid = (text: string) =>
    text.length === 0 || text.includes('"') || text.includes("\n") ||
    text.includes("\r");
  if (invalid(separator)) {
    throw new TypeError(
      `Cannot parse input: invalid delimiter ${JSON.stringify(separator)}`,
    );
  }
  if (options.comment !== undefined) {
    if (
      options.comment.length === 0 || options.comment.includes("\n") ||
      options.comment.includes("\r") || options.comment === separator
    ) {
      throw new TypeError(
        `Cannot parse input: invalid comment ${
          JSON.stringify(options.comment)
        }`,
      );
    }
  }
}

/** Reads CSV records, keeping state (line numbers, field count) across calls. */
export class RecordReader {
  #separator: string;
  #comment: string | undefined;
  #trim: boolean;
  #lazy: boolean;
  #fieldsPerRecord: number | undefined;
  /** The line number of the next text to read. */
  line = 1;

  constructor(options: ReadOptions = {}) {
    checkReadOptions(options);
    this.#separator = options.separator ?? ",";
    this.#comment = options.comment;
    this.#trim = options.trimLeadingSpace ?? false;
    this.#lazy = options.lazyQuotes ?? false;
    this.#fieldsPerRecord = options.fieldsPerRecord;
  }

  /**
   * Reads every record of `text`. With `final` false, a last record that is
   * not ended by a newline is left unread: the number of characters read is
   * returned too.
   */
  read(text: string, final = true): { records: string[][]; read: number } {
    const records: string[][] = [];
    const sep = this.#separator;
    const length = text.length;
    let pos = 0;
    let lineStart = 0;
    const isSpace = (char: string | undefined) =>
      char !== undefined && char !== "\n" && char !== "\r" &&
      char !== sep && /\s/.test(char);

    while (pos < length) {
      const recordPos = pos;
      const recordLine = this.line;
      const recordLineStart = lineStart;
      // A comment line, or an empty line, is skipped.
      if (this.#comment !== undefined && text.startsWith(this.#comment, pos)) {
        const end = text.indexOf("\n", pos);
        if (end === -1) {
          if (!final) return { records, read: recordPos };
          pos = length;
          break;
        }
        pos = end + 1;
        lineStart = pos;
        this.line++;
        continue;
      }
      if (
        text[pos] === "\n" || (text[pos] === "\r" && text[pos + 1] === "\n")
      ) {
        pos += text[pos] === "\n" ? 1 : 2;
        lineStart = pos;
        this.line++;
        continue;
      }
      if (!final && text[pos] === "\r" && pos + 1 === length) {
        return { records, read: recordPos };
      }

      const fields: string[] = [];
      let complete = false; // ended by a newline (not the end of text)
      fieldLoop: while (true) {
        if (this.#trim) { while (isSpace(text[pos])) pos++; }
        if (text[pos] === '"') {
          // A quoted field.
          const quoteLine = this.line;
          const quoteColumn = pos - lineStart + 1;
          pos++;
          let value = "";
          while (true) {
            const quote = text.indexOf('"', pos);
            if (quote === -1) {
              if (!final) {
                this.line = recordLine;
                lineStart = recordLineStart;
                return { records, read: recordPos };
              }
              if (!this.#lazy) {
                throw parseError(recordLine, quoteLine, quoteColumn, ERR_QUOTE);
              }
              value += this.#takeLines(text.slice(pos), (n, last) => {
                this.line += n;
                lineStart = pos + last;
              });
              pos = length;
              fields.push(value);
              break fieldLoop;
            }
            const chunk = text.slice(pos, quote);
            value += this.#takeLines(chunk, (n, last) => {
              this.line += n;
              lineStart = pos + last;
            });
            pos = quote + 1;
            const next = text[pos];
            if (next === '"') {
              if (!final && pos === length) {
                this.line = recordLine;
                lineStart = recordLineStart;
                return { records, read: recordPos };
              }
              value += '"';
              pos++;
            } else if (text.startsWith(sep, pos)) {
              pos += sep.length;
              fields.push(value);
              continue fieldLoop;
            } else if (
              next === "\n" || (next === "\r" && text[pos + 1] === "\n")
            ) {
              pos += next === "\n" ? 1 : 2;
              fields.push(value);
              complete = true;
              break fieldLoop;
            } else if (next === undefined) {
              if (!final) {
                this.line = recordLine;
                lineStart = recordLineStart;
                return { records, read: recordPos };
              }
              fields.push(value);
              break fieldLoop;
            } else if (this.#lazy) {
              value += '"';
            } else {
              throw parseError(
                recordLine,
                this.line,
                pos - lineStart + 1,
                ERR_QUOTE,
              );
            }
          }
        } else {
          // An unquoted field: up to the separator or the end of the line.
          let end = pos;
          while (
            end < length && !text.startsWith(sep, end) && text[end] !== "\n" &&
            !(text[end] === "\r" && text[end + 1] === "\n")
          ) {
            end++;
          }
          const value = text.slice(pos, end);
          if (!this.#lazy) {
            const quote = value.indexOf('"');
            if (quote !== -1) {
              throw parseError(
                recordLine,
                this.line,
                pos + quote - lineStart + 1,
                ERR_BARE_QUOTE,
              );
            }
          }
          fields.push(value);
          if (end >= length) {
            if (!final) {
              this.line = recordLine;
              lineStart = recordLineStart;
              return { records, read: recordPos };
            }
            pos = length;
            break;
          }
          if (text.startsWith(sep, end)) {
            pos = end + sep.length;
            continue;
          }
          pos = end + (text[end] === "\n" ? 1 : 2);
          complete = true;
          break;
        }
      }
      if (complete) {
        this.line++;
        lineStart = pos;
      }
      this.#checkFieldCount(fields, recordLine);
      records.push(fields);
    }
    return { records, read: length };
  }

  /** Normalizes CRLF to LF inside a quoted field, counting the newlines. */
  #takeLines(
    chunk: string,
    onLines: (count: number, lastLineStart: number) => void,
  ): string {
    let count = 0;
    let last = -1;
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === "\n") {
        count++;
        last = i + 1;
      }
    }
    if (count > 0) onLines(count, last);
    return chunk.replaceAll("\r\n", "\n");
  }

  #checkFieldCount(fields: string[], line: number): void {
    if (this.#fieldsPerRecord === undefined || this.#fieldsPerRecord < 0) {
      return;
    }
    if (this.#fieldsPerRecord === 0) {
      this.#fieldsPerRecord = fields.length;
      return;
    }
    if (fields.length !== this.#fieldsPerRecord) {
      throw parseError(line, line, null, ERR_FIELD_COUNT);
    }
  }
}

/** Turns records into objects keyed by the headers. */
export function convertRowToObject(
  row: readonly string[],
  headers: readonly string[],
  index: number,
): Record<string, string> {
  if (row.length !== headers.length) {
    throw new Error(
      `Syntax error on line ${
        index + 1
      }: The record has ${row.length} fields, but the header has ${headers.length} fields`,
    );
  }
  const out: Record<string, string> = {};
  for (let i = 0; i < row.length; i++) {
    Object.defineProperty(out, headers[i]!, {
      value: row[i]!,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}

/** A record keyed by the given column names. */
export type RecordWithColumn<C extends string> = string extends C
  ? Record<string, string>
  : Record<C, string>;
