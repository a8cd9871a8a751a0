// structuredClone (https://html.spec.whatwg.org/#dom-structuredclone): the HTML
// StructuredSerializeWithTransfer + StructuredDeserializeWithTransfer pair, fused into one
// walk that builds the copy while it reads the original.
//
// Most values (plain objects, arrays, Maps, Sets, Dates, primitives) never reach the
// walk here: op_structured_clone_fast clones them in the engine, some 40 times faster
// than this walk on an interpreter, and hands anything else back untouched.
//
// Why not deno_core's `core.structuredClone`: on QuickJS it goes through JS_WriteObject,
// which neither reports functions/symbols/platform objects as DataCloneError the way the
// spec does nor keeps Error subclasses and resizable buffers; and it cannot express
// transfer. So the algorithm is here, with one op call per object to read its internal
// slots (op_structured_clone_kind).
//
// The walk is iterative (an explicit stack of "fill this container" tasks, one property
// at a time) so deep graphs do not exhaust the native stack, yet it reads properties in
// the spec's depth-first order. `memory` maps each original to its copy: cycles and
// shared references come out shared, and each object costs O(1).
import { core, primordials } from "ext:core/mod.js";
import { op_structured_clone_fast, op_structured_clone_kind } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { DOMException, DOMExceptionPrototype, isDOMException } from "ext:x_ext_web/01_dom_exception.js";

const {
  Array,
  ArrayBuffer,
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeGetDetached,
  ArrayBufferPrototypeGetMaxByteLength,
  ArrayBufferPrototypeGetResizable,
  ArrayBufferPrototypeResize,
  ArrayBufferPrototypeSlice,
  ArrayBufferPrototypeTransfer,
  ArrayIsArray,
  ArrayPrototypePop,
  ArrayPrototypePush,
  BigIntPrototypeValueOf,
  BigInt64Array,
  BigUint64Array,
  Boolean,
  BooleanPrototypeValueOf,
  DataView,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  Date,
  DatePrototypeGetTime,
  Error,
  EvalError,
  FinalizationRegistryPrototypeUnregister,
  Float32Array,
  Float64Array,
  FunctionPrototypeCall,
  FunctionPrototypeToString,
  Int16Array,
  Int32Array,
  Int8Array,
  Map,
  MapPrototypeForEach,
  MapPrototypeGet,
  MapPrototypeHas,
  MapPrototypeSet,
  Number,
  NumberPrototypeValueOf,
  Object,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectHasOwn,
  ObjectKeys,
  ObjectPrototype,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypeIsPrototypeOf,
  ObjectPrototypeToString,
  RangeError,
  ReferenceError,
  RegExp,
  RegExpPrototypeGetFlags,
  RegExpPrototypeGetSource,
  SafeMap,
  SafeMapIterator,
  Set,
  SetPrototypeAdd,
  SetPrototypeForEach,
  String,
  StringPrototypeSlice,
  StringPrototypeValueOf,
  SymbolPrototypeToString,
  SyntaxError,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet,
  URIError,
  Uint16Array,
  Uint32Array,
  Uint8Array,
  Uint8ClampedArray,
  WeakRefPrototypeDeref,
} = primordials;

// Kinds reported by op_structured_clone_kind (see ops.rs).
const ORDINARY = 1;
const ARRAY = 2;
const BOOLEAN_OBJECT = 3;
const NUMBER_OBJECT = 4;
const BIGINT_OBJECT = 5;
const STRING_OBJECT = 6;
const DATE = 7;
const REGEXP = 8;
const ARRAY_BUFFER = 9;
const SHARED_ARRAY_BUFFER = 10;
const TYPED_ARRAY = 11;
const DATA_VIEW = 12;
const MAP = 13;
const SET = 14;
const ERROR = 15;
const NOT_CLONEABLE = 20;

const typedArrayConstructors = {
  __proto__: null,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
};
if (typeof globalThis.Float16Array === "function") typedArrayConstructors.Float16Array = globalThis.Float16Array;

