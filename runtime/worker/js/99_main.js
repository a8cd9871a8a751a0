// The worker's bootstrap: builds the `Deno` namespace and the globals a program sees.
// Facts about the process come from Rust on first use (op_bootstrap_info), so start-up
// does no work that a program does not ask for.
import { core, primordials } from "ext:core/mod.js";
import {
  op_bootstrap_info,
  op_builtin_load_end,
  op_builtin_load_start,
  op_exit,
  op_set_exit_code,
  op_tenant_log,
} from "ext:core/ops";
import * as timers from "ext:x_ext_timers/01_timers.js";
import { Console, inspect, setColors, setPrinter } from "ext:x_ext_console/01_console.js";
import { DOMException } from "ext:x_ext_web/01_dom_exception.js";
import * as event from "ext:x_ext_web/02_event.js";
import { AbortController, AbortSignal } from "ext:x_ext_web/03_abort_signal.js";
import { atob, btoa } from "ext:x_ext_web/05_base64.js";
import { structuredClone } from "ext:x_ext_web/06_structured_clone.js";
import { TextDecoder, TextEncoder } from "ext:x_ext_web/08_text_encoding.js";
import * as perf from "ext:x_ext_web/15_performance.js";
import { Navigator, navigator } from "ext:x_ext_web/16_navigator.js";
import { Crypto, crypto, CryptoKey, SubtleCrypto } from "ext:x_ext_crypto/00_crypto.js";
import { installGlobalScope, Window } from "ext:x_ext_web/17_global_scope.js";
import { URL, URLSearchParams } from "ext:x_ext_url/00_url.js";
import { URLPattern } from "ext:x_ext_url/01_urlpattern.js";
import * as fs from "ext:x_ext_fs/30_fs.js";
import * as os from "ext:x_ext_os/30_os.js";
import { errors } from "ext:x_ext_os/01_errors.js";
import * as permissions from "ext:x_ext_os/40_permissions.js";
import * as process from "ext:x_ext_process/40_process.js";
import * as testing from "ext:x_ext_testing/01_testing.js";
// The Node built-ins, evaluated into the snapshot; programs reach them as `node:*`.
import * as node from "ext:x_ext_node/mod.js";

const { NumberIsInteger, ObjectDefineProperties, ObjectDefineProperty, RangeError, SymbolFor, SymbolToStringTag, TypeError } =
  primordials;
const { ArrayPrototypePush, ObjectAssign } = primordials;

// Streams, fetch, WebSocket, Deno.serve and KV are `lazy_loaded_esm` of their extensions:
// not in the startup snapshot, evaluated the first time a program touches one of their
// globals or `Deno` members. A program that never does (hello world) neither restores
// nor runs them. Each global starts as an accessor that, on first read or write,
// replaces itself with the data property Deno has (same attributes, same position).
//
// A group's files are loaded one by one, each after the files it imports: deno_core asks
// the module loader for the bytecode of each module it lazy-loads by name (x's keeps it
// in `$X_DIR/bytecode`), but compiles a not yet loaded import of one from source.
function lazyModule(...specifiers) {
  const loads = [];
  for (const specifier of specifiers) ArrayPrototypePush(loads, core.createLazyLoader(specifier));
  let namespace;
  return () => {
    if (namespace === undefined) {
      // The runtime's own code: on the platform, its CPU time is not the tenant's.
      op_builtin_load_start();
      try {
        let last;
        for (const load of loads) last = load();
        namespace = last;
      } finally {
        op_builtin_load_end();
      }
    }
    return namespace;
  };
}
const STREAMS = "ext:x_ext_streams/01_streams.js";
const FETCH = [
  STREAMS,
  "ext:x_ext_fetch/00_mimesniff.js",
  "ext:x_ext_fetch/10_blob.js",
  "ext:x_ext_fetch/11_blob_url.js",
  "ext:x_ext_fetch/20_headers.js",
  "ext:x_ext_fetch/21_formdata.js",
  "ext:x_ext_fetch/22_body.js",
  "ext:x_ext_fetch/23_request.js",
  "ext:x_ext_fetch/23_response.js",
  "ext:x_ext_fetch/26_fetch.js",
  "ext:x_ext_fetch/mod.js",
];
const WEBSOCKET = [STREAMS, "ext:x_ext_fetch/10_blob.js", "ext:x_ext_websocket/01_websocket.js"];
const streams = lazyModule(STREAMS);
const textStreams = lazyModule(STREAMS, "ext:x_ext_streams/02_text_streams.js");
const fetch = lazyModule(...FETCH);
const websocket = lazyModule(...WEBSOCKET);
const http = lazyModule(...FETCH, ...WEBSOCKET, "ext:x_ext_http/01_http.js");
const kv = lazyModule(STREAMS, "ext:x_ext_kv/01_kv.js");
const intl = lazyModule("ext:x_ext_intl/01_intl.js");
const compression = lazyModule(STREAMS, "ext:x_ext_streams/03_compression.js");
const blobURL = lazyModule(STREAMS, "ext:x_ext_fetch/10_blob.js", "ext:x_ext_fetch/11_blob_url.js");
const fileReader = lazyModule(
  STREAMS,
  "ext:x_ext_fetch/00_mimesniff.js",
  "ext:x_ext_fetch/10_blob.js",
  "ext:x_ext_fetch/12_file_reader.js",
);

