/**
 * Reads a whole byte stream into an `ArrayBuffer`.
 *
 * @module
 */

/**
 * Converts a `ReadableStream` of `Uint8Array`s to an `ArrayBuffer`.
 *
 * @example
 * ```ts
 * import { toArrayBuffer } from "@std/streams/to-array-buffer";
 * const stream = ReadableStream.from([new Uint8Array([1, 2]), new Uint8Array([3])]);
 * new Uint8Array(await toArrayBuffer(stream)); // Uint8Array [1, 2, 3]
 * ```
 *
 * @param readableStream The stream to read.
 * @returns The whole content.
 */
export async function toArrayBuffer(
  readableStream: ReadableStream<Uint8Array>,
): Promise<ArrayBuffer> {
  const reader = readableStream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
  }
  const result = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return result.buffer;
}
