/**
 * Limits the number of bytes passing through a stream.
 *
 * @module
 */

/** Options for {@linkcode LimitedBytesTransformStream}. */
export interface LimitedBytesTransformStreamOptions {
  /**
   * If `true`, a `RangeError` is thrown when the limit would be exceeded;
   * otherwise the stream just terminates.
   *
   * @default {false}
   */
  error?: boolean;
}

/**
 * A transform stream that passes whole chunks through as long as the total
 * size stays within `size` bytes. The chunk that would exceed the limit is
 * not passed: the stream then terminates (or errors with a `RangeError`
 * when `error` is set).
 *
 * @example
 * ```ts
 * import { LimitedBytesTransformStream } from "@std/streams/limited-bytes-transform-stream";
 * const stream = ReadableStream.from(["1234", "5678", "9"])
 *   .pipeThrough(new TextEncoderStream())
 *   .pipeThrough(new LimitedBytesTransformStream(8))
 *   .pipeThrough(new TextDecoderStream());
 * await Array.fromAsync(stream); // ["1234", "5678"]
 * ```
 */
export class LimitedBytesTransformStream
  extends TransformStream<Uint8Array, Uint8Array> {
  #read = 0;

  /**
   * Constructs a new instance.
   *
   * @param size The maximum number of bytes.
   * @param options Options for the stream.
   */
  constructor(
    size: number,
    options: LimitedBytesTransformStreamOptions = { error: false },
  ) {
    super({
      transform: (chunk, controller) => {
        if (this.#read + chunk.byteLength > size) {
          if (options.error) {
            throw new RangeError(`Exceeded byte size limit of '${size}'`);
          }
          controller.terminate();
        } else {
          this.#read += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
  }
}
