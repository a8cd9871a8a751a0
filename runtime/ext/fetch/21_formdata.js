// FormData (https://xhr.spec.whatwg.org/#interface-formdata), its multipart/form-data
// serialization (https://html.spec.whatwg.org/#multipart-form-data) for request bodies,
// and the parsing Body.formData() does (multipart in Rust, urlencoded with the URL parser's op).
import { core, primordials } from "ext:core/mod.js";
import { op_encoding_decode_single, op_fetch_multipart_parse, op_url_parse_search_params } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { privateCustomInspect } from "ext:x_ext_web/00_infra.js";
import { createBlob, createFile, isBlob, isFile } from "ext:x_ext_fetch/10_blob.js";
import { blobBytes } from "ext:x_ext_fetch/10_blob.js";
import { essence, parseMimeType } from "ext:x_ext_fetch/00_mimesniff.js";

const {
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  MapPrototypeGet,
  MathRandom,
  ObjectDefineProperty,
  SafeRegExp,
  StringPrototypePadStart,
  StringPrototypeReplace,
  StringPrototypeSlice,
  Symbol,
  TypeError,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

const _entries = Symbol("[[entryList]]");

function isFormData(v) {
  return typeof v === "object" && v !== null && v[_entries] !== undefined;
}

/** https://xhr.spec.whatwg.org/#create-an-entry */
function createEntry(name, value, filename) {
  if (isBlob(value)) {
    if (!isFile(value)) value = createFile(value, "blob");
    if (filename !== undefined) value = createFile(value, filename, value.lastModified);
  }
  return [name, value];
}

function convertEntryArguments(args, method) {
  const prefix = `Failed to execute '${method}' on 'FormData'`;
  webidl.requiredArguments(args.length, 2, prefix);
  const name = webidl.converters.USVString(args[0], prefix, "Argument 1");
  let value = args[1];
  let filename;
  if (isBlob(value)) {
    if (args.length > 2 && args[2] !== undefined) {
      filename = webidl.converters.USVString(args[2], prefix, "Argument 3");
    }
  } else {
    value = webidl.converters.USVString(value, prefix, "Argument 2");
  }
  return createEntry(name, value, filename);
}

class FormData {
  constructor(form = undefined, submitter = undefined) {
    webidl.setBrand(this);
    if (form !== undefined) {
      throw new TypeError("Failed to construct 'FormData': There is no HTMLFormElement here to read from");
    }
    void submitter;
    ObjectDefineProperty(this, _entries, { __proto__: null, value: [], writable: true });
  }

  append(name, value, filename = undefined) {
    if (!isFormData(this)) throw new TypeError("Illegal invocation");
    ArrayPrototypePush(this[_entries], convertEntryArguments(arguments, "append"));
  }

  delete(name) {
    if (!isFormData(this)) throw new TypeError("Illegal invocation");
    const prefix = "Failed to execute 'delete' on 'FormData'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.USVString(name, prefix, "Argument 1");
    const list = this[_entries];
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name) {
        ArrayPrototypeSplice(list, i, 1);
        i--;
      }
    }
  }

  get(name) {
    if (!isFormData(this)) throw new TypeError("Illegal invocation");
    const prefix = "Failed to execute 'get' on 'FormData'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.USVString(name, prefix, "Argument 1");
    const list = this[_entries];
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name) return list[i][1];
    }
    return null;
  }

  getAll(name) {
    if (!isFormData(this)) throw new TypeError("Illegal invocation");
    const prefix = "Failed to execute 'getAll' on 'FormData'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.USVString(name, prefix, "Argument 1");
    const list = this[_entries];
    const values = [];
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name) ArrayPrototypePush(values, list[i][1]);
    }
    return values;
  }

  has(name) {
    if (!isFormData(this)) throw new TypeError("Illegal invocation");
    const prefix = "Failed to execute 'has' on 'FormData'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    name = webidl.converters.USVString(name, prefix, "Argument 1");
    const list = this[_entries];
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === name) return true;
    }
    return false;
  }

  set(name, value, filename = undefined) {
    if (!isFormData(this)) throw new TypeError("Illegal invocation");
    const entry = convertEntryArguments(arguments, "set");
    const list = this[_entries];
    let found = false;
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] !== entry[0]) continue;
      if (!found) {
        list[i] = entry;
        found = true;
      } else {
        ArrayPrototypeSplice(list, i, 1);
        i--;
      }
    }
    if (!found) ArrayPrototypePush(list, entry);
  }

  [privateCustomInspect](inspect, options) {
    if (!isFormData(this)) return `FormData ${inspect({}, options)}`;
    const view = {};
    const list = this[_entries];
    for (let i = 0; i < list.length; i++) view[list[i][0]] = list[i][1];
    return `FormData ${inspect(view, options)}`;
  }
}

