// CompressionStream and DecompressionStream (https://compression.spec.whatwg.org/): a
// TransformStream whose steps hand each BufferSource chunk to a codec in Rust
// (compression.rs: "deflate", "deflate-raw", "gzip" on flate2) and enqueue whatever output
// it releases; at the end of input the codec is finished and its last bytes enqueued.
// Decompressing input that is not exactly one compressed stream errors both sides with a
// TypeError.
import { core, primordials } from "ext:core/mod.js";
import { op_compression_finish, op_compression_new, op_compression_write } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";
import { TransformStream } from "ext:x_ext_streams/01_streams.js";

const {
  ArrayBufferIsView,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  ObjectDefineProperty,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypeError,
  Uint8Array,
} = primordials;

const formatConverter = webidl.createEnumConverter("CompressionFormat", ["deflate", "deflate-raw", "gzip"]);

/**
 * The bytes of a BufferSource chunk; anything else is a TypeError (spec: "compress and
 * enqueue"). BufferSource is not [AllowShared]: a SharedArrayBuffer or a view on one is
 * not a BufferSource either.
 */
function chunkBytes(chunk) {
  if (ArrayBufferIsView(chunk)) {
    const buffer = TypedArrayPrototypeGetSymbolToStringTag(chunk) !== undefined
      ? [TypedArrayPrototypeGetBuffer(chunk), TypedArrayPrototypeGetByteOffset(chunk), TypedArrayPrototypeGetByteLength(chunk)]
      : [DataViewPrototypeGetBuffer(chunk), DataViewPrototypeGetByteOffset(chunk), DataViewPrototypeGetByteLength(chunk)];
    if (webidl.isSharedArrayBuffer(buffer[0])) throw new TypeError(NOT_BUFFER_SOURCE);
    return new Uint8Array(buffer[0], buffer[1], buffer[2]);
  }
  if (webidl.isArrayBuffer(chunk)) return new Uint8Array(chunk);
  throw new TypeError(NOT_BUFFER_SOURCE);
}
const NOT_BUFFER_SOURCE = "The chunk is not a BufferSource (an ArrayBuffer or a view of one; shared memory is not allowed)";

function enqueueOutput(controller, bytes) {
  if (TypedArrayPrototypeGetByteLength(bytes) > 0) controller.enqueue(bytes);
}

/** The TransformStream of one codec; the codec is closed however the stream ends. */
function codecTransform(format, decompress) {
  const rid = op_compression_new(format, decompress);
  return new TransformStream({
    transform(chunk, controller) {
      let bytes;
      try {
        bytes = chunkBytes(chunk);
      } catch (error) {
        core.tryClose(rid);
        throw error;
      }
      enqueueOutput(controller, op_compression_write(rid, bytes));
    },
    flush(controller) {
      enqueueOutput(controller, op_compression_finish(rid));
    },
    cancel() {
      core.tryClose(rid);
    },
  });
}

/**
 * One of the two interfaces, which differ only in their name and the codec's direction;
 * a class per call, so that each has its own private slot.
 */
function codecStreamInterface(name, decompress) {
  let isInstance;
  const Interface = class {
    #transform;

    constructor(format) {
      const prefix = `Failed to construct '${name}'`;
      webidl.requiredArguments(arguments.length, 1, prefix);
      this.#transform = codecTransform(formatConverter(format, prefix, "Argument 1"), decompress);
    }

    get readable() {
      if (!(#transform in this)) throw new TypeError("Illegal invocation");
      return this.#transform.readable;
    }

    get writable() {
      if (!(#transform in this)) throw new TypeError("Illegal invocation");
      return this.#transform.writable;
    }

    static {
      isInstance = (value) => typeof value === "object" && value !== null && #transform in value;
    }

    [privateCustomInspect](inspect, options) {
      return inspectAttributes(name, this, ["readable", "writable"], inspect, options);
    }
  };
  ObjectDefineProperty(Interface, "name", { __proto__: null, value: name });
  webidl.configureInterface(Interface, name);
  // A platform object without serialization steps: structuredClone throws DataCloneError.
  webidl.registerPlatformObjectCheck(isInstance);
  return Interface;
}

const CompressionStream = codecStreamInterface("CompressionStream", false);
const DecompressionStream = codecStreamInterface("DecompressionStream", true);

export { CompressionStream, DecompressionStream };
