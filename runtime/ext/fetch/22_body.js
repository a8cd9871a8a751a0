// Bodies (https://fetch.spec.whatwg.org/#bodies) and the Body mixin of Request and
// Response. A body stays in the cheapest form it arrived in until something needs
// another: bytes or a string (from a constructor), a Rust resource (a network response,
// later an HTTP server's request), or a ReadableStream. The stream is made only when
// `.body` is read, cloned, or piped; `text()`/`json()`/... on bytes or a resource never
// touch stream machinery. Once a stream exists it is the body, as the spec has it.
import { core, primordials } from "ext:core/mod.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { URLSearchParams } from "ext:x_ext_url/00_url.js";
import {
  isReadableStream,
  isReadableStreamDisturbed,
  isReadableStreamLocked,
  readableStreamCollectIntoUint8Array,
  readableStreamErrorFromOutside,
  readableStreamForRid,
  readableStreamFromBytes,
  readableStreamState,
  readableStreamTee,
} from "ext:x_ext_streams/01_streams.js";
import { blobBytesCopy, createBlob, isBlob } from "ext:x_ext_fetch/10_blob.js";
import { formDataToBytes, isFormData, parseFormData } from "ext:x_ext_fetch/21_formdata.js";
import { extractMimeType, serializeMimeType } from "ext:x_ext_fetch/00_mimesniff.js";

const {
  ArrayBufferIsView,
  ArrayBufferPrototypeSlice,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  JSONParse,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSlice,
  Uint8Array,
} = primordials;

const KIND_BYTES = 0;
const KIND_STRING = 1;
const KIND_STREAM = 2;
const KIND_RESOURCE = 3;

/** A body: its stream (made on demand), its source and its length. */
class InnerBody {
  constructor(kind, value, length = null) {
    this.kind = kind;
    // Uint8Array, string, ReadableStream, or resource id.
    this.value = value;
    this.length = length;
    // `consumed`, `aborted` and `abortReason` start as the prototype's defaults (below):
    // a server makes a body per response, and on an interpreter each own property set
    // in a constructor costs.
  }

  /** The body's ReadableStream, made now if it was kept in another form. */
  get stream() {
    if (this.kind === KIND_STREAM) return this.value;
    let stream;
    if (this.consumed) {
      // Already fully read: the stream is empty and disturbed (and keeps the reader the
      // read took), as it would be had the read gone through a stream.
      stream = readableStreamFromBytes(new Uint8Array(0));
      PromisePrototypeThen(readableStreamCollectIntoUint8Array(stream), undefined, () => {});
    } else if (this.kind === KIND_RESOURCE) {
      stream = readableStreamForRid(this.value);
      if (this.aborted) readableStreamErrorFromOutside(stream, this.abortReason);
    } else {
      // A fresh copy: enqueueing transfers the buffer, and the source must stay intact
      // for a clone.
      const bytes = this.kind === KIND_STRING ? core.encode(this.value) : TypedArrayPrototypeSlice(this.value);
      stream = readableStreamFromBytes(bytes);
    }
    this.kind = KIND_STREAM;
    this.value = stream;
    return stream;
  }

  /** https://fetch.spec.whatwg.org/#body-unusable */
  unusable() {
    if (this.kind === KIND_STREAM) {
      return isReadableStreamDisturbed(this.value) || isReadableStreamLocked(this.value);
    }
    return this.consumed;
  }

  /** https://fetch.spec.whatwg.org/#concept-body-disturbed, for `bodyUsed`. */
  disturbed() {
    if (this.kind === KIND_STREAM) return isReadableStreamDisturbed(this.value);
    return this.consumed;
  }

  /** All the bytes ("fully read body"). The caller checked `unusable()`. */
  consume() {
    switch (this.kind) {
      case KIND_BYTES:
        this.consumed = true;
        return PromiseResolve(this.value);
      case KIND_STRING:
        this.consumed = true;
        return PromiseResolve(core.encode(this.value));
      case KIND_RESOURCE: {
        this.consumed = true;
        if (this.aborted) return PromiseReject(this.abortReason);
        const rid = this.value;
        return PromisePrototypeThen(core.readAll(rid), (bytes) => {
          core.tryClose(rid);
          return bytes;
        }, (error) => {
          core.tryClose(rid);
          throw this.aborted ? this.abortReason : error;
        });
      }
      default:
        return readableStreamCollectIntoUint8Array(this.value);
    }
  }