const errorConstructors = {
  __proto__: null,
  Error,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
};

/**
 * What `value` (an object) is, for the walk. Plain objects, arrays and Dates, nearly all
 * of a typical value, are told apart here; anything else asks op_structured_clone_kind.
 * The op is not cheaper to trust: on QuickJS each of its checks reads the object's
 * class through Object.prototype.toString, a dozen JS calls per object, and so is no
 * more exact than the single toString read here. Proxies are refused before the read,
 * which would otherwise run their traps.
 */
function kindOf(value) {
  if (typeof value === "function" || core.isProxy(value)) return NOT_CLONEABLE;
  if (ArrayIsArray(value)) return ARRAY;
  const tag = ObjectPrototypeToString(value);
  if (tag === "[object Object]") return ORDINARY;
  if (tag === "[object Date]") {
    try {
      DatePrototypeGetTime(value);
      return DATE;
    } catch {
      // a Symbol.toStringTag of "Date" on something else
    }
  }
  return op_structured_clone_kind(value);
}

// Objects with internal slots that the op cannot name: %GeneratorPrototype% and friends.
const GeneratorPrototype = ObjectGetPrototypeOf(function* () {}).prototype;
const AsyncGeneratorPrototype = ObjectGetPrototypeOf(async function* () {}).prototype;
const domExceptionName = ObjectGetOwnPropertyDescriptor(DOMExceptionPrototype, "name").get;
const domExceptionMessage = ObjectGetOwnPropertyDescriptor(DOMExceptionPrototype, "message").get;

function dataCloneError(message) {
  return new DOMException(message, "DataCloneError");
}

function describe(value) {
  if (typeof value === "function") return FunctionPrototypeToString(value);
  if (core.isProxy(value)) return "#<Object>";
  try {
    return `#<${StringPrototypeSlice(ObjectPrototypeToString(value), 8, -1)}>`;
  } catch {
    return "#<Object>";
  }
}

function hasInternalSlots(value) {
  try {
    WeakRefPrototypeDeref(value);
    return true;
  } catch {
    // not a WeakRef
  }
  try {
    FinalizationRegistryPrototypeUnregister(value, {});
    return true;
  } catch {
    // not a FinalizationRegistry
  }
  return ObjectPrototypeIsPrototypeOf(GeneratorPrototype, value) ||
    ObjectPrototypeIsPrototypeOf(AsyncGeneratorPrototype, value);
}

