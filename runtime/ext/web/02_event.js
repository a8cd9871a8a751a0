// DOM events (https://dom.spec.whatwg.org/#events): Event, EventTarget, CustomEvent, and
// the HTML events the runtime itself dispatches (ErrorEvent, PromiseRejectionEvent), event
// handler attributes (`onabort`, `onload`, ...) and "report the exception".
//
// There is no node tree here, so an event's path is only its target: dispatch runs the
// target's capturing listeners, then its non-capturing ones, both at AT_TARGET, as the
// DOM's dispatch algorithm does for a target without a parent.
import { core, primordials } from "ext:core/mod.js";
import { op_web_now } from "ext:core/ops";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";

const {
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  FunctionPrototypeCall,
  JSONStringify,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  ReflectApply,
  SafeMap,
  SafeWeakMap,
  MapPrototypeGet,
  MapPrototypeSet,
  MapPrototypeDelete,
  WeakMapPrototypeGet,
  WeakMapPrototypeHas,
  WeakMapPrototypeSet,
  String,
  Symbol,
  TypeError,
} = primordials;

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

// ---------------------------------------------------------------------------------------
// Event

let eventState; // (event) => its internal slots, or undefined for a non-Event
const eventInitMembers = [
  { key: "bubbles", converter: webidl.converters.boolean, defaultValue: false },
  { key: "cancelable", converter: webidl.converters.boolean, defaultValue: false },
  { key: "composed", converter: webidl.converters.boolean, defaultValue: false },
];
const convertEventInit = webidl.createDictionaryConverter("EventInit", eventInitMembers);

// [LegacyUnforgeable] readonly attribute boolean isTrusted: an own, non-configurable
// accessor on every instance, sharing one getter.
const isTrustedGetter = {
  get isTrusted() {
    return state(this).isTrusted;
  },
};
const isTrustedDescriptor = {
  __proto__: null,
  get: ObjectGetOwnPropertyDescriptor(isTrustedGetter, "isTrusted").get,
  enumerable: true,
  configurable: false,
};

function state(self) {
  const s = eventState(self);
  if (s === undefined) throw new TypeError("Illegal invocation");
  return s;
}

class Event {
  #s;

  constructor(type, eventInitDict = undefined) {
    const prefix = `Failed to construct '${new.target?.name ?? "Event"}'`;
    webidl.requiredArguments(arguments.length, 1, prefix);
    type = webidl.converters.DOMString(type, prefix, "Argument 1");
    const init = convertEventInit(eventInitDict, prefix, "Argument 2");
    this.#s = newEventState(type, init.bubbles, init.cancelable, init.composed);
    ObjectDefineProperty(this, "isTrusted", isTrustedDescriptor);
  }

