/**
 * Splits a string stream at a delimiter.
 *
 * @module
 */
import type {
  DelimiterDisposition,
  DelimiterStreamOptions,
} from "./delimiter_stream.ts";

export type {
  DelimiterDisposition,
  DelimiterStreamOptions,
} from "./delimiter_stream.ts";

/**
 * Transform a stream of strings into chunks divided by a given delimiter.
 * The rest after the last delimiter is emitted when the input ends (even if
 * empty).
 *
 * @example
 * ```ts
 * import { TextDelimiterStream } from "@std/streams/text-delimiter-stream";
 * const stream = ReadableStream.from(["foo;bar;b", "az"])
 *   .pipeThrough(new TextDelimiterStream(";"));
 * await Array.fromAsync(stream); // ["foo", "bar", "baz"]
 * ```
 */
export class TextDelimiterStream extends TransformStream<string, string> {
  #buf = "";
  #scanFrom = 0;
  #delimiter: string;
  #disposition: DelimiterDisposition;

  /**
   * Constructs a new instance.
   *
   * @param delimiter A delimiter to split the stream by.
   * @param options Options for the stream.
   */
  constructor(delimiter: string, options: DelimiterStreamOptions = {}) {
    super({
      transform: (chunk, controller) => this.#handle(chunk, controller),
      flush: (controller) => {
        controller.enqueue(this.#buf);
      },
    });
    if (delimiter.length === 0) {
      throw new TypeError(
        "Cannot create a TextDelimiterStream with an empty delimiter",
      );
    }
    this.#delimiter = delimiter;
    this.#disposition = options.disposition ?? "discard";
  }

  #handle(chunk: string, controller: TransformStreamDefaultController<string>) {
    const buf = this.#buf + chunk;
    const delimiter = this.#delimiter;
    const dlen = delimiter.length;
    let start = 0;
    let searchFrom = this.#scanFrom;
    while (true) {
      const index = buf.indexOf(delimiter, searchFrom);
      if (index === -1) break;
      switch (this.#disposition) {
        case "discard":
          controller.enqueue(buf.slice(start, index));
          start = index + dlen;
          break;
        case "suffix":
          controller.enqueue(buf.slice(start, index + dlen));
          start = index + dlen;
          break;
        case "prefix":
          controller.enqueue(buf.slice(start, index));
          start = index;
          break;
      }
      searchFrom = index + dlen;
    }
    this.#buf = buf.slice(start);
    this.#scanFrom = Math.max(
      0,
      searchFrom - start,
      buf.length - start - dlen + 1,
    );
  }
}
