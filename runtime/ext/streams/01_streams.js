// The WHATWG Streams Standard (https://streams.spec.whatwg.org/): ReadableStream (default
// and byte streams, readers, tee, pipes, async iteration, from), WritableStream,
// TransformStream and the queuing strategies. The abstract operations keep the spec's
// names and step order, because the observable behaviour (which promise settles in which
// microtask, which algorithm runs first on cancel or error) is the spec's step order.
//
// At the end: the bridge to Rust resources (`readableStreamForRid`,
// `resourceForReadableStream`), which fetch bodies and the HTTP server share.
//
// Internal slots are module-private symbols on the objects (`stream[_state]`), so an
// abstract operation is a plain function and a brand check is one property load.
import { core, primordials } from "ext:core/mod.js";
import {
  op_stream_sink_close,
  op_stream_sink_error,
  op_stream_sink_new,
  op_stream_sink_write,
} from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import {
  AbortSignal,
  addAbortAlgorithm,
  isAbortSignal,
  newSignal,
  removeAbortAlgorithm,
  signalAbort,
} from "ext:x_ext_web/03_abort_signal.js";

const {
  ArrayBuffer,
  ArrayBufferIsView,
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeGetDetached,
  ArrayBufferPrototypeSlice,
  ArrayBufferPrototypeTransferToFixedLength,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  DataView,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  FunctionPrototypeCall,
  MathMin,
  NumberIsNaN,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectPrototypeIsPrototypeOf,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  RangeError,
  ReflectApply,
  SafePromiseAll,
  Symbol,
  SymbolAsyncIterator,
  SymbolFor,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet,
  Uint8Array,
  uncurryThis,
  queueMicrotask,
} = primordials;

const { converters } = webidl;

// A signal's state through its own getters, so a program that patches the prototype
// cannot change what a pipe sees.
const AbortSignalPrototypeGetAborted = uncurryThis(
  primordials.ObjectGetOwnPropertyDescriptor(AbortSignal.prototype, "aborted").get,
);
const AbortSignalPrototypeGetReason = uncurryThis(
  primordials.ObjectGetOwnPropertyDescriptor(AbortSignal.prototype, "reason").get,
);

const privateCustomInspect = SymbolFor("Deno.privateCustomInspect");
/** Only the platform constructs controllers, readers' requests and BYOB requests. */
const illegalConstructorKey = Symbol("illegalConstructorKey");

// ---------------------------------------------------------------------------------------
// Promises, as the spec's "a new promise", "resolve", "reject", "upon fulfillment".

/** A promise with its resolving functions and its state (the spec checks "is pending"). */
function newDeferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const deferred = { promise, resolve: undefined, reject: undefined, state: "pending" };
  deferred.resolve = (value) => {
    if (deferred.state !== "pending") return;
    deferred.state = "fulfilled";
    resolve(value);
  };
  deferred.reject = (reason) => {
    if (deferred.state !== "pending") return;
    deferred.state = "rejected";
    reject(reason);
  };
  return deferred;
}

function resolvedDeferred(value) {
  const deferred = newDeferred();
  deferred.resolve(value);
  return deferred;
}

function rejectedDeferred(reason) {
  const deferred = newDeferred();
  deferred.reject(reason);
  setPromiseIsHandledToTrue(deferred.promise);
  return deferred;
}

const noop = () => {};

function setPromiseIsHandledToTrue(promise) {
  PromisePrototypeThen(promise, undefined, noop);
}

/** WebIDL "a promise resolved with": a new promise, adopting thenables. */
function promiseResolvedWith(value) {
  if ((typeof value !== "object" || value === null) && typeof value !== "function") {
    return PromiseResolve(value);
  }
  return new Promise((resolve) => resolve(value));
}

function promiseRejectedWith(reason) {
  return PromiseReject(reason);
}

/** "React to" / "upon": a new promise; a throwing step rejects it. */
function transformPromiseWith(promise, onFulfilled, onRejected) {
  return PromisePrototypeThen(promise, onFulfilled, onRejected);
}

/** "Upon fulfillment/rejection" where nothing observes the result. */
function uponPromise(promise, onFulfilled, onRejected) {
  setPromiseIsHandledToTrue(PromisePrototypeThen(promise, onFulfilled, onRejected));
}

function uponFulfillment(promise, onFulfilled) {
  uponPromise(promise, onFulfilled, undefined);
}

function uponRejection(promise, onRejected) {
  uponPromise(promise, undefined, onRejected);
}

/** WebIDL: invoke a callback whose return type is a promise (throws become rejections). */
function invokePromiseCallback(fn, thisArg, args) {
  try {
    return promiseResolvedWith(ReflectApply(fn, thisArg, args));
  } catch (e) {
    return promiseRejectedWith(e);
  }
}

// ---------------------------------------------------------------------------------------
// Buffers.

function isDetachedBuffer(buffer) {
  return ArrayBufferPrototypeGetDetached(buffer);
}

/** https://streams.spec.whatwg.org/#transfer-array-buffer */
function transferArrayBuffer(buffer) {
  if (isDetachedBuffer(buffer)) throw new TypeError("Cannot transfer a detached ArrayBuffer");
  return ArrayBufferPrototypeTransferToFixedLength(buffer);
}

function isTypedArray(view) {
  return TypedArrayPrototypeGetSymbolToStringTag(view) !== undefined;
}

function viewBuffer(view) {
  return isTypedArray(view) ? TypedArrayPrototypeGetBuffer(view) : DataViewPrototypeGetBuffer(view);
}

function viewByteOffset(view) {
  return isTypedArray(view) ? TypedArrayPrototypeGetByteOffset(view) : DataViewPrototypeGetByteOffset(view);
}

function viewByteLength(view) {
  return isTypedArray(view) ? TypedArrayPrototypeGetByteLength(view) : DataViewPrototypeGetByteLength(view);
}

function cloneAsUint8Array(view) {
  const buffer = ArrayBufferPrototypeSlice(
    viewBuffer(view),
    viewByteOffset(view),
    viewByteOffset(view) + viewByteLength(view),
  );
  return new Uint8Array(buffer);
}

function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  TypedArrayPrototypeSet(
    new Uint8Array(toBuffer, toIndex, count),
    new Uint8Array(fromBuffer, fromIndex, count),
  );
}

function typedArrayElementSize(view) {
  switch (TypedArrayPrototypeGetSymbolToStringTag(view)) {
    case "Int8Array":
    case "Uint8Array":
    case "Uint8ClampedArray":
      return 1;
    case "Int16Array":
    case "Uint16Array":
    case "Float16Array":
      return 2;
    case "Int32Array":
    case "Uint32Array":
    case "Float32Array":
      return 4;
    default:
      return 8;
  }
}

// ---------------------------------------------------------------------------------------
// Queue-with-sizes (https://streams.spec.whatwg.org/#queue-with-sizes).

const _queue = Symbol("[[queue]]");
const _queueTotalSize = Symbol("[[queueTotalSize]]");

function isNonNegativeNumber(v) {
  return typeof v === "number" && !NumberIsNaN(v) && v >= 0;
}

function dequeueValue(container) {
  const pair = ArrayPrototypeShift(container[_queue]);
  container[_queueTotalSize] -= pair.size;
  if (container[_queueTotalSize] < 0) container[_queueTotalSize] = 0;
  return pair.value;
}

function enqueueValueWithSize(container, value, size) {
  if (!isNonNegativeNumber(size)) {
    throw new RangeError("The chunk size must be a non-negative number");
  }
  if (size === Infinity) throw new RangeError("The chunk size must be a finite number");
  ArrayPrototypePush(container[_queue], { value, size });
  container[_queueTotalSize] += size;
}

function peekQueueValue(container) {
  return container[_queue][0].value;
}

function resetQueue(container) {
  container[_queue] = [];
  container[_queueTotalSize] = 0;
}

// ---------------------------------------------------------------------------------------
// Queuing strategies.

function extractHighWaterMark(strategy, defaultHWM) {
  if (strategy.highWaterMark === undefined) return defaultHWM;
  const highWaterMark = strategy.highWaterMark;
  if (NumberIsNaN(highWaterMark) || highWaterMark < 0) {
    throw new RangeError("highWaterMark must be a non-negative number");
  }
  return highWaterMark;
}

const countOne = () => 1;

function extractSizeAlgorithm(strategy) {
  const size = strategy.size;
  if (size === undefined) return countOne;
  return (chunk) => FunctionPrototypeCall(size, undefined, chunk);
}

const queuingStrategyDict = webidl.createDictionaryConverter("QueuingStrategy", [
  { key: "highWaterMark", converter: converters["unrestricted double"] },
  { key: "size", converter: converters.Function },
]);

const queuingStrategyInitDict = webidl.createDictionaryConverter("QueuingStrategyInit", [
  { key: "highWaterMark", converter: converters["unrestricted double"], required: true },
]);

const _highWaterMark = Symbol("[[highWaterMark]]");

// One size function per realm, as the spec says; method syntax makes them
// non-constructors with the right name and length.
const byteLengthSizeFunction = {
  size(chunk) {
    return chunk.byteLength;
  },
}.size;
const countSizeFunction = {
  size() {
    return 1;
  },
}.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    const prefix = "Failed to construct 'ByteLengthQueuingStrategy'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    init = queuingStrategyInitDict(init, prefix, "Argument 1");
    this[_highWaterMark] = init.highWaterMark;
  }

  get highWaterMark() {
    if (!isByteLengthQueuingStrategy(this)) throw new TypeError("Illegal invocation");
    return this[_highWaterMark];
  }

  get size() {
    if (!isByteLengthQueuingStrategy(this)) throw new TypeError("Illegal invocation");
    return byteLengthSizeFunction;
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isByteLengthQueuingStrategy, ["highWaterMark", "size"], inspect, options);
  }
}

class CountQueuingStrategy {
  constructor(init) {
    const prefix = "Failed to construct 'CountQueuingStrategy'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    init = queuingStrategyInitDict(init, prefix, "Argument 1");
    this[_highWaterMark] = init.highWaterMark;
  }

  get highWaterMark() {
    if (!isCountQueuingStrategy(this)) throw new TypeError("Illegal invocation");
    return this[_highWaterMark];
  }

  get size() {
    if (!isCountQueuingStrategy(this)) throw new TypeError("Illegal invocation");
    return countSizeFunction;
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isCountQueuingStrategy, ["highWaterMark", "size"], inspect, options);
  }
}

function isByteLengthQueuingStrategy(v) {
  return typeof v === "object" && v !== null && v[_highWaterMark] !== undefined &&
    ObjectPrototypeIsPrototypeOf(ByteLengthQueuingStrategy.prototype, v);
}

function isCountQueuingStrategy(v) {
  return typeof v === "object" && v !== null && v[_highWaterMark] !== undefined &&
    ObjectPrototypeIsPrototypeOf(CountQueuingStrategy.prototype, v);
}

// ---------------------------------------------------------------------------------------
// Inspection: `console.log(stream)` shows the public state, as Deno does.

const viewPrototypes = { __proto__: null };

/** An object to hand to `inspect` that prints as `Name { key: value, ... }`. */
function inspectView(self, isBrand, keys, inspect, options, extra) {
  const name = self.constructor?.name ?? "Object";
  let proto = viewPrototypes[name];
  if (proto === undefined) {
    const ctor = { [name]: function () {} }[name];
    proto = ctor.prototype;
    viewPrototypes[name] = proto;
  }
  const view = ObjectCreate(proto);
  if (isBrand(self)) {
    for (let i = 0; i < keys.length; i++) view[keys[i]] = self[keys[i]];
    if (extra !== undefined) {
      for (const key in extra) view[key] = extra[key];
    }
  }
  return inspect(view, options);
}

// ---------------------------------------------------------------------------------------
// ReadableStream slots.

const _state = Symbol("[[state]]");
const _storedError = Symbol("[[storedError]]");
const _controller = Symbol("[[controller]]");
const _reader = Symbol("[[reader]]");
const _disturbed = Symbol("[[disturbed]]");
const _stream = Symbol("[[stream]]");
const _readRequests = Symbol("[[readRequests]]");
const _readIntoRequests = Symbol("[[readIntoRequests]]");
const _closedPromise = Symbol("[[closedPromise]]");
const _started = Symbol("[[started]]");
const _closeRequested = Symbol("[[closeRequested]]");
const _pullAgain = Symbol("[[pullAgain]]");
const _pulling = Symbol("[[pulling]]");
const _strategySizeAlgorithm = Symbol("[[strategySizeAlgorithm]]");
const _strategyHWM = Symbol("[[strategyHWM]]");
const _pullAlgorithm = Symbol("[[pullAlgorithm]]");
const _cancelAlgorithm = Symbol("[[cancelAlgorithm]]");
const _byobRequest = Symbol("[[byobRequest]]");
const _pendingPullIntos = Symbol("[[pendingPullIntos]]");
const _autoAllocateChunkSize = Symbol("[[autoAllocateChunkSize]]");
const _view = Symbol("[[view]]");
const _brand = Symbol("brand");
/** A Rust resource behind the stream (see readableStreamForRid). */
const _resourceBacking = Symbol("resourceBacking");

const kReadableStream = 1;
const kDefaultReader = 2;
const kBYOBReader = 3;
const kDefaultController = 4;
const kByteController = 5;
const kBYOBRequest = 6;
const kWritableStream = 7;
const kWriter = 8;
const kWritableController = 9;
const kTransformStream = 10;
const kTransformController = 11;

function hasBrand(v, brand) {
  return typeof v === "object" && v !== null && v[_brand] === brand;
}

