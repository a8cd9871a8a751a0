/**
 * Builds a transform stream from a generator function.
 *
 * @module
 */

/**
 * Converts a transformer function, which receives the readable side and
 * returns an (async) iterable of outputs, into a `TransformStream`.
 *
 * @example
 * ```ts
 * import { toTransformStream } from "@std/streams/to-transform-stream";
 * const stream = ReadableStream.from([0, 1, 2])
 *   .pipeThrough(toTransformStream(async function* (src) {
 *     for await (const chunk of src) yield chunk * 100;
 *   }));
 * await Array.fromAsync(stream); // [0, 100, 200]
 * ```
 *
 * @typeParam I The type of the chunks in the source stream.
 * @typeParam O The type of the chunks in the transformed stream.
 * @param transformer A function to transform the chunks.
 * @param writableStrategy An object that optionally defines a queuing
 * strategy for the writable side.
 * @param readableStrategy An object that optionally defines a queuing
 * strategy for the readable side.
 * @returns A `TransformStream` that transforms the chunks.
 */
export function toTransformStream<I, O>(
  transformer: (src: ReadableStream<I>) => Iterable<O> | AsyncIterable<O>,
  writableStrategy?: QueuingStrategy<I>,
  readableStrategy?: QueuingStrategy<O>,
): TransformStream<I, O> {
  const { writable, readable } = new TransformStream<I, I>(
    undefined,
    writableStrategy,
  );
  const iterable = transformer(readable);
  const iterator: Iterator<O> | AsyncIterator<O> =
    (iterable as AsyncIterable<O>)[Symbol.asyncIterator]?.() ??
      (iterable as Iterable<O>)[Symbol.iterator]!();
  return {
    writable,
    readable: new ReadableStream<O>({
      async pull(controller) {
        let result: IteratorResult<O>;
        try {
          result = await iterator.next();
        } catch (error) {
          await readable.cancel(error).catch(() => {});
          controller.error(error);
          return;
        }
        if (result.done) {
          controller.close();
          return;
        }
        controller.enqueue(result.value);
      },
      async cancel(reason) {
        if (typeof iterator.throw === "function") {
          try {
            await iterator.throw(reason);
          } catch { /* the iterator rethrows the reason */ }
        }
        await readable.cancel(reason);
      },
    }, readableStrategy),
  };
}
