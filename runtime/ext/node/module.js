// node:module and require(): CommonJS modules run inside Node's function wrapper
// (exports, require, module, __filename, __dirname), resolved and loaded through ops that
// ask the program's loader (the graph under `x run`, the artifact on the platform), so
// require() finds exactly the modules the graph analysed. An npm CommonJS module imported
// from ESM is a facade that calls __xLoadCjs and re-exports the statically detected names.

import { core } from "ext:core/mod.js";
import { op_node_require_load, op_node_require_resolve } from "ext:core/ops";

const cache = Object.create(null);
let builtins = new Map();

/** mod.js hands over the built-ins' namespaces (name -> module.exports value). */
export function setBuiltins(map) {
  builtins = map;
}

function builtin(name) {
  const found = builtins.get(name);
  if (found === undefined) {
    throw new Error(`x does not provide the Node built-in "node:${name}"`);
  }
  return found;
}

function urlToPath(url) {
  return url.startsWith("file:") ? decodeURIComponent(new URL(url).pathname) : url;
}

function dirnameOf(path) {
  const i = path.lastIndexOf("/");
  return i <= 0 ? "/" : path.slice(0, i);
}

export class Module {
  constructor(id, parent) {
    this.id = id;
    this.filename = id;
    this.path = dirnameOf(id);
    this.exports = {};
    this.loaded = false;
    this.children = [];
    this.paths = [];
    this.parent = parent;
  }
}
Module._cache = cache;
Module.builtinModules = [];

function load(url, parent) {
  const hit = cache[url];
  if (hit !== undefined) return hit;
  const [format, text] = op_node_require_load(url);
  const filename = urlToPath(url);
  const module = new Module(filename, parent);
  module.require = makeRequire(url);
  cache[url] = module;
  if (format === "json") {
    module.exports = JSON.parse(text);
  } else if (format === "cjs") {
    const body = text.startsWith("#!") ? "//" + text : text;
    // Compiled as a script named by the module's URL, so stack traces name the file.
    const [wrapper, error] = core.evalContext(
      `(function (exports, require, module, __filename, __dirname, process, Buffer, global, setImmediate) {${body}\n})`,
      url,
    );
    if (error) {
      delete cache[url];
      throw error.thrown;
    }
    try {
      const process = builtin("process");
      const { Buffer } = builtin("buffer");
      const { setImmediate } = builtin("timers");
      wrapper.call(module.exports, module.exports, module.require, module, filename, dirnameOf(filename), process, Buffer, globalThis, setImmediate);
    } catch (e) {
      delete cache[url];
      throw e;
    }
  } else {
    delete cache[url];
    const err = new Error(
      `require() of the ES module ${url} is not supported by x; use import (or a dynamic import()) instead`,
    );
    err.code = "ERR_REQUIRE_ESM";
    throw err;
  }
  module.loaded = true;
  return module;
}

function makeRequire(referrer) {
  function require(specifier) {
    if (typeof specifier !== "string") {
      throw new TypeError(`The "id" argument must be of type string. Received ${typeof specifier}`);
    }
    const url = op_node_require_resolve(specifier, referrer);
    if (url.startsWith("node:")) return builtin(url.slice(5));
    return load(url, undefined).exports;
  }
  require.resolve = (specifier) => {
    const url = op_node_require_resolve(specifier, referrer);
    return url.startsWith("node:") ? url.slice(5) : urlToPath(url);
  };
  require.cache = cache;
  require.main = undefined;
  return require;
}

/** The module.exports of the CommonJS module at `url` (the ESM facade's entry). */
export function __xLoadCjs(url) {
  return load(url, undefined).exports;
}

export function createRequire(filename) {
  const text = String(filename);
  const url = text.startsWith("file:") ? text : "file://" + text;
  return makeRequire(url);
}

export function isBuiltin(name) {
  return builtins.has(name.startsWith("node:") ? name.slice(5) : name);
}

Module.createRequire = createRequire;
Module.isBuiltin = isBuiltin;
Module.Module = Module;
export const builtinModules = Module.builtinModules;
export default Module;
