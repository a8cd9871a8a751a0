/**
 * Reads a whole stream into a string.
 *
 * @module
 */

/**
 * Converts a `ReadableStream` of bytes (decoded as UTF-8) or strings into a
 * single string.
 *
 * @example
 * ```ts
 * import { toText } from "@std/streams/to-text";
 * const stream = ReadableStream.from(["Hello, ", "world!"]);
 * await toText(stream); // "Hello, world!"
 * ```
 *
 * @param stream The stream to read.
 * @returns The whole content as a string.
 */
export async function toText(
  stream: ReadableStream<Uint8Array> | ReadableStream<string>,
): Promise<string> {
  const decoder = new TextDecoder();
  const reader = (stream as ReadableStream<Uint8Array | string>).getReader();
  let result = "";
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    result += typeof value === "string"
      ? value
      : decoder.decode(value, { stream: true });
  }
  result += decoder.decode();
  return result;
}