// Every lazy property, for preloadLazyModules.
const lazyProperties = [];

function defineLazy(target, name, value, enumerable) {
  ArrayPrototypePush(lazyProperties, [target, name]);
  const settle = (v) => {
    ObjectDefineProperty(target, name, { value: v, writable: true, enumerable, configurable: true });
    return v;
  };
  ObjectDefineProperty(target, name, {
    get: () => settle(value()),
    set: settle,
    enumerable,
    configurable: true,
  });
}

// `props`: name -> [module, export name, enumerable].
function defineLazyProperties(target, props) {
  for (const name in props) {
    const { 0: module, 1: exported, 2: enumerable } = props[name];
    defineLazy(target, name, () => module()[exported], enumerable);
  }
}

let info;
function bootstrapInfo() {
  if (info === undefined) info = op_bootstrap_info();
  return info;
}

// Deno.exitCode: what the process ends with when the program finishes (or calls
// Deno.exit() without a code).
let exitCode = 0;

function getExitCode() {
  return exitCode;
}

function setExitCode(value) {
  if (typeof value !== "number") {
    throw new TypeError(`Exit code must be a number, got: ${value} (${typeof value})`);
  }
  if (!NumberIsInteger(value)) {
    throw new RangeError(`Exit code must be an integer, got: ${value}`);
  }
  exitCode = value;
  op_set_exit_code(value);
}

function exit(code) {
  op_exit(code === undefined ? exitCode : Number(code) | 0);
}

ObjectDefineProperties(globalThis, {
  console: core.propNonEnumerable(new Console()),
  setTimeout: core.propWritable(timers.setTimeout),
  setInterval: core.propWritable(timers.setInterval),
  clearTimeout: core.propWritable(timers.clearTimeout),
  clearInterval: core.propWritable(timers.clearInterval),
});

