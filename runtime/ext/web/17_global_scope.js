// The global object as HTML's Window-like global scope: an EventTarget (its prototype
// chain is Window.prototype -> EventTarget.prototype) with onload/onunload/onbeforeunload/
// onerror/onunhandledrejection handlers, and the runtime's lifecycle events: "load" after
// the main module evaluated, "beforeunload"/"unload" when the event loop is empty,
// "error" for uncaught exceptions and "unhandledrejection"/"rejectionhandled" for
// promises. The worker calls installGlobalScope once per process and the lifecycle
// functions it returns from Rust.
import { core, primordials } from "ext:core/mod.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import {
  defineEventHandler,
  dispatchTrusted,
  Event,
  EventTarget,
  makeEventTarget,
  PromiseRejectionEvent,
  reportException,
} from "ext:x_ext_web/02_event.js";

const { ObjectSetPrototypeOf, Symbol } = primordials;

const illegalConstructorKey = Symbol("illegalConstructorKey");

class Window extends EventTarget {
  constructor(key = undefined) {
    if (key !== illegalConstructorKey) webidl.illegalConstructor();
    super();
  }
}
webidl.configureInterface(Window);

function dispatchLoad() {
  dispatchTrusted(globalThis, new Event("load"));
}

/** Whether the program should go on: a "beforeunload" listener cancelled the event. */
function dispatchBeforeUnload() {
  return !dispatchTrusted(globalThis, new Event("beforeunload", { cancelable: true }));
}

function dispatchUnload() {
  dispatchTrusted(globalThis, new Event("unload"));
}

// deno_core asks before it treats a rejection as uncaught: true means handled (a listener
// called preventDefault()).
function onUnhandledRejection(promise, reason) {
  const event = new PromiseRejectionEvent("unhandledrejection", { cancelable: true, promise, reason });
  dispatchTrusted(globalThis, event);
  return event.defaultPrevented;
}

function onRejectionHandled(promise, reason) {
  dispatchTrusted(globalThis, new PromiseRejectionEvent("rejectionhandled", { promise, reason }));
}

/** Makes the global object an event target and routes uncaught errors through events. */
function installGlobalScope() {
  ObjectSetPrototypeOf(globalThis, Window.prototype);
  makeEventTarget(globalThis);
  defineEventHandler(globalThis, "load");
  defineEventHandler(globalThis, "beforeunload");
  defineEventHandler(globalThis, "unload");
  defineEventHandler(globalThis, "error");
  defineEventHandler(globalThis, "unhandledrejection");
  defineEventHandler(globalThis, "rejectionhandled");
  core.setReportExceptionCallback(reportException);
  core.setUnhandledPromiseRejectionHandler(onUnhandledRejection);
  core.setHandledPromiseRejectionHandler(onRejectionHandled);
  return [dispatchLoad, dispatchBeforeUnload, dispatchUnload];
}

export { installGlobalScope, Window };
