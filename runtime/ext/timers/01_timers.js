// Web timers on deno_core's timer wheel. Ids are numbers, as the HTML spec and Deno have
// them; each maps to one core timer object.
import { core, primordials } from "ext:core/mod.js";

const {
  FunctionPrototypeApply,
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeSet,
  MathTrunc,
  NumberIsFinite,
  SafeMap,
  TypeError,
  indirectEval,
} = primordials;

/** id -> core timer */
const activeTimers = new SafeMap();
let nextId = 1;

// Deno's timers accept any `this` (`const real = { setTimeout }; real.setTimeout(f)`, as
// std/testing/time.ts calls them): nothing to check.
function checkThis(_thisArg) {}

// WebIDL `long`: ToNumber, truncate, non-finite becomes 0.
function toLong(value) {
  const n = +value;
  return NumberIsFinite(n) ? MathTrunc(n) : 0;
}

function schedule(callback, timeout, args, repeat) {
  if (typeof callback !== "function") {
    const code = `${callback}`;
    callback = () => indirectEval(code);
  }
  let delay = toLong(timeout);
  if (delay < 0) delay = 0;
  const id = nextId++;
  const run = () => {
    if (!repeat) MapPrototypeDelete(activeTimers, id);
    FunctionPrototypeApply(callback, globalThis, args);
  };
  MapPrototypeSet(activeTimers, id, core.createTimer(run, delay, undefined, repeat, true));
  return id;
}

function setTimeout(callback, timeout = 0, ...args) {
  checkThis(this);
  return schedule(callback, timeout, args, false);
}

function setInterval(callback, timeout = 0, ...args) {
  checkThis(this);
  return schedule(callback, timeout, args, true);
}

function clearTimeout(id = 0) {
  checkThis(this);
  const key = toLong(id);
  const timer = MapPrototypeGet(activeTimers, key);
  if (timer !== undefined) {
    core.cancelTimer(timer);
    MapPrototypeDelete(activeTimers, key);
  }
}

function clearInterval(id = 0) {
  checkThis(this);
  clearTimeout(id);
}

/** Deno.refTimer: the timer keeps the event loop alive again. */
function refTimer(id) {
  const timer = MapPrototypeGet(activeTimers, toLong(id));
  if (timer !== undefined) core.refTimer(timer);
}

/** Deno.unrefTimer: the timer no longer keeps the event loop alive. */
function unrefTimer(id) {
  const timer = MapPrototypeGet(activeTimers, toLong(id));
  if (timer !== undefined) core.unrefTimer(timer);
}

export { clearInterval, clearTimeout, refTimer, setInterval, setTimeout, unrefTimer };