// Web platform globals, with the property attributes Deno gives them: interfaces are
// non-enumerable, functions and `performance`/`navigator` enumerable; `self` (the global
// scope, as in browsers and workers) a getter that ignores writes.
ObjectDefineProperties(globalThis, {
  self: core.propGetterOnly(() => globalThis),
  DOMException: core.propNonEnumerable(DOMException),
  Event: core.propNonEnumerable(event.Event),
  EventTarget: core.propNonEnumerable(event.EventTarget),
  CustomEvent: core.propNonEnumerable(event.CustomEvent),
  ErrorEvent: core.propNonEnumerable(event.ErrorEvent),
  ProgressEvent: core.propNonEnumerable(event.ProgressEvent),
  PromiseRejectionEvent: core.propNonEnumerable(event.PromiseRejectionEvent),
  AbortController: core.propNonEnumerable(AbortController),
  AbortSignal: core.propNonEnumerable(AbortSignal),
  TextEncoder: core.propNonEnumerable(TextEncoder),
  TextDecoder: core.propNonEnumerable(TextDecoder),
  URL: core.propNonEnumerable(URL),
  URLSearchParams: core.propNonEnumerable(URLSearchParams),
  URLPattern: core.propNonEnumerable(URLPattern),
  Performance: core.propNonEnumerable(perf.Performance),
  PerformanceEntry: core.propNonEnumerable(perf.PerformanceEntry),
  PerformanceMark: core.propNonEnumerable(perf.PerformanceMark),
  PerformanceMeasure: core.propNonEnumerable(perf.PerformanceMeasure),
  Navigator: core.propNonEnumerable(Navigator),
  Crypto: core.propNonEnumerable(Crypto),
  SubtleCrypto: core.propNonEnumerable(SubtleCrypto),
  CryptoKey: core.propNonEnumerable(CryptoKey),
  Window: core.propNonEnumerable(Window),
  atob: core.propWritable(atob),
  btoa: core.propWritable(btoa),
  structuredClone: core.propWritable(structuredClone),
  reportError: core.propWritable(event.reportError),
  performance: core.propWritable(perf.performance),
  navigator: core.propWritable(navigator),
  crypto: core.propWritable(crypto),
});

// Streams and fetch (Deno's attributes: interfaces non-enumerable, `fetch` enumerable).
defineLazyProperties(globalThis, {
  ReadableStream: [streams, "ReadableStream", false],
  ReadableStreamDefaultReader: [streams, "ReadableStreamDefaultReader", false],
  ReadableStreamBYOBReader: [streams, "ReadableStreamBYOBReader", false],
  ReadableStreamBYOBRequest: [streams, "ReadableStreamBYOBRequest", false],
  ReadableByteStreamController: [streams, "ReadableByteStreamController", false],
  ReadableStreamDefaultController: [streams, "ReadableStreamDefaultController", false],
  TransformStream: [streams, "TransformStream", false],
  TextEncoderStream: [textStreams, "TextEncoderStream", false],
  TextDecoderStream: [textStreams, "TextDecoderStream", false],
  TransformStreamDefaultController: [streams, "TransformStreamDefaultController", false],
  WritableStream: [streams, "WritableStream", false],
  WritableStreamDefaultWriter: [streams, "WritableStreamDefaultWriter", false],
  WritableStreamDefaultController: [streams, "WritableStreamDefaultController", false],
  ByteLengthQueuingStrategy: [streams, "ByteLengthQueuingStrategy", false],
  CountQueuingStrategy: [streams, "CountQueuingStrategy", false],
  CompressionStream: [compression, "CompressionStream", false],
  DecompressionStream: [compression, "DecompressionStream", false],
  Blob: [fetch, "Blob", false],
  File: [fetch, "File", false],
  FileReader: [fileReader, "FileReader", false],
  FormData: [fetch, "FormData", false],
  Headers: [fetch, "Headers", false],
  Request: [fetch, "Request", false],
  Response: [fetch, "Response", false],
  fetch: [fetch, "fetch", true],
  WebSocket: [websocket, "WebSocket", false],
  MessageEvent: [websocket, "MessageEvent", false],
  CloseEvent: [websocket, "CloseEvent", false],
});

// URL's static blob URL operations (File API): enumerable, as WebIDL static operations are.
defineLazyProperties(URL, {
  createObjectURL: [blobURL, "createObjectURL", true],
  revokeObjectURL: [blobURL, "revokeObjectURL", true],
});