  static {
    eventState = (e) => (e !== null && typeof e === "object" && #s in e ? e.#s : undefined);
  }

  get type() {
    return state(this).type;
  }

  get target() {
    return state(this).target;
  }

  get srcElement() {
    return state(this).target;
  }

  get currentTarget() {
    return state(this).currentTarget;
  }

  composedPath() {
    const s = state(this);
    // The path is [target] while dispatching; outside dispatch it is empty.
    return s.currentTarget === null ? [] : [s.currentTarget];
  }

  get eventPhase() {
    return state(this).eventPhase;
  }

  stopPropagation() {
    state(this).stopPropagation = true;
  }

  get cancelBubble() {
    return state(this).stopPropagation;
  }

  set cancelBubble(value) {
    const s = state(this);
    if (webidl.converters.boolean(value)) s.stopPropagation = true;
  }

  stopImmediatePropagation() {
    const s = state(this);
    s.stopPropagation = true;
    s.stopImmediatePropagation = true;
  }

  get bubbles() {
    return state(this).bubbles;
  }

  get cancelable() {
    return state(this).cancelable;
  }

  get returnValue() {
    return !state(this).canceled;
  }

  set returnValue(value) {
    const s = state(this);
    if (!webidl.converters.boolean(value)) setCanceledFlag(s);
  }

  preventDefault() {
    setCanceledFlag(state(this));
  }

  get defaultPrevented() {
    return state(this).canceled;
  }

  get composed() {
    return state(this).composed;
  }

  get timeStamp() {
    return state(this).timeStamp;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    const s = state(this);
    webidl.requiredArguments(arguments.length, 1, "Failed to execute 'initEvent' on 'Event'");
    type = webidl.converters.DOMString(type);
    bubbles = webidl.converters.boolean(bubbles);
    cancelable = webidl.converters.boolean(cancelable);
    if (s.dispatch) return;
    initialize(s, type, bubbles, cancelable);
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes(this.constructor.name, this, EVENT_PROPS, inspect, options);
  }
}

const EVENT_PROPS = [
  "bubbles",
  "cancelable",
  "composed",
  "currentTarget",
  "defaultPrevented",
  "eventPhase",
  "srcElement",
  "target",
  "returnValue",
  "timeStamp",
  "type",
];

function newEventState(type, bubbles, cancelable, composed) {
  return {
    type,
    bubbles,
    cancelable,
    composed,
    target: null,
    currentTarget: null,
    eventPhase: NONE,
    stopPropagation: false,
    stopImmediatePropagation: false,
    canceled: false,
    inPassiveListener: false,
    dispatch: false,
    isTrusted: false,
    timeStamp: op_web_now(),
  };
}

// https://dom.spec.whatwg.org/#concept-event-initialize
function initialize(s, type, bubbles, cancelable) {
  s.stopPropagation = false;
  s.stopImmediatePropagation = false;
  s.canceled = false;
  s.isTrusted = false;
  s.target = null;
  s.type = type;
  s.bubbles = bubbles;
  s.cancelable = cancelable;
}

// https://dom.spec.whatwg.org/#set-the-canceled-flag
function setCanceledFlag(s) {
  if (s.cancelable && !s.inPassiveListener) s.canceled = true;
}

const constantDescriptors = {
  NONE: { __proto__: null, value: NONE, enumerable: true },
  CAPTURING_PHASE: { __proto__: null, value: CAPTURING_PHASE, enumerable: true },
  AT_TARGET: { __proto__: null, value: AT_TARGET, enumerable: true },
  BUBBLING_PHASE: { __proto__: null, value: BUBBLING_PHASE, enumerable: true },
};
webidl.configureInterface(Event);
ObjectDefineProperties(Event, constantDescriptors);
ObjectDefineProperties(Event.prototype, constantDescriptors);

/** Marks an event the platform creates as trusted (`isTrusted` true). */
function setIsTrusted(event, value) {
  state(event).isTrusted = value;
}

// ---------------------------------------------------------------------------------------
// CustomEvent, ErrorEvent, PromiseRejectionEvent

const convertCustomEventInit = webidl.createDictionaryConverter("CustomEventInit", eventInitMembers, [
  { key: "detail", converter: webidl.converters.any, defaultValue: null },
]);

let customEventBrand; // (value) => whether it is a CustomEvent
let setCustomEventDetail;

class CustomEvent extends Event {
  #detail;

  constructor(type, eventInitDict = undefined) {
    const prefix = "Failed to construct 'CustomEvent'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    type = webidl.converters.DOMString(type, prefix, "Argument 1");
    const init = convertCustomEventInit(eventInitDict, prefix, "Argument 2");
    super(type, init);
    this.#detail = init.detail;
  }

  static {
    customEventBrand = (e) => e !== null && typeof e === "object" && #detail in e;
    setCustomEventDetail = (e, detail) => {
      e.#detail = detail;
    };
  }

  get detail() {
    if (!customEventBrand(this)) throw new TypeError("Illegal invocation");
    return this.#detail;
  }

  initCustomEvent(type, bubbles = false, cancelable = false, detail = null) {
    if (!customEventBrand(this)) throw new TypeError("Illegal invocation");
    webidl.requiredArguments(arguments.length, 1, "Failed to execute 'initCustomEvent' on 'CustomEvent'");
    type = webidl.converters.DOMString(type);
    bubbles = webidl.converters.boolean(bubbles);
    cancelable = webidl.converters.boolean(cancelable);
    const s = state(this);
    if (s.dispatch) return;
    initialize(s, type, bubbles, cancelable);
    this.#detail = detail;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("CustomEvent", this, [...EVENT_PROPS, "detail"], inspect, options);
  }
}
webidl.configureInterface(CustomEvent);

const convertErrorEventInit = webidl.createDictionaryConverter("ErrorEventInit", eventInitMembers, [
  { key: "message", converter: webidl.converters.DOMString, defaultValue: "" },
  { key: "filename", converter: webidl.converters.USVString, defaultValue: "" },
  { key: "lineno", converter: webidl.converters["unsigned long"], defaultValue: 0 },
  { key: "colno", converter: webidl.converters["unsigned long"], defaultValue: 0 },
  { key: "error", converter: webidl.converters.any },
]);

const _errorEvent = Symbol("ErrorEvent");

class ErrorEvent extends Event {
  constructor(type, eventInitDict = undefined) {
    const prefix = "Failed to construct 'ErrorEvent'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    type = webidl.converters.DOMString(type, prefix, "Argument 1");
    const init = convertErrorEventInit(eventInitDict, prefix, "Argument 2");
    super(type, init);
    ObjectDefineProperty(this, _errorEvent, {
      __proto__: null,
      value: {
        message: init.message,
        filename: init.filename,
        lineno: init.lineno,
        colno: init.colno,
        error: init.error,
      },
    });
  }

