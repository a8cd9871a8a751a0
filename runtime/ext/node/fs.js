// node:fs: the common synchronous and callback functions over Deno's file system API
// (same permissions), and `promises`.

import { Buffer } from "ext:x_ext_node/buffer.js";
import promises, { statResult } from "ext:x_ext_node/fs_promises.js";

export { promises };
const D = () => globalThis.Deno;
const path = (p) => (p instanceof URL ? p : String(p));
const enc = (o) => (typeof o === "string" ? o : o?.encoding);

function nodeError(e, syscall, p) {
  if (e instanceof D().errors.NotFound) {
    const err = new Error(`ENOENT: no such file or directory, ${syscall} '${p}'`);
    err.code = "ENOENT";
    err.errno = -2;
    err.syscall = syscall;
    err.path = String(p);
    return err;
  }
  if (e instanceof D().errors.AlreadyExists) {
    const err = new Error(`EEXIST: file already exists, ${syscall} '${p}'`);
    err.code = "EEXIST";
    err.syscall = syscall;
    err.path = String(p);
    return err;
  }
  return e;
}

function sync(syscall, fn) {
  return (p, ...args) => {
    try {
      return fn(p, ...args);
    } catch (e) {
      throw nodeError(e, syscall, p);
    }
  };
}

export const readFileSync = sync("open", (p, options) => {
  const bytes = Buffer.from(D().readFileSync(path(p)));
  const e = enc(options);
  return e ? bytes.toString(e) : bytes;
});
export const writeFileSync = sync("open", (p, data, options) => {
  const bytes = typeof data === "string" ? Buffer.from(data, enc(options)) : data;
  D().writeFileSync(path(p), bytes, { append: options?.flag === "a" });
});
export const appendFileSync = sync("open", (p, data, options) => {
  const bytes = typeof data === "string" ? Buffer.from(data, enc(options)) : data;
  D().writeFileSync(path(p), bytes, { append: true });
});
export const readdirSync = sync("scandir", (p, options) =>
  [...D().readDirSync(path(p))].map((e) =>
    options?.withFileTypes ? { name: e.name, isFile: () => e.isFile, isDirectory: () => e.isDirectory, isSymbolicLink: () => e.isSymlink } : e.name
  )
);
export const mkdirSync = sync("mkdir", (p, options) => D().mkdirSync(path(p), { recursive: !!options?.recursive }));
export const statSync = sync("stat", (p) => statResult(D().statSync(path(p))));
export const lstatSync = sync("lstat", (p) => statResult(D().lstatSync(path(p))));
export const unlinkSync = sync("unlink", (p) => D().removeSync(path(p)));
export const rmSync = sync("rm", (p, options) => {
  try {
    D().removeSync(path(p), { recursive: !!options?.recursive });
  } catch (e) {
    if (!(options?.force && e instanceof D().errors.NotFound)) throw e;
  }
});
export const rmdirSync = sync("rmdir", (p, options) => D().removeSync(path(p), { recursive: !!options?.recursive }));
export const renameSync = sync("rename", (a, b) => D().renameSync(path(a), path(b)));
export const copyFileSync = sync("copyfile", (a, b) => D().copyFileSync(path(a), path(b)));
export const realpathSync = sync("realpath", (p) => D().realPathSync(path(p)));
export const accessSync = sync("access", (p) => void D().statSync(path(p)));
export function existsSync(p) {
  try {
    D().statSync(path(p));
    return true;
  } catch {
    return false;
  }
}

function callback(fn) {
  return (...args) => {
    const cb = args.pop();
    fn(...args).then((v) => cb(null, v), (e) => cb(nodeError(e, "open", args[0])));
  };
}
export const readFile = callback(promises.readFile);
export const writeFile = callback(promises.writeFile);
export const readdir = callback(promises.readdir);
export const mkdir = callback(promises.mkdir);
export const stat = callback(promises.stat);
export const unlink = callback(promises.unlink);
export const rm = callback(promises.rm);
export const rename = callback(promises.rename);
export function exists(p, cb) {
  promises.stat(p).then(() => cb(true), () => cb(false));
}
export const constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 };

export default {
  promises, readFileSync, writeFileSync, appendFileSync, readdirSync, mkdirSync, statSync, lstatSync, unlinkSync,
  rmSync, rmdirSync, renameSync, copyFileSync, realpathSync, accessSync, existsSync, readFile, writeFile, readdir,
  mkdir, stat, unlink, rm, rename, exists, constants,
};