// Intl: QuickJS has none, and the engine's `Intl` holds placeholders (v8x's
// `install_intl_stub`). Each service below replaces its placeholder with the real one
// (`ext/intl`, loaded on first use), and numbers, BigInts, Dates and strings format and
// compare through them. The engine reads `globalThis.Intl` when it restores a snapshot,
// so the object stays a plain data property and only its members are lazy.
defineLazyProperties(globalThis.Intl, {
  Collator: [intl, "Collator", false],
  DateTimeFormat: [intl, "DateTimeFormat", false],
  DisplayNames: [intl, "DisplayNames", false],
  ListFormat: [intl, "ListFormat", false],
  Locale: [intl, "Locale", false],
  NumberFormat: [intl, "NumberFormat", false],
  PluralRules: [intl, "PluralRules", false],
  RelativeTimeFormat: [intl, "RelativeTimeFormat", false],
  Segmenter: [intl, "Segmenter", false],
  getCanonicalLocales: [intl, "getCanonicalLocales", false],
});
// v8x's DurationFormat placeholder answers wrongly; absent, feature checks see the truth.
delete globalThis.Intl.DurationFormat;
ObjectDefineProperty(globalThis.Intl, SymbolToStringTag, { value: "Intl", configurable: true });
// A restored snapshot gets the engine's own built-in prototypes back (what bootstrap
// added to them is not kept), so the methods go on at every start.
function installLocaleMethods() {
  ObjectDefineProperties(globalThis.Number.prototype, {
    toLocaleString: core.propNonEnumerable(function toLocaleString() {
      return intl().numberToLocaleString(this, arguments[0], arguments[1]);
    }),
  });
  ObjectDefineProperties(globalThis.BigInt.prototype, {
    toLocaleString: core.propNonEnumerable(function toLocaleString() {
      return intl().bigintToLocaleString(this, arguments[0], arguments[1]);
    }),
  });
  ObjectDefineProperties(globalThis.String.prototype, {
    // Named parameters with defaults rather than `arguments` (an allocation per call, and
    // a sort calls this n log n times); the function's length stays 1.
    localeCompare: core.propNonEnumerable(function localeCompare(that, locales = undefined, options = undefined) {
      return intl().stringLocaleCompare(this, that, locales, options);
    }),
  });
  ObjectDefineProperties(globalThis.Date.prototype, {
    toLocaleString: core.propNonEnumerable(function toLocaleString() {
      return intl().dateToLocaleString(this, arguments[0], arguments[1], "any");
    }),
    toLocaleDateString: core.propNonEnumerable(function toLocaleDateString() {
      return intl().dateToLocaleString(this, arguments[0], arguments[1], "date");
    }),
    toLocaleTimeString: core.propNonEnumerable(function toLocaleTimeString() {
      return intl().dateToLocaleString(this, arguments[0], arguments[1], "time");
    }),
  });
}

// The Node globals npm packages use without importing them (as Deno gives them):
// `process`, `Buffer`, `global`, `setImmediate`/`clearImmediate`; non-enumerable.
ObjectDefineProperties(globalThis, {
  process: core.propNonEnumerable(node.process),
  Buffer: core.propNonEnumerable(node.buffer.Buffer),
  global: core.propNonEnumerable(globalThis),
  setImmediate: core.propNonEnumerable(node.timers.setImmediate),
  clearImmediate: core.propNonEnumerable(node.timers.clearImmediate),
});

// Built in Deno's order (`Object.keys(Deno)` is unchanged by the lazy members).
const denoNs = { exit };
defineLazyProperties(denoNs, {
  serve: [http, "serve", true],
  upgradeWebSocket: [http, "upgradeWebSocket", true],
});
ObjectAssign(denoNs, {
  refTimer: timers.refTimer,
  unrefTimer: timers.unrefTimer,
  customInspect: SymbolFor("Deno.customInspect"),
  test: testing.test,
  inspect(value, options = {}) {
    return inspect(value, options);
  },
});

// File system, OS facts and env, permissions, processes and stdio, KV: each extension
// exports the members it adds.
ObjectAssign(denoNs, fs.denoNs, os.denoNs, permissions.denoNs, process.denoNs);
defineLazyProperties(denoNs, {
  openKv: [kv, "openKv", true],
  Kv: [kv, "Kv", true],
  AtomicOperation: [kv, "AtomicOperation", true],
  KvU64: [kv, "KvU64", true],
  KvListIterator: [kv, "KvListIterator", true],
});
ObjectAssign(denoNs, { errors });
os.defineLazyFacts(denoNs);

