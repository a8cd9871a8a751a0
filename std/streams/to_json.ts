/**
 * Reads a whole stream and parses it as JSON.
 *
 * @module
 */
import { toText } from "./to_text.ts";

/**
 * Converts a JSON-formatted `ReadableStream` of bytes or strings to an
 * object.
 *
 * @example
 * ```ts
 * import { toJson } from "@std/streams/to-json";
 * const stream = ReadableStream.from(['[1, true', ', [], {}, "hello', '", null]']);
 * await toJson(stream); // [1, true, [], {}, "hello", null]
 * ```
 *
 * @param stream The stream to read.
 * @returns The parsed value.
 */
export async function toJson(
  stream: ReadableStream<Uint8Array> | ReadableStream<string>,
): Promise<unknown> {
  return JSON.parse(await toText(stream));
}
