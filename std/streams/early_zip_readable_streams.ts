/**
 * Interleaves readable streams until the first one ends.
 *
 * @module
 */

/**
 * Merge multiple streams into a single one, taking order into account: one
 * chunk of each stream in turn. As soon as one stream ends, the result
 * closes and the other streams are cancelled.
 *
 * @example
 * ```ts
 * import { earlyZipReadableStreams } from "@std/streams/early-zip-readable-streams";
 * const stream1 = ReadableStream.from(["1", "2", "3"]);
 * const stream2 = ReadableStream.from(["a", "b", "c", "d"]);
 * await Array.fromAsync(earlyZipReadableStreams(stream1, stream2));
 * // ["1", "a", "2", "b", "3", "c"]
 * ```
 *
 * @typeParam T The type of the chunks.
 * @param streams The streams to zip.
 * @returns The zipped stream.
 */
export function earlyZipReadableStreams<T>(
  ...streams: ReadableStream<T>[]
): ReadableStream<T> {
  const readers = streams.map((stream) => stream.getReader());
  return new ReadableStream<T>({
    async start(controller) {
      try {
        loop: while (true) {
          for (const reader of readers) {
            const { done, value } = await reader.read();
            if (done) {
              await Promise.all(
                readers.map((r) => r === reader ? undefined : r.cancel()),
              );
              break loop;
            }
            controller.enqueue(value);
          }
        }
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel(reason) {
      await Promise.all(readers.map((reader) => reader.cancel(reason)));
    },
  });
}
