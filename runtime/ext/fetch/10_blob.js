// Blob and File (https://w3c.github.io/FileAPI/). A blob is an immutable list of byte
// parts (Uint8Arrays it owns), so `slice` and building a blob from blobs share bytes
// instead of copying them.
import { core, primordials } from "ext:core/mod.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";
import { registerSerializable } from "ext:x_ext_web/06_structured_clone.js";
import {
  readableByteStreamControllerClose,
  readableByteStreamControllerEnqueue,
  createReadableByteStream,
} from "ext:x_ext_streams/01_streams.js";

const {
  ArrayBufferIsView,
  ArrayBufferPrototypeSlice,
  ArrayPrototypePush,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  DateNow,
  MathMax,
  MathMin,
  PromiseReject,
  PromiseResolve,
  SafeRegExp,
  RegExpPrototypeTest,
  StringPrototypeReplace,
  StringPrototypeToLowerCase,
  Symbol,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSlice,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

const _parts = Symbol("[[parts]]");
const _size = Symbol("[[size]]");
const _type = Symbol("[[type]]");
const _name = Symbol("[[name]]");
const _lastModified = Symbol("[[lastModified]]");

const ASCII_PRINTABLE = new SafeRegExp(/^[\u0020-\u007E]*$/);
const LINE_ENDINGS = new SafeRegExp(/\r\n|\r/g);

function isBlob(v) {
  return typeof v === "object" && v !== null && v[_parts] !== undefined;
}

function isFile(v) {
  return isBlob(v) && v[_name] !== undefined;
}

/** A copy of the bytes of a BufferSource. */
function copyBufferSource(source) {
  if (ArrayBufferIsView(source)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(source) !== undefined) {
      return TypedArrayPrototypeSlice(
        new Uint8Array(
          TypedArrayPrototypeGetBuffer(source),
          TypedArrayPrototypeGetByteOffset(source),
          TypedArrayPrototypeGetByteLength(source),
        ),
      );
    }
    return TypedArrayPrototypeSlice(
      new Uint8Array(
        DataViewPrototypeGetBuffer(source),
        DataViewPrototypeGetByteOffset(source),
        DataViewPrototypeGetByteLength(source),
      ),
    );
  }
  return new Uint8Array(ArrayBufferPrototypeSlice(source, 0));
}

function normalizeType(type) {
  return RegExpPrototypeTest(ASCII_PRINTABLE, type) ? StringPrototypeToLowerCase(type) : "";
}

// (BufferSource or Blob or USVString)
function convertBlobPart(v, prefix, context) {
  if (isBlob(v)) return v;
  if (ArrayBufferIsView(v) || webidl.isArrayBuffer(v) || webidl.isSharedArrayBuffer(v)) {
    return webidl.converters.BufferSource(v, prefix, context, { allowShared: true });
  }
  return webidl.converters.USVString(v, prefix, context);
}

const convertBlobParts = webidl.createSequenceConverter(convertBlobPart);

const blobPropertyBag = [
  { key: "endings", converter: webidl.createEnumConverter("EndingType", ["transparent", "native"]), defaultValue: "transparent" },
  { key: "type", converter: webidl.converters.DOMString, defaultValue: "" },
];
const convertBlobPropertyBag = webidl.createDictionaryConverter("BlobPropertyBag", blobPropertyBag);
const convertFilePropertyBag = webidl.createDictionaryConverter("FilePropertyBag", blobPropertyBag, [
  {
    key: "lastModified",
    converter: (v, prefix, context) => webidl.converters["long long"](v, prefix, context),
  },
]);