  get message() {
    return errorEventData(this).message;
  }

  get filename() {
    return errorEventData(this).filename;
  }

  get lineno() {
    return errorEventData(this).lineno;
  }

  get colno() {
    return errorEventData(this).colno;
  }

  get error() {
    return errorEventData(this).error;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes(
      "ErrorEvent",
      this,
      [...EVENT_PROPS, "message", "filename", "lineno", "colno", "error"],
      inspect,
      options,
    );
  }
}
function errorEventData(self) {
  const data = eventState(self) === undefined ? undefined : self[_errorEvent];
  if (data === undefined) throw new TypeError("Illegal invocation");
  return data;
}
webidl.configureInterface(ErrorEvent);

// ProgressEvent (https://xhr.spec.whatwg.org/#interface-progressevent): what FileReader
// fires.
const convertProgressEventInit = webidl.createDictionaryConverter("ProgressEventInit", eventInitMembers, [
  { key: "lengthComputable", converter: webidl.converters.boolean, defaultValue: false },
  { key: "loaded", converter: webidl.converters["unsigned long long"], defaultValue: 0 },
  { key: "total", converter: webidl.converters["unsigned long long"], defaultValue: 0 },
]);

let progressEventBrand;

class ProgressEvent extends Event {
  #progress;

  constructor(type, eventInitDict = undefined) {
    const prefix = "Failed to construct 'ProgressEvent'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    type = webidl.converters.DOMString(type, prefix, "Argument 1");
    const init = convertProgressEventInit(eventInitDict, prefix, "Argument 2");
    super(type, init);
    this.#progress = { lengthComputable: init.lengthComputable, loaded: init.loaded, total: init.total };
  }

  static {
    progressEventBrand = (e) => e !== null && typeof e === "object" && #progress in e;
  }

  get lengthComputable() {
    if (!progressEventBrand(this)) throw new TypeError("Illegal invocation");
    return this.#progress.lengthComputable;
  }

  get loaded() {
    if (!progressEventBrand(this)) throw new TypeError("Illegal invocation");
    return this.#progress.loaded;
  }

  get total() {
    if (!progressEventBrand(this)) throw new TypeError("Illegal invocation");
    return this.#progress.total;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("ProgressEvent", this, [...EVENT_PROPS, "lengthComputable", "loaded", "total"], inspect, options);
  }
}
webidl.configureInterface(ProgressEvent);

const convertPromiseRejectionEventInit = webidl.createDictionaryConverter(
  "PromiseRejectionEventInit",
  eventInitMembers,
  [
    { key: "promise", converter: webidl.converters.object, required: true },
    { key: "reason", converter: webidl.converters.any },
  ],
);

const _rejection = Symbol("PromiseRejectionEvent");

class PromiseRejectionEvent extends Event {
  constructor(type, eventInitDict = undefined) {
    const prefix = "Failed to construct 'PromiseRejectionEvent'";
    webidl.requiredArguments(arguments.length, 2, prefix);
    type = webidl.converters.DOMString(type, prefix, "Argument 1");
    const init = convertPromiseRejectionEventInit(eventInitDict, prefix, "Argument 2");
    super(type, init);
    ObjectDefineProperty(this, _rejection, {
      __proto__: null,
      value: { promise: init.promise, reason: init.reason },
    });
  }

  get promise() {
    return rejectionData(this).promise;
  }

