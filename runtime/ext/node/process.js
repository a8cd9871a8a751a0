// node:process: the process object over Deno.* (env, argv, exit, cwd, nextTick, ...).
// Everything reads the process lazily: this module is evaluated when the snapshot is made.

import { EventEmitter } from "ext:x_ext_node/events.js";

function deno() {
  return globalThis.Deno;
}

const envProxy = new Proxy(
  {},
  {
    get(_, key) {
      if (typeof key !== "string") return undefined;
      return deno().env.get(key);
    },
    set(_, key, value) {
      deno().env.set(String(key), String(value));
      return true;
    },
    deleteProperty(_, key) {
      deno().env.delete(String(key));
      return true;
    },
    has(_, key) {
      return typeof key === "string" && deno().env.get(key) !== undefined;
    },
    ownKeys() {
      return Object.keys(deno().env.toObject());
    },
    getOwnPropertyDescriptor(_, key) {
      const value = typeof key === "string" ? deno().env.get(key) : undefined;
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
  },
);

function stream(fd) {
  const encoder = new TextEncoder();
  return {
    fd,
    isTTY: false,
    write(chunk, encoding, cb) {
      const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
      const target = fd === 1 ? deno().stdout : deno().stderr;
      target.writeSync(bytes);
      if (typeof encoding === "function") encoding();
      else if (typeof cb === "function") cb();
      return true;
    },
    on() {
      return this;
    },
    once() {
      return this;
    },
    end() {},
  };
}

class Process extends EventEmitter {
  get env() {
    return envProxy;
  }
  get argv() {
    return [deno().execPath(), deno().mainModule?.startsWith("file:") ? new URL(deno().mainModule).pathname : "", ...deno().args];
  }
  get argv0() {
    return "x";
  }
  get execArgv() {
    return [];
  }
  get execPath() {
    return deno().execPath();
  }
  get pid() {
    return deno().pid;
  }
  get ppid() {
    return deno().ppid;
  }
  get platform() {
    return deno().build.os === "windows" ? "win32" : deno().build.os;
  }
  get arch() {
    const a = deno().build.arch;
    return a === "x86_64" ? "x64" : a === "aarch64" ? "arm64" : a;
  }
  get version() {
    return "v22.0.0";
  }
  get versions() {
    return { node: "22.0.0", x: deno().version?.deno ?? "0.1.0" };
  }
  get exitCode() {
    return this._exitCode;
  }
  set exitCode(code) {
    this._exitCode = code;
  }
  get stdout() {
    return (this._stdout ??= stream(1));
  }
  get stderr() {
    return (this._stderr ??= stream(2));
  }
  get release() {
    return { name: "node" };
  }
  cwd() {
    return deno().cwd();
  }
  chdir(dir) {
    deno().chdir(dir);
  }
  exit(code) {
    deno().exit(code ?? this._exitCode ?? 0);
  }
  nextTick(fn, ...args) {
    queueMicrotask(() => fn(...args));
  }
  hrtime(previous) {
    const now = performance.now();
    let s = Math.floor(now / 1000);
    let ns = Math.floor((now % 1000) * 1e6);
    if (previous) {
      s -= previous[0];
      ns -= previous[1];
      if (ns < 0) {
        s -= 1;
        ns += 1e9;
      }
    }
    return [s, ns];
  }
  memoryUsage() {
    return deno().memoryUsage?.() ?? { rss: 0, heapTotal: 0, heapUsed: 0, external: 0 };
  }
  uptime() {
    return performance.now() / 1000;
  }
  emitWarning(warning) {
    console.warn(typeof warning === "string" ? `Warning: ${warning}` : warning);
  }
  umask() {
    return 0o22;
  }
}
Process.prototype.hrtime.bigint = function () {
  return BigInt(Math.floor(performance.now() * 1e6));
};

const process = new Process();
export default process;
export const nextTick = (fn, ...args) => process.nextTick(fn, ...args);
export const exit = (code) => process.exit(code);
export const cwd = () => process.cwd();
export const hrtime = (p) => process.hrtime(p);
export const env = envProxy;