  /** The body as text, skipping the byte copy for a string body. */
  consumeText() {
    if (this.kind === KIND_STRING) {
      this.consumed = true;
      return PromiseResolve(this.value);
    }
    return PromisePrototypeThen(this.consume(), (bytes) => core.decode(bytes));
  }

  /** https://fetch.spec.whatwg.org/#concept-body-clone */
  clone() {
    if (this.kind === KIND_STRING) return new InnerBody(KIND_STRING, this.value, this.length);
    if (this.kind === KIND_BYTES) {
      // Each body owns its bytes: `bytes()` hands them out.
      return new InnerBody(KIND_BYTES, TypedArrayPrototypeSlice(this.value), this.length);
    }
    const { 0: out1, 1: out2 } = readableStreamTee(this.stream, true);
    this.value = out1;
    return new InnerBody(KIND_STREAM, out2, this.length);
  }

  /** The bytes to send, when known without reading a stream (else null). */
  /** The body's text when it was made from a string (and nothing has read it), else null. */
  sourceText() {
    return this.kind === KIND_STRING ? this.value : null;
  }

  sourceBytes() {
    if (this.kind === KIND_BYTES) return this.value;
    if (this.kind === KIND_STRING) return core.encode(this.value);
    return null;
  }

  /** An aborted fetch errors its response body with the abort reason. */
  abort(reason) {
    if (this.aborted) return;
    this.aborted = true;
    this.abortReason = reason;
    if (this.kind === KIND_RESOURCE) {
      core.tryClose(this.value);
    } else if (this.kind === KIND_STREAM && readableStreamState(this.value) === "readable") {
      readableStreamErrorFromOutside(this.value, reason);
    }
  }
}

function bodyFromStream(stream, length = null) {
  return new InnerBody(KIND_STREAM, stream, length);
}

function bodyFromResource(rid, length = null) {
  return new InnerBody(KIND_RESOURCE, rid, length);
}

function bodyFromBytes(bytes) {
  return new InnerBody(KIND_BYTES, bytes, TypedArrayPrototypeGetByteLength(bytes));
}

// For bytes/string/resource bodies not yet turned into a stream: whether it was read;
// why the body errored from outside (an aborted fetch), if it did.
InnerBody.prototype.consumed = false;
InnerBody.prototype.aborted = false;
InnerBody.prototype.abortReason = undefined;

const InnerBodyPrototype = InnerBody.prototype;

function bodyFromString(string) {
  // What `new InnerBody(KIND_STRING, string, null)` makes, as a literal: one per
  // `new Response(text)`, and a literal is the engine's cheapest way to a new object.
  return { __proto__: InnerBodyPrototype, kind: KIND_STRING, value: string, length: null };
}

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

/**
 * https://fetch.spec.whatwg.org/#concept-bodyinit-extract: `{ body, contentType }` for a
 * BodyInit (anything else is converted to a string, as WebIDL's union does).
 */
function extractBody(object) {
  if (typeof object === "string") {
    return { body: bodyFromString(object), contentType: "text/plain;charset=UTF-8" };
  }
  if (typeof object === "object" && object !== null) {
    if (isReadableStream(object)) {
      if (isReadableStreamDisturbed(object) || isReadableStreamLocked(object)) {
        throw new TypeError("ReadableStream is locked or disturbed");
      }
      return { body: bodyFromStream(object), contentType: null };
    }
    if (isBlob(object)) {
      return { body: bodyFromBytes(blobBytesCopy(object)), contentType: object.type === "" ? null : object.type };
    }
    if (ArrayBufferIsView(object) || webidl.isArrayBuffer(object)) {
      return { body: bodyFromBytes(copyBufferSource(object)), contentType: null };
    }
    if (isFormData(object)) {
      const { body, contentType } = formDataToBytes(object);
      return { body: bodyFromBytes(body), contentType };
    }
    if (webidl.isBranded(object, URLSearchParams.prototype)) {
      return {
        body: bodyFromString(object.toString()),
        contentType: "application/x-www-form-urlencoded;charset=UTF-8",
      };
    }
  }
  return {
    body: bodyFromString(webidl.converters.USVString(object)),
    contentType: "text/plain;charset=UTF-8",
  };
}