  get reason() {
    return rejectionData(this).reason;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("PromiseRejectionEvent", this, [...EVENT_PROPS, "promise", "reason"], inspect, options);
  }
}
function rejectionData(self) {
  const data = eventState(self) === undefined ? undefined : self[_rejection];
  if (data === undefined) throw new TypeError("Illegal invocation");
  return data;
}
webidl.configureInterface(PromiseRejectionEvent);

// ---------------------------------------------------------------------------------------
// EventTarget

// target -> { listeners: Map<type, listener[]>, handlers: Map<name, handler> }. A
// WeakMap rather than a field so that the global object (made by the engine, not by the
// EventTarget constructor) can be an event target too.
const targets = new SafeWeakMap();

function makeEventTarget(target) {
  WeakMapPrototypeSet(targets, target, { listeners: new SafeMap(), handlers: new SafeMap() });
}

function isEventTarget(value) {
  return value !== null && (typeof value === "object" || typeof value === "function") &&
    WeakMapPrototypeHas(targets, value);
}

// WebIDL: operations of an interface the global object implements use the global
// object when called with an undefined or null `this` (a bare `addEventListener(...)`).
function targetData(self) {
  if (self === undefined || self === null) self = globalThis;
  const data = (typeof self === "object" || typeof self === "function")
    ? WeakMapPrototypeGet(targets, self)
    : undefined;
  if (data === undefined) throw new TypeError("Illegal invocation");
  return data;
}

// (boolean or AddEventListenerOptions) -> the "flattened" options.
function flattenOptions(options, prefix) {
  if (webidl.type(options) !== "Object") {
    return { capture: webidl.converters.boolean(options), once: false, passive: null, signal: null };
  }
  // Dictionary members in lexicographic order: capture, once, passive, signal.
  const capture = webidl.converters.boolean(options.capture);
  const once = webidl.converters.boolean(options.once);
  const passiveValue = options.passive;
  const passive = passiveValue === undefined ? null : webidl.converters.boolean(passiveValue);
  const signalValue = options.signal;
  let signal = null;
  if (signalValue !== undefined) {
    if (!isAbortSignal(signalValue)) {
      throw webidl.makeException(TypeError, "is not of type AbortSignal", prefix, "'signal' of 'AddEventListenerOptions'");
    }
    signal = signalValue;
  }
  return { capture, once, passive, signal };
}

function captureOf(options) {
  if (webidl.type(options) !== "Object") return webidl.converters.boolean(options);
  return webidl.converters.boolean(options.capture);
}

// AbortSignal hooks, set by 03_abort_signal.js (it imports this module, not vice versa).
let isAbortSignal = () => false;
let signalAborted = () => false;
let addSignalAlgorithm = () => {};
let abortListenerCountChanged = () => {};
function setAbortSignalHooks(hooks) {
  isAbortSignal = hooks.isAbortSignal;
  signalAborted = hooks.aborted;
  addSignalAlgorithm = hooks.addAlgorithm;
  abortListenerCountChanged = hooks.abortListenerCountChanged;
}

// A callback (function or object with handleEvent) converted as WebIDL's EventListener?.
function convertListener(callback, prefix) {
  if (callback === null || callback === undefined) return null;
  if (webidl.type(callback) !== "Object") {
    throw webidl.makeException(TypeError, "is not an object", prefix, "Argument 2");
  }
  return callback;
}

// https://dom.spec.whatwg.org/#add-an-event-listener
function addEventListener(target, data, type, callback, capture, once, passive, signal) {
  if (signal !== null && signalAborted(signal)) return;
  if (callback === null) return;
  let list = MapPrototypeGet(data.listeners, type);
  if (list === undefined) {
    list = [];
    MapPrototypeSet(data.listeners, type, list);
  }
  for (let i = 0; i < list.length; i++) {
    const l = list[i];
    if (l.callback === callback && l.capture === capture) return;
  }
  const listener = { type, callback, capture, once, passive: passive ?? false, removed: false };
  ArrayPrototypePush(list, listener);
  if (type === "abort") abortListenerCountChanged(target, list.length);
  if (signal !== null) {
    addSignalAlgorithm(signal, () => removeListener(target, data, listener));
  }
}

// https://dom.spec.whatwg.org/#remove-an-event-listener
function removeListener(target, data, listener) {
  listener.removed = true;
  const list = MapPrototypeGet(data.listeners, listener.type);
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === listener) {
      ArrayPrototypeSplice(list, i, 1);
      break;
    }
  }
  if (list.length === 0) MapPrototypeDelete(data.listeners, listener.type);
  if (listener.type === "abort") abortListenerCountChanged(target, list.length);
}

class EventTarget {
  constructor() {
    makeEventTarget(this);
  }