const isReadableStream = (v) => hasBrand(v, kReadableStream);
const isReadableStreamDefaultReader = (v) => hasBrand(v, kDefaultReader);
const isReadableStreamBYOBReader = (v) => hasBrand(v, kBYOBReader);
const isReadableStreamDefaultController = (v) => hasBrand(v, kDefaultController);
const isReadableByteStreamController = (v) => hasBrand(v, kByteController);
const isReadableStreamBYOBRequest = (v) => hasBrand(v, kBYOBRequest);
const isWritableStream = (v) => hasBrand(v, kWritableStream);
const isWritableStreamDefaultWriter = (v) => hasBrand(v, kWriter);
const isWritableStreamDefaultController = (v) => hasBrand(v, kWritableController);
const isTransformStream = (v) => hasBrand(v, kTransformStream);
const isTransformStreamDefaultController = (v) => hasBrand(v, kTransformController);

// Streams, their readers, writers and controllers, and the queuing strategies are platform
// objects that are not serializable: structuredClone refuses them (DataCloneError).
webidl.registerPlatformObjectCheck((v) => typeof v === "object" && v !== null && v[_brand] !== undefined);
webidl.registerPlatformObjectCheck((v) => isByteLengthQueuingStrategy(v) || isCountQueuingStrategy(v));

function illegalInvocation() {
  return new TypeError("Illegal invocation");
}

function defineBrand(object, brand) {
  ObjectDefineProperty(object, _brand, { __proto__: null, value: brand });
}

// ---------------------------------------------------------------------------------------
// Dictionaries of the ReadableStream interface.

const underlyingSourceDict = webidl.createDictionaryConverter("UnderlyingSource", [
  {
    key: "autoAllocateChunkSize",
    converter: (v, prefix, context) => converters["unsigned long long"](v, prefix, context, { enforceRange: true }),
  },
  { key: "cancel", converter: converters.Function },
  { key: "pull", converter: converters.Function },
  { key: "start", converter: converters.Function },
  { key: "type", converter: webidl.createEnumConverter("ReadableStreamType", ["bytes"]) },
]);

const getReaderOptionsDict = webidl.createDictionaryConverter("ReadableStreamGetReaderOptions", [
  { key: "mode", converter: webidl.createEnumConverter("ReadableStreamReaderMode", ["byob"]) },
]);

const iteratorOptionsDict = webidl.createDictionaryConverter("ReadableStreamIteratorOptions", [
  { key: "preventCancel", converter: converters.boolean, defaultValue: false },
]);

const byobReaderReadOptionsDict = webidl.createDictionaryConverter("ReadableStreamBYOBReaderReadOptions", [
  {
    key: "min",
    converter: (v, prefix, context) => converters["unsigned long long"](v, prefix, context, { enforceRange: true }),
    defaultValue: 1,
  },
]);

function abortSignalConverter(v, prefix, context) {
  if (!isAbortSignal(v)) {
    throw webidl.makeException(TypeError, "is not of type 'AbortSignal'", prefix, context);
  }
  return v;
}

const streamPipeOptionsDict = webidl.createDictionaryConverter("StreamPipeOptions", [
  { key: "preventAbort", converter: converters.boolean, defaultValue: false },
  { key: "preventCancel", converter: converters.boolean, defaultValue: false },
  { key: "preventClose", converter: converters.boolean, defaultValue: false },
  { key: "signal", converter: abortSignalConverter },
]);

function readableStreamConverter(v, prefix, context) {
  if (!isReadableStream(v)) throw webidl.makeException(TypeError, "is not of type 'ReadableStream'", prefix, context);
  return v;
}

function writableStreamConverter(v, prefix, context) {
  if (!isWritableStream(v)) throw webidl.makeException(TypeError, "is not of type 'WritableStream'", prefix, context);
  return v;
}

const readableWritablePairDict = webidl.createDictionaryConverter("ReadableWritablePair", [
  { key: "readable", converter: readableStreamConverter, required: true },
  { key: "writable", converter: writableStreamConverter, required: true },
]);

// ---------------------------------------------------------------------------------------
// ReadableStream (https://streams.spec.whatwg.org/#rs-class).

class ReadableStream {
  constructor(underlyingSource = undefined, strategy = undefined) {
    defineBrand(this, kReadableStream);
    if (underlyingSource === illegalConstructorKey) {
      // CreateReadableStream / CreateReadableByteStream: set up by the caller.
      initializeReadableStream(this);
      return;
    }
    const prefix = "Failed to construct 'ReadableStream'";
    if (underlyingSource !== undefined) {
      converters.object(underlyingSource, prefix, "Argument 1");
    } else {
      underlyingSource = null;
    }
    strategy = queuingStrategyDict(strategy, prefix, "Argument 2");
    const underlyingSourceDictValue = underlyingSourceDict(underlyingSource, prefix, "Argument 1");
    initializeReadableStream(this);
    if (underlyingSourceDictValue.type === "bytes") {
      if (strategy.size !== undefined) {
        throw new RangeError(`${prefix}: The strategy for a byte stream cannot have a size function`);
      }
      const highWaterMark = extractHighWaterMark(strategy, 0);
      setUpReadableByteStreamControllerFromUnderlyingSource(
        this,
        underlyingSource,
        underlyingSourceDictValue,
        highWaterMark,
      );
    } else {
      const sizeAlgorithm = extractSizeAlgorithm(strategy);
      const highWaterMark = extractHighWaterMark(strategy, 1);
      setUpReadableStreamDefaultControllerFromUnderlyingSource(
        this,
        underlyingSource,
        underlyingSourceDictValue,
        highWaterMark,
        sizeAlgorithm,
      );
    }
  }

  static from(asyncIterable) {
    webidl.requiredArguments(arguments.length, 1, "Failed to execute 'from' on 'ReadableStream'");
    return readableStreamFromIterable(asyncIterable);
  }

  get locked() {
    if (!isReadableStream(this)) throw illegalInvocation();
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return promiseRejectedWith(illegalInvocation());
    if (isReadableStreamLocked(this)) {
      return promiseRejectedWith(new TypeError("Cannot cancel a locked ReadableStream"));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isReadableStream(this)) throw illegalInvocation();
    options = getReaderOptionsDict(options, "Failed to execute 'getReader' on 'ReadableStream'", "Argument 1");
    if (options.mode === undefined) return acquireReadableStreamDefaultReader(this);
    return acquireReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    if (!isReadableStream(this)) throw illegalInvocation();
    const prefix = "Failed to execute 'pipeThrough' on 'ReadableStream'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    transform = readableWritablePairDict(transform, prefix, "Argument 1");
    options = streamPipeOptionsDict(options, prefix, "Argument 2");
    if (isReadableStreamLocked(this)) throw new TypeError(`${prefix}: The ReadableStream is locked`);
    if (isWritableStreamLocked(transform.writable)) {
      throw new TypeError(`${prefix}: The WritableStream is locked`);
    }
    const promise = readableStreamPipeTo(
      this,
      transform.writable,
      options.preventClose,
      options.preventAbort,
      options.preventCancel,
      options.signal,
    );
    setPromiseIsHandledToTrue(promise);
    return transform.readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      if (!isReadableStream(this)) throw illegalInvocation();
      const prefix = "Failed to execute 'pipeTo' on 'ReadableStream'";
      webidl.requiredArguments(arguments.length, 1, prefix);
      destination = writableStreamConverter(destination, prefix, "Argument 1");
      options = streamPipeOptionsDict(options, prefix, "Argument 2");
      if (isReadableStreamLocked(this)) throw new TypeError(`${prefix}: The ReadableStream is locked`);
      if (isWritableStreamLocked(destination)) throw new TypeError(`${prefix}: The WritableStream is locked`);
      return readableStreamPipeTo(
        this,
        destination,
        options.preventClose,
        options.preventAbort,
        options.preventCancel,
        options.signal,
      );
    } catch (e) {
      return promiseRejectedWith(e);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw illegalInvocation();
    return readableStreamTee(this, false);
  }

  values(options = undefined) {
    if (!isReadableStream(this)) throw illegalInvocation();
    options = iteratorOptionsDict(options, "Failed to execute 'values' on 'ReadableStream'", "Argument 1");
    const reader = acquireReadableStreamDefaultReader(this);
    const iterator = ObjectCreate(readableStreamAsyncIteratorPrototype);
    iterator[_iteratorState] = {
      stream: this,
      reader,
      preventCancel: options.preventCancel,
      ongoingPromise: null,
      isFinished: false,
    };
    return iterator;
  }

  [privateCustomInspect](inspect, options) {
    const branded = isReadableStream(this);
    return inspectView(this, isReadableStream, ["locked"], inspect, options, branded
      ? { state: this[_state], supportsBYOB: isReadableByteStreamController(this[_controller]) }
      : undefined);
  }
}

const ReadableStreamPrototype = ReadableStream.prototype;

// The WebIDL async iterator (https://webidl.spec.whatwg.org/#es-asynchronous-iterator-prototype-object).
const _iteratorState = Symbol("asyncIteratorState");
const AsyncIteratorPrototype = ObjectGetPrototypeOf(
  ObjectGetPrototypeOf(async function* () {}).prototype,
);

function readableStreamAsyncIteratorNext(state) {
  if (state.isFinished) return promiseResolvedWith({ value: undefined, done: true });
  const reader = state.reader;
  const deferred = newDeferred();
  readableStreamDefaultReaderRead(reader, {
    chunkSteps(chunk) {
      deferred.resolve(chunk);
    },
    closeSteps() {
      readableStreamDefaultReaderRelease(reader);
      deferred.resolve(endOfIteration);
    },
    errorSteps(e) {
      readableStreamDefaultReaderRelease(reader);
      deferred.reject(e);
    },
  });
  return PromisePrototypeThen(
    deferred.promise,
    (next) => {
      state.ongoingPromise = null;
      if (next === endOfIteration) {
        state.isFinished = true;
        return { value: undefined, done: true };
      }
      return { value: next, done: false };
    },
    (reason) => {
      state.ongoingPromise = null;
      state.isFinished = true;
      throw reason;
    },
  );
}

const endOfIteration = Symbol("endOfIteration");

function readableStreamAsyncIteratorReturn(state, value) {
  if (state.isFinished) return promiseResolvedWith({ value, done: true });
  state.isFinished = true;
  const reader = state.reader;
  if (!state.preventCancel) {
    const result = readableStreamReaderGenericCancel(reader, value);
    readableStreamDefaultReaderRelease(reader);
    return result;
  }
  readableStreamDefaultReaderRelease(reader);
  return promiseResolvedWith(undefined);
}

const readableStreamAsyncIteratorPrototype = ObjectCreate(AsyncIteratorPrototype);
{
  const methods = {
    next() {
      const state = typeof this === "object" && this !== null ? this[_iteratorState] : undefined;
      if (state === undefined) return promiseRejectedWith(illegalInvocation());
      const nextSteps = () => readableStreamAsyncIteratorNext(state);
      const ongoing = state.ongoingPromise;
      state.ongoingPromise = ongoing !== null ? PromisePrototypeThen(ongoing, nextSteps, nextSteps) : nextSteps();
      return state.ongoingPromise;
    },
    return(value) {
      const state = typeof this === "object" && this !== null ? this[_iteratorState] : undefined;
      if (state === undefined) return promiseRejectedWith(illegalInvocation());
      const returnSteps = () => readableStreamAsyncIteratorReturn(state, value);
      const ongoing = state.ongoingPromise;
      state.ongoingPromise = ongoing !== null ? PromisePrototypeThen(ongoing, returnSteps, returnSteps) : returnSteps();
      return PromisePrototypeThen(state.ongoingPromise, () => ({ value, done: true }));
    },
  };
  for (const name of ["next", "return"]) {
    ObjectDefineProperty(readableStreamAsyncIteratorPrototype, name, {
      __proto__: null,
      value: methods[name],
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  ObjectDefineProperty(readableStreamAsyncIteratorPrototype, SymbolToStringTag, {
    __proto__: null,
    value: "ReadableStream AsyncIterator",
    configurable: true,
  });
}

// ---------------------------------------------------------------------------------------
// Readers.

class ReadableStreamDefaultReader {
  constructor(stream) {
    const prefix = "Failed to construct 'ReadableStreamDefaultReader'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    stream = readableStreamConverter(stream, prefix, "Argument 1");
    defineBrand(this, kDefaultReader);
    setUpReadableStreamDefaultReader(this, stream);
  }

  get closed() {
    if (!isReadableStreamDefaultReader(this)) return promiseRejectedWith(illegalInvocation());
    return this[_closedPromise].promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamDefaultReader(this)) return promiseRejectedWith(illegalInvocation());
    if (this[_stream] === undefined) {
      return promiseRejectedWith(new TypeError("The reader is not attached to a stream"));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) return promiseRejectedWith(illegalInvocation());
    if (this[_stream] === undefined) {
      return promiseRejectedWith(new TypeError("The reader is not attached to a stream"));
    }
    const deferred = newDeferred();
    readableStreamDefaultReaderRead(this, {
      chunkSteps(chunk) {
        deferred.resolve({ value: chunk, done: false });
      },
      closeSteps() {
        deferred.resolve({ value: undefined, done: true });
      },
      errorSteps(e) {
        deferred.reject(e);
      },
    });
    return deferred.promise;
  }

  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) throw illegalInvocation();
    if (this[_stream] === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isReadableStreamDefaultReader, ["closed"], inspect, options);
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    const prefix = "Failed to construct 'ReadableStreamBYOBReader'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    stream = readableStreamConverter(stream, prefix, "Argument 1");
    defineBrand(this, kBYOBReader);
    setUpReadableStreamBYOBReader(this, stream);
  }

  get closed() {
    if (!isReadableStreamBYOBReader(this)) return promiseRejectedWith(illegalInvocation());
    return this[_closedPromise].promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamBYOBReader(this)) return promiseRejectedWith(illegalInvocation());
    if (this[_stream] === undefined) {
      return promiseRejectedWith(new TypeError("The reader is not attached to a stream"));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  read(view, options = undefined) {
    const prefix = "Failed to execute 'read' on 'ReadableStreamBYOBReader'";
    try {
      if (!isReadableStreamBYOBReader(this)) throw illegalInvocation();
      webidl.requiredArguments(arguments.length, 1, prefix);
      view = converters.ArrayBufferView(view, prefix, "Argument 1");
      options = byobReaderReadOptionsDict(options, prefix, "Argument 2");
    } catch (e) {
      return promiseRejectedWith(e);
    }
    const byteLength = viewByteLength(view);
    const buffer = viewBuffer(view);
    if (byteLength === 0) {
      return promiseRejectedWith(new TypeError(`${prefix}: The view must have a non-zero byteLength`));
    }
    if (ArrayBufferPrototypeGetByteLength(buffer) === 0) {
      if (isDetachedBuffer(buffer)) {
        return promiseRejectedWith(new TypeError(`${prefix}: The view's buffer has been detached`));
      }
      return promiseRejectedWith(new TypeError(`${prefix}: The view's buffer must have a non-zero byteLength`));
    }
    if (isDetachedBuffer(buffer)) {
      return promiseRejectedWith(new TypeError(`${prefix}: The view's buffer has been detached`));
    }
    const min = options.min;
    if (min === 0) return promiseRejectedWith(new TypeError(`${prefix}: options.min must be greater than 0`));
    if (isTypedArray(view)) {
      if (min > TypedArrayPrototypeGetLength(view)) {
        return promiseRejectedWith(new RangeError(`${prefix}: options.min must not exceed the view's length`));
      }
    } else if (min > byteLength) {
      return promiseRejectedWith(new RangeError(`${prefix}: options.min must not exceed the view's byteLength`));
    }
    if (this[_stream] === undefined) {
      return promiseRejectedWith(new TypeError("The reader is not attached to a stream"));
    }
    const deferred = newDeferred();
    readableStreamBYOBReaderRead(this, view, min, {
      chunkSteps(chunk) {
        deferred.resolve({ value: chunk, done: false });
      },
      closeSteps(chunk) {
        deferred.resolve({ value: chunk, done: true });
      },
      errorSteps(e) {
        deferred.reject(e);
      },
    });
    return deferred.promise;
  }

  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw illegalInvocation();
    if (this[_stream] === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isReadableStreamBYOBReader, ["closed"], inspect, options);
  }
}

