/**
 * Interleaves readable streams.
 *
 * @module
 */

/**
 * Merge multiple streams into a single one, taking order into account: one
 * chunk of each stream in turn. When a stream ends, the others go on until
 * all are done.
 *
 * @example
 * ```ts
 * import { zipReadableStreams } from "@std/streams/zip-readable-streams";
 * const stream1 = ReadableStream.from(["1", "2", "3"]);
 * const stream2 = ReadableStream.from(["a", "b", "c", "d"]);
 * await Array.fromAsync(zipReadableStreams(stream1, stream2));
 * // ["1", "a", "2", "b", "3", "c", "d"]
 * ```
 *
 * @typeParam T The type of the chunks.
 * @param streams The streams to zip.
 * @returns The zipped stream.
 */
export function zipReadableStreams<T>(
  ...streams: ReadableStream<T>[]
): ReadableStream<T> {
  const readers = new Set(streams.map((stream) => stream.getReader()));
  return new ReadableStream<T>({
    async start(controller) {
      try {
        while (readers.size > 0) {
          for (const reader of readers) {
            const { done, value } = await reader.read();
            if (done) readers.delete(reader);
            else controller.enqueue(value);
          }
        }
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel(reason) {
      await Promise.all([...readers].map((reader) => reader.cancel(reason)));
    },
  });
}