  addEventListener(type, callback, options = undefined) {
    const self = this ?? globalThis;
    const data = targetData(self);
    const prefix = "Failed to execute 'addEventListener' on 'EventTarget'";
    webidl.requiredArguments(arguments.length, 2, prefix);
    type = webidl.converters.DOMString(type, prefix, "Argument 1");
    callback = convertListener(callback, prefix);
    const { capture, once, passive, signal } = flattenOptions(options, prefix);
    addEventListener(self, data, type, callback, capture, once, passive, signal);
  }

  removeEventListener(type, callback, options = undefined) {
    const self = this ?? globalThis;
    const data = targetData(self);
    const prefix = "Failed to execute 'removeEventListener' on 'EventTarget'";
    webidl.requiredArguments(arguments.length, 2, prefix);
    type = webidl.converters.DOMString(type, prefix, "Argument 1");
    callback = convertListener(callback, prefix);
    const capture = captureOf(options);
    if (callback === null) return;
    const list = MapPrototypeGet(data.listeners, type);
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const l = list[i];
      if (l.callback === callback && l.capture === capture) {
        removeListener(self, data, l);
        return;
      }
    }
  }

  dispatchEvent(event) {
    const self = this ?? globalThis;
    targetData(self);
    const prefix = "Failed to execute 'dispatchEvent' on 'EventTarget'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    const s = eventState(event);
    if (s === undefined) throw webidl.makeException(TypeError, "is not of type 'Event'", prefix, "Argument 1");
    if (s.dispatch) throw new DOMException("Invalid event state", "InvalidStateError");
    s.isTrusted = false;
    return dispatch(self, event, s);
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes(this.constructor.name, this, [], inspect, options);
  }
}
webidl.configureInterface(EventTarget);

// https://dom.spec.whatwg.org/#concept-event-dispatch, for a target without a parent.
function dispatch(target, event, s) {
  s.dispatch = true;
  s.target = target;
  const data = WeakMapPrototypeGet(targets, target);
  if (!s.stopPropagation) {
    s.eventPhase = AT_TARGET;
    s.currentTarget = target;
    const list = MapPrototypeGet(data.listeners, s.type);
    if (list !== undefined) {
      // A clone: listeners added during dispatch do not run; removed ones are skipped
      // through their `removed` flag.
      const listeners = ArrayPrototypeSlice(list);
      innerInvoke(target, data, event, s, listeners, CAPTURING_PHASE);
      if (!s.stopPropagation) innerInvoke(target, data, event, s, listeners, BUBBLING_PHASE);
    }
  }
  s.eventPhase = NONE;
  s.currentTarget = null;
  s.dispatch = false;
  s.stopPropagation = false;
  s.stopImmediatePropagation = false;
  return !s.canceled;
}

// https://dom.spec.whatwg.org/#concept-event-listener-inner-invoke
function innerInvoke(target, data, event, s, listeners, phase) {
  for (let i = 0; i < listeners.length; i++) {
    const listener = listeners[i];
    if (listener.removed) continue;
    if (phase === CAPTURING_PHASE && !listener.capture) continue;
    if (phase === BUBBLING_PHASE && listener.capture) continue;
    if (listener.once) removeListener(target, data, listener);
    if (listener.passive) s.inPassiveListener = true;
    try {
      callListener(listener.callback, event, s.currentTarget);
    } catch (error) {
      reportException(error);
    }
    s.inPassiveListener = false;
    if (s.stopImmediatePropagation) return;
  }
}

// WebIDL "call a user object's operation" for EventListener's handleEvent.
function callListener(callback, event, thisArg) {
  if (typeof callback === "function") {
    FunctionPrototypeCall(callback, thisArg, event);
    return;
  }
  const handleEvent = callback.handleEvent;
  if (typeof handleEvent !== "function") {
    throw new TypeError("'handleEvent' property of the event listener is not a function");
  }
  FunctionPrototypeCall(handleEvent, callback, event);
}

/** Dispatches an event the platform made (isTrusted true); returns !canceled. */
function dispatchTrusted(target, event) {
  const s = state(event);
  s.isTrusted = true;
  return dispatch(target, event, s);
}

// ---------------------------------------------------------------------------------------
// Event handler attributes (https://html.spec.whatwg.org/#event-handler-attributes)

