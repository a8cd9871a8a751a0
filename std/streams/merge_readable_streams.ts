/**
 * Merges several readable streams into one.
 *
 * @module
 */

/**
 * Merge multiple streams into a single one, not taking order into account:
 * chunks are enqueued as soon as any stream produces them. The result closes
 * when every stream is done, and errors as soon as one errors.
 *
 * @example
 * ```ts
 * import { mergeReadableStreams } from "@std/streams/merge-readable-streams";
 * const stream1 = ReadableStream.from(["1", "2", "3"]);
 * const stream2 = ReadableStream.from(["a", "b", "c"]);
 * const merged = await Array.fromAsync(mergeReadableStreams(stream1, stream2));
 * merged.sort(); // ["1", "2", "3", "a", "b", "c"]
 * ```
 *
 * @typeParam T The type of the chunks.
 * @param streams The streams to merge.
 * @returns The merged stream.
 */
export function mergeReadableStreams<T>(
  ...streams: ReadableStream<T>[]
): ReadableStream<T> {
  const readers = streams.map((stream) => stream.getReader());
  let finished = false;
  return new ReadableStream<T>({
    start(controller) {
      Promise.all(readers.map(async (reader) => {
        while (!finished) {
          const { done, value } = await reader.read();
          if (done || finished) break;
          controller.enqueue(value);
        }
      })).then(() => {
        if (!finished) {
          finished = true;
          controller.close();
        }
      }, (error) => {
        if (!finished) {
          finished = true;
          controller.error(error);
          for (const reader of readers) reader.cancel(error).catch(() => {});
        }
      });
    },
    async cancel(reason) {
      finished = true;
      await Promise.all(readers.map((reader) => reader.cancel(reason)));
    },
  });
}
