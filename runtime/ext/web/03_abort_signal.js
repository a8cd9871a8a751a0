// AbortController and AbortSignal (https://dom.spec.whatwg.org/#aborting-ongoing-activities),
// with AbortSignal.abort/timeout/any, and the internal hooks other Web APIs use to run
// "abort algorithms" when a signal aborts.
//
// Dependent signals (AbortSignal.any) are held weakly by their sources, as the spec asks,
// except while they have "abort" listeners or algorithms: then each live source holds them
// strongly, so an abort can still reach a listener nobody else references. A timeout
// signal's timer does not keep the program alive unless someone listens for its abort.
import { core, primordials } from "ext:core/mod.js";
import * as webidl from "ext:x_ext_web/00_webidl.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";
import {
  defineEventHandler,
  dispatchTrusted,
  Event,
  EventTarget,
  listenerCount,
  setAbortSignalHooks,
} from "ext:x_ext_web/02_event.js";
import { inspectAttributes, privateCustomInspect } from "ext:x_ext_web/00_infra.js";

const {
  ArrayPrototypePush,
  SafeSet,
  SafeSetIterator,
  SafeWeakRef,
  SetPrototypeAdd,
  SetPrototypeDelete,
  SetPrototypeGetSize,
  Symbol,
  TypeError,
  WeakRefPrototypeDeref,
} = primordials;

const illegalConstructorKey = Symbol("illegalConstructorKey");

let signalState; // (value) => the signal's internal slots, or undefined

function state(self) {
  const s = signalState(self);
  if (s === undefined) throw new TypeError("Illegal invocation");
  return s;
}

