// node:fs/promises: the common functions over Deno's file system API (same permissions).

import { Buffer } from "ext:x_ext_node/buffer.js";

const D = () => globalThis.Deno;
const path = (p) => (p instanceof URL ? p : String(p));
const enc = (o) => (typeof o === "string" ? o : o?.encoding);

export function statResult(s) {
  return {
    size: s.size,
    mode: s.mode ?? 0,
    mtime: s.mtime,
    atime: s.atime,
    birthtime: s.birthtime,
    ctime: s.mtime,
    mtimeMs: s.mtime?.getTime(),
    isFile: () => s.isFile,
    isDirectory: () => s.isDirectory,
    isSymbolicLink: () => s.isSymlink,
  };
}

export async function readFile(p, options) {
  const bytes = Buffer.from(await D().readFile(path(p)));
  const e = enc(options);
  return e ? bytes.toString(e) : bytes;
}
export async function writeFile(p, data, options) {
  const bytes = typeof data === "string" ? Buffer.from(data, enc(options)) : data;
  await D().writeFile(path(p), bytes, { append: options?.flag === "a" });
}
export async function appendFile(p, data, options) {
  const bytes = typeof data === "string" ? Buffer.from(data, enc(options)) : data;
  await D().writeFile(path(p), bytes, { append: true });
}
export async function readdir(p, options) {
  const out = [];
  for await (const e of D().readDir(path(p))) {
    out.push(options?.withFileTypes ? { name: e.name, isFile: () => e.isFile, isDirectory: () => e.isDirectory, isSymbolicLink: () => e.isSymlink } : e.name);
  }
  return out;
}
export async function mkdir(p, options) {
  await D().mkdir(path(p), { recursive: !!options?.recursive });
}
export async function rm(p, options) {
  try {
    await D().remove(path(p), { recursive: !!options?.recursive });
  } catch (e) {
    if (!(options?.force && e instanceof D().errors.NotFound)) throw e;
  }
}
export async function unlink(p) {
  await D().remove(path(p));
}
export async function rmdir(p, options) {
  await D().remove(path(p), { recursive: !!options?.recursive });
}
export async function stat(p) {
  return statResult(await D().stat(path(p)));
}
export async function lstat(p) {
  return statResult(await D().lstat(path(p)));
}
export async function rename(a, b) {
  await D().rename(path(a), path(b));
}
export async function copyFile(a, b) {
  await D().copyFile(path(a), path(b));
}
export async function access(p) {
  await D().stat(path(p));
}
export async function realpath(p) {
  return await D().realPath(path(p));
}
export async function mkdtemp(prefix) {
  return await D().makeTempDir({ prefix });
}

export default {
  readFile, writeFile, appendFile, readdir, mkdir, rm, unlink, rmdir, stat, lstat, rename, copyFile, access,
  realpath, mkdtemp,
};