/**
 * The Body mixin's members on `prototype`, whose instances hold their inner body at
 * `getBody(self)` and their header list for the MIME type at `getHeaderList(self)`.
 */
function mixinBody(prototype, getBody, getContentType, isBranded, name) {
  const consumeBody = (self, method) => {
    if (!isBranded(self)) return PromiseReject(new TypeError("Illegal invocation"));
    const body = getBody(self);
    if (body === null) return PromiseResolve(new Uint8Array(0));
    if (body.unusable()) {
      return PromiseReject(new TypeError(`Failed to execute '${method}' on '${name}': Body already consumed`));
    }
    return body.consume();
  };
  const mimeType = (self) => extractMimeType(getContentType(self));
  const methods = {
    get body() {
      if (!isBranded(this)) throw new TypeError("Illegal invocation");
      const body = getBody(this);
      return body === null ? null : body.stream;
    },
    get bodyUsed() {
      if (!isBranded(this)) throw new TypeError("Illegal invocation");
      const body = getBody(this);
      return body !== null && body.disturbed();
    },
    arrayBuffer() {
      return PromisePrototypeThen(consumeBody(this, "arrayBuffer"), (bytes) => {
        if (
          TypedArrayPrototypeGetByteOffset(bytes) === 0 &&
          TypedArrayPrototypeGetByteLength(bytes) === TypedArrayPrototypeGetBuffer(bytes).byteLength
        ) {
          return TypedArrayPrototypeGetBuffer(bytes);
        }
        return TypedArrayPrototypeGetBuffer(TypedArrayPrototypeSlice(bytes));
      });
    },
    blob() {
      return PromisePrototypeThen(consumeBody(this, "blob"), (bytes) => {
        const type = mimeType(this);
        return createBlob(
          TypedArrayPrototypeGetByteLength(bytes) > 0 ? [bytes] : [],
          TypedArrayPrototypeGetByteLength(bytes),
          type === null ? "" : serializeMimeType(type),
        );
      });
    },
    bytes() {
      return consumeBody(this, "bytes");
    },
    formData() {
      return PromisePrototypeThen(consumeBody(this, "formData"), (bytes) => parseFormData(bytes, mimeType(this)));
    },
    json() {
      if (!isBranded(this)) return PromiseReject(new TypeError("Illegal invocation"));
      const body = getBody(this);
      if (body !== null && body.unusable()) {
        return PromiseReject(new TypeError(`Failed to execute 'json' on '${name}': Body already consumed`));
      }
      const text = body === null ? PromiseResolve("") : body.consumeText();
      return PromisePrototypeThen(text, (text) => JSONParse(text));
    },
    text() {
      if (!isBranded(this)) return PromiseReject(new TypeError("Illegal invocation"));
      const body = getBody(this);
      if (body === null) return PromiseResolve("");
      if (body.unusable()) {
        return PromiseReject(new TypeError(`Failed to execute 'text' on '${name}': Body already consumed`));
      }
      return body.consumeText();
    },
  };
  const descriptors = primordials.ObjectGetOwnPropertyDescriptors(methods);
  for (const key in descriptors) {
    const descriptor = descriptors[key];
    descriptor.enumerable = true;
    descriptor.configurable = true;
    primordials.ObjectDefineProperty(prototype, key, descriptor);
  }
}

export {
  bodyFromBytes,
  bodyFromResource,
  bodyFromStream,
  bodyFromString,
  extractBody,
  InnerBody,
  mixinBody,
};
