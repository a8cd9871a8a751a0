// Deno.env, process and machine facts, and signal listeners over the x_ext_os ops.
// Permission checks (--allow-env, --allow-sys) happen in Rust inside each op. Nothing
// here reads process state at module evaluation (it runs at snapshot time).
import { core, primordials } from "ext:core/mod.js";
import {
  op_build_info,
  op_console_size,
  op_cpu_usage,
  op_env_delete,
  op_env_get,
  op_env_set,
  op_env_to_object,
  op_exec_path,
  op_gid,
  op_hostname,
  op_loadavg,
  op_memory_usage,
  op_network_interfaces,
  op_os_release,
  op_os_uptime,
  op_pid,
  op_ppid,
  op_signal_bind,
  op_signal_poll,
  op_system_memory_info,
  op_uid,
  op_umask,
} from "ext:core/ops";

const {
  ArrayFrom,
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ObjectFreeze,
  SafeMap,
  SafeSet,
  SetPrototypeAdd,
  SetPrototypeDelete,
  SetPrototypeValues,
  MapPrototypeGet,
  MapPrototypeSet,
  MapPrototypeDelete,
  TypeError,
} = primordials;

// ----- Deno.env -----

// Named and ordered as Deno's (it shows in `console.log(Deno.env)`).
function getEnv(key) {
  return op_env_get(`${key}`) ?? undefined;
}

function toObject() {
  return op_env_to_object();
}

function setEnv(key, value) {
  op_env_set(`${key}`, `${value}`);
}

function has(key) {
  return op_env_get(`${key}`) !== null;
}

function deleteEnv(key) {
  op_env_delete(`${key}`);
}

const env = { get: getEnv, toObject, set: setEnv, has, delete: deleteEnv };

// ----- facts -----

let build;
function getBuild() {
  if (build === undefined) {
    const info = op_build_info();
    build = ObjectFreeze({ ...info, standalone: false });
  }
  return build;
}

/** The Deno release whose API `x` follows; engine and compiler are named as they are. */
const version = ObjectFreeze({ deno: "2.9.6", v8: "0.0.0-quickjs-ng", typescript: "0.0.0-swc" });

function memoryUsage() {
  const { 0: rss, 1: heapTotal, 2: heapUsed, 3: external } = op_memory_usage();
  return { rss, heapTotal, heapUsed, external };
}

function loadavg() {
  return op_loadavg();
}

// The ops behind these take no arguments; the wrappers give them Deno's names and
// `length` (an op function's `length` is not 0).
function execPath() {
  return op_exec_path();
}

function hostname() {
  return op_hostname();
}

function osRelease() {
  return op_os_release();
}

function osUptime() {
  return op_os_uptime();
}

function networkInterfaces() {
  return op_network_interfaces();
}

function systemMemoryInfo() {
  return op_system_memory_info();
}

function uid() {
  return op_uid();
}

function gid() {
  return op_gid();
}

/** Sets the process's file mode mask when `mask` is given; returns the previous one. */
function umask(mask) {
  return op_umask(mask === undefined || mask === null ? null : mask >>> 0);
}

function cpuUsage() {
  const { 0: user, 1: system } = op_cpu_usage();
  return { system, user };
}

function consoleSize() {
  const { 0: columns, 1: rows } = op_console_size();
  return { columns, rows };
}

// ----- signals -----

/** signal name -> { rid, listeners } */
const signals = new SafeMap();

function checkListener(listener) {
  if (typeof listener !== "function") {
    throw new TypeError(`Signal listener must be a function. "${typeof listener}" is given.`);
  }
}

async function pollSignal(name, entry) {
  while (true) {
    const poll = op_signal_poll(entry.rid);
    // As in Deno, a listener alone does not keep the program alive.
    core.unrefOpPromise(poll);
    const closed = await poll;
    if (closed || MapPrototypeGet(signals, name) !== entry) return;
    for (const listener of ArrayFrom(SetPrototypeValues(entry.listeners))) {
      FunctionPrototypeCall(listener, undefined);
    }
  }
}

function addSignalListener(signal, listener) {
  checkListener(listener);
  let entry = MapPrototypeGet(signals, signal);
  if (entry === undefined) {
    entry = { rid: op_signal_bind(`${signal}`), listeners: new SafeSet() };
    MapPrototypeSet(signals, signal, entry);
    pollSignal(signal, entry);
  }
  SetPrototypeAdd(entry.listeners, listener);
}

function removeSignalListener(signal, listener) {
  checkListener(listener);
  const entry = MapPrototypeGet(signals, signal);
  if (entry === undefined) return;
  SetPrototypeDelete(entry.listeners, listener);
  if (entry.listeners.size === 0) {
    MapPrototypeDelete(signals, signal);
    core.tryClose(entry.rid);
  }
}

/** The members this extension adds to the `Deno` namespace (getters for per-process facts
 * are defined by `defineLazyFacts`, as the namespace is built at snapshot time). */
export const denoNs = {
  env,
  version,
  execPath,
  hostname,
  osRelease,
  osUptime,
  loadavg,
  memoryUsage,
  systemMemoryInfo,
  networkInterfaces,
  uid,
  gid,
  umask,
  cpuUsage,
  consoleSize,
  addSignalListener,
  removeSignalListener,
};

/** Adds `pid`, `ppid` and `build` to `ns` as getters that read the process on first use. */
export function defineLazyFacts(ns) {
  ObjectDefineProperty(ns, "pid", { get: op_pid, enumerable: true, configurable: true });
  ObjectDefineProperty(ns, "ppid", { get: op_ppid, enumerable: true, configurable: true });
  // A data property once read (as Deno's), computed on first use.
  ObjectDefineProperty(ns, "build", {
    get() {
      const value = getBuild();
      ObjectDefineProperty(ns, "build", { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}