// One array, made on first use; programs may change it (as in Deno).
let args;
ObjectDefineProperty(denoNs, "args", {
  get() {
    args ??= [...bootstrapInfo().args];
    return args;
  },
  set(value) {
    args = value;
  },
  enumerable: true,
  configurable: true,
});
ObjectDefineProperty(denoNs, "exitCode", { get: getExitCode, set: setExitCode });
ObjectDefineProperty(denoNs, "mainModule", {
  get: () => bootstrapInfo().mainModule,
  enumerable: true,
  configurable: true,
});
ObjectDefineProperty(denoNs, "noColor", {
  get: () => bootstrapInfo().noColor,
  enumerable: true,
  configurable: true,
});

// `x serve`: serves the module, and on SIGINT or SIGTERM stops accepting, lets the requests
// in flight finish, closes its WebSockets (1001, going away), and ends (the event loop
// empties once the server has finished).
function serveModuleUntilSignal(mod, hostname, port) {
  const server = http().serveModule(mod, hostname, port);
  const stop = () => {
    os.denoNs.removeSignalListener("SIGINT", stop);
    os.denoNs.removeSignalListener("SIGTERM", stop);
    server.shutdown();
    http().closeServerSockets(1001, "the server is shutting down");
  };
  os.denoNs.addSignalListener("SIGINT", stop);
  os.denoNs.addSignalListener("SIGTERM", stop);
  return server;
}

// The snapshots of runtimes made ahead of their program (runtime/worker/src/snapshot.rs)
// call this before they are taken. The full one (`x test`'s template) starts with every
// module evaluated and every global a data property, as before the lazy setup. A
// platform tenant's (`servingOnly`) has what every tenant serves with evaluated:
// `Deno.serve`'s module, with fetch, streams and WebSocket; it leaves Intl, KV and the
// rarer Web APIs for first use, as `x run`'s snapshot leaves them all: each tenant's heap
// holds only what it uses.
function preloadLazyModules(servingOnly = false) {
  delete globalThis.__preloadLazyModules;
  if (servingOnly) {
    http();
    return;
  }
  for (const { 0: target, 1: name } of lazyProperties) target[name];
}
ObjectDefineProperty(globalThis, "__preloadLazyModules", {
  value: preloadLazyModules,
  configurable: true,
});

// Runs once per process, after the runtime is created (and restored from the startup
// snapshot): Deno 2 keeps `Deno.core` private, so the program's `Deno` is a new object
// without it. deno_core needs `Deno.core` while it restores, hence not at evaluation.
function bootstrapMainRuntime() {
  delete globalThis.__bootstrapMainRuntime;
  delete globalThis.__bootstrapTenantRuntime;
  delete globalThis.__preloadLazyModules;
  const { noColor, stdoutIsTerminal, stderrIsTerminal } = bootstrapInfo();
  setColors(!noColor && stdoutIsTerminal, !noColor && stderrIsTerminal);
  ObjectDefineProperty(globalThis, "Deno", core.propReadOnly(denoNs));
  installLocaleMethods();
  // `x test` only: Deno.exit guard, uncaught errors charged to tests.
  testing.activate();
  // [dispatchLoad, dispatchBeforeUnload, dispatchUnload, serveModule], called by the
  // worker (the last for `x serve`).
  const dispatchers = installGlobalScope();
  return [dispatchers[0], dispatchers[1], dispatchers[2], serveModuleUntilSignal];
}
ObjectDefineProperty(globalThis, "__bootstrapMainRuntime", {
  value: bootstrapMainRuntime,
  configurable: true,
});

// A tenant's runtime on the platform (runtime/worker/src/tenant.rs): console output goes
// to the tenant's log, and the worker gets the function that serves the program's
// default export.
function bootstrapTenantRuntime() {
  delete globalThis.__bootstrapMainRuntime;
  delete globalThis.__bootstrapTenantRuntime;
  delete globalThis.__preloadLazyModules;
  setColors(false, false);
  setPrinter((message, toStderr) => op_tenant_log(message, toStderr));
  ObjectDefineProperty(globalThis, "Deno", core.propReadOnly(denoNs));
  installLocaleMethods();
  installGlobalScope();
  return http().serveDefaultExport;
}
ObjectDefineProperty(globalThis, "__bootstrapTenantRuntime", {
  value: bootstrapTenantRuntime,
  configurable: true,
});
