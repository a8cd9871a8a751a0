/**
 * Slices a byte stream to a range of bytes.
 *
 * @module
 */

/**
 * A transform stream that only passes through the bytes from `start` to
 * `end` (both inclusive) of the input, then terminates.
 *
 * @example
 * ```ts
 * import { ByteSliceStream } from "@std/streams/byte-slice-stream";
 * const stream = ReadableStream.from([new Uint8Array([0, 1, 2, 3, 4, 5])])
 *   .pipeThrough(new ByteSliceStream(1, 3));
 * await Array.fromAsync(stream); // [Uint8Array [1, 2, 3]]
 * ```
 */
export class ByteSliceStream extends TransformStream<Uint8Array, Uint8Array> {
  #position = 0;

  /**
   * Constructs a new instance.
   *
   * @param start The zero-indexed byte index to start reading from.
   * @param end The zero-indexed byte index to stop reading at (inclusive).
   */
  constructor(start = 0, end: number = Infinity) {
    super({
      transform: (chunk, controller) => {
        const position = this.#position;
        const length = chunk.byteLength;
        this.#position += length;
        const sliceStart = Math.max(0, start - position);
        const sliceEnd = Math.min(length, end - position + 1);
        if (sliceStart < sliceEnd) {
          controller.enqueue(
            sliceStart === 0 && sliceEnd === length
              ? chunk
              : chunk.slice(sliceStart, sliceEnd),
          );
        }
        if (position + length > end) controller.terminate();
      },
    });
    if (!(start >= 0)) {
      throw new RangeError(
        `Cannot construct ByteSliceStream as start must be >= 0: received ${start}`,
      );
    }
    if (!(end >= start)) {
      throw new RangeError(
        `Cannot construct ByteSliceStream as end must be >= start: received ${end}`,
      );
    }
  }
}
