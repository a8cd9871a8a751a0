const e = new DOMException("msg", "NotFoundError");
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException);
console.log(Object.prototype.toString.call(e), String(e), Object.keys(e).length);
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
console.log(new DOMException().name, new DOMException().message === "", new DOMException("m", "Custom").code);
console.log(new DOMException("m", { name: "AbortError", cause: 42 }).cause, new DOMException("m", {}).name);
console.log(DOMException.DATA_CLONE_ERR, DOMException.prototype.ABORT_ERR, e.INDEX_SIZE_ERR);
const names = ["IndexSizeError", "HierarchyRequestError", "WrongDocumentError", "InvalidCharacterError",
  "NoModificationAllowedError", "NotFoundError", "NotSupportedError", "InUseAttributeError", "InvalidStateError",
  "SyntaxError", "InvalidModificationError", "NamespaceError", "InvalidAccessError", "TypeMismatchError",
  "SecurityError", "NetworkError", "AbortError", "URLMismatchError", "QuotaExceededError", "TimeoutError",
  "InvalidNodeTypeError", "DataCloneError", "EncodingError", "ValidationError"];
console.log(names.map((n) => new DOMException("", n).code).join(","));
const getter = Object.getOwnPropertyDescriptor(DOMException.prototype, "name").get;
try { getter.call({}); } catch (x) { console.log(x.constructor.name); }
console.log(Object.hasOwn(e, "name"), Object.hasOwn(e, "message"), typeof e.stack);
class MyErr extends DOMException { constructor() { super("sub", "AbortError"); } }
const m = new MyErr();
console.log(m instanceof MyErr, m.name, m.code);
try { DOMException(); } catch (x) { console.log(x.constructor.name); }
