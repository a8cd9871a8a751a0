// node:events: EventEmitter as Node has it (listeners in order, once, prepend, "error"
// throwing when nobody listens, newListener), and the once()/on() helpers.

const kCapture = Symbol("kCapture");
let defaultMaxListeners = 10;

export class EventEmitter {
  constructor(opts) {
    EventEmitter.init.call(this, opts);
  }
  static init() {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
  }
  static get defaultMaxListeners() {
    return defaultMaxListeners;
  }
  static set defaultMaxListeners(n) {
    defaultMaxListeners = n;
  }
  setMaxListeners(n) {
    this._maxListeners = n;
    return this;
  }
  getMaxListeners() {
    return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
  }
  emit(type, ...args) {
    const events = this._events;
    const handlers = events === undefined ? undefined : events[type];
    if (type === "error" && handlers === undefined) {
      const err = args[0];
      if (err instanceof Error) throw err;
      const e = new Error("Unhandled error." + (err === undefined ? "" : ` (${err})`));
      e.context = err;
      throw e;
    }
    if (handlers === undefined) return false;
    if (typeof handlers === "function") {
      handlers.apply(this, args);
    } else {
      for (const h of handlers.slice()) h.apply(this, args);
    }
    return true;
  }
  _add(type, listener, prepend) {
    if (typeof listener !== "function") {
      throw new TypeError(`The "listener" argument must be of type function. Received ${typeof listener}`);
    }
    if (this._events === undefined) EventEmitter.init.call(this);
    if (this._events.newListener !== undefined) {
      this.emit("newListener", type, listener.listener ? listener.listener : listener);
    }
    const existing = this._events[type];
    if (existing === undefined) {
      this._events[type] = listener;
      this._eventsCount++;
    } else if (typeof existing === "function") {
      this._events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    return this;
  }
  addListener(type, listener) {
    return this._add(type, listener, false);
  }
  on(type, listener) {
    return this._add(type, listener, false);
  }
  prependListener(type, listener) {
    return this._add(type, listener, true);
  }
  once(type, listener) {
    return this.on(type, onceWrapper(this, type, listener));
  }
  prependOnceListener(type, listener) {
    return this.prependListener(type, onceWrapper(this, type, listener));
  }
  removeListener(type, listener) {
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
      if (events.removeListener) this.emit("removeListener", type, list.listener || listener);
    } else if (typeof list !== "function") {
      const i = list.findIndex((l) => l === listener || l.listener === listener);
      if (i < 0) return this;
      list.splice(i, 1);
      if (list.length === 1) events[type] = list[0];
      if (events.removeListener !== undefined) this.emit("removeListener", type, listener);
    }
    return this;
  }
  off(type, listener) {
    return this.removeListener(type, listener);
  }
  removeAllListeners(type) {
    if (this._events === undefined) return this;
    if (type === undefined) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (this._events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete this._events[type];
    }
    return this;
  }
  listeners(type) {
    const l = this._events?.[type];
    if (l === undefined) return [];
    if (typeof l === "function") return [l.listener || l];
    return l.map((x) => x.listener || x);
  }
  rawListeners(type) {
    const l = this._events?.[type];
    if (l === undefined) return [];
    return typeof l === "function" ? [l] : l.slice();
  }
  listenerCount(type) {
    const l = this._events?.[type];
    if (l === undefined) return 0;
    return typeof l === "function" ? 1 : l.length;
  }
  eventNames() {
    return this._events ? Reflect.ownKeys(this._events) : [];
  }
}

function onceWrapper(target, type, listener) {
  const state = { fired: false, target, type, listener };
  function wrapped(...args) {
    if (!state.fired) {
      state.target.removeListener(state.type, wrapped);
      state.fired = true;
      return state.listener.apply(state.target, args);
    }
  }
  wrapped.listener = listener;
  return wrapped;
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.captureRejections = false;
EventEmitter.errorMonitor = Symbol("events.errorMonitor");
EventEmitter[kCapture] = false;

/** Resolves with the arguments of the next `name` event (rejects on "error"). */
export function once(emitter, name) {
  return new Promise((resolve, reject) => {
    if (typeof emitter.addEventListener === "function" && typeof emitter.on !== "function") {
      emitter.addEventListener(name, (...args) => resolve(args), { once: true });
      return;
    }
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      reject(err);
    };
    const onEvent = (...args) => {
      if (name !== "error") emitter.removeListener("error", onError);
      resolve(args);
    };
    emitter.once(name, onEvent);
    if (name !== "error") emitter.once("error", onError);
  });
}

export function getEventListeners(emitter, name) {
  return emitter.listeners(name);
}

export function setMaxListeners(n) {
  defaultMaxListeners = n;
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.once = once;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.setMaxListeners = setMaxListeners;
export const errorMonitor = EventEmitter.errorMonitor;
export default EventEmitter;
