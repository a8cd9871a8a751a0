// node:async_hooks: AsyncLocalStorage. The engine has no async context propagation, so a
// store is visible for the synchronous part of run() and in code awaiting inside it
// until run()'s callback settles; concurrent run()s can see each other's store after an
// await. (Enough for per-request context in sequential handlers.)

export class AsyncLocalStorage {
  constructor() {
    this._store = undefined;
    this._enabled = false;
  }
  getStore() {
    return this._store;
  }
  run(store, fn, ...args) {
    const previous = this._store;
    this._store = store;
    let result;
    try {
      result = fn(...args);
    } catch (e) {
      this._store = previous;
      throw e;
    }
    if (result && typeof result.then === "function") {
      return result.finally(() => {
        this._store = previous;
      });
    }
    this._store = previous;
    return result;
  }
  enterWith(store) {
    this._store = store;
  }
  exit(fn, ...args) {
    return this.run(undefined, fn, ...args);
  }
  disable() {
    this._store = undefined;
  }
  static bind(fn) {
    return fn;
  }
  static snapshot() {
    return (fn, ...args) => fn(...args);
  }
}

export class AsyncResource {
  constructor(type) {
    this.type = type;
  }
  runInAsyncScope(fn, thisArg, ...args) {
    return fn.apply(thisArg, args);
  }
  bind(fn) {
    return fn.bind(this);
  }
  emitDestroy() {
    return this;
  }
  static bind(fn) {
    return fn;
  }
}

export function createHook() {
  return { enable() { return this; }, disable() { return this; } };
}
export const executionAsyncId = () => 0;
export const triggerAsyncId = () => 0;
export default { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, triggerAsyncId };
