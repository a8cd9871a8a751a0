/**
 * Reads a whole byte stream into a `Blob`.
 *
 * @module
 */

/**
 * Converts a `ReadableStream` of `Uint8Array`s to a `Blob`.
 *
 * @example
 * ```ts
 * import { toBlob } from "@std/streams/to-blob";
 * const stream = ReadableStream.from([new Uint8Array([1, 2])]);
 * (await toBlob(stream)).size; // 2
 * ```
 *
 * @param stream The stream to read.
 * @returns The whole content as a `Blob`.
 */
export async function toBlob(
  stream: ReadableStream<Uint8Array>,
): Promise<Blob> {
  return await new Response(stream).blob();
}
