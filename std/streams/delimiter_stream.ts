/**
 * Splits a byte stream at a delimiter.
 *
 * @module
 */

/**
 * Where the delimiter goes: `"discard"` drops it, `"suffix"` keeps it at the
 * end of the chunk before it, `"prefix"` at the start of the chunk after it.
 */
export type DelimiterDisposition = "suffix" | "prefix" | "discard";

/** Options for {@linkcode DelimiterStream}. */
export interface DelimiterStreamOptions {
  /**
   * Disposition of the delimiter.
   *
   * @default {"discard"}
   */
  disposition?: DelimiterDisposition;
}

function indexOfBytes(
  haystack: Uint8Array,
  needle: Uint8Array,
  from: number,
): number {
  const last = haystack.length - needle.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * Divide a stream into chunks delimited by a given byte sequence. The rest
 * after the last delimiter is emitted when the input ends (even if empty).
 *
 * @example
 * ```ts
 * import { DelimiterStream } from "@std/streams/delimiter-stream";
 * const stream = ReadableStream.from(["foo;bar;baz"])
 *   .pipeThrough(new TextEncoderStream())
 *   .pipeThrough(new DelimiterStream(new TextEncoder().encode(";")))
 *   .pipeThrough(new TextDecoderStream());
 * await Array.fromAsync(stream); // ["foo", "bar", "baz"]
 * ```
 */
export class DelimiterStream extends TransformStream<Uint8Array, Uint8Array> {
  #pending: Uint8Array = new Uint8Array(0);
  #scanFrom = 0;
  #delimiter: Uint8Array;
  #disposition: DelimiterDisposition;

  /**
   * Constructs a new instance.
   *
   * @param delimiter A delimiter to split the stream by.
   * @param options Options for the delimiter stream.
   */
  constructor(
    delimiter: Uint8Array,
    options: DelimiterStreamOptions = {},
  ) {
    super({
      transform: (chunk, controller) => this.#handle(chunk, controller),
      flush: (controller) => {
        controller.enqueue(this.#pending);
      },
    });
    if (delimiter.length === 0) {
      throw new TypeError(
        "Cannot create a DelimiterStream with an empty delimiter",
      );
    }
    this.#delimiter = delimiter.slice();
    this.#disposition = options.disposition ?? "discard";
  }

  #handle(
    chunk: Uint8Array,
    controller: TransformStreamDefaultController<Uint8Array>,
  ) {
    const pending = new Uint8Array(this.#pending.length + chunk.length);
    pending.set(this.#pending);
    pending.set(chunk, this.#pending.length);
    const delimiter = this.#delimiter;
    const dlen = delimiter.length;
    let start = 0;
    // In "prefix" mode a chunk may start with the delimiter already.
    let searchFrom = this.#scanFrom;
    while (true) {
      const index = indexOfBytes(pending, delimiter, searchFrom);
      if (index === -1) break;
      switch (this.#disposition) {
        case "discard":
          controller.enqueue(pending.slice(start, index));
          start = index + dlen;
          break;
        case "suffix":
          controller.enqueue(pending.slice(start, index + dlen));
          start = index + dlen;
          break;
        case "prefix":
          controller.enqueue(pending.slice(start, index));
          start = index;
          break;
      }
      searchFrom = index + dlen;
    }
    this.#pending = pending.slice(start);
    const rescan = Math.max(
      searchFrom - start,
      pending.length - start - dlen + 1,
    );
    this.#scanFrom = Math.max(0, rescan);
  }
}