webidl.mixinPairIterable("FormData", FormData, _entries, 0, 1);
webidl.configureInterface(FormData);
const FormDataPrototype = FormData.prototype;

function newFormData() {
  return new FormData();
}

// https://html.spec.whatwg.org/#multipart-form-data: names (and string values) have their
// newlines normalized to CRLF; names and filenames escape LF, CR and '"'.
const NEWLINES = new SafeRegExp(/\r\n|\r|\n/g);
const ESCAPES = new SafeRegExp(/[\n\r"]/g);
const escapeMap = { "\n": "%0A", "\r": "%0D", '"': "%22" };

function escapeName(name, isFilename) {
  if (!isFilename) name = StringPrototypeReplace(name, NEWLINES, "\r\n");
  return StringPrototypeReplace(name, ESCAPES, (c) => escapeMap[c]);
}

/** `{ body: Uint8Array, contentType }` for a FormData request/response body. */
function formDataToBytes(formData) {
  const boundary = `----x-formdata-${
    StringPrototypePadStart(StringPrototypeSlice(`${MathRandom()}`, 2, 18), 16, "0")
  }${StringPrototypePadStart(StringPrototypeSlice(`${MathRandom()}`, 2, 18), 16, "0")}`;
  const chunks = [];
  let size = 0;
  const push = (bytes) => {
    ArrayPrototypePush(chunks, bytes);
    size += TypedArrayPrototypeGetByteLength(bytes);
  };
  const list = formData[_entries];
  for (let i = 0; i < list.length; i++) {
    const { 0: name, 1: value } = list[i];
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name, false)}"`;
    if (typeof value === "string") {
      head += `\r\n\r\n${StringPrototypeReplace(value, NEWLINES, "\r\n")}\r\n`;
      push(core.encode(head));
    } else {
      head += `; filename="${escapeName(value.name, true)}"\r\nContent-Type: ${
        value.type || "application/octet-stream"
      }\r\n\r\n`;
      push(core.encode(head));
      push(blobBytes(value));
      push(core.encode("\r\n"));
    }
  }
  push(core.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(size);
  let offset = 0;
  for (let i = 0; i < chunks.length; i++) {
    TypedArrayPrototypeSet(body, chunks[i], offset);
    offset += TypedArrayPrototypeGetByteLength(chunks[i]);
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Body.formData(): the entries of `bytes` given the body's MIME type (a parsed one, or null). */
function parseFormData(bytes, mimeType) {
  if (mimeType !== null && essence(mimeType) === "multipart/form-data") {
    const boundary = MapPrototypeGet(mimeType.parameters, "boundary");
    if (boundary === undefined) {
      throw new TypeError("Body can not be decoded as form data: the multipart/form-data type has no boundary");
    }
    const parts = op_fetch_multipart_parse(bytes, boundary);
    const formData = new FormData();
    const list = formData[_entries];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part.filename === null) {
        ArrayPrototypePush(list, [part.name, part.text]);
      } else {
        const blob = createBlob([part.data], TypedArrayPrototypeGetByteLength(part.data), part.contentType);
        ArrayPrototypePush(list, [part.name, createFile(blob, part.filename)]);
      }
    }
    return formData;
  }
  if (mimeType !== null && essence(mimeType) === "application/x-www-form-urlencoded") {
    // The urlencoded parser works on the bytes and decodes "without BOM" (a leading U+FEFF
    // stays; nor is a leading "?" special, unlike URLSearchParams' constructor).
    const text = op_encoding_decode_single(bytes, "utf-8", false, true);
    const formData = new FormData();
    const list = formData[_entries];
    if (text !== "") {
      for (const { 0: name, 1: value } of op_url_parse_search_params(text)) ArrayPrototypePush(list, [name, value]);
    }
    return formData;
  }
  throw new TypeError("Body can not be decoded as form data");
}

export { FormData, FormDataPrototype, formDataToBytes, isFormData, newFormData, parseFormData, parseMimeType };
