// DOMException (https://webidl.spec.whatwg.org/#idl-DOMException): a real Error object
// (so `Error.isError` and stack traces hold) whose prototype chain is DOMException.prototype
// -> Error.prototype. name, message, code and cause are accessors on the prototype reading
// internal slots, as WebIDL requires; the legacy code constants sit on both the interface
// and its prototype.
import { primordials } from "ext:core/mod.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";

const {
  Error,
  ErrorCaptureStackTrace,
  ErrorPrototype,
  ObjectDefineProperty,
  ObjectKeys,
  ObjectSetPrototypeOf,
  ReflectConstruct,
  Symbol,
} = primordials;

// The error names table: names with a legacy code (the rest have code 0).
const codes = {
  __proto__: null,
  IndexSizeError: 1,
  HierarchyRequestError: 3,
  WrongDocumentError: 4,
  InvalidCharacterError: 5,
  NoModificationAllowedError: 7,
  NotFoundError: 8,
  NotSupportedError: 9,
  InUseAttributeError: 10,
  InvalidStateError: 11,
  SyntaxError: 12,
  InvalidModificationError: 13,
  NamespaceError: 14,
  InvalidAccessError: 15,
  TypeMismatchError: 17,
  SecurityError: 18,
  NetworkError: 19,
  AbortError: 20,
  URLMismatchError: 21,
  QuotaExceededError: 22,
  TimeoutError: 23,
  InvalidNodeTypeError: 24,
  DataCloneError: 25,
};

const constants = {
  INDEX_SIZE_ERR: 1,
  DOMSTRING_SIZE_ERR: 2,
  HIERARCHY_REQUEST_ERR: 3,
  WRONG_DOCUMENT_ERR: 4,
  INVALID_CHARACTER_ERR: 5,
  NO_DATA_ALLOWED_ERR: 6,
  NO_MODIFICATION_ALLOWED_ERR: 7,
  NOT_FOUND_ERR: 8,
  NOT_SUPPORTED_ERR: 9,
  INUSE_ATTRIBUTE_ERR: 10,
  INVALID_STATE_ERR: 11,
  SYNTAX_ERR: 12,
  INVALID_MODIFICATION_ERR: 13,
  NAMESPACE_ERR: 14,
  INVALID_ACCESS_ERR: 15,
  VALIDATION_ERR: 16,
  TYPE_MISMATCH_ERR: 17,
  SECURITY_ERR: 18,
  NETWORK_ERR: 19,
  ABORT_ERR: 20,
  URL_MISMATCH_ERR: 21,
  QUOTA_EXCEEDED_ERR: 22,
  TIMEOUT_ERR: 23,
  INVALID_NODE_TYPE_ERR: 24,
  DATA_CLONE_ERR: 25,
};

const _data = Symbol("DOMException data");
const prefix = "Failed to construct 'DOMException'";

function data(self) {
  webidl.assertBranded(self, DOMExceptionPrototype);
  return self[_data];
}

class DOMException {
  // constructor(optional DOMString message = "",
  //             optional (DOMExceptionOptions or DOMString) options = {})
  constructor(message = undefined, options = undefined) {
    message = message === undefined ? "" : webidl.converters.DOMString(message, prefix, "Argument 1");
    let name = "Error";
    let hasCause = false;
    let cause;
    // Union resolution: undefined, null and objects are the dictionary, anything else
    // the DOMString.
    if (options === undefined || options === null || webidl.type(options) === "Object") {
      if (options !== undefined && options !== null) {
        cause = options.cause;
        hasCause = cause !== undefined;
        const n = options.name;
        if (n !== undefined) name = webidl.converters.DOMString(n, prefix, "'name' of 'DOMExceptionOptions'");
      }
    } else {
      name = webidl.converters.DOMString(options, prefix, "Argument 2");
    }

    const error = ReflectConstruct(Error, [], new.target);
    // Frames inside this constructor say nothing to the user.
    if (ErrorCaptureStackTrace !== undefined) ErrorCaptureStackTrace(error, new.target);
    ObjectDefineProperty(error, _data, {
      __proto__: null,
      value: { name, message, code: codes[name] ?? 0, cause: hasCause ? cause : undefined },
    });
    webidl.setBrand(error);
    return error;
  }

  get name() {
    return data(this).name;
  }

  get message() {
    return data(this).message;
  }

  get code() {
    return data(this).code;
  }

  get cause() {
    return data(this).cause;
  }

  // Shown as its stack ("AbortError: message\n    at ..."), as Deno shows it.
  [privateCustomInspect](inspect, options) {
    if (webidl.isBranded(this, DOMExceptionPrototype)) {
      const stack = this.stack;
      if (typeof stack === "string") return stack;
    }
    return inspectAttributes("DOMException", this, ["message", "name", "code"], inspect, options);
  }
}

ObjectSetPrototypeOf(DOMException.prototype, ErrorPrototype);
webidl.configureInterface(DOMException);
const DOMExceptionPrototype = DOMException.prototype;

const constantNames = ObjectKeys(constants);
for (let i = 0; i < constantNames.length; ++i) {
  const key = constantNames[i];
  const desc = { __proto__: null, value: constants[key], enumerable: true };
  ObjectDefineProperty(DOMException, key, desc);
  ObjectDefineProperty(DOMExceptionPrototype, key, desc);
}

/** Whether `value` is a DOMException (for structuredClone's serializable objects). */
function isDOMException(value) {
  return webidl.isBranded(value, DOMExceptionPrototype);
}

export { DOMException, DOMExceptionPrototype, isDOMException };
