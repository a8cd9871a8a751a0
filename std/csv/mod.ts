/**
 * Reads and writes CSV: {@linkcode parse} and {@linkcode stringify} for
 * strings, {@linkcode CsvParseStream} and {@linkcode CsvStringifyStream}
 * for streams.
 *
 * ```ts
 * import { parse, stringify } from "@std/csv";
 * import { assertEquals } from "@std/assert";
 *
 * const rows = parse('a,"b ""quoted"""\n1,2\n');
 * assertEquals(rows, [["a", 'b "quoted"'], ["1", "2"]]);
 * assertEquals(stringify(rows), 'a,"b ""quoted"""\r\n1,2\r\n');
 * ```
 *
 * @module
 */
export * from "./parse.ts";
export * from "./parse_stream.ts";
export * from "./stringify.ts";
export * from "./stringify_stream.ts";
