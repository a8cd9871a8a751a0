// TextEncoderStream and TextDecoderStream (https://encoding.spec.whatwg.org/#interface-textdecoderstream):
// a TransformStream whose steps run a streaming TextDecoder (`decode(chunk, { stream: true })`,
// then a final `decode()` at the end) or a TextEncoder that holds back a lone high surrogate
// at the end of a chunk until the next chunk completes it (U+FFFD if none does).
import { primordials } from "ext:core/mod.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { TextDecoder, TextEncoder } from "ext:x_ext_web/08_text_encoding.js";
import { TransformStream } from "ext:x_ext_streams/01_streams.js";

const { String, StringPrototypeCharCodeAt, StringPrototypeSlice, Uint8Array } = primordials;

class TextDecoderStream {
  #decoder;
  #transform;

  constructor(label = "utf-8", options = {}) {
    const decoder = new TextDecoder(label, options);
    this.#decoder = decoder;
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        // "decode and enqueue a chunk": the chunk is converted to an AllowSharedBufferSource
        // first, so undefined is a TypeError here (decode() alone would take it as no input).
        chunk = webidl.converters.BufferSource(chunk, "Failed to execute 'transform' on 'TextDecoderStream'", "chunk", {
          allowShared: true,
        });
        const text = decoder.decode(chunk, { stream: true });
        if (text !== "") controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text !== "") controller.enqueue(text);
      },
    });
  }

  get encoding() {
    return this.#decoder.encoding;
  }

  get fatal() {
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }
}
webidl.configureInterface(TextDecoderStream);

class TextEncoderStream {
  #transform;

  constructor() {
    const encoder = new TextEncoder();
    let pendingHighSurrogate = "";
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        let text = pendingHighSurrogate + String(chunk);
        pendingHighSurrogate = "";
        const last = StringPrototypeCharCodeAt(text, text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pendingHighSurrogate = StringPrototypeSlice(text, -1);
          text = StringPrototypeSlice(text, 0, -1);
        }
        if (text !== "") controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHighSurrogate !== "") controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }

  get encoding() {
    return "utf-8";
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }
}
webidl.configureInterface(TextEncoderStream);

export { TextDecoderStream, TextEncoderStream };