/** https://w3c.github.io/FileAPI/#process-blob-parts */
function processBlobParts(parts, endings) {
  const bytes = [];
  let size = 0;
  for (let i = 0; i < parts.length; i++) {
    const element = parts[i];
    if (typeof element === "string") {
      const s = endings === "native" ? StringPrototypeReplace(element, LINE_ENDINGS, "\n") : element;
      const encoded = core.encode(s);
      if (TypedArrayPrototypeGetByteLength(encoded) > 0) ArrayPrototypePush(bytes, encoded);
      size += TypedArrayPrototypeGetByteLength(encoded);
    } else if (isBlob(element)) {
      const inner = element[_parts];
      for (let j = 0; j < inner.length; j++) ArrayPrototypePush(bytes, inner[j]);
      size += element[_size];
    } else {
      const copy = copyBufferSource(element);
      if (TypedArrayPrototypeGetByteLength(copy) > 0) ArrayPrototypePush(bytes, copy);
      size += TypedArrayPrototypeGetByteLength(copy);
    }
  }
  return { bytes, size };
}

function initBlob(blob, parts, size, type) {
  blob[_parts] = parts;
  blob[_size] = size;
  blob[_type] = type;
}

/** All of a blob's bytes in one Uint8Array (a new one unless the blob has one part). */
function blobBytes(blob) {
  const parts = blob[_parts];
  if (parts.length === 1) return parts[0];
  const result = new Uint8Array(blob[_size]);
  let offset = 0;
  for (let i = 0; i < parts.length; i++) {
    TypedArrayPrototypeSet(result, parts[i], offset);
    offset += TypedArrayPrototypeGetByteLength(parts[i]);
  }
  return result;
}

/** A copy of a blob's bytes, which the caller may hand out (or transfer). */
function blobBytesCopy(blob) {
  const parts = blob[_parts];
  if (parts.length === 1) return TypedArrayPrototypeSlice(parts[0]);
  return blobBytes(blob);
}

const STREAM_CHUNK_SIZE = 65536;

class Blob {
  constructor(blobParts = undefined, options = undefined) {
    const prefix = "Failed to construct 'Blob'";
    blobParts = blobParts === undefined ? [] : convertBlobParts(blobParts, prefix, "Argument 1");
    options = convertBlobPropertyBag(options, prefix, "Argument 2");
    const { bytes, size } = processBlobParts(blobParts, options.endings);
    initBlob(this, bytes, size, normalizeType(options.type));
  }

  get size() {
    if (!isBlob(this)) throw new TypeError("Illegal invocation");
    return this[_size];
  }

  get type() {
    if (!isBlob(this)) throw new TypeError("Illegal invocation");
    return this[_type];
  }

  slice(start = undefined, end = undefined, contentType = undefined) {
    if (!isBlob(this)) throw new TypeError("Illegal invocation");
    const prefix = "Failed to execute 'slice' on 'Blob'";
    const size = this[_size];
    let relativeStart = 0;
    if (start !== undefined) {
      start = webidl.converters["long long"](start, prefix, "Argument 1", { clamp: true });
      relativeStart = start < 0 ? MathMax(size + start, 0) : MathMin(start, size);
    }
    let relativeEnd = size;
    if (end !== undefined) {
      end = webidl.converters["long long"](end, prefix, "Argument 2", { clamp: true });
      relativeEnd = end < 0 ? MathMax(size + end, 0) : MathMin(end, size);
    }
    let relativeContentType = "";
    if (contentType !== undefined) {
      relativeContentType = normalizeType(webidl.converters.DOMString(contentType, prefix, "Argument 3"));
    }
    const span = MathMax(relativeEnd - relativeStart, 0);
    const parts = [];
    let skip = relativeStart;
    let remaining = span;
    const source = this[_parts];
    for (let i = 0; i < source.length && remaining > 0; i++) {
      const part = source[i];
      const length = TypedArrayPrototypeGetByteLength(part);
      if (skip >= length) {
        skip -= length;
        continue;
      }
      const take = MathMin(length - skip, remaining);
      ArrayPrototypePush(parts, skip === 0 && take === length ? part : TypedArrayPrototypeSubarray(part, skip, skip + take));
      remaining -= take;
      skip = 0;
    }
    const blob = createBlob(parts, span, relativeContentType);
    return blob;
  }