// ---------------------------------------------------------------------------------------
// Controllers.

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) throw new TypeError("Illegal constructor");
    defineBrand(this, kDefaultController);
  }

  get desiredSize() {
    if (!isReadableStreamDefaultController(this)) throw illegalInvocation();
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableStreamDefaultController(this)) throw illegalInvocation();
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new TypeError("The stream is not in a state that permits close");
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isReadableStreamDefaultController(this)) throw illegalInvocation();
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new TypeError("The stream is not in a state that permits enqueue");
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    if (!isReadableStreamDefaultController(this)) throw illegalInvocation();
    readableStreamDefaultControllerError(this, e);
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isReadableStreamDefaultController, ["desiredSize"], inspect, options);
  }
}

// [[CancelSteps]], [[PullSteps]] and [[ReleaseSteps]] of the default controller.
function defaultControllerCancelSteps(controller, reason) {
  resetQueue(controller);
  const result = controller[_cancelAlgorithm](reason);
  readableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

function defaultControllerPullSteps(controller, readRequest) {
  const stream = controller[_stream];
  if (controller[_queue].length > 0) {
    const chunk = dequeueValue(controller);
    if (controller[_closeRequested] && controller[_queue].length === 0) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    readRequest.chunkSteps(chunk);
  } else {
    readableStreamAddReadRequest(stream, readRequest);
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }
}

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) throw new TypeError("Illegal constructor");
    defineBrand(this, kByteController);
  }

  get byobRequest() {
    if (!isReadableByteStreamController(this)) throw illegalInvocation();
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isReadableByteStreamController(this)) throw illegalInvocation();
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableByteStreamController(this)) throw illegalInvocation();
    if (this[_closeRequested]) throw new TypeError("Close has already been requested");
    if (this[_stream][_state] !== "readable") {
      throw new TypeError("The stream is not in a state that permits close");
    }
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    const prefix = "Failed to execute 'enqueue' on 'ReadableByteStreamController'";
    if (!isReadableByteStreamController(this)) throw illegalInvocation();
    webidl.requiredArguments(arguments.length, 1, prefix);
    chunk = converters.ArrayBufferView(chunk, prefix, "Argument 1");
    if (viewByteLength(chunk) === 0) throw new TypeError(`${prefix}: The chunk must have a non-zero byteLength`);
    if (ArrayBufferPrototypeGetByteLength(viewBuffer(chunk)) === 0) {
      throw new TypeError(`${prefix}: The chunk's buffer must have a non-zero byteLength`);
    }
    if (this[_closeRequested]) throw new TypeError(`${prefix}: Close has already been requested`);
    if (this[_stream][_state] !== "readable") {
      throw new TypeError(`${prefix}: The stream is not in a state that permits enqueue`);
    }
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    if (!isReadableByteStreamController(this)) throw illegalInvocation();
    readableByteStreamControllerError(this, e);
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isReadableByteStreamController, ["byobRequest", "desiredSize"], inspect, options);
  }
}

function byteControllerCancelSteps(controller, reason) {
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  const result = controller[_cancelAlgorithm](reason);
  readableByteStreamControllerClearAlgorithms(controller);
  return result;
}

function byteControllerPullSteps(controller, readRequest) {
  const stream = controller[_stream];
  if (controller[_queueTotalSize] > 0) {
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
    return;
  }
  const autoAllocateChunkSize = controller[_autoAllocateChunkSize];
  if (autoAllocateChunkSize !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(autoAllocateChunkSize);
    } catch (e) {
      readRequest.errorSteps(e);
      return;
    }
    ArrayPrototypePush(controller[_pendingPullIntos], {
      buffer,
      bufferByteLength: autoAllocateChunkSize,
      byteOffset: 0,
      byteLength: autoAllocateChunkSize,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: Uint8Array,
      readerType: "default",
    });
  }
  readableStreamAddReadRequest(stream, readRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function byteControllerReleaseSteps(controller) {
  const pendingPullIntos = controller[_pendingPullIntos];
  if (pendingPullIntos.length > 0) {
    const firstPendingPullInto = pendingPullIntos[0];
    firstPendingPullInto.readerType = "none";
    controller[_pendingPullIntos] = [firstPendingPullInto];
  }
}

function controllerCancelSteps(controller, reason) {
  return isReadableByteStreamController(controller)
    ? byteControllerCancelSteps(controller, reason)
    : defaultControllerCancelSteps(controller, reason);
}

function controllerPullSteps(controller, readRequest) {
  if (isReadableByteStreamController(controller)) byteControllerPullSteps(controller, readRequest);
  else defaultControllerPullSteps(controller, readRequest);
}

function controllerReleaseSteps(controller) {
  if (isReadableByteStreamController(controller)) byteControllerReleaseSteps(controller);
}

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) throw new TypeError("Illegal constructor");
    defineBrand(this, kBYOBRequest);
  }

  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw illegalInvocation();
    return this[_view];
  }

  respond(bytesWritten) {
    const prefix = "Failed to execute 'respond' on 'ReadableStreamBYOBRequest'";
    if (!isReadableStreamBYOBRequest(this)) throw illegalInvocation();
    webidl.requiredArguments(arguments.length, 1, prefix);
    bytesWritten = converters["unsigned long long"](bytesWritten, prefix, "Argument 1", { enforceRange: true });
    if (this[_controller] === undefined) throw new TypeError(`${prefix}: This BYOB request has been invalidated`);
    if (isDetachedBuffer(viewBuffer(this[_view]))) {
      throw new TypeError(`${prefix}: The BYOB request's buffer has been detached`);
    }
    readableByteStreamControllerRespond(this[_controller], bytesWritten);
  }

  respondWithNewView(view) {
    const prefix = "Failed to execute 'respondWithNewView' on 'ReadableStreamBYOBRequest'";
    if (!isReadableStreamBYOBRequest(this)) throw illegalInvocation();
    webidl.requiredArguments(arguments.length, 1, prefix);
    view = converters.ArrayBufferView(view, prefix, "Argument 1");
    if (this[_controller] === undefined) throw new TypeError(`${prefix}: This BYOB request has been invalidated`);
    if (isDetachedBuffer(viewBuffer(view))) throw new TypeError(`${prefix}: The view's buffer has been detached`);
    readableByteStreamControllerRespondWithNewView(this[_controller], view);
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isReadableStreamBYOBRequest, ["view"], inspect, options);
  }
}

// ---------------------------------------------------------------------------------------
// ReadableStream abstract operations (https://streams.spec.whatwg.org/#rs-abstract-ops).

function acquireReadableStreamBYOBReader(stream) {
  const reader = ObjectCreate(ReadableStreamBYOBReader.prototype);
  defineBrand(reader, kBYOBReader);
  setUpReadableStreamBYOBReader(reader, stream);
  return reader;
}

function acquireReadableStreamDefaultReader(stream) {
  const reader = ObjectCreate(ReadableStreamDefaultReader.prototype);
  defineBrand(reader, kDefaultReader);
  setUpReadableStreamDefaultReader(reader, stream);
  return reader;
}

