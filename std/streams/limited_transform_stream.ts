/**
 * Limits the number of chunks passing through a stream.
 *
 * @module
 */

/** Options for {@linkcode LimitedTransformStream}. */
export interface LimitedTransformStreamOptions {
  /**
   * If `true`, a `RangeError` is thrown when the limit is exceeded;
   * otherwise the stream just terminates.
   *
   * @default {false}
   */
  error?: boolean;
}

/**
 * A transform stream that passes at most `size` chunks through, then
 * terminates (or errors with a `RangeError` when `error` is set).
 *
 * @example
 * ```ts
 * import { LimitedTransformStream } from "@std/streams/limited-transform-stream";
 * const stream = ReadableStream.from(["1", "2", "3", "4"])
 *   .pipeThrough(new LimitedTransformStream(2));
 * await Array.fromAsync(stream); // ["1", "2"]
 * ```
 *
 * @typeParam T The type of the chunks.
 */
export class LimitedTransformStream<T> extends TransformStream<T, T> {
  #read = 0;

  /**
   * Constructs a new instance.
   *
   * @param size The maximum number of chunks.
   * @param options Options for the stream.
   */
  constructor(
    size: number,
    options: LimitedTransformStreamOptions = { error: false },
  ) {
    super({
      transform: (chunk, controller) => {
        if (++this.#read > size) {
          if (options.error) {
            throw new RangeError(`Exceeded chunk limit of '${size}'`);
          }
          controller.terminate();
        } else {
          controller.enqueue(chunk);
        }
      },
    });
  }
}