// CreateDataProperty: never runs a setter inherited from Object.prototype.
function createDataProperty(target, key, value) {
  ObjectDefineProperty(target, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}

const OBJECT_TASK = 0;
const MAP_TASK = 1;
const SET_TASK = 2;
const HIDDEN_TASK = 3; // an Error's `cause`: a non-enumerable data property

class Walk {
  constructor(transferred) {
    this.memory = new SafeMap();
    this.transferred = transferred; // SafeMap<ArrayBuffer, placeholder | null> or null
    this.tasks = [];
  }

  run(root) {
    const result = this.clone(root);
    const tasks = this.tasks;
    while (tasks.length > 0) {
      const task = tasks[tasks.length - 1];
      if (task.index >= task.items.length) {
        ArrayPrototypePop(tasks);
        continue;
      }
      const item = task.items[task.index++];
      switch (task.type) {
        case OBJECT_TASK: {
          // The property may have been deleted by a getter read earlier.
          if (!ObjectHasOwn(task.source, item)) break;
          const copy = this.clone(task.source[item]);
          if (item === "__proto__") createDataProperty(task.result, item, copy);
          else task.result[item] = copy;
          break;
        }
        case MAP_TASK: {
          const copy = this.clone(item);
          if (task.index % 2 === 1) task.key = copy;
          else MapPrototypeSet(task.result, task.key, copy);
          break;
        }
        case SET_TASK:
          SetPrototypeAdd(task.result, this.clone(item));
          break;
        case HIDDEN_TASK:
          ObjectDefineProperty(task.result, item, {
            __proto__: null,
            value: this.clone(task.value),
            writable: true,
            enumerable: false,
            configurable: true,
          });
          break;
      }
    }
    return result;
  }

  push(type, source, result, items) {
    ArrayPrototypePush(this.tasks, { type, source, result, items, index: 0, key: undefined, value: undefined });
  }

  remember(value, copy) {
    MapPrototypeSet(this.memory, value, copy);
    return copy;
  }

  // The copy of `value`; containers come back empty and are filled by the tasks.
  clone(value) {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) {
      if (typeof value === "symbol") throw dataCloneError(`${SymbolPrototypeToString(value)} could not be cloned.`);
      return value;
    }
    const seen = MapPrototypeGet(this.memory, value);
    if (seen !== undefined) return seen;

    switch (kindOf(value)) {
      case ORDINARY: {
        const proto = ObjectGetPrototypeOf(value);
        if (proto !== ObjectPrototype && proto !== null) {
          if (isDOMException(value)) return this.cloneDOMException(value);
          const copy = serializableCopy(value);
          if (copy !== undefined) return this.remember(value, copy);
          if (webidl.isPlatformObject(value) || hasInternalSlots(value)) {
            throw dataCloneError(`${describe(value)} could not be cloned.`);
          }
        }
        const copy = this.remember(value, {});
        this.push(OBJECT_TASK, value, copy, ObjectKeys(value));
        return copy;
      }
      case ARRAY: {
        const copy = this.remember(value, new Array(value.length));
        this.push(OBJECT_TASK, value, copy, ObjectKeys(value));
        return copy;
      }
      case BOOLEAN_OBJECT:
        return this.remember(value, new Boolean(BooleanPrototypeValueOf(value)));
      case NUMBER_OBJECT:
        return this.remember(value, new Number(NumberPrototypeValueOf(value)));
      case BIGINT_OBJECT:
        return this.remember(value, Object(BigIntPrototypeValueOf(value)));
      case STRING_OBJECT:
        return this.remember(value, new String(StringPrototypeValueOf(value)));
      case DATE:
        return this.remember(value, new Date(DatePrototypeGetTime(value)));
      case REGEXP:
        return this.remember(value, new RegExp(RegExpPrototypeGetSource(value), RegExpPrototypeGetFlags(value)));
      case ARRAY_BUFFER:
        return this.cloneArrayBuffer(value);
      case SHARED_ARRAY_BUFFER:
        // One agent: the clone shares the memory, and so may as well be the same object.
        return this.remember(value, value);
      case TYPED_ARRAY: {
        const buffer = TypedArrayPrototypeGetBuffer(value);
        if (ArrayBufferIsDetached(buffer)) throw dataCloneError("An ArrayBuffer is detached and could not be cloned.");
        const offset = TypedArrayPrototypeGetByteOffset(value);
        const length = TypedArrayPrototypeGetLength(value);
        const bufferCopy = this.clone(buffer);
        const Ctor = typedArrayConstructors[TypedArrayPrototypeGetSymbolToStringTag(value)];
        return this.remember(value, new Ctor(bufferCopy, offset, length));
      }
      case DATA_VIEW: {
        const buffer = DataViewPrototypeGetBuffer(value);
        if (ArrayBufferIsDetached(buffer)) throw dataCloneError("An ArrayBuffer is detached and could not be cloned.");
        const offset = DataViewPrototypeGetByteOffset(value);
        const length = DataViewPrototypeGetByteLength(value);
        const bufferCopy = this.clone(buffer);
        return this.remember(value, new DataView(bufferCopy, offset, length));
      }
      case MAP: {
        const copy = this.remember(value, new Map());
        const items = [];
        MapPrototypeForEach(value, (v, k) => {
          ArrayPrototypePush(items, k);
          ArrayPrototypePush(items, v);
        });
        this.push(MAP_TASK, value, copy, items);
        return copy;
      }
      case SET: {
        const copy = this.remember(value, new Set());
        const items = [];
        SetPrototypeForEach(value, (v) => ArrayPrototypePush(items, v));
        this.push(SET_TASK, value, copy, items);
        return copy;
      }
      case ERROR:
        // A DOMException is an Error object too, but serializable as itself.
        if (isDOMException(value)) return this.cloneDOMException(value);
        return this.cloneError(value);
      default:
        throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
  }

  cloneArrayBuffer(value) {
    if (this.transferred !== null && MapPrototypeHas(this.transferred, value)) {
      // Filled with the bytes (and the original detached) once the whole walk succeeded.
      let placeholder = MapPrototypeGet(this.transferred, value);
      if (placeholder === null) {
        placeholder = newBufferLike(value);
        MapPrototypeSet(this.transferred, value, placeholder);
      }
      return this.remember(value, placeholder);
    }
    if (ArrayBufferIsDetached(value)) throw dataCloneError("An ArrayBuffer is detached and could not be cloned.");
    if (ArrayBufferPrototypeGetResizable(value)) {
      const copy = newBufferLike(value);
      TypedArrayPrototypeSet(new Uint8Array(copy), new Uint8Array(value));
      return this.remember(value, copy);
    }
    return this.remember(value, ArrayBufferPrototypeSlice(value, 0));
  }

  cloneDOMException(value) {
    const copy = new DOMException(
      FunctionPrototypeCall(domExceptionMessage, value),
      FunctionPrototypeCall(domExceptionName, value),
    );
    copyStack(value, copy);
    return this.remember(value, copy);
  }

  cloneError(value) {
    let name = value.name;
    if (typeof name !== "string" || errorConstructors[name] === undefined) name = "Error";
    const messageDesc = ObjectGetOwnPropertyDescriptor(value, "message");
    const message = messageDesc !== undefined && ObjectHasOwn(messageDesc, "value") ? `${messageDesc.value}` : undefined;
    const copy = this.remember(value, new errorConstructors[name]());
    if (message !== undefined) {
      ObjectDefineProperty(copy, "message", {
        __proto__: null,
        value: message,
        writable: true,
        enumerable: false,
        configurable: true,
      });
    }
    // Not in the spec's list, but "user agents should" keep interesting data: V8 (and so
    // Deno) keep the stack and the cause.
    copyStack(value, copy);
    const causeDesc = ObjectGetOwnPropertyDescriptor(value, "cause");
    if (causeDesc !== undefined && ObjectHasOwn(causeDesc, "value")) {
      ArrayPrototypePush(this.tasks, {
        type: HIDDEN_TASK,
        source: value,
        result: copy,
        items: ["cause"],
        index: 0,
        key: undefined,
        value: causeDesc.value,
      });
    }
    return copy;
  }
}

// The engine keeps `stack` as an own accessor, so it is read with Get.
function copyStack(from, to) {
  let stack;
  try {
    stack = from.stack;
  } catch {
    return;
  }
  if (typeof stack === "string") {
    ObjectDefineProperty(to, "stack", {
      __proto__: null,
      value: stack,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
}

function ArrayBufferIsDetached(buffer) {
  return ArrayBufferPrototypeGetDetached(buffer);
}

// An empty buffer of the same length (and, if resizable, the same maximum).
function newBufferLike(buffer) {
  const length = ArrayBufferPrototypeGetByteLength(buffer);
  return ArrayBufferPrototypeGetResizable(buffer)
    ? new ArrayBuffer(length, { maxByteLength: ArrayBufferPrototypeGetMaxByteLength(buffer) })
    : new ArrayBuffer(length);
}

// The serializable platform objects of other extensions (Blob, File, CryptoKey): each
// registers a test and a copy function (its serialization and deserialization steps in
// one). Everything else with platform-object slots is a DataCloneError.
const serializables = [];

/** `is(value)` says whether `copy(value)` makes value's structured clone. */
function registerSerializable(is, copy) {
  ArrayPrototypePush(serializables, { is, copy });
}

function serializableCopy(value) {
  for (let i = 0; i < serializables.length; i++) {
    if (serializables[i].is(value)) return serializables[i].copy(value);
  }
  return undefined;
}

/**
 * StructuredSerializeWithTransfer then StructuredDeserializeWithTransfer, in one walk.
 * `transferList` holds ArrayBuffers (the only transferable objects here); they are
 * detached only when the whole value was cloned without error.
 */
function structuredCloneInternal(value, transferList) {
  let transferred = null;
  if (transferList === undefined || transferList.length === 0) {
    // Plain objects, arrays, Maps, Sets, Dates, primitives: cloned by the engine, which
    // gives up (null) before doing anything observable when it meets something else.
    if (typeof value === "object" && value !== null) {
      const copy = op_structured_clone_fast(value);
      if (copy !== null) return copy;
    }
  } else {
    transferred = new SafeMap();
    for (let i = 0; i < transferList.length; i++) {
      const transferable = transferList[i];
      const kind = op_structured_clone_kind(transferable);
      if (kind === SHARED_ARRAY_BUFFER) throw dataCloneError("A SharedArrayBuffer could not be transferred.");
      if (kind !== ARRAY_BUFFER) throw dataCloneError("Value not transferable");
      // A WebAssembly.Memory's buffer cannot be detached ([[ArrayBufferDetachKey]]); the
      // engine marks it with this own property (v8x, mark_buffer_nondetachable). Refused
      // here, before anything else in the list is detached.
      if (ObjectPrototypeHasOwnProperty(transferable, "__v8x_nondetach")) {
        throw dataCloneError(`ArrayBuffer at index ${i} cannot be detached (a WebAssembly.Memory's) and could not be transferred.`);
      }
      if (MapPrototypeHas(transferred, transferable)) {
        throw dataCloneError(`ArrayBuffer at index ${i} is a duplicate of an earlier ArrayBuffer.`);
      }
      MapPrototypeSet(transferred, transferable, null);
    }
  }

  const result = new Walk(transferred).run(value);

  if (transferred !== null) {
    for (const { 0: buffer } of new SafeMapIterator(transferred)) {
      if (ArrayBufferIsDetached(buffer)) {
        throw dataCloneError("An ArrayBuffer is detached and could not be transferred.");
      }
    }
    for (const { 0: buffer, 1: placeholder } of new SafeMapIterator(transferred)) {
      if (placeholder !== null) {
        // The bytes as they are now (a getter may have written into the buffer or
        // resized it after it was first reached).
        const length = ArrayBufferPrototypeGetByteLength(buffer);
        if (ArrayBufferPrototypeGetResizable(placeholder) && ArrayBufferPrototypeGetByteLength(placeholder) !== length) {
          ArrayBufferPrototypeResize(placeholder, length);
        }
        TypedArrayPrototypeSet(new Uint8Array(placeholder), new Uint8Array(buffer));
      }
      ArrayBufferPrototypeTransfer(buffer); // detaches the original
    }
  }
  return result;
}

const convertStructuredSerializeOptions = webidl.createDictionaryConverter("StructuredSerializeOptions", [
  {
    key: "transfer",
    converter: webidl.createSequenceConverter(webidl.converters.object),
    defaultValue: () => [],
  },
]);

function structuredClone(value, options = undefined) {
  const prefix = "Failed to execute 'structuredClone' on 'Window'";
  webidl.requiredArguments(arguments.length, 1, prefix);
  const { transfer } = convertStructuredSerializeOptions(options, prefix, "Argument 2");
  return structuredCloneInternal(value, transfer);
}

export { registerSerializable, structuredClone, structuredCloneInternal };