function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = countOne) {
  const stream = new ReadableStream(illegalConstructorKey);
  const controller = new ReadableStreamDefaultController(illegalConstructorKey);
  setUpReadableStreamDefaultController(
    stream,
    controller,
    startAlgorithm,
    pullAlgorithm,
    cancelAlgorithm,
    highWaterMark,
    sizeAlgorithm,
  );
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = new ReadableStream(illegalConstructorKey);
  const controller = new ReadableByteStreamController(illegalConstructorKey);
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

function initializeReadableStream(stream) {
  stream[_state] = "readable";
  stream[_reader] = undefined;
  stream[_storedError] = undefined;
  stream[_disturbed] = false;
  stream[_controller] = undefined;
}

function isReadableStreamLocked(stream) {
  return stream[_reader] !== undefined;
}

// https://streams.spec.whatwg.org/#readable-stream-from-iterable
function readableStreamFromIterable(asyncIterable) {
  let stream;
  const iteratorRecord = getAsyncIterator(asyncIterable);
  const startAlgorithm = noop;
  const pullAlgorithm = () => {
    let nextPromise;
    try {
      nextPromise = iteratorRecord.next();
    } catch (e) {
      return promiseRejectedWith(e);
    }
    return transformPromiseWith(nextPromise, (iterResult) => {
      if (typeof iterResult !== "object" || iterResult === null) {
        throw new TypeError("The iterator's next() result is not an object");
      }
      if (iterResult.done) {
        readableStreamDefaultControllerClose(stream[_controller]);
      } else {
        readableStreamDefaultControllerEnqueue(stream[_controller], iterResult.value);
      }
    });
  };
  const cancelAlgorithm = (reason) => {
    let returnPromise;
    try {
      returnPromise = iteratorRecord.return(reason);
    } catch (e) {
      return promiseRejectedWith(e);
    }
    if (returnPromise === undefined) return promiseResolvedWith(undefined);
    return transformPromiseWith(returnPromise, (iterResult) => {
      if (typeof iterResult !== "object" || iterResult === null) {
        throw new TypeError("The iterator's return() result is not an object");
      }
      return undefined;
    });
  };
  stream = createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// GetIterator(obj, async), with CreateAsyncFromSyncIterator's behaviour for the two
// calls ReadableStreamFromIterable makes: next() and return(reason). `next` returns a
// promise of the iterator result; `return` returns undefined when there is no method.
function getAsyncIterator(obj) {
  let method = obj == null ? undefined : obj[SymbolAsyncIterator];
  if (method === null) method = undefined;
  if (method !== undefined) {
    if (typeof method !== "function") throw new TypeError("Symbol.asyncIterator is not a function");
    const iterator = FunctionPrototypeCall(method, obj);
    if (typeof iterator !== "object" && typeof iterator !== "function" || iterator === null) {
      throw new TypeError("The async iterator is not an object");
    }
    const nextMethod = iterator.next;
    return {
      next() {
        return promiseResolvedWith(FunctionPrototypeCall(nextMethod, iterator));
      },
      return(reason) {
        const returnMethod = iterator.return;
        if (returnMethod === undefined || returnMethod === null) return undefined;
        if (typeof returnMethod !== "function") throw new TypeError("The iterator's return is not a function");
        return promiseResolvedWith(FunctionPrototypeCall(returnMethod, iterator, reason));
      },
    };
  }
  let syncMethod = obj == null ? undefined : obj[SymbolIterator];
  if (syncMethod === null) syncMethod = undefined;
  if (typeof syncMethod !== "function") {
    throw new TypeError("The value is not async iterable (it has neither Symbol.asyncIterator nor Symbol.iterator)");
  }
  const iterator = FunctionPrototypeCall(syncMethod, obj);
  if (typeof iterator !== "object" && typeof iterator !== "function" || iterator === null) {
    throw new TypeError("The iterator is not an object");
  }
  const nextMethod = iterator.next;
  const closeIterator = () => {
    const ret = iterator.return;
    if (ret !== undefined && ret !== null) FunctionPrototypeCall(ret, iterator);
  };
  // AsyncFromSyncIteratorContinuation.
  const continuation = (result, closeOnRejection) => {
    const done = !!result.done;
    const value = result.value;
    let valueWrapper;
    try {
      valueWrapper = PromiseResolve(value);
    } catch (e) {
      if (!done && closeOnRejection) closeIterator();
      throw e;
    }
    return PromisePrototypeThen(
      valueWrapper,
      (v) => ({ value: v, done }),
      done || !closeOnRejection ? undefined : (error) => {
        closeIterator();
        throw error;
      },
    );
  };
  return {
    next() {
      const result = FunctionPrototypeCall(nextMethod, iterator);
      if (typeof result !== "object" && typeof result !== "function" || result === null) {
        throw new TypeError("The iterator's next() result is not an object");
      }
      return continuation(result, true);
    },
    return(reason) {
      const returnMethod = iterator.return;
      if (returnMethod === undefined || returnMethod === null) return undefined;
      const result = FunctionPrototypeCall(returnMethod, iterator, reason);
      if (typeof result !== "object" && typeof result !== "function" || result === null) {
        throw new TypeError("The iterator's return() result is not an object");
      }
      return continuation(result, false);
    },
  };
}

// https://streams.spec.whatwg.org/#readable-stream-pipe-to
function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal = undefined) {
  const reader = acquireReadableStreamDefaultReader(source);
  const writer = acquireWritableStreamDefaultWriter(dest);
  source[_disturbed] = true;
  let shuttingDown = false;
  let currentWrite = promiseResolvedWith(undefined);
  const promise = newDeferred();
  let abortAlgorithm;

  const waitForWritesToFinish = () => {
    const oldCurrentWrite = currentWrite;
    return transformPromiseWith(
      currentWrite,
      () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined),
    );
  };

  const finalize = (isError, error) => {
    writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) removeAbortAlgorithm(signal, abortAlgorithm);
    if (isError) promise.reject(error);
    else promise.resolve(undefined);
  };

  const shutdownWithAction = (action, originalIsError, originalError) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      uponPromise(
        action(),
        () => finalize(originalIsError, originalError),
        (newError) => finalize(true, newError),
      );
    };
    if (dest[_state] === "writable" && !writableStreamCloseQueuedOrInFlight(dest)) {
      uponFulfillment(waitForWritesToFinish(), doTheRest);
    } else {
      doTheRest();
    }
  };

  const shutdown = (isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[_state] === "writable" && !writableStreamCloseQueuedOrInFlight(dest)) {
      uponFulfillment(waitForWritesToFinish(), () => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  };

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = AbortSignalPrototypeGetReason(signal);
      const actions = [];
      if (!preventAbort) {
        ArrayPrototypePush(actions, () => {
          if (dest[_state] === "writable") return writableStreamAbort(dest, error);
          return promiseResolvedWith(undefined);
        });
      }
      if (!preventCancel) {
        ArrayPrototypePush(actions, () => {
          if (source[_state] === "readable") return readableStreamCancel(source, error);
          return promiseResolvedWith(undefined);
        });
      }
      shutdownWithAction(() => {
        const promises = [];
        for (let i = 0; i < actions.length; i++) ArrayPrototypePush(promises, actions[i]());
        return SafePromiseAll(promises);
      }, true, error);
    };
    if (AbortSignalPrototypeGetAborted(signal)) {
      abortAlgorithm();
      return promise.promise;
    }
    addAbortAlgorithm(signal, abortAlgorithm);
  }

  const pipeStep = () => {
    if (shuttingDown) return promiseResolvedWith(true);
    return transformPromiseWith(writer[_readyPromise].promise, () => {
      // "Shutdown must stop activity": no read starts once shutting down.
      if (shuttingDown) return true;
      const read = newDeferred();
      readableStreamDefaultReaderRead(reader, {
        chunkSteps(chunk) {
          currentWrite = transformPromiseWith(writableStreamDefaultWriterWrite(writer, chunk), undefined, noop);
          read.resolve(false);
        },
        closeSteps() {
          read.resolve(true);
        },
        errorSteps: read.reject,
      });
      return read.promise;
    });
  };

  const pipeLoop = () => {
    const loop = newDeferred();
    const next = (done) => {
      if (done) loop.resolve();
      else PromisePrototypeThen(pipeStep(), next, loop.reject);
    };
    next(false);
    return loop.promise;
  };

  // Errors must be propagated forward.
  const isOrBecomesErrored = (stream, closedPromise, action) => {
    if (stream[_state] === "errored") action(stream[_storedError]);
    else uponRejection(closedPromise, action);
  };
  const isOrBecomesClosed = (stream, closedPromise, action) => {
    if (stream[_state] === "closed") action();
    else uponFulfillment(closedPromise, action);
  };

  isOrBecomesErrored(source, reader[_closedPromise].promise, (storedError) => {
    if (!preventAbort) shutdownWithAction(() => writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  // Errors must be propagated backward.
  isOrBecomesErrored(dest, writer[_closedPromise].promise, (storedError) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  // Closing must be propagated forward.
  isOrBecomesClosed(source, reader[_closedPromise].promise, () => {
    if (!preventClose) shutdownWithAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  });
  // Closing must be propagated backward.
  if (writableStreamCloseQueuedOrInFlight(dest) || dest[_state] === "closed") {
    const destClosed = new TypeError("The destination writable stream closed before all data could be piped to it");
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  setPromiseIsHandledToTrue(pipeLoop());
  return promise.promise;
}

// https://streams.spec.whatwg.org/#readable-stream-tee
function readableStreamTee(stream, cloneForBranch2) {
  if (isReadableByteStreamController(stream[_controller])) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = newDeferred();

  const pullAlgorithm = () => {
    if (reading) {
      readAgain = true;
      return promiseResolvedWith(undefined);
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = core.structuredClone(chunk2);
            } catch (e) {
              readableStreamDefaultControllerError(branch1[_controller], e);
              readableStreamDefaultControllerError(branch2[_controller], e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[_controller], chunk1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[_controller], chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[_controller]);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[_controller]);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
    return promiseResolvedWith(undefined);
  };

  const cancel1Algorithm = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  };
  const cancel2Algorithm = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  };

  branch1 = createReadableStream(noop, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(noop, pullAlgorithm, cancel2Algorithm);

  uponRejection(reader[_closedPromise].promise, (r) => {
    readableStreamDefaultControllerError(branch1[_controller], r);
    readableStreamDefaultControllerError(branch2[_controller], r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });

  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = newDeferred();

  const forwardReaderError = (thisReader) => {
    uponRejection(thisReader[_closedPromise].promise, (r) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(branch1[_controller], r);
      readableByteStreamControllerError(branch2[_controller], r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  };

  const pullWithDefaultReader = () => {
    if (isReadableStreamBYOBReader(reader)) {
      readableStreamBYOBReaderRelease(reader);
      reader = acquireReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (e) {
              readableByteStreamControllerError(branch1[_controller], e);
              readableByteStreamControllerError(branch2[_controller], e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1[_controller], chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2[_controller], chunk2);
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(branch1[_controller]);
        if (!canceled2) readableByteStreamControllerClose(branch2[_controller]);
        if (branch1[_controller][_pendingPullIntos].length > 0) {
          readableByteStreamControllerRespond(branch1[_controller], 0);
        }
        if (branch2[_controller][_pendingPullIntos].length > 0) {
          readableByteStreamControllerRespond(branch2[_controller], 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
  };

  const pullWithBYOBReader = (view, forBranch2) => {
    if (isReadableStreamDefaultReader(reader)) {
      readableStreamDefaultReaderRelease(reader);
      reader = acquireReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    readableStreamBYOBReaderRead(reader, view, 1, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (e) {
              readableByteStreamControllerError(byobBranch[_controller], e);
              readableByteStreamControllerError(otherBranch[_controller], e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
            if (!byobCanceled) readableByteStreamControllerRespondWithNewView(byobBranch[_controller], chunk);
            readableByteStreamControllerEnqueue(otherBranch[_controller], clonedChunk);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[_controller], chunk);
          }
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      closeSteps(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(byobBranch[_controller]);
        if (!otherCanceled) readableByteStreamControllerClose(otherBranch[_controller]);
        if (chunk !== undefined) {
          if (!byobCanceled) readableByteStreamControllerRespondWithNewView(byobBranch[_controller], chunk);
          if (!otherCanceled && otherBranch[_controller][_pendingPullIntos].length > 0) {
            readableByteStreamControllerRespond(otherBranch[_controller], 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    });
  };

  const pull1Algorithm = () => {
    if (reading) {
      readAgainForBranch1 = true;
      return promiseResolvedWith(undefined);
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(branch1[_controller]);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[_view], false);
    return promiseResolvedWith(undefined);
  };

  const pull2Algorithm = () => {
    if (reading) {
      readAgainForBranch2 = true;
      return promiseResolvedWith(undefined);
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(branch2[_controller]);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[_view], true);
    return promiseResolvedWith(undefined);
  };

  const cancel1Algorithm = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };
  const cancel2Algorithm = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };

  branch1 = createReadableByteStream(noop, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(noop, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

function readableStreamAddReadIntoRequest(stream, readRequest) {
  ArrayPrototypePush(stream[_reader][_readIntoRequests], readRequest);
}

function readableStreamAddReadRequest(stream, readRequest) {
  ArrayPrototypePush(stream[_reader][_readRequests], readRequest);
}

// https://streams.spec.whatwg.org/#readable-stream-cancel
function readableStreamCancel(stream, reason) {
  stream[_disturbed] = true;
  if (stream[_state] === "closed") return promiseResolvedWith(undefined);
  if (stream[_state] === "errored") return promiseRejectedWith(stream[_storedError]);
  readableStreamClose(stream);
  const reader = stream[_reader];
  if (reader !== undefined && isReadableStreamBYOBReader(reader)) {
    const readIntoRequests = reader[_readIntoRequests];
    reader[_readIntoRequests] = [];
    for (let i = 0; i < readIntoRequests.length; i++) readIntoRequests[i].closeSteps(undefined);
  }
  const sourceCancelPromise = controllerCancelSteps(stream[_controller], reason);
  return transformPromiseWith(sourceCancelPromise, noop);
}

function readableStreamClose(stream) {
  stream[_state] = "closed";
  const reader = stream[_reader];
  if (reader === undefined) return;
  reader[_closedPromise].resolve(undefined);
  if (isReadableStreamDefaultReader(reader)) {
    const readRequests = reader[_readRequests];
    reader[_readRequests] = [];
    for (let i = 0; i < readRequests.length; i++) readRequests[i].closeSteps();
  }
}

function readableStreamError(stream, e) {
  stream[_state] = "errored";
  stream[_storedError] = e;
  const reader = stream[_reader];
  if (reader === undefined) return;
  reader[_closedPromise].reject(e);
  setPromiseIsHandledToTrue(reader[_closedPromise].promise);
  if (isReadableStreamDefaultReader(reader)) readableStreamDefaultReaderErrorReadRequests(reader, e);
  else readableStreamBYOBReaderErrorReadIntoRequests(reader, e);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const readIntoRequest = ArrayPrototypeShift(stream[_reader][_readIntoRequests]);
  if (done) readIntoRequest.closeSteps(chunk);
  else readIntoRequest.chunkSteps(chunk);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const readRequest = ArrayPrototypeShift(stream[_reader][_readRequests]);
  if (done) readRequest.closeSteps();
  else readRequest.chunkSteps(chunk);
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[_reader][_readIntoRequests].length;
}

function readableStreamGetNumReadRequests(stream) {
  return stream[_reader][_readRequests].length;
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[_reader];
  return reader !== undefined && isReadableStreamBYOBReader(reader);
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[_reader];
  return reader !== undefined && isReadableStreamDefaultReader(reader);
}

// Readers (https://streams.spec.whatwg.org/#rs-reader-abstract-ops).

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[_stream], reason);
}

function readableStreamReaderGenericInitialize(reader, stream) {
  reader[_stream] = stream;
  stream[_reader] = reader;
  if (stream[_state] === "readable") {
    reader[_closedPromise] = newDeferred();
  } else if (stream[_state] === "closed") {
    reader[_closedPromise] = resolvedDeferred(undefined);
  } else {
    reader[_closedPromise] = rejectedDeferred(stream[_storedError]);
  }
}

function readableStreamReaderGenericRelease(reader) {
  const stream = reader[_stream];
  const error = new TypeError("The reader was released");
  if (stream[_state] === "readable") {
    reader[_closedPromise].reject(error);
  } else {
    reader[_closedPromise] = rejectedDeferred(error);
  }
  setPromiseIsHandledToTrue(reader[_closedPromise].promise);
  controllerReleaseSteps(stream[_controller]);
  stream[_reader] = undefined;
  reader[_stream] = undefined;
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  const readIntoRequests = reader[_readIntoRequests];
  reader[_readIntoRequests] = [];
  for (let i = 0; i < readIntoRequests.length; i++) readIntoRequests[i].errorSteps(e);
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[_stream];
  stream[_disturbed] = true;
  if (stream[_state] === "errored") readIntoRequest.errorSteps(stream[_storedError]);
  else readableByteStreamControllerPullInto(stream[_controller], view, min, readIntoRequest);
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, new TypeError("The reader was released"));
}

function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  const readRequests = reader[_readRequests];
  reader[_readRequests] = [];
  for (let i = 0; i < readRequests.length; i++) readRequests[i].errorSteps(e);
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[_stream];
  stream[_disturbed] = true;
  if (stream[_state] === "closed") readRequest.closeSteps();
  else if (stream[_state] === "errored") readRequest.errorSteps(stream[_storedError]);
  else controllerPullSteps(stream[_controller], readRequest);
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, new TypeError("The reader was released"));
}

function setUpReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw new TypeError("The stream is already locked to a reader");
  if (!isReadableByteStreamController(stream[_controller])) {
    throw new TypeError("A BYOB reader needs a readable byte stream");
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[_readIntoRequests] = [];
}

function setUpReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw new TypeError("The stream is already locked to a reader");
  readableStreamReaderGenericInitialize(reader, stream);
  reader[_readRequests] = [];
}

// Default controllers (https://streams.spec.whatwg.org/#rs-default-controller-abstract-ops).

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  if (controller[_pulling]) {
    controller[_pullAgain] = true;
    return;
  }
  controller[_pulling] = true;
  const pullPromise = controller[_pullAlgorithm](controller);
  uponPromise(pullPromise, () => {
    controller[_pulling] = false;
    if (controller[_pullAgain]) {
      controller[_pullAgain] = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (e) => {
    readableStreamDefaultControllerError(controller, e);
  });
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const stream = controller[_stream];
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!controller[_started]) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  const desiredSize = readableStreamDefaultControllerGetDesiredSize(controller);
  return desiredSize > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  controller[_pullAlgorithm] = undefined;
  controller[_cancelAlgorithm] = undefined;
  controller[_strategySizeAlgorithm] = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const stream = controller[_stream];
  controller[_closeRequested] = true;
  if (controller[_queue].length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const stream = controller[_stream];
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = controller[_strategySizeAlgorithm](chunk);
    } catch (e) {
      readableStreamDefaultControllerError(controller, e);
      throw e;
    }
    try {
      enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (e) {
      readableStreamDefaultControllerError(controller, e);
      throw e;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, e) {
  const stream = controller[_stream];
  if (stream[_state] !== "readable") return;
  resetQueue(controller);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[_stream][_state];
  if (state === "errored") return null;
  if (state === "closed") return 0;
  return controller[_strategyHWM] - controller[_queueTotalSize];
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  return !controller[_closeRequested] && controller[_stream][_state] === "readable";
}

function setUpReadableStreamDefaultController(
  stream,
  controller,
  startAlgorithm,
  pullAlgorithm,
  cancelAlgorithm,
  highWaterMark,
  sizeAlgorithm,
) {
  controller[_stream] = stream;
  resetQueue(controller);
  controller[_started] = false;
  controller[_closeRequested] = false;
  controller[_pullAgain] = false;
  controller[_pulling] = false;
  controller[_strategySizeAlgorithm] = sizeAlgorithm;
  controller[_strategyHWM] = highWaterMark;
  controller[_pullAlgorithm] = pullAlgorithm;
  controller[_cancelAlgorithm] = cancelAlgorithm;
  stream[_controller] = controller;
  const startResult = startAlgorithm(controller);
  const startPromise = promiseResolvedWith(startResult);
  uponPromise(startPromise, () => {
    controller[_started] = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (r) => {
    readableStreamDefaultControllerError(controller, r);
  });
}

function setUpReadableStreamDefaultControllerFromUnderlyingSource(
  stream,
  underlyingSource,
  underlyingSourceDict,
  highWaterMark,
  sizeAlgorithm,
) {
  const controller = new ReadableStreamDefaultController(illegalConstructorKey);
  const { start, pull, cancel } = underlyingSourceDict;
  const startAlgorithm = start === undefined
    ? noop
    : () => FunctionPrototypeCall(start, underlyingSource, controller);
  const pullAlgorithm = pull === undefined
    ? () => promiseResolvedWith(undefined)
    : () => invokePromiseCallback(pull, underlyingSource, [controller]);
  const cancelAlgorithm = cancel === undefined
    ? () => promiseResolvedWith(undefined)
    : (reason) => invokePromiseCallback(cancel, underlyingSource, [reason]);
  setUpReadableStreamDefaultController(
    stream,
    controller,
    startAlgorithm,
    pullAlgorithm,
    cancelAlgorithm,
    highWaterMark,
    sizeAlgorithm,
  );
}

// Byte stream controllers (https://streams.spec.whatwg.org/#rbs-controller-abstract-ops).

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  if (controller[_pulling]) {
    controller[_pullAgain] = true;
    return;
  }
  controller[_pulling] = true;
  const pullPromise = controller[_pullAlgorithm](controller);
  uponPromise(pullPromise, () => {
    controller[_pulling] = false;
    if (controller[_pullAgain]) {
      controller[_pullAgain] = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (e) => {
    readableByteStreamControllerError(controller, e);
  });
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller[_pullAlgorithm] = undefined;
  controller[_cancelAlgorithm] = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[_pendingPullIntos] = [];
}

function readableByteStreamControllerClose(controller) {
  const stream = controller[_stream];
  if (controller[_closeRequested] || stream[_state] !== "readable") return;
  if (controller[_queueTotalSize] > 0) {
    controller[_closeRequested] = true;
    return;
  }
  if (controller[_pendingPullIntos].length > 0) {
    const firstPendingPullInto = controller[_pendingPullIntos][0];
    if (firstPendingPullInto.bytesFilled % firstPendingPullInto.elementSize !== 0) {
      const e = new TypeError("Insufficient bytes to fill elements in the given buffer");
      readableByteStreamControllerError(controller, e);
      throw e;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor) {
  let done = false;
  if (stream[_state] === "closed") done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
  if (pullIntoDescriptor.readerType === "default") {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor) {
  const { bytesFilled, elementSize } = pullIntoDescriptor;
  const buffer = transferArrayBuffer(pullIntoDescriptor.buffer);
  return new pullIntoDescriptor.viewConstructor(buffer, pullIntoDescriptor.byteOffset, bytesFilled / elementSize);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const stream = controller[_stream];
  if (controller[_closeRequested] || stream[_state] !== "readable") return;
  const buffer = viewBuffer(chunk);
  const byteOffset = viewByteOffset(chunk);
  const byteLength = viewByteLength(chunk);
  if (isDetachedBuffer(buffer)) throw new TypeError("The chunk's buffer has been detached");
  const transferredBuffer = transferArrayBuffer(buffer);
  if (controller[_pendingPullIntos].length > 0) {
    const firstPendingPullInto = controller[_pendingPullIntos][0];
    if (isDetachedBuffer(firstPendingPullInto.buffer)) {
      throw new TypeError("The BYOB request's buffer has been detached");
    }
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    firstPendingPullInto.buffer = transferArrayBuffer(firstPendingPullInto.buffer);
    if (firstPendingPullInto.readerType === "none") {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, firstPendingPullInto);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (controller[_pendingPullIntos].length > 0) {
        readableByteStreamControllerShiftPendingPullInto(controller);
      }
      const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filledPullIntos.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
    }
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  ArrayPrototypePush(controller[_queue], { buffer, byteOffset, byteLength });
  controller[_queueTotalSize] += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let cloneResult;
  try {
    cloneResult = ArrayBufferPrototypeSlice(buffer, byteOffset, byteOffset + byteLength);
  } catch (e) {
    readableByteStreamControllerError(controller, e);
    throw e;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, cloneResult, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor) {
  if (pullIntoDescriptor.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(
      controller,
      pullIntoDescriptor.buffer,
      pullIntoDescriptor.byteOffset,
      pullIntoDescriptor.bytesFilled,
    );
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerError(controller, e) {
  const stream = controller[_stream];
  if (stream[_state] !== "readable") return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(_controller, size, pullIntoDescriptor) {
  pullIntoDescriptor.bytesFilled += size;
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor) {
  const maxBytesToCopy = MathMin(
    controller[_queueTotalSize],
    pullIntoDescriptor.byteLength - pullIntoDescriptor.bytesFilled,
  );
  const maxBytesFilled = pullIntoDescriptor.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullIntoDescriptor.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullIntoDescriptor.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullIntoDescriptor.bytesFilled;
    ready = true;
  }
  const queue = controller[_queue];
  while (totalBytesToCopyRemaining > 0) {
    const headOfQueue = queue[0];
    const bytesToCopy = MathMin(totalBytesToCopyRemaining, headOfQueue.byteLength);
    const destStart = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
    copyDataBlockBytes(pullIntoDescriptor.buffer, destStart, headOfQueue.buffer, headOfQueue.byteOffset, bytesToCopy);
    if (headOfQueue.byteLength === bytesToCopy) {
      ArrayPrototypeShift(queue);
    } else {
      headOfQueue.byteOffset += bytesToCopy;
      headOfQueue.byteLength -= bytesToCopy;
    }
    controller[_queueTotalSize] -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, pullIntoDescriptor);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const entry = ArrayPrototypeShift(controller[_queue]);
  controller[_queueTotalSize] -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  const view = new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength);
  readRequest.chunkSteps(view);
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  if (controller[_byobRequest] === null && controller[_pendingPullIntos].length > 0) {
    const firstDescriptor = controller[_pendingPullIntos][0];
    const view = new Uint8Array(
      firstDescriptor.buffer,
      firstDescriptor.byteOffset + firstDescriptor.bytesFilled,
      firstDescriptor.byteLength - firstDescriptor.bytesFilled,
    );
    const byobRequest = new ReadableStreamBYOBRequest(illegalConstructorKey);
    byobRequest[_controller] = controller;
    byobRequest[_view] = view;
    controller[_byobRequest] = byobRequest;
  }
  return controller[_byobRequest];
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const state = controller[_stream][_state];
  if (state === "errored") return null;
  if (state === "closed") return 0;
  return controller[_strategyHWM] - controller[_queueTotalSize];
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  if (controller[_queueTotalSize] === 0 && controller[_closeRequested]) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(controller[_stream]);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const byobRequest = controller[_byobRequest];
  if (byobRequest === null) return;
  byobRequest[_controller] = undefined;
  byobRequest[_view] = null;
  controller[_byobRequest] = null;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const filledPullIntos = [];
  while (controller[_pendingPullIntos].length > 0) {
    if (controller[_queueTotalSize] === 0) break;
    const pullIntoDescriptor = controller[_pendingPullIntos][0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      ArrayPrototypePush(filledPullIntos, pullIntoDescriptor);
    }
  }
  return filledPullIntos;
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const reader = controller[_stream][_reader];
  while (reader[_readRequests].length > 0) {
    if (controller[_queueTotalSize] === 0) return;
    const readRequest = ArrayPrototypeShift(reader[_readRequests]);
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const stream = controller[_stream];
  let elementSize = 1;
  let ctor = DataView;
  if (isTypedArray(view)) {
    elementSize = typedArrayElementSize(view);
    // A subclass or a patched constructor must not see the buffer: use the intrinsic.
    ctor = typedArrayConstructors[TypedArrayPrototypeGetSymbolToStringTag(view)];
  }
  const minimumFill = min * elementSize;
  const byteOffset = viewByteOffset(view);
  const byteLength = viewByteLength(view);
  let buffer;
  try {
    buffer = transferArrayBuffer(viewBuffer(view));
  } catch (e) {
    readIntoRequest.errorSteps(e);
    return;
  }
  const pullIntoDescriptor = {
    buffer,
    bufferByteLength: ArrayBufferPrototypeGetByteLength(buffer),
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor: ctor,
    readerType: "byob",
  };
  if (controller[_pendingPullIntos].length > 0) {
    ArrayPrototypePush(controller[_pendingPullIntos], pullIntoDescriptor);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[_state] === "closed") {
    const emptyView = new ctor(pullIntoDescriptor.buffer, pullIntoDescriptor.byteOffset, 0);
    readIntoRequest.closeSteps(emptyView);
    return;
  }
  if (controller[_queueTotalSize] > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (controller[_closeRequested]) {
      const e = new TypeError("Insufficient bytes to fill elements in the given buffer");
      readableByteStreamControllerError(controller, e);
      readIntoRequest.errorSteps(e);
      return;
    }
  }
  ArrayPrototypePush(controller[_pendingPullIntos], pullIntoDescriptor);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

const typedArrayConstructors = {
  __proto__: null,
  Int8Array: primordials.Int8Array,
  Uint8Array: primordials.Uint8Array,
  Uint8ClampedArray: primordials.Uint8ClampedArray,
  Int16Array: primordials.Int16Array,
  Uint16Array: primordials.Uint16Array,
  Int32Array: primordials.Int32Array,
  Uint32Array: primordials.Uint32Array,
  Float32Array: primordials.Float32Array,
  Float64Array: primordials.Float64Array,
  BigInt64Array: primordials.BigInt64Array,
  BigUint64Array: primordials.BigUint64Array,
  Float16Array: globalThis.Float16Array,
};

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const firstDescriptor = controller[_pendingPullIntos][0];
  const state = controller[_stream][_state];
  if (state === "closed") {
    if (bytesWritten !== 0) {
      throw new TypeError("bytesWritten must be 0 when calling respond() on a closed stream");
    }
  } else {
    if (bytesWritten === 0) {
      throw new TypeError("bytesWritten must be greater than 0 when calling respond() on a readable stream");
    }
    if (firstDescriptor.bytesFilled + bytesWritten > firstDescriptor.byteLength) {
      throw new RangeError("bytesWritten out of range");
    }
  }
  firstDescriptor.buffer = transferArrayBuffer(firstDescriptor.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, firstDescriptor) {
  if (firstDescriptor.readerType === "none") readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = controller[_stream];
  if (readableStreamHasBYOBReader(stream)) {
    const filledPullIntos = [];
    while (filledPullIntos.length < readableStreamGetNumReadIntoRequests(stream)) {
      ArrayPrototypePush(filledPullIntos, readableByteStreamControllerShiftPendingPullInto(controller));
    }
    for (let i = 0; i < filledPullIntos.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, pullIntoDescriptor) {
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, pullIntoDescriptor);
  if (pullIntoDescriptor.readerType === "none") {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor);
    const filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filledPullIntos.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(controller[_stream], filledPullIntos[i]);
    }
    return;
  }
  if (pullIntoDescriptor.bytesFilled < pullIntoDescriptor.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = pullIntoDescriptor.bytesFilled % pullIntoDescriptor.elementSize;
  if (remainderSize > 0) {
    const end = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(
      controller,
      pullIntoDescriptor.buffer,
      end - remainderSize,
      remainderSize,
    );
  }
  pullIntoDescriptor.bytesFilled -= remainderSize;
  const filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(controller[_stream], pullIntoDescriptor);
  for (let i = 0; i < filledPullIntos.length; i++) {
    readableByteStreamControllerCommitPullIntoDescriptor(controller[_stream], filledPullIntos[i]);
  }
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const firstDescriptor = controller[_pendingPullIntos][0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  const state = controller[_stream][_state];
  if (state === "closed") {
    readableByteStreamControllerRespondInClosedState(controller, firstDescriptor);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, firstDescriptor);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const firstDescriptor = controller[_pendingPullIntos][0];
  const state = controller[_stream][_state];
  const byteLength = viewByteLength(view);
  if (state === "closed") {
    if (byteLength !== 0) {
      throw new TypeError("The view's length must be 0 when calling respondWithNewView() on a closed stream");
    }
  } else if (byteLength === 0) {
    throw new TypeError("The view's length must be greater than 0 when calling respondWithNewView() on a readable stream");
  }
  if (firstDescriptor.byteOffset + firstDescriptor.bytesFilled !== viewByteOffset(view)) {
    throw new RangeError("The region specified by view does not match byobRequest");
  }
  if (firstDescriptor.bufferByteLength !== ArrayBufferPrototypeGetByteLength(viewBuffer(view))) {
    throw new RangeError("The buffer of view has different capacity than byobRequest");
  }
  if (firstDescriptor.bytesFilled + byteLength > firstDescriptor.byteLength) {
    throw new RangeError("The region specified by view is larger than byobRequest");
  }
  const viewByteLengthValue = byteLength;
  firstDescriptor.buffer = transferArrayBuffer(viewBuffer(view));
  readableByteStreamControllerRespondInternal(controller, viewByteLengthValue);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return ArrayPrototypeShift(controller[_pendingPullIntos]);
}

function readableByteStreamControllerShouldCallPull(controller) {
  const stream = controller[_stream];
  if (stream[_state] !== "readable") return false;
  if (controller[_closeRequested]) return false;
  if (!controller[_started]) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function setUpReadableByteStreamController(
  stream,
  controller,
  startAlgorithm,
  pullAlgorithm,
  cancelAlgorithm,
  highWaterMark,
  autoAllocateChunkSize,
) {
  controller[_stream] = stream;
  controller[_pullAgain] = false;
  controller[_pulling] = false;
  controller[_byobRequest] = null;
  resetQueue(controller);
  controller[_closeRequested] = false;
  controller[_started] = false;
  controller[_strategyHWM] = highWaterMark;
  controller[_pullAlgorithm] = pullAlgorithm;
  controller[_cancelAlgorithm] = cancelAlgorithm;
  controller[_autoAllocateChunkSize] = autoAllocateChunkSize;
  controller[_pendingPullIntos] = [];
  stream[_controller] = controller;
  const startResult = startAlgorithm(controller);
  uponPromise(promiseResolvedWith(startResult), () => {
    controller[_started] = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (r) => {
    readableByteStreamControllerError(controller, r);
  });
}

function setUpReadableByteStreamControllerFromUnderlyingSource(
  stream,
  underlyingSource,
  underlyingSourceDict,
  highWaterMark,
) {
  const controller = new ReadableByteStreamController(illegalConstructorKey);
  const { start, pull, cancel } = underlyingSourceDict;
  const startAlgorithm = start === undefined
    ? noop
    : () => FunctionPrototypeCall(start, underlyingSource, controller);
  const pullAlgorithm = pull === undefined
    ? () => promiseResolvedWith(undefined)
    : () => invokePromiseCallback(pull, underlyingSource, [controller]);
  const cancelAlgorithm = cancel === undefined
    ? () => promiseResolvedWith(undefined)
    : (reason) => invokePromiseCallback(cancel, underlyingSource, [reason]);
  const autoAllocateChunkSize = underlyingSourceDict.autoAllocateChunkSize;
  if (autoAllocateChunkSize === 0) throw new TypeError("autoAllocateChunkSize must be greater than 0");
  setUpReadableByteStreamController(
    stream,
    controller,
    startAlgorithm,
    pullAlgorithm,
    cancelAlgorithm,
    highWaterMark,
    autoAllocateChunkSize,
  );
}

// ---------------------------------------------------------------------------------------
// WritableStream (https://streams.spec.whatwg.org/#ws-class).

const _backpressure = Symbol("[[backpressure]]");
const _closeRequest = Symbol("[[closeRequest]]");
const _inFlightWriteRequest = Symbol("[[inFlightWriteRequest]]");
const _inFlightCloseRequest = Symbol("[[inFlightCloseRequest]]");
const _pendingAbortRequest = Symbol("[[pendingAbortRequest]]");
const _writer = Symbol("[[writer]]");
const _writeRequests = Symbol("[[writeRequests]]");
const _readyPromise = Symbol("[[readyPromise]]");
const _abortAlgorithm = Symbol("[[abortAlgorithm]]");
const _closeAlgorithm = Symbol("[[closeAlgorithm]]");
const _writeAlgorithm = Symbol("[[writeAlgorithm]]");
// Holds the controller's AbortSignal itself (the spec's [[abortController]] is only
// ever used for its signal).
const _abortController = Symbol("[[abortController]]");
const _abortReason = Symbol("abortReason");
const notAborted = Symbol("notAborted");
const closeSentinel = Symbol("closeSentinel");

const underlyingSinkDict = webidl.createDictionaryConverter("UnderlyingSink", [
  { key: "abort", converter: converters.Function },
  { key: "close", converter: converters.Function },
  { key: "start", converter: converters.Function },
  { key: "type", converter: converters.any },
  { key: "write", converter: converters.Function },
]);

class WritableStream {
  constructor(underlyingSink = undefined, strategy = undefined) {
    defineBrand(this, kWritableStream);
    if (underlyingSink === illegalConstructorKey) {
      initializeWritableStream(this);
      return;
    }
    const prefix = "Failed to construct 'WritableStream'";
    if (underlyingSink !== undefined) {
      converters.object(underlyingSink, prefix, "Argument 1");
    } else {
      underlyingSink = null;
    }
    strategy = queuingStrategyDict(strategy, prefix, "Argument 2");
    const underlyingSinkDictValue = underlyingSinkDict(underlyingSink, prefix, "Argument 1");
    if (underlyingSinkDictValue.type !== undefined) {
      throw new RangeError(`${prefix}: Invalid type is specified`);
    }
    initializeWritableStream(this);
    const sizeAlgorithm = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setUpWritableStreamDefaultControllerFromUnderlyingSink(
      this,
      underlyingSink,
      underlyingSinkDictValue,
      highWaterMark,
      sizeAlgorithm,
    );
  }

  get locked() {
    if (!isWritableStream(this)) throw illegalInvocation();
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return promiseRejectedWith(illegalInvocation());
    if (isWritableStreamLocked(this)) {
      return promiseRejectedWith(new TypeError("Cannot abort a locked WritableStream"));
    }
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return promiseRejectedWith(illegalInvocation());
    if (isWritableStreamLocked(this)) {
      return promiseRejectedWith(new TypeError("Cannot close a locked WritableStream"));
    }
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return promiseRejectedWith(new TypeError("The stream is already closing"));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw illegalInvocation();
    return acquireWritableStreamDefaultWriter(this);
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isWritableStream, ["locked"], inspect, options);
  }
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    const prefix = "Failed to construct 'WritableStreamDefaultWriter'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    stream = writableStreamConverter(stream, prefix, "Argument 1");
    defineBrand(this, kWriter);
    setUpWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) return promiseRejectedWith(illegalInvocation());
    return this[_closedPromise].promise;
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) throw illegalInvocation();
    if (this[_stream] === undefined) throw new TypeError("The writer is not attached to a stream");
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) return promiseRejectedWith(illegalInvocation());
    return this[_readyPromise].promise;
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) return promiseRejectedWith(illegalInvocation());
    if (this[_stream] === undefined) {
      return promiseRejectedWith(new TypeError("The writer is not attached to a stream"));
    }
    return writableStreamDefaultWriterAbort(this, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) return promiseRejectedWith(illegalInvocation());
    const stream = this[_stream];
    if (stream === undefined) {
      return promiseRejectedWith(new TypeError("The writer is not attached to a stream"));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return promiseRejectedWith(new TypeError("The stream is already closing"));
    }
    return writableStreamDefaultWriterClose(this);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) throw illegalInvocation();
    if (this[_stream] === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) return promiseRejectedWith(illegalInvocation());
    if (this[_stream] === undefined) {
      return promiseRejectedWith(new TypeError("The writer is not attached to a stream"));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isWritableStreamDefaultWriter, ["closed", "desiredSize", "ready"], inspect, options);
  }
}

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) throw new TypeError("Illegal constructor");
    defineBrand(this, kWritableController);
  }

  get signal() {
    if (!isWritableStreamDefaultController(this)) throw illegalInvocation();
    // The signal is made on first use: most sinks never look at it.
    let signal = this[_abortController];
    if (signal === undefined) {
      signal = newSignal();
      this[_abortController] = signal;
      if (this[_abortReason] !== notAborted) signalAbort(signal, this[_abortReason]);
    }
    return signal;
  }

  error(e = undefined) {
    if (!isWritableStreamDefaultController(this)) throw illegalInvocation();
    if (this[_stream][_state] !== "writable") return;
    writableStreamDefaultControllerError(this, e);
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isWritableStreamDefaultController, [], inspect, options);
  }
}

function signalAbortOnController(controller, reason) {
  const signal = controller[_abortController];
  if (signal !== undefined) {
    signalAbort(signal, reason);
  } else if (controller[_abortReason] === notAborted) {
    controller[_abortReason] = reason;
  }
}

// [[AbortSteps]] and [[ErrorSteps]].
function writableControllerAbortSteps(controller, reason) {
  const result = controller[_abortAlgorithm](reason);
  writableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

function writableControllerErrorSteps(controller) {
  resetQueue(controller);
}

// WritableStream abstract operations (https://streams.spec.whatwg.org/#ws-abstract-ops).

function acquireWritableStreamDefaultWriter(stream) {
  const writer = ObjectCreate(WritableStreamDefaultWriter.prototype);
  defineBrand(writer, kWriter);
  setUpWritableStreamDefaultWriter(writer, stream);
  return writer;
}

function createWritableStream(
  startAlgorithm,
  writeAlgorithm,
  closeAlgorithm,
  abortAlgorithm,
  highWaterMark,
  sizeAlgorithm,
) {
  const stream = new WritableStream(illegalConstructorKey);
  const controller = new WritableStreamDefaultController(illegalConstructorKey);
  setUpWritableStreamDefaultController(
    stream,
    controller,
    startAlgorithm,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
    highWaterMark,
    sizeAlgorithm,
  );
  return stream;
}

function initializeWritableStream(stream) {
  stream[_state] = "writable";
  stream[_storedError] = undefined;
  stream[_writer] = undefined;
  stream[_controller] = undefined;
  stream[_inFlightWriteRequest] = undefined;
  stream[_closeRequest] = undefined;
  stream[_inFlightCloseRequest] = undefined;
  stream[_pendingAbortRequest] = undefined;
  stream[_writeRequests] = [];
  stream[_backpressure] = false;
}

function isWritableStreamLocked(stream) {
  return stream[_writer] !== undefined;
}

function setUpWritableStreamDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) throw new TypeError("The stream is already locked to a writer");
  writer[_stream] = stream;
  stream[_writer] = writer;
  const state = stream[_state];
  if (state === "writable") {
    if (!writableStreamCloseQueuedOrInFlight(stream) && stream[_backpressure]) {
      writer[_readyPromise] = newDeferred();
    } else {
      writer[_readyPromise] = resolvedDeferred(undefined);
    }
    writer[_closedPromise] = newDeferred();
  } else if (state === "erroring") {
    writer[_readyPromise] = rejectedDeferred(stream[_storedError]);
    writer[_closedPromise] = newDeferred();
  } else if (state === "closed") {
    writer[_readyPromise] = resolvedDeferred(undefined);
    writer[_closedPromise] = resolvedDeferred(undefined);
  } else {
    const storedError = stream[_storedError];
    writer[_readyPromise] = rejectedDeferred(storedError);
    writer[_closedPromise] = rejectedDeferred(storedError);
  }
}

function writableStreamAbort(stream, reason) {
  if (stream[_state] === "closed" || stream[_state] === "errored") return promiseResolvedWith(undefined);
  signalAbortOnController(stream[_controller], reason);
  const state = stream[_state];
  if (state === "closed" || state === "errored") return promiseResolvedWith(undefined);
  if (stream[_pendingAbortRequest] !== undefined) return stream[_pendingAbortRequest].promise.promise;
  let wasAlreadyErroring = false;
  if (state === "erroring") {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = newDeferred();
  stream[_pendingAbortRequest] = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const state = stream[_state];
  if (state === "closed" || state === "errored") {
    return promiseRejectedWith(new TypeError("The stream is closed or errored"));
  }
  const promise = newDeferred();
  stream[_closeRequest] = promise;
  const writer = stream[_writer];
  if (writer !== undefined && stream[_backpressure] && state === "writable") {
    writer[_readyPromise].resolve(undefined);
  }
  writableStreamDefaultControllerClose(stream[_controller]);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const promise = newDeferred();
  ArrayPrototypePush(stream[_writeRequests], promise);
  return promise.promise;
}

function writableStreamCloseQueuedOrInFlight(stream) {
  return stream[_closeRequest] !== undefined || stream[_inFlightCloseRequest] !== undefined;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[_state] === "writable") {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  stream[_state] = "errored";
  writableControllerErrorSteps(stream[_controller]);
  const storedError = stream[_storedError];
  const writeRequests = stream[_writeRequests];
  for (let i = 0; i < writeRequests.length; i++) writeRequests[i].reject(storedError);
  stream[_writeRequests] = [];
  if (stream[_pendingAbortRequest] === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = stream[_pendingAbortRequest];
  stream[_pendingAbortRequest] = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = writableControllerAbortSteps(stream[_controller], abortRequest.reason);
  uponPromise(promise, () => {
    abortRequest.promise.resolve(undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightClose(stream) {
  stream[_inFlightCloseRequest].resolve(undefined);
  stream[_inFlightCloseRequest] = undefined;
  const state = stream[_state];
  if (state === "erroring") {
    stream[_storedError] = undefined;
    if (stream[_pendingAbortRequest] !== undefined) {
      stream[_pendingAbortRequest].promise.resolve(undefined);
      stream[_pendingAbortRequest] = undefined;
    }
  }
  stream[_state] = "closed";
  const writer = stream[_writer];
  if (writer !== undefined) writer[_closedPromise].resolve(undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  stream[_inFlightCloseRequest].reject(error);
  stream[_inFlightCloseRequest] = undefined;
  if (stream[_pendingAbortRequest] !== undefined) {
    stream[_pendingAbortRequest].promise.reject(error);
    stream[_pendingAbortRequest] = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightWrite(stream) {
  stream[_inFlightWriteRequest].resolve(undefined);
  stream[_inFlightWriteRequest] = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[_inFlightWriteRequest].reject(error);
  stream[_inFlightWriteRequest] = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamHasOperationMarkedInFlight(stream) {
  return stream[_inFlightWriteRequest] !== undefined || stream[_inFlightCloseRequest] !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  stream[_inFlightCloseRequest] = stream[_closeRequest];
  stream[_closeRequest] = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  stream[_inFlightWriteRequest] = ArrayPrototypeShift(stream[_writeRequests]);
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream[_closeRequest] !== undefined) {
    stream[_closeRequest].reject(stream[_storedError]);
    stream[_closeRequest] = undefined;
  }
  const writer = stream[_writer];
  if (writer !== undefined) {
    writer[_closedPromise].reject(stream[_storedError]);
    setPromiseIsHandledToTrue(writer[_closedPromise].promise);
  }
}

function writableStreamStartErroring(stream, reason) {
  const controller = stream[_controller];
  stream[_state] = "erroring";
  stream[_storedError] = reason;
  const writer = stream[_writer];
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[_started]) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const writer = stream[_writer];
  if (writer !== undefined && backpressure !== stream[_backpressure]) {
    if (backpressure) writer[_readyPromise] = newDeferred();
    else writer[_readyPromise].resolve(undefined);
  }
  stream[_backpressure] = backpressure;
}

// Writers (https://streams.spec.whatwg.org/#ws-writer-abstract-ops).

function writableStreamDefaultWriterAbort(writer, reason) {
  return writableStreamAbort(writer[_stream], reason);
}

function writableStreamDefaultWriterClose(writer) {
  return writableStreamClose(writer[_stream]);
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[_stream];
  const state = stream[_state];
  if (writableStreamCloseQueuedOrInFlight(stream) || state === "closed") return promiseResolvedWith(undefined);
  if (state === "errored") return promiseRejectedWith(stream[_storedError]);
  return writableStreamDefaultWriterClose(writer);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  if (writer[_closedPromise].state === "pending") writer[_closedPromise].reject(error);
  else writer[_closedPromise] = rejectedDeferred(error);
  setPromiseIsHandledToTrue(writer[_closedPromise].promise);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  if (writer[_readyPromise].state === "pending") writer[_readyPromise].reject(error);
  else writer[_readyPromise] = rejectedDeferred(error);
  setPromiseIsHandledToTrue(writer[_readyPromise].promise);
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[_stream];
  const state = stream[_state];
  if (state === "errored" || state === "erroring") return null;
  if (state === "closed") return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream[_controller]);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[_stream];
  const releasedError = new TypeError("The writer was released");
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[_writer] = undefined;
  writer[_stream] = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[_stream];
  const controller = stream[_controller];
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[_stream]) {
    return promiseRejectedWith(new TypeError("The writer was released while writing"));
  }
  const state = stream[_state];
  if (state === "errored") return promiseRejectedWith(stream[_storedError]);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === "closed") {
    return promiseRejectedWith(new TypeError("The stream is closing or closed and cannot be written to"));
  }
  if (state === "erroring") return promiseRejectedWith(stream[_storedError]);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// Controllers (https://streams.spec.whatwg.org/#ws-default-controller-abstract-ops).

function setUpWritableStreamDefaultController(
  stream,
  controller,
  startAlgorithm,
  writeAlgorithm,
  closeAlgorithm,
  abortAlgorithm,
  highWaterMark,
  sizeAlgorithm,
) {
  controller[_stream] = stream;
  stream[_controller] = controller;
  resetQueue(controller);
  controller[_abortController] = undefined;
  controller[_abortReason] = notAborted;
  controller[_started] = false;
  controller[_strategySizeAlgorithm] = sizeAlgorithm;
  controller[_strategyHWM] = highWaterMark;
  controller[_writeAlgorithm] = writeAlgorithm;
  controller[_closeAlgorithm] = closeAlgorithm;
  controller[_abortAlgorithm] = abortAlgorithm;
  const backpressure = writableStreamDefaultControllerGetBackpressure(controller);
  writableStreamUpdateBackpressure(stream, backpressure);
  const startResult = startAlgorithm(controller);
  const startPromise = promiseResolvedWith(startResult);
  uponPromise(startPromise, () => {
    controller[_started] = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (r) => {
    controller[_started] = true;
    writableStreamDealWithRejection(stream, r);
  });
}

function setUpWritableStreamDefaultControllerFromUnderlyingSink(
  stream,
  underlyingSink,
  underlyingSinkDict,
  highWaterMark,
  sizeAlgorithm,
) {
  const controller = new WritableStreamDefaultController(illegalConstructorKey);
  const { start, write, close, abort } = underlyingSinkDict;
  const startAlgorithm = start === undefined
    ? noop
    : () => FunctionPrototypeCall(start, underlyingSink, controller);
  const writeAlgorithm = write === undefined
    ? () => promiseResolvedWith(undefined)
    : (chunk) => invokePromiseCallback(write, underlyingSink, [chunk, controller]);
  const closeAlgorithm = close === undefined
    ? () => promiseResolvedWith(undefined)
    : () => invokePromiseCallback(close, underlyingSink, []);
  const abortAlgorithm = abort === undefined
    ? () => promiseResolvedWith(undefined)
    : (reason) => invokePromiseCallback(abort, underlyingSink, [reason]);
  setUpWritableStreamDefaultController(
    stream,
    controller,
    startAlgorithm,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
    highWaterMark,
    sizeAlgorithm,
  );
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const stream = controller[_stream];
  if (!controller[_started]) return;
  if (stream[_inFlightWriteRequest] !== undefined) return;
  const state = stream[_state];
  if (state === "erroring") {
    writableStreamFinishErroring(stream);
    return;
  }
  if (controller[_queue].length === 0) return;
  const value = peekQueueValue(controller);
  if (value === closeSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  controller[_writeAlgorithm] = undefined;
  controller[_closeAlgorithm] = undefined;
  controller[_abortAlgorithm] = undefined;
  controller[_strategySizeAlgorithm] = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller, closeSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  const stream = controller[_stream];
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[_stream][_state] === "writable") writableStreamDefaultControllerError(controller, error);
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const sizeAlgorithm = controller[_strategySizeAlgorithm];
  if (sizeAlgorithm === undefined) return 1;
  try {
    return sizeAlgorithm(chunk);
  } catch (e) {
    writableStreamDefaultControllerErrorIfNeeded(controller, e);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  return controller[_strategyHWM] - controller[_queueTotalSize];
}

function writableStreamDefaultControllerProcessClose(controller) {
  const stream = controller[_stream];
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(controller);
  const sinkClosePromise = controller[_closeAlgorithm]();
  writableStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(sinkClosePromise, () => {
    writableStreamFinishInFlightClose(stream);
  }, (reason) => {
    writableStreamFinishInFlightCloseWithError(stream, reason);
  });
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const stream = controller[_stream];
  writableStreamMarkFirstWriteRequestInFlight(stream);
  const sinkWritePromise = controller[_writeAlgorithm](chunk);
  uponPromise(sinkWritePromise, () => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream[_state];
    dequeueValue(controller);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === "writable") {
      const backpressure = writableStreamDefaultControllerGetBackpressure(controller);
      writableStreamUpdateBackpressure(stream, backpressure);
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[_state] === "writable") writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (e) {
    writableStreamDefaultControllerErrorIfNeeded(controller, e);
    return;
  }
  const stream = controller[_stream];
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[_state] === "writable") {
    const backpressure = writableStreamDefaultControllerGetBackpressure(controller);
    writableStreamUpdateBackpressure(stream, backpressure);
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

// ---------------------------------------------------------------------------------------
// TransformStream (https://streams.spec.whatwg.org/#ts-class).

const _readable = Symbol("[[readable]]");
const _writable = Symbol("[[writable]]");
const _backpressureChangePromise = Symbol("[[backpressureChangePromise]]");
const _finishPromise = Symbol("[[finishPromise]]");
const _flushAlgorithm = Symbol("[[flushAlgorithm]]");
const _transformAlgorithm = Symbol("[[transformAlgorithm]]");

const transformerDict = webidl.createDictionaryConverter("Transformer", [
  { key: "cancel", converter: converters.Function },
  { key: "flush", converter: converters.Function },
  { key: "readableType", converter: converters.any },
  { key: "start", converter: converters.Function },
  { key: "transform", converter: converters.Function },
  { key: "writableType", converter: converters.any },
]);

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    defineBrand(this, kTransformStream);
    const prefix = "Failed to construct 'TransformStream'";
    if (transformer !== undefined) {
      converters.object(transformer, prefix, "Argument 1");
    } else {
      transformer = null;
    }
    writableStrategy = queuingStrategyDict(writableStrategy, prefix, "Argument 2");
    readableStrategy = queuingStrategyDict(readableStrategy, prefix, "Argument 3");
    const transformerDictValue = transformerDict(transformer, prefix, "Argument 1");
    if (transformerDictValue.readableType !== undefined) {
      throw new RangeError(`${prefix}: readableType transformers not supported`);
    }
    if (transformerDictValue.writableType !== undefined) {
      throw new RangeError(`${prefix}: writableType transformers not supported`);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy, 0);
    const readableSizeAlgorithm = extractSizeAlgorithm(readableStrategy);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy, 1);
    const writableSizeAlgorithm = extractSizeAlgorithm(writableStrategy);
    const startPromise = newDeferred();
    initializeTransformStream(
      this,
      startPromise.promise,
      writableHighWaterMark,
      writableSizeAlgorithm,
      readableHighWaterMark,
      readableSizeAlgorithm,
    );
    setUpTransformStreamDefaultControllerFromTransformer(this, transformer, transformerDictValue);
    if (transformerDictValue.start !== undefined) {
      startPromise.resolve(FunctionPrototypeCall(transformerDictValue.start, transformer, this[_controller]));
    } else {
      startPromise.resolve(undefined);
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw illegalInvocation();
    return this[_readable];
  }

  get writable() {
    if (!isTransformStream(this)) throw illegalInvocation();
    return this[_writable];
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isTransformStream, ["readable", "writable"], inspect, options);
  }
}

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) throw new TypeError("Illegal constructor");
    defineBrand(this, kTransformController);
  }

  get desiredSize() {
    if (!isTransformStreamDefaultController(this)) throw illegalInvocation();
    return readableStreamDefaultControllerGetDesiredSize(this[_stream][_readable][_controller]);
  }

  enqueue(chunk = undefined) {
    if (!isTransformStreamDefaultController(this)) throw illegalInvocation();
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isTransformStreamDefaultController(this)) throw illegalInvocation();
    transformStreamDefaultControllerError(this, reason);
  }

  terminate() {
    if (!isTransformStreamDefaultController(this)) throw illegalInvocation();
    transformStreamDefaultControllerTerminate(this);
  }

  [privateCustomInspect](inspect, options) {
    return inspectView(this, isTransformStreamDefaultController, ["desiredSize"], inspect, options);
  }
}

// TransformStream abstract operations (https://streams.spec.whatwg.org/#ts-abstract-ops).

function initializeTransformStream(
  stream,
  startPromise,
  writableHighWaterMark,
  writableSizeAlgorithm,
  readableHighWaterMark,
  readableSizeAlgorithm,
) {
  const startAlgorithm = () => startPromise;
  stream[_writable] = createWritableStream(
    startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark,
    writableSizeAlgorithm,
  );
  stream[_readable] = createReadableStream(
    startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark,
    readableSizeAlgorithm,
  );
  stream[_backpressure] = undefined;
  stream[_backpressureChangePromise] = undefined;
  transformStreamSetBackpressure(stream, true);
  stream[_controller] = undefined;
}

function transformStreamError(stream, e) {
  readableStreamDefaultControllerError(stream[_readable][_controller], e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  transformStreamDefaultControllerClearAlgorithms(stream[_controller]);
  writableStreamDefaultControllerErrorIfNeeded(stream[_writable][_controller], e);
  transformStreamUnblockWrite(stream);
}

function transformStreamSetBackpressure(stream, backpressure) {
  if (stream[_backpressureChangePromise] !== undefined) stream[_backpressureChangePromise].resolve(undefined);
  stream[_backpressureChangePromise] = newDeferred();
  stream[_backpressure] = backpressure;
}

function transformStreamUnblockWrite(stream) {
  if (stream[_backpressure]) transformStreamSetBackpressure(stream, false);
}

function setUpTransformStreamDefaultController(
  stream,
  controller,
  transformAlgorithm,
  flushAlgorithm,
  cancelAlgorithm,
) {
  controller[_stream] = stream;
  stream[_controller] = controller;
  controller[_transformAlgorithm] = transformAlgorithm;
  controller[_flushAlgorithm] = flushAlgorithm;
  controller[_cancelAlgorithm] = cancelAlgorithm;
  controller[_finishPromise] = undefined;
}

function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer, transformerDict) {
  const controller = new TransformStreamDefaultController(illegalConstructorKey);
  const { transform, flush, cancel } = transformerDict;
  const transformAlgorithm = transform === undefined
    ? (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
      } catch (e) {
        return promiseRejectedWith(e);
      }
      return promiseResolvedWith(undefined);
    }
    : (chunk) => invokePromiseCallback(transform, transformer, [chunk, controller]);
  const flushAlgorithm = flush === undefined
    ? () => promiseResolvedWith(undefined)
    : () => invokePromiseCallback(flush, transformer, [controller]);
  const cancelAlgorithm = cancel === undefined
    ? () => promiseResolvedWith(undefined)
    : (reason) => invokePromiseCallback(cancel, transformer, [reason]);
  setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller[_transformAlgorithm] = undefined;
  controller[_flushAlgorithm] = undefined;
  controller[_cancelAlgorithm] = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[_stream];
  const readableController = stream[_readable][_controller];
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new TypeError("The readable side of the transform stream cannot be enqueued to");
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (e) {
    transformStreamErrorWritableAndUnblockWrite(stream, e);
    throw stream[_readable][_storedError];
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[_backpressure]) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerError(controller, e) {
  transformStreamError(controller[_stream], e);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const transformPromise = controller[_transformAlgorithm](chunk);
  return transformPromiseWith(transformPromise, undefined, (r) => {
    transformStreamError(controller[_stream], r);
    throw r;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[_stream];
  readableStreamDefaultControllerClose(stream[_readable][_controller]);
  const error = new TypeError("The transform stream has been terminated");
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream[_controller];
  if (stream[_backpressure]) {
    const backpressureChangePromise = stream[_backpressureChangePromise].promise;
    return transformPromiseWith(backpressureChangePromise, () => {
      const writable = stream[_writable];
      if (writable[_state] === "erroring") throw writable[_storedError];
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream[_controller];
  if (controller[_finishPromise] !== undefined) return controller[_finishPromise].promise;
  const readable = stream[_readable];
  controller[_finishPromise] = newDeferred();
  const cancelPromise = controller[_cancelAlgorithm](reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(cancelPromise, () => {
    if (readable[_state] === "errored") {
      controller[_finishPromise].reject(readable[_storedError]);
    } else {
      readableStreamDefaultControllerError(readable[_controller], reason);
      controller[_finishPromise].resolve(undefined);
    }
  }, (r) => {
    readableStreamDefaultControllerError(readable[_controller], r);
    controller[_finishPromise].reject(r);
  });
  return controller[_finishPromise].promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream[_controller];
  if (controller[_finishPromise] !== undefined) return controller[_finishPromise].promise;
  const readable = stream[_readable];
  controller[_finishPromise] = newDeferred();
  const flushPromise = controller[_flushAlgorithm]();
  transformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(flushPromise, () => {
    if (readable[_state] === "errored") {
      controller[_finishPromise].reject(readable[_storedError]);
    } else {
      readableStreamDefaultControllerClose(readable[_controller]);
      controller[_finishPromise].resolve(undefined);
    }
  }, (r) => {
    readableStreamDefaultControllerError(readable[_controller], r);
    controller[_finishPromise].reject(r);
  });
  return controller[_finishPromise].promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream[_controller];
  if (controller[_finishPromise] !== undefined) return controller[_finishPromise].promise;
  const writable = stream[_writable];
  controller[_finishPromise] = newDeferred();
  const cancelPromise = controller[_cancelAlgorithm](reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(cancelPromise, () => {
    if (writable[_state] === "errored") {
      controller[_finishPromise].reject(writable[_storedError]);
    } else {
      writableStreamDefaultControllerErrorIfNeeded(writable[_controller], reason);
      transformStreamUnblockWrite(stream);
      controller[_finishPromise].resolve(undefined);
    }
  }, (r) => {
    writableStreamDefaultControllerErrorIfNeeded(writable[_controller], r);
    transformStreamUnblockWrite(stream);
    controller[_finishPromise].reject(r);
  });
  return controller[_finishPromise].promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[_backpressureChangePromise].promise;
}

// ---------------------------------------------------------------------------------------
// Interface shapes (WebIDL: enumerable members, @@toStringTag, @@asyncIterator = values).

webidl.configureInterface(ReadableStream);
ObjectDefineProperty(ReadableStream.prototype, SymbolAsyncIterator, {
  __proto__: null,
  value: ReadableStream.prototype.values,
  writable: true,
  enumerable: false,
  configurable: true,
});
webidl.configureInterface(ReadableStreamDefaultReader);
webidl.configureInterface(ReadableStreamBYOBReader);
webidl.configureInterface(ReadableStreamDefaultController);
webidl.configureInterface(ReadableByteStreamController);
webidl.configureInterface(ReadableStreamBYOBRequest);
webidl.configureInterface(WritableStream);
webidl.configureInterface(WritableStreamDefaultWriter);
webidl.configureInterface(WritableStreamDefaultController);
webidl.configureInterface(TransformStream);
webidl.configureInterface(TransformStreamDefaultController);
webidl.configureInterface(ByteLengthQueuingStrategy);
webidl.configureInterface(CountQueuingStrategy);

// ---------------------------------------------------------------------------------------
// Rust resources as streams. A byte source in Rust (a fetch response body, later an HTTP
// server's request body) is a resource that `core.read` fills; a ReadableStream handed
// to Rust (a fetch request body, a server response body) becomes a "stream sink"
// resource whose receiving end Rust takes (`x_ext_streams::take_stream_sink`).

const DEFAULT_CHUNK_SIZE = 64 * 1024;

// A stream dropped unread must still release its resource. Made on first use, so that
// no registry is part of the startup snapshot.
let resourceRegistryValue;
const resourceRegistry = {
  register(target, rid, token) {
    resourceRegistryValue ??= new primordials.SafeFinalizationRegistry((rid) => core.tryClose(rid));
    resourceRegistryValue.register(target, rid, token);
  },
  unregister(token) {
    resourceRegistryValue?.unregister(token);
  },
};

/**
 * A byte stream reading the resource `rid` chunk by chunk. With `autoClose` the
 * resource is closed at the end, on error, on cancel, or when the stream is collected.
 */
function readableStreamForRid(rid, autoClose = true) {
  const stream = new ReadableStream(illegalConstructorKey);
  const backing = { rid, autoClose, closed: false };
  stream[_resourceBacking] = backing;
  const tryClose = () => {
    if (backing.closed) return;
    backing.closed = true;
    if (autoClose) {
      resourceRegistry.unregister(backing);
      core.tryClose(rid);
    }
  };
  if (autoClose) resourceRegistry.register(stream, rid, backing);
  const pullAlgorithm = (controller) => {
    const byobRequest = readableByteStreamControllerGetBYOBRequest(controller);
    const view = byobRequest[_view];
    return PromisePrototypeThen(core.read(rid, view), (bytesRead) => {
      if (stream[_state] !== "readable") return;
      if (bytesRead === 0) {
        tryClose();
        readableByteStreamControllerClose(controller);
        if (controller[_pendingPullIntos].length > 0) readableByteStreamControllerRespond(controller, 0);
      } else {
        readableByteStreamControllerRespond(controller, bytesRead);
      }
    }, (error) => {
      readableByteStreamControllerError(controller, error);
      tryClose();
    });
  };
  const cancelAlgorithm = () => {
    tryClose();
    return promiseResolvedWith(undefined);
  };
  const controller = new ReadableByteStreamController(illegalConstructorKey);
  setUpReadableByteStreamController(stream, controller, noop, pullAlgorithm, cancelAlgorithm, 0, DEFAULT_CHUNK_SIZE);
  return stream;
}

/**
 * The resource behind `stream` when nothing has read from it yet: the caller may read
 * the resource directly (and must then treat the stream as consumed).
 */
function getReadableStreamResourceBacking(stream) {
  const backing = stream[_resourceBacking];
  if (backing === undefined || backing.closed) return undefined;
  if (stream[_disturbed] || isReadableStreamLocked(stream) || stream[_state] !== "readable") return undefined;
  const controller = stream[_controller];
  if (controller[_queueTotalSize] > 0 || controller[_pulling]) return undefined;
  return backing;
}

/**
 * Marks a resource-backed stream as consumed by whoever read its resource directly: it
 * is disturbed and closed, and the resource is forgotten (the caller closed it).
 */
function markResourceBackedStreamConsumed(stream) {
  const backing = stream[_resourceBacking];
  backing.closed = true;
  resourceRegistry.unregister(backing);
  stream[_disturbed] = true;
  readableByteStreamControllerClose(stream[_controller]);
}

function readChunk(reader) {
  const deferred = newDeferred();
  readableStreamDefaultReaderRead(reader, {
    chunkSteps(chunk) {
      deferred.resolve({ value: chunk, done: false });
    },
    closeSteps() {
      deferred.resolve({ value: undefined, done: true });
    },
    errorSteps: deferred.reject,
  });
  return deferred.promise;
}

function isUint8Array(value) {
  return ArrayBufferIsView(value) && TypedArrayPrototypeGetSymbolToStringTag(value) === "Uint8Array";
}

/**
 * A stream-sink resource fed from `stream` (whose chunks must be Uint8Arrays). Rust
 * takes the receiving end; when it goes away, the stream is cancelled.
 */
function resourceForReadableStream(stream) {
  const reader = acquireReadableStreamDefaultReader(stream);
  const rid = op_stream_sink_new();
  const pump = async () => {
    try {
      while (true) {
        const { value, done } = await readChunk(reader);
        if (done) break;
        if (!isUint8Array(value)) {
          const error = new TypeError("Item in ReadableStream body is not a Uint8Array");
          op_stream_sink_error(rid, error.message);
          readableStreamReaderGenericCancel(reader, error);
          return;
        }
        if (!(await op_stream_sink_write(rid, value))) {
          // The receiver is gone (the request finished or was aborted).
          await readableStreamReaderGenericCancel(reader, new TypeError("The body's receiver went away"));
          return;
        }
      }
      op_stream_sink_close(rid);
    } catch (error) {
      let message;
      try {
        message = `${error}`;
      } catch {
        message = "The stream errored";
      }
      op_stream_sink_error(rid, message);
      if (reader[_stream] !== undefined) setPromiseIsHandledToTrue(readableStreamReaderGenericCancel(reader, error));
    }
  };
  setPromiseIsHandledToTrue(pump());
  return rid;
}

/** Every chunk of `stream` (Uint8Arrays, else TypeError), concatenated. */
async function readableStreamCollectIntoUint8Array(stream) {
  const backing = getReadableStreamResourceBacking(stream);
  if (backing !== undefined) {
    markResourceBackedStreamConsumed(stream);
    try {
      return await core.readAll(backing.rid);
    } finally {
      if (backing.autoClose) core.tryClose(backing.rid);
    }
  }
  const reader = acquireReadableStreamDefaultReader(stream);
  const chunks = [];
  let totalLength = 0;
  while (true) {
    const { value, done } = await readChunk(reader);
    if (done) break;
    if (!isUint8Array(value)) {
      const error = new TypeError("Item in ReadableStream body is not a Uint8Array");
      setPromiseIsHandledToTrue(readableStreamReaderGenericCancel(reader, error));
      throw error;
    }
    ArrayPrototypePush(chunks, value);
    totalLength += TypedArrayPrototypeGetByteLength(value);
  }
  if (chunks.length === 1) return chunks[0];
  const result = new Uint8Array(totalLength);
  let offset = 0;
  for (let i = 0; i < chunks.length; i++) {
    TypedArrayPrototypeSet(result, chunks[i], offset);
    offset += TypedArrayPrototypeGetByteLength(chunks[i]);
  }
  return result;
}

/** A ReadableStream that yields `bytes` once and closes (a byte stream, as fetch's bodies). */
function readableStreamFromBytes(bytes) {
  const stream = new ReadableStream(illegalConstructorKey);
  const controller = new ReadableByteStreamController(illegalConstructorKey);
  setUpReadableByteStreamController(stream, controller, noop, () => promiseResolvedWith(undefined), () =>
    promiseResolvedWith(undefined), 0, undefined);
  if (TypedArrayPrototypeGetByteLength(bytes) > 0) readableByteStreamControllerEnqueue(controller, bytes);
  readableByteStreamControllerClose(controller);
  return stream;
}

function isReadableStreamDisturbed(stream) {
  return stream[_disturbed];
}

function readableStreamState(stream) {
  return stream[_state];
}

function readableStreamStoredError(stream) {
  return stream[_storedError];
}

/** Errors a stream from outside (an aborted fetch errors its response body). */
function readableStreamErrorFromOutside(stream, error) {
  const controller = stream[_controller];
  if (isReadableByteStreamController(controller)) readableByteStreamControllerError(controller, error);
  else readableStreamDefaultControllerError(controller, error);
}

export {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  createReadableByteStream,
  createReadableStream,
  getReadableStreamResourceBacking,
  isReadableStream,
  isReadableStreamDisturbed,
  isReadableStreamLocked,
  isWritableStream,
  markResourceBackedStreamConsumed,
  ReadableByteStreamController,
  readableByteStreamControllerClose,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerError,
  readableStreamCancel,
  readableStreamCollectIntoUint8Array,
  readableStreamErrorFromOutside,
  readableStreamForRid,
  readableStreamFromBytes,
  readableStreamPipeTo,
  readableStreamState,
  readableStreamStoredError,
  readableStreamTee,
  ReadableStream,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableStreamDefaultController,
  ReadableStreamDefaultReader,
  ReadableStreamPrototype,
  resourceForReadableStream,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultController,
  WritableStreamDefaultWriter,
};
