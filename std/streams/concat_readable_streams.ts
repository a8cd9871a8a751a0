/**
 * Concatenates readable streams.
 *
 * @module
 */

/**
 * Concatenates multiple `ReadableStream`s into a single ordered one: all
 * chunks of the first stream, then of the second, and so on.
 *
 * @example
 * ```ts
 * import { concatReadableStreams } from "@std/streams/concat-readable-streams";
 * const stream1 = ReadableStream.from([1, 2, 3]);
 * const stream2 = ReadableStream.from([4, 5, 6]);
 * await Array.fromAsync(concatReadableStreams(stream1, stream2)); // [1, 2, 3, 4, 5, 6]
 * ```
 *
 * @typeParam T The type of the chunks.
 * @param streams The streams to concatenate.
 * @returns The concatenated stream.
 */
export function concatReadableStreams<T>(
  ...streams: ReadableStream<T>[]
): ReadableStream<T> {
  let index = 0;
  let reader: ReadableStreamDefaultReader<T> | undefined;
  return new ReadableStream<T>({
    async pull(controller) {
      while (index < streams.length) {
        reader ??= streams[index]!.getReader();
        const { done, value } = await reader.read();
        if (!done) {
          controller.enqueue(value);
          return;
        }
        reader.releaseLock();
        reader = undefined;
        index++;
      }
      controller.close();
    },
    async cancel(reason) {
      const pending: Promise<void>[] = [];
      if (reader) {
        pending.push(reader.cancel(reason));
        index++;
      }
      for (; index < streams.length; index++) {
        pending.push(streams[index]!.cancel(reason));
      }
      await Promise.all(pending);
    },
  });
}