// Defines `on<name>` on `object` (a prototype, or the global object itself).
function defineEventHandler(object, name) {
  const property = `on${name}`;
  const accessors = {
    get [property]() {
      const data = targetData(this);
      const handler = MapPrototypeGet(data.handlers, name);
      return handler === undefined ? null : handler.value;
    },
    set [property](value) {
      const self = this ?? globalThis;
      const data = targetData(self);
      // [LegacyTreatNonObjectAsNull]: anything but an object is null.
      if (webidl.type(value) !== "Object") value = null;
      let handler = MapPrototypeGet(data.handlers, name);
      if (value === null) {
        // Deactivate: the listener goes, and a later handler is appended anew.
        if (handler !== undefined) {
          if (handler.listener !== null) removeListener(self, data, handler.listener);
          MapPrototypeDelete(data.handlers, name);
        }
        return;
      }
      if (handler === undefined) {
        handler = { value, listener: null };
        MapPrototypeSet(data.handlers, name, handler);
      }
      handler.value = value;
      if (handler.listener === null) {
        // The listener keeps its place in the list; only the handler value changes.
        const callback = (event) => runEventHandler(self, handler, name, event);
        addEventListener(self, data, name, callback, false, false, null, null);
        const list = MapPrototypeGet(data.listeners, name);
        handler.listener = list[list.length - 1];
      }
    },
  };
  const desc = ObjectGetOwnPropertyDescriptor(accessors, property);
  ObjectDefineProperty(object, property, {
    __proto__: null,
    get: desc.get,
    set: desc.set,
    enumerable: true,
    configurable: true,
  });
}

// https://html.spec.whatwg.org/#the-event-handler-processing-algorithm
function runEventHandler(target, handler, name, event) {
  const callback = handler.value;
  if (typeof callback !== "function") return;
  const s = state(event);
  let returnValue;
  const special = name === "error" && target === globalThis && errorEventDataOrUndefined(event) !== undefined;
  if (special) {
    const d = event[_errorEvent];
    returnValue = FunctionPrototypeCall(callback, target, d.message, d.filename, d.lineno, d.colno, d.error);
    if (returnValue === true) setCanceledFlag(s);
  } else {
    returnValue = FunctionPrototypeCall(callback, target, event);
    if (returnValue === false) setCanceledFlag(s);
  }
}

function errorEventDataOrUndefined(event) {
  return event[_errorEvent];
}

// ---------------------------------------------------------------------------------------
// Reporting exceptions (https://html.spec.whatwg.org/#report-the-exception)

let reportDepth = 0;

/**
 * Dispatches an "error" ErrorEvent at the global object; when nobody cancels it, the
 * error is uncaught and ends the program (deno_core prints it). An error thrown by an
 * "error" listener itself is not reported through another event.
 */
function reportException(error) {
  reportDepth++;
  try {
    let message = "";
    let filename = "";
    let lineno = 0;
    let colno = 0;
    try {
      const jsError = core.destructureError(error);
      message = jsError.exceptionMessage ?? "";
      const frame = jsError.frames?.[0];
      if (frame !== undefined) {
        filename = frame.fileName ?? "";
        lineno = frame.lineNumber ?? 0;
        colno = frame.columnNumber ?? 0;
      }
    } catch {
      // Not an object with a stack: worded as the engine words an uncaught value.
      message = `Uncaught ${typeof error === "string" ? JSONStringify(error) : String(error)}`;
    }
    const event = new ErrorEvent("error", { cancelable: true, message, filename, lineno, colno, error });
    if (reportDepth > 1 || !isEventTarget(globalThis) || dispatchTrusted(globalThis, event)) {
      core.reportUnhandledException(error);
    }
  } finally {
    reportDepth--;
  }
}

/** `reportError(e)`: report the exception `e` as if it were uncaught. */
function reportError(error) {
  webidl.requiredArguments(arguments.length, 1, "Failed to execute 'reportError' on 'Window'");
  reportException(error);
}

/** How many listeners `target` has for `type` (used to keep dependent signals alive). */
function listenerCount(target, type) {
  const data = WeakMapPrototypeGet(targets, target);
  const list = data === undefined ? undefined : MapPrototypeGet(data.listeners, type);
  return list === undefined ? 0 : list.length;
}

ObjectFreeze(eventInitMembers);
webidl.registerPlatformObjectCheck((v) => eventState(v) !== undefined || isEventTarget(v));

export {
  CustomEvent,
  customEventBrand,
  defineEventHandler,
  dispatchTrusted,
  ErrorEvent,
  Event,
  EventTarget,
  eventState,
  isEventTarget,
  listenerCount,
  makeEventTarget,
  ProgressEvent,
  PromiseRejectionEvent,
  reportError,
  reportException,
  setAbortSignalHooks,
  setCustomEventDetail,
  setIsTrusted,
};
