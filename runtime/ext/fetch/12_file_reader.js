// FileReader (https://w3c.github.io/FileAPI/#APIASynch): reads a Blob as an ArrayBuffer, a
// binary string, text or a data: URL, reporting through events. A blob's bytes are in
// memory, so the whole blob is one chunk: a read queues a task that fires "loadstart",
// then (if the blob is not empty) one that fires "progress", then one that sets the
// result and fires "load", then "loadend". abort() and a new read after it cancel the
// tasks still queued (a generation count), as "terminate the algorithm" asks.
import { primordials } from "ext:core/mod.js";
import { op_encoding_decode_single, op_encoding_normalize_label } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";
import { defineEventHandler, dispatchTrusted, EventTarget, ProgressEvent } from "ext:x_ext_web/02_event.js";
import { btoa } from "ext:x_ext_web/05_base64.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";
import { blobBytes, isBlob } from "ext:x_ext_fetch/10_blob.js";
import { parseMimeType } from "ext:x_ext_fetch/00_mimesniff.js";
import { setTimeout } from "ext:x_ext_timers/01_timers.js";

const {
  ArrayBufferPrototypeSlice,
  FunctionPrototypeApply,
  MapPrototypeGet,
  ObjectDefineProperties,
  StringFromCharCode,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSubarray,
  TypeError,
} = primordials;

const EMPTY = 0;
const LOADING = 1;
const DONE = 2;

/** The bytes as a string of code units 0-255 (binary string). */
function binaryString(bytes) {
  let result = "";
  const step = 8192;
  for (let i = 0; i < bytes.length; i += step) {
    result += FunctionPrototypeApply(StringFromCharCode, null, TypedArrayPrototypeSubarray(bytes, i, i + step));
  }
  return result;
}

/**
 * "package data" for readAsText: the encoding from the argument, else from the blob
 * type's charset, else UTF-8; then the Encoding Standard's "decode", whose BOM sniffing
 * wins over all of them.
 */
function decodeText(bytes, label, type) {
  let encoding = null;
  if (label !== undefined) encoding = op_encoding_normalize_label(label);
  if (encoding === null) {
    const mimeType = parseMimeType(type);
    const charset = mimeType === null ? undefined : MapPrototypeGet(mimeType.parameters, "charset");
    if (charset !== undefined) encoding = op_encoding_normalize_label(charset);
  }
  if (encoding === null) encoding = "utf-8";
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = "utf-8";
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  return op_encoding_decode_single(bytes, encoding, false, false);
}

function packageData(bytes, kind, label, type) {
  switch (kind) {
    case "ArrayBuffer": {
      const offset = TypedArrayPrototypeGetByteOffset(bytes);
      return ArrayBufferPrototypeSlice(
        TypedArrayPrototypeGetBuffer(bytes),
        offset,
        offset + TypedArrayPrototypeGetByteLength(bytes),
      );
    }
    case "BinaryString":
      return binaryString(bytes);
    case "Text":
      return decodeText(bytes, label, type);
    case "DataURL": {
      const mime = type === "" ? "application/octet-stream" : type;
      return `data:${mime};base64,${btoa(binaryString(bytes))}`;
    }
  }
}

function fireProgress(reader, type, loaded, total) {
  dispatchTrusted(reader, new ProgressEvent(type, { lengthComputable: total !== 0, loaded, total }));
}

let fileReaderBrand;

class FileReader extends EventTarget {
  #readyState = EMPTY;
  #result = null;
  #error = null;
  #generation = 0;

  constructor() {
    super();
  }

  static {
    fileReaderBrand = (v) => v !== null && typeof v === "object" && #readyState in v;
  }

  #read(blob, kind, label, method, argumentCount) {
    const prefix = `Failed to execute '${method}' on 'FileReader'`;
    if (!fileReaderBrand(this)) throw new TypeError("Illegal invocation");
    webidl.requiredArguments(argumentCount, 1, prefix);
    if (!isBlob(blob)) throw new TypeError(`${prefix}: parameter 1 is not of type 'Blob'.`);
    if (this.#readyState === LOADING) {
      throw new DOMException(`${prefix}: The object is already busy reading Blobs.`, "InvalidStateError");
    }
    this.#readyState = LOADING;
    this.#result = null;
    this.#error = null;
    const generation = ++this.#generation;
    const live = () => this.#generation === generation;
    const bytes = blobBytes(blob);
    const size = TypedArrayPrototypeGetByteLength(bytes);
    const type = blob.type;
    setTimeout(() => {
      if (!live()) return;
      fireProgress(this, "loadstart", 0, size);
      const finish = () => {
        if (!live()) return;
        this.#readyState = DONE;
        this.#result = packageData(bytes, kind, label, type);
        fireProgress(this, "load", size, size);
        // In a browser the microtasks queued by "load" listeners run before "loadend" is
        // fired (a checkpoint after each callback run from an empty stack); here the
        // dispatch runs from JS, so "loadend" goes in a task of its own to keep that
        // order. A read started by a "load" listener means no "loadend", as in the spec.
        setTimeout(() => {
          if (live() && this.#readyState !== LOADING) fireProgress(this, "loadend", size, size);
        }, 0);
      };
      if (size === 0) {
        setTimeout(finish, 0);
        return;
      }
      setTimeout(() => {
        if (!live()) return;
        fireProgress(this, "progress", size, size);
        setTimeout(finish, 0);
      }, 0);
    }, 0);
  }

  readAsArrayBuffer(blob) {
    this.#read(blob, "ArrayBuffer", undefined, "readAsArrayBuffer", arguments.length);
  }

  readAsBinaryString(blob) {
    this.#read(blob, "BinaryString", undefined, "readAsBinaryString", arguments.length);
  }

  readAsText(blob, encoding = undefined) {
    if (encoding !== undefined) encoding = webidl.converters.DOMString(encoding);
    this.#read(blob, "Text", encoding, "readAsText", arguments.length);
  }

  readAsDataURL(blob) {
    this.#read(blob, "DataURL", undefined, "readAsDataURL", arguments.length);
  }

  abort() {
    if (!fileReaderBrand(this)) throw new TypeError("Illegal invocation");
    if (this.#readyState === EMPTY || this.#readyState === DONE) {
      this.#result = null;
      return;
    }
    this.#readyState = DONE;
    this.#result = null;
    this.#generation++;
    fireProgress(this, "abort", 0, 0);
    if (this.#readyState !== LOADING) fireProgress(this, "loadend", 0, 0);
  }

  get readyState() {
    if (!fileReaderBrand(this)) throw new TypeError("Illegal invocation");
    return this.#readyState;
  }

  get result() {
    if (!fileReaderBrand(this)) throw new TypeError("Illegal invocation");
    return this.#result;
  }

  get error() {
    if (!fileReaderBrand(this)) throw new TypeError("Illegal invocation");
    return this.#error;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("FileReader", this, ["readyState", "result", "error"], inspect, options);
  }
}

const constants = {
  EMPTY: { value: EMPTY, enumerable: true },
  LOADING: { value: LOADING, enumerable: true },
  DONE: { value: DONE, enumerable: true },
};
ObjectDefineProperties(FileReader, constants);
ObjectDefineProperties(FileReader.prototype, constants);
for (const name of ["loadstart", "progress", "load", "abort", "error", "loadend"]) {
  defineEventHandler(FileReader.prototype, name);
}
webidl.configureInterface(FileReader);

export { FileReader };
