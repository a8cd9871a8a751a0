// TextEncoder and TextDecoder (https://encoding.spec.whatwg.org/#api). Every byte is
// handled in Rust (encoding_rs): encoding a string is one op call whatever its length,
// decoding likewise. A decoder keeps Rust-side state only between `stream: true` calls;
// the TextDecoder frees it when the stream is flushed (or when it is collected).
//
// TODO: TextEncoderStream and TextDecoderStream, once runtime/ext/streams provides
// TransformStream.
import { primordials } from "ext:core/mod.js";
import {
  op_encoding_decode_single,
  op_encoding_decode_stream,
  op_encoding_encode,
  op_encoding_encode_into,
  op_encoding_free_decoder,
  op_encoding_new_decoder,
  op_encoding_normalize_label,
} from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";

const {
  ArrayBufferIsView,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  FinalizationRegistryPrototypeRegister,
  FinalizationRegistryPrototypeUnregister,
  RangeError,
  SafeFinalizationRegistry,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSlice,
  Uint32Array,
  Uint8Array,
} = primordials;

// ---------------------------------------------------------------------------------------
// TextEncoder

let encodeIntoResult; // Uint32Array(2), made on first use (not at snapshot time)

let encoderBrand;

class TextEncoder {
  #brand = true;

  static {
    encoderBrand = (v) => v !== null && typeof v === "object" && #brand in v;
  }

  get encoding() {
    assertEncoder(this);
    return "utf-8";
  }

  encode(input = "") {
    assertEncoder(this);
    // USVString: the op makes lone surrogates U+FFFD as it writes the bytes.
    input = webidl.converters.DOMString(input, "Failed to execute 'encode' on 'TextEncoder'", "Argument 1");
    return op_encoding_encode(input);
  }

  encodeInto(source, destination) {
    assertEncoder(this);
    const prefix = "Failed to execute 'encodeInto' on 'TextEncoder'";
    webidl.requiredArguments(arguments.length, 2, prefix);
    source = webidl.converters.DOMString(source, prefix, "Argument 1"); // the op makes it a USVString
    destination = webidl.converters.Uint8Array(destination, prefix, "Argument 2", { allowShared: true });
    if (encodeIntoResult === undefined) encodeIntoResult = new Uint32Array(2);
    op_encoding_encode_into(source, destination, encodeIntoResult);
    return { read: encodeIntoResult[0], written: encodeIntoResult[1] };
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("TextEncoder", this, ["encoding"], inspect, options);
  }
}

function assertEncoder(self) {
  if (!encoderBrand(self)) throw new TypeError("Illegal invocation");
}
webidl.configureInterface(TextEncoder);

// ---------------------------------------------------------------------------------------
// TextDecoder

const convertTextDecoderOptions = webidl.createDictionaryConverter("TextDecoderOptions", [
  { key: "fatal", converter: webidl.converters.boolean, defaultValue: false },
  { key: "ignoreBOM", converter: webidl.converters.boolean, defaultValue: false },
]);
const convertTextDecodeOptions = webidl.createDictionaryConverter("TextDecodeOptions", [
  { key: "stream", converter: webidl.converters.boolean, defaultValue: false },
]);

// Frees the Rust decoder of a TextDecoder collected in the middle of a stream.
let decoderRegistry;
function registry() {
  if (decoderRegistry === undefined) {
    decoderRegistry = new SafeFinalizationRegistry((id) => op_encoding_free_decoder(id));
  }
  return decoderRegistry;
}

let decoderState;

class TextDecoder {
  #s;

  constructor(label = "utf-8", options = undefined) {
    const prefix = "Failed to construct 'TextDecoder'";
    label = webidl.converters.DOMString(label, prefix, "Argument 1");
    const init = convertTextDecoderOptions(options, prefix, "Argument 2");
    const encoding = op_encoding_normalize_label(label);
    if (encoding === null || encoding === undefined) {
      throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    }
    // `token` is what the finalization registry unregisters by.
    this.#s = { encoding, fatal: init.fatal, ignoreBOM: init.ignoreBOM, id: null, token: null };
  }

  static {
    decoderState = (v) => (v !== null && typeof v === "object" && #s in v ? v.#s : undefined);
  }

  get encoding() {
    return stateOf(this).encoding;
  }

  get fatal() {
    return stateOf(this).fatal;
  }

  get ignoreBOM() {
    return stateOf(this).ignoreBOM;
  }

  decode(input = undefined, options = undefined) {
    const s = stateOf(this);
    const prefix = "Failed to execute 'decode' on 'TextDecoder'";
    let bytes;
    if (input === undefined) {
      bytes = new Uint8Array(0);
    } else {
      input = webidl.converters.BufferSource(input, prefix, "Argument 1", { allowShared: true });
      bytes = unsharedBytes(input);
    }
    const stream = convertTextDecodeOptions(options, prefix, "Argument 2").stream;

    // "do not flush": a decoder carries over only from a `stream: true` call.
    if (s.id === null && !stream) {
      return op_encoding_decode_single(bytes, s.encoding, s.fatal, s.ignoreBOM);
    }
    if (s.id === null) {
      s.id = op_encoding_new_decoder(s.encoding, s.fatal, s.ignoreBOM);
      s.token = {};
      FinalizationRegistryPrototypeRegister(registry(), this, s.id, s.token);
    }
    try {
      return op_encoding_decode_stream(s.id, bytes, stream);
    } finally {
      if (!stream) {
        op_encoding_free_decoder(s.id);
        FinalizationRegistryPrototypeUnregister(registry(), s.token);
        s.id = null;
        s.token = null;
      }
    }
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("TextDecoder", this, ["encoding", "fatal", "ignoreBOM"], inspect, options);
  }
}

function stateOf(self) {
  const s = decoderState(self);
  if (s === undefined) throw new TypeError("Illegal invocation");
  return s;
}
webidl.configureInterface(TextDecoder);
webidl.registerPlatformObjectCheck((v) => encoderBrand(v) || decoderState(v) !== undefined);

// The ops read plain ArrayBuffers and views; bytes in a SharedArrayBuffer are copied
// first (the spec decodes "a copy of the bytes" anyway).
function unsharedBytes(input) {
  if (ArrayBufferIsView(input)) {
    const isTyped = TypedArrayPrototypeGetSymbolToStringTag(input) !== undefined;
    const buffer = isTyped ? TypedArrayPrototypeGetBuffer(input) : DataViewPrototypeGetBuffer(input);
    if (!webidl.isSharedArrayBuffer(buffer)) return input;
    const offset = isTyped ? TypedArrayPrototypeGetByteOffset(input) : DataViewPrototypeGetByteOffset(input);
    const length = isTyped ? TypedArrayPrototypeGetByteLength(input) : DataViewPrototypeGetByteLength(input);
    return TypedArrayPrototypeSlice(new Uint8Array(buffer, offset, length));
  }
  if (webidl.isSharedArrayBuffer(input)) return TypedArrayPrototypeSlice(new Uint8Array(input));
  return input;
}

export { TextDecoder, TextEncoder };