  stream() {
    if (!isBlob(this)) throw new TypeError("Illegal invocation");
    return blobStream(this);
  }

  text() {
    if (!isBlob(this)) return PromiseReject(new TypeError("Illegal invocation"));
    return PromiseResolve(core.decode(blobBytes(this)));
  }

  arrayBuffer() {
    if (!isBlob(this)) return PromiseReject(new TypeError("Illegal invocation"));
    return PromiseResolve(TypedArrayPrototypeGetBuffer(blobBytesCopy(this)));
  }

  bytes() {
    if (!isBlob(this)) return PromiseReject(new TypeError("Illegal invocation"));
    return PromiseResolve(blobBytesCopy(this));
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes(isFile(this) ? "File" : "Blob", this, isFile(this) ? ["name", "size", "type"] : ["size", "type"], inspect, options);
  }
}

webidl.configureInterface(Blob);
const BlobPrototype = Blob.prototype;

/** A byte stream of the blob's bytes, in chunks it owns (enqueueing transfers them). */
function blobStream(blob) {
  const parts = blob[_parts];
  let partIndex = 0;
  let offset = 0;
  const stream = createReadableByteStream(
    () => {},
    (controller) => {
      while (partIndex < parts.length && TypedArrayPrototypeGetByteLength(parts[partIndex]) === offset) {
        partIndex++;
        offset = 0;
      }
      if (partIndex >= parts.length) {
        readableByteStreamControllerClose(controller);
        return PromiseResolve();
      }
      const part = parts[partIndex];
      const end = MathMin(offset + STREAM_CHUNK_SIZE, TypedArrayPrototypeGetByteLength(part));
      const chunk = TypedArrayPrototypeSlice(part, offset, end);
      offset = end;
      readableByteStreamControllerEnqueue(controller, chunk);
      return PromiseResolve();
    },
    () => PromiseResolve(),
  );
  return stream;
}

/** A Blob from parts the caller gives up (they must not be changed afterwards). */
function createBlob(parts, size, type) {
  const blob = webidl.createBranded(Blob);
  initBlob(blob, parts, size, type);
  return blob;
}

class File extends Blob {
  constructor(fileBits, fileName, options = undefined) {
    const prefix = "Failed to construct 'File'";
    webidl.requiredArguments(arguments.length, 2, prefix);
    fileBits = convertBlobParts(fileBits, prefix, "Argument 1");
    fileName = webidl.converters.USVString(fileName, prefix, "Argument 2");
    options = convertFilePropertyBag(options, prefix, "Argument 3");
    super([]);
    const { bytes, size } = processBlobParts(fileBits, options.endings);
    initBlob(this, bytes, size, normalizeType(options.type));
    this[_name] = fileName;
    this[_lastModified] = options.lastModified !== undefined ? options.lastModified : DateNow();
  }

  get name() {
    if (!isFile(this)) throw new TypeError("Illegal invocation");
    return this[_name];
  }

  get lastModified() {
    if (!isFile(this)) throw new TypeError("Illegal invocation");
    return this[_lastModified];
  }
}

webidl.configureInterface(File);

/** A File over a blob's bytes (FormData stores every blob entry as a File). */
function createFile(blob, name, lastModified = DateNow()) {
  const file = webidl.createBranded(File);
  initBlob(file, blob[_parts], blob[_size], blob[_type]);
  file[_name] = name;
  file[_lastModified] = lastModified;
  return file;
}

// Blob and File are serializable: the copy shares the (immutable) bytes.
registerSerializable(isBlob, (blob) =>
  isFile(blob)
    ? createFile(blob, blob[_name], blob[_lastModified])
    : createBlob(blob[_parts], blob[_size], blob[_type])
);

export { Blob, blobBytes, blobBytesCopy, BlobPrototype, createBlob, createFile, File, isBlob, isFile };