class AbortSignal extends EventTarget {
  #s = {
    aborted: false,
    reason: undefined,
    algorithms: null, // SafeSet of functions
    dependent: false,
    sources: null, // SafeSet of WeakRef<AbortSignal>
    dependents: null, // SafeSet of WeakRef<AbortSignal>
    strongDependents: null, // SafeSet<AbortSignal>: dependents with listeners
    timer: null,
    self: null, // WeakRef to this, shared by every source's dependents set
  };

  constructor(key = undefined) {
    if (key !== illegalConstructorKey) webidl.illegalConstructor();
    super();
  }

  static {
    signalState = (v) => (v !== null && typeof v === "object" && #s in v ? v.#s : undefined);
  }

  static abort(reason = undefined) {
    const signal = new AbortSignal(illegalConstructorKey);
    const s = signal.#s;
    s.aborted = true;
    s.reason = reason !== undefined ? reason : newAbortError();
    return signal;
  }

  static timeout(milliseconds) {
    const prefix = "Failed to execute 'timeout' on 'AbortSignal'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    milliseconds = webidl.converters["unsigned long long"](milliseconds, prefix, "Argument 1", { enforceRange: true });
    const signal = new AbortSignal(illegalConstructorKey);
    scheduleTimeout(signal, signal.#s, milliseconds, false);
    return signal;
  }

  static any(signals) {
    const prefix = "Failed to execute 'any' on 'AbortSignal'";
    webidl.requiredArguments(arguments.length, 1, prefix);
    signals = convertSignals(signals, prefix, "Argument 1");
    return createDependentAbortSignal(signals);
  }

  get aborted() {
    return state(this).aborted;
  }

  get reason() {
    return state(this).reason;
  }

  throwIfAborted() {
    const s = state(this);
    if (s.aborted) throw s.reason;
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("AbortSignal", this, ["aborted", "reason", "onabort"], inspect, options);
  }
}
defineEventHandler(AbortSignal.prototype, "abort");
webidl.configureInterface(AbortSignal);
const AbortSignalPrototype = AbortSignal.prototype;

// The core timer wheel caps a delay at 2^31 - 1 ms (longer ones would fire at once), so a
// longer timeout is a chain of capped timers.
const TIMEOUT_MAX = 2147483647;
function scheduleTimeout(signal, s, remaining, refed) {
  const step = remaining > TIMEOUT_MAX ? TIMEOUT_MAX : remaining;
  s.timer = core.createTimer(
    () => {
      s.timer = null;
      if (remaining > step) {
        scheduleTimeout(signal, s, remaining - step, hasWork(signal, s) || anyBusyDependent(s));
      } else {
        signalAbort(signal, new DOMException("Signal timed out.", "TimeoutError"));
      }
    },
    step,
    undefined,
    false,
    refed,
  );
}

function isAbortSignal(value) {
  return signalState(value) !== undefined;
}

const convertSignals = webidl.createSequenceConverter((value, prefix, context) => {
  if (!isAbortSignal(value)) throw webidl.makeException(TypeError, "is not of type AbortSignal", prefix, context);
  return value;
});

function newAbortError() {
  return new DOMException("The signal has been aborted", "AbortError");
}

function weakSelf(signal, s) {
  if (s.self === null) s.self = new SafeWeakRef(signal);
  return s.self;
}

// https://dom.spec.whatwg.org/#create-a-dependent-abort-signal
function createDependentAbortSignal(signals) {
  const result = new AbortSignal(illegalConstructorKey);
  const rs = signalState(result);
  for (let i = 0; i < signals.length; i++) {
    const s = signalState(signals[i]);
    if (s.aborted) {
      rs.aborted = true;
      rs.reason = s.reason;
      return result;
    }
  }
  rs.dependent = true;
  rs.sources = new SafeSet();
  const addSource = (source, ss) => {
    SetPrototypeAdd(rs.sources, weakSelf(source, ss));
    if (ss.dependents === null) ss.dependents = new SafeSet();
    SetPrototypeAdd(ss.dependents, weakSelf(result, rs));
  };
  for (let i = 0; i < signals.length; i++) {
    const signal = signals[i];
    const s = signalState(signal);
    if (!s.dependent) {
      addSource(signal, s);
    } else {
      for (const ref of new SafeSetIterator(s.sources)) {
        const source = WeakRefPrototypeDeref(ref);
        if (source !== undefined) addSource(source, signalState(source));
      }
    }
  }
  return result;
}

// https://dom.spec.whatwg.org/#abortsignal-signal-abort
function signalAbort(signal, reason) {
  const s = signalState(signal);
  if (s.aborted) return;
  s.aborted = true;
  s.reason = reason !== undefined ? reason : newAbortError();
  if (s.timer !== null) {
    core.cancelTimer(s.timer);
    s.timer = null;
  }
  const dependentsToAbort = [];
  if (s.dependents !== null) {
    for (const ref of new SafeSetIterator(s.dependents)) {
      const dependent = WeakRefPrototypeDeref(ref);
      if (dependent === undefined) continue;
      const ds = signalState(dependent);
      if (!ds.aborted) {
        ds.aborted = true;
        ds.reason = s.reason;
        ArrayPrototypePush(dependentsToAbort, dependent);
      }
    }
  }
  runAbortSteps(signal);
  for (let i = 0; i < dependentsToAbort.length; i++) runAbortSteps(dependentsToAbort[i]);
}

// https://dom.spec.whatwg.org/#run-the-abort-steps
function runAbortSteps(signal) {
  const s = signalState(signal);
  const algorithms = s.algorithms;
  s.algorithms = null;
  if (algorithms !== null) {
    for (const algorithm of new SafeSetIterator(algorithms)) algorithm();
  }
  dispatchTrusted(signal, new Event("abort"));
  // Aborted: nothing more can reach it, so nothing needs to hold it any more.
  releaseFromSources(signal, s);
  s.dependents = null;
  s.strongDependents = null;
}

/** Adds an abort algorithm (run when `signal` aborts); none is added to an aborted signal. */
function addAbortAlgorithm(signal, algorithm) {
  const s = state(signal);
  if (s.aborted) return;
  if (s.algorithms === null) s.algorithms = new SafeSet();
  SetPrototypeAdd(s.algorithms, algorithm);
  keepAliveChanged(signal, s);
}

function removeAbortAlgorithm(signal, algorithm) {
  const s = state(signal);
  if (s.algorithms !== null) SetPrototypeDelete(s.algorithms, algorithm);
  keepAliveChanged(signal, s);
}

// Whether the signal has something an abort would run: listeners or algorithms.
function hasWork(signal, s) {
  return listenerCount(signal, "abort") > 0 || (s.algorithms !== null && SetPrototypeGetSize(s.algorithms) > 0);
}

// A dependent signal with work is held strongly by its live sources; a timeout signal
// with listeners keeps the event loop alive.
function keepAliveChanged(signal, s) {
  if (s.aborted) return;
  const busy = hasWork(signal, s);
  if (s.timer !== null) {
    if (listenerCount(signal, "abort") > 0) core.refTimer(s.timer);
    else core.unrefTimer(s.timer);
  }
  if (!s.dependent) return;
  for (const ref of new SafeSetIterator(s.sources)) {
    const source = WeakRefPrototypeDeref(ref);
    if (source === undefined) continue;
    const ss = signalState(source);
    if (busy) {
      if (ss.strongDependents === null) ss.strongDependents = new SafeSet();
      SetPrototypeAdd(ss.strongDependents, signal);
    } else if (ss.strongDependents !== null) {
      SetPrototypeDelete(ss.strongDependents, signal);
    }
    // A timeout source stays referenced while a dependent listens.
    if (ss.timer !== null) {
      if (busy) core.refTimer(ss.timer);
      else if (!anyBusyDependent(ss)) core.unrefTimer(ss.timer);
    }
  }
}

function anyBusyDependent(ss) {
  return ss.strongDependents !== null && SetPrototypeGetSize(ss.strongDependents) > 0;
}

function releaseFromSources(signal, s) {
  if (!s.dependent || s.sources === null) return;
  for (const ref of new SafeSetIterator(s.sources)) {
    const source = WeakRefPrototypeDeref(ref);
    if (source === undefined) continue;
    const ss = signalState(source);
    if (ss.strongDependents !== null) SetPrototypeDelete(ss.strongDependents, signal);
    if (ss.dependents !== null && s.self !== null) SetPrototypeDelete(ss.dependents, s.self);
  }
}

setAbortSignalHooks({
  isAbortSignal,
  aborted: (signal) => state(signal).aborted,
  addAlgorithm: addAbortAlgorithm,
  abortListenerCountChanged: (target) => {
    const s = signalState(target);
    if (s !== undefined) keepAliveChanged(target, s);
  },
});

let controllerSignal; // (value) => the controller's signal, or undefined

class AbortController {
  #signal;

  constructor() {
    this.#signal = new AbortSignal(illegalConstructorKey);
  }

  static {
    controllerSignal = (v) => (v !== null && typeof v === "object" && #signal in v ? v.#signal : undefined);
  }

  get signal() {
    return controllerState(this);
  }

  abort(reason = undefined) {
    signalAbort(controllerState(this), reason);
  }

  [privateCustomInspect](inspect, options) {
    return inspectAttributes("AbortController", this, ["signal"], inspect, options);
  }
}
function controllerState(self) {
  const signal = controllerSignal(self);
  if (signal === undefined) throw new TypeError("Illegal invocation");
  return signal;
}
webidl.configureInterface(AbortController);
webidl.registerPlatformObjectCheck((v) => controllerSignal(v) !== undefined);

/** A new, non-aborted signal (for platform objects that own one, e.g. a request). */
function newSignal() {
  return new AbortSignal(illegalConstructorKey);
}

export {
  AbortController,
  AbortSignal,
  AbortSignalPrototype,
  addAbortAlgorithm,
  createDependentAbortSignal,
  isAbortSignal,
  newSignal,
  removeAbortAlgorithm,
  signalAbort,
};
