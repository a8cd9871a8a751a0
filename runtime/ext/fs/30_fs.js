// Deno's file system API over the x_ext_fs ops. Permission checks and OS errors (with
// Deno's class and message) come from Rust; this file only shapes arguments and results.
// Kept thin on purpose: per-call JavaScript is most of the cost of a small op here.
import { core, primordials } from "ext:core/mod.js";
import {
  op_fs_chdir,
  op_fs_chmod_async,
  op_fs_chmod_sync,
  op_fs_chown_async,
  op_fs_chown_sync,
  op_fs_copy_file_async,
  op_fs_copy_file_sync,
  op_fs_cwd,
  op_fs_events_open,
  op_fs_events_poll,
  op_fs_file_op_async,
  op_fs_file_op_sync,
  op_fs_fstat_async,
  op_fs_fstat_sync,
  op_fs_link_async,
  op_fs_link_sync,
  op_fs_make_temp_async,
  op_fs_make_temp_sync,
  op_fs_mkdir_async,
  op_fs_mkdir_sync,
  op_fs_open_async,
  op_fs_open_sync,
  op_fs_read_dir_async,
  op_fs_read_dir_sync,
  op_fs_read_file_async,
  op_fs_read_file_sync,
  op_fs_read_link_async,
  op_fs_read_link_sync,
  op_fs_read_text_file_async,
  op_fs_read_text_file_sync,
  op_fs_realpath_async,
  op_fs_realpath_sync,
  op_fs_remove_async,
  op_fs_remove_sync,
  op_fs_rename_async,
  op_fs_rename_sync,
  op_fs_seek_async,
  op_fs_seek_sync,
  op_fs_set_raw,
  op_fs_stat_async,
  op_fs_stat_sync,
  op_fs_symlink_async,
  op_fs_symlink_sync,
  op_fs_truncate_async,
  op_fs_truncate_sync,
  op_fs_utime_async,
  op_fs_utime_sync,
  op_fs_write_file_async,
  op_fs_write_file_sync,
  op_fs_write_text_file_async,
  op_fs_write_text_file_sync,
} from "ext:core/ops";
import { readableStreamForRid, writableStreamForRid } from "ext:x_ext_fs/01_io.js";

const {
  ArrayBuffer,
  ArrayBufferIsView,
  ArrayPrototypeSymbolIterator,
  Date,
  DatePrototypeGetTime,
  Error,
  Float64Array,
  NumberIsNaN,
  ObjectPrototypeIsPrototypeOf,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  StringPrototypeSlice,
  StringPrototypeSplit,
  SymbolAsyncIterator,
  SymbolDispose,
  SymbolFor,
  TypeError,
  TypedArrayPrototypeGetSymbolToStringTag,
  decodeURIComponent,
} = primordials;

const STAT_FIELDS = 15;

// ----- arguments -----

/** A path argument: a string, or a `file:` URL object (as Deno's pathFromURL). */
export function pathFromURL(path) {
  if (typeof path === "string") return path;
  if (path !== null && typeof path === "object" && typeof path.href === "string") {
    if (path.protocol !== "file:") {
      throw new TypeError("Must be a file URL");
    }
    return decodeURIComponent(path.pathname);
  }
  return `${path}`;
}

function checkAborted(signal) {
  if (signal?.aborted) throw signal.reason;
}

// Open flags, as the Rust side reads them (interface.rs OpenOptions).
const READ = 1, WRITE = 2, APPEND = 4, TRUNCATE = 8, CREATE = 16, CREATE_NEW = 32;

/** Deno's error for file data that is not a Uint8Array (its op checks the type). */
function checkBytes(data) {
  if (TypedArrayPrototypeGetSymbolToStringTag(data) === "Uint8Array") return;
  const type = data !== null && typeof data === "object"
    ? (TypedArrayPrototypeGetSymbolToStringTag(data) ?? data.constructor?.name ?? "object")
    : typeof data;
  throw new TypeError(`expected type \`Uint8Array\`, got \`${type}\``);
}

function modeOf(mode) {
  return mode === undefined || mode === null ? -1 : mode >>> 0;
}

function writeFlags(options) {
  let flags = 0;
  if (options.append) flags |= APPEND;
  if (options.create !== false) flags |= CREATE;
  if (options.createNew) flags |= CREATE_NEW;
  return flags;
}

function openFlags(options) {
  if (options === undefined) return READ;
  const { read, write, append, truncate, create, createNew } = options;
  if (!read && !write && !append && !truncate && !create && !createNew) {
    throw new Error("'options' requires at least one option to be true");
  }
  if (truncate && !write) {
    throw new Error("'truncate' option requires 'write' to be true");
  }
  if ((create || createNew) && !(write || append)) {
    throw new Error("'create' or 'createNew' options require 'write' or 'append' to be true");
  }
  let flags = 0;
  if (read) flags |= READ;
  if (write) flags |= WRITE;
  if (append) flags |= APPEND;
  if (truncate) flags |= TRUNCATE;
  if (create) flags |= CREATE;
  if (createNew) flags |= CREATE_NEW;
  return flags;
}

// ----- whole files -----

function readFileSync(path) {
  return op_fs_read_file_sync(pathFromURL(path));
}

async function readFile(path, options) {
  checkAborted(options?.signal);
  const data = await op_fs_read_file_async(pathFromURL(path));
  checkAborted(options?.signal);
  return data;
}

function readTextFileSync(path) {
  return op_fs_read_text_file_sync(pathFromURL(path));
}

async function readTextFile(path, options) {
  checkAborted(options?.signal);
  const text = await op_fs_read_text_file_async(pathFromURL(path));
  checkAborted(options?.signal);
  return text;
}

function writeFileSync(path, data, options = {}) {
  checkBytes(data);
  op_fs_write_file_sync(pathFromURL(path), writeFlags(options), modeOf(options.mode), data);
}

/** Writes a stream's chunks to `path` through an open file (Deno accepts a
 * ReadableStream for writeFile/writeTextFile). */
async function writeStream(path, stream, options, encode) {
  const file = await open(path, {
    write: true,
    append: !!options.append,
    truncate: !options.append,
    create: options.create !== false,
    createNew: !!options.createNew,
    mode: options.mode,
  });
  try {
    for await (const chunk of stream) {
      checkAborted(options.signal);
      await core.writeAll(fileRid(file), encode ? core.encode(chunk) : chunk);
    }
  } finally {
    file.close();
  }
}

async function writeFile(path, data, options = {}) {
  checkAborted(options.signal);
  path = pathFromURL(path);
  if (!ArrayBufferIsView(data) && data !== null && typeof data === "object" && data[SymbolAsyncIterator]) {
    await writeStream(path, data, options, false);
  } else {
    checkBytes(data);
    await op_fs_write_file_async(path, writeFlags(options), modeOf(options.mode), data);
  }
  checkAborted(options.signal);
}

function writeTextFileSync(path, data, options = {}) {
  op_fs_write_text_file_sync(pathFromURL(path), writeFlags(options), modeOf(options.mode), `${data}`);
}

async function writeTextFile(path, data, options = {}) {
  checkAborted(options.signal);
  path = pathFromURL(path);
  if (data !== null && typeof data === "object" && data[SymbolAsyncIterator]) {
    await writeStream(path, data, options, true);
  } else {
    await op_fs_write_text_file_async(path, writeFlags(options), modeOf(options.mode), `${data}`);
  }
  checkAborted(options.signal);
}

// ----- stat -----

function dateOrNull(ms) {
  return NumberIsNaN(ms) ? null : new Date(ms);
}

/** Deno's FileInfo. Its sync and async stats list `mode` and `ino` in a different order
 * (`Object.keys` shows it), so `sync` picks the order. Two whole literals rather than one
 * object changed afterwards: adding properties one by one costs QuickJS a shape change
 * each, which showed in 10k-stat loops. */
function toFileInfo(f, sync) {
  const bits = f[0];
  if (sync) {
    return {
      isFile: (bits & 1) !== 0,
      isDirectory: (bits & 2) !== 0,
      isSymlink: (bits & 4) !== 0,
      size: f[1],
      mtime: dateOrNull(f[2]),
      atime: dateOrNull(f[3]),
      birthtime: dateOrNull(f[4]),
      ctime: dateOrNull(f[5]),
      dev: f[6],
      ino: f[7],
      mode: f[8],
      nlink: f[9],
      uid: f[10],
      gid: f[11],
      rdev: f[12],
      blksize: f[13],
      blocks: f[14],
      isBlockDevice: (bits & 8) !== 0,
      isCharDevice: (bits & 16) !== 0,
      isFifo: (bits & 32) !== 0,
      isSocket: (bits & 64) !== 0,
    };
  }
  return {
    isFile: (bits & 1) !== 0,
    isDirectory: (bits & 2) !== 0,
    isSymlink: (bits & 4) !== 0,
    size: f[1],
    mtime: dateOrNull(f[2]),
    atime: dateOrNull(f[3]),
    birthtime: dateOrNull(f[4]),
    ctime: dateOrNull(f[5]),
    dev: f[6],
    mode: f[8],
    ino: f[7],
    nlink: f[9],
    uid: f[10],
    gid: f[11],
    rdev: f[12],
    blksize: f[13],
    blocks: f[14],
    isBlockDevice: (bits & 8) !== 0,
    isCharDevice: (bits & 16) !== 0,
    isFifo: (bits & 32) !== 0,
    isSocket: (bits & 64) !== 0,
  };
}

// One buffer for every sync stat, made on first use (not in the snapshot).
let statBuffer;
let statView;
function statScratch() {
  if (statBuffer === undefined) {
    statBuffer = new ArrayBuffer(STAT_FIELDS * 8);
    statView = new Float64Array(statBuffer);
  }
  return statBuffer;
}

function statSync(path) {
  op_fs_stat_sync(pathFromURL(path), false, statScratch());
  return toFileInfo(statView, true);
}

function lstatSync(path) {
  op_fs_stat_sync(pathFromURL(path), true, statScratch());
  return toFileInfo(statView, true);
}

/** An async stat's answer (a buffer of STAT_FIELDS doubles) as a FileInfo. */
function asyncFileInfo(buffer) {
  return toFileInfo(new Float64Array(buffer), false);
}

// Not `async` functions: a `then` on the op's promise is one promise fewer per call, which
// shows in 10k-stat loops on QuickJS. Argument errors still reject, as in Deno.
function stat(path) {
  try {
    return PromisePrototypeThen(op_fs_stat_async(pathFromURL(path), false), asyncFileInfo);
  } catch (err) {
    return PromiseReject(err);
  }
}

function lstat(path) {
  try {
    return PromisePrototypeThen(op_fs_stat_async(pathFromURL(path), true), asyncFileInfo);
  } catch (err) {
    return PromiseReject(err);
  }
}

// ----- folders -----

/** Decodes the op's `<type><name>\0` records into Deno's DirEntry objects. */
function parseDir(text) {
  const records = StringPrototypeSplit(text, "\0");
  // The text ends with a separator: the last record is empty.
  const count = records.length - 1;
  const out = [];
  for (let i = 0; i < count; ++i) {
    const record = records[i];
    const t = record[0];
    out[i] = {
      __proto__: null,
      name: StringPrototypeSlice(record, 1),
      isFile: t === "f",
      isDirectory: t === "d",
      isSymlink: t === "l",
    };
  }
  return out;
}

function readDirSync(path) {
  return ArrayPrototypeSymbolIterator(parseDir(op_fs_read_dir_sync(pathFromURL(path))));
}

/** The async iterator `readDir` returns. A plain iterator object rather than an async
 * generator: QuickJS spends about twice as long per entry in a generator. */
class DirIterator {
  #pending;
  #list = null;
  #index = 0;

  constructor(pending) {
    this.#pending = pending;
  }

  next() {
    const list = this.#list;
    if (list === null) {
      return PromisePrototypeThen(this.#pending, (entries) => {
        this.#list = entries;
        return this.next();
      });
    }
    if (this.#index < list.length) {
      return PromiseResolve({ value: list[this.#index++], done: false });
    }
    return PromiseResolve({ value: undefined, done: true });
  }

  return(value) {
    this.#list = [];
    return PromiseResolve({ value, done: true });
  }

  [SymbolAsyncIterator]() {
    return this;
  }
}

function readDir(path) {
  // The listing starts now (as in Deno); iteration awaits it. Like Deno's, the result is
  // an async iterable (no `next` of its own).
  const pending = PromisePrototypeThen(op_fs_read_dir_async(pathFromURL(path)), parseDir);
  return {
    [SymbolAsyncIterator]() {
      return new DirIterator(pending);
    },
  };
}

function mkdirSync(path, options) {
  op_fs_mkdir_sync(pathFromURL(path), !!options?.recursive, modeOf(options?.mode));
}

async function mkdir(path, options) {
  await op_fs_mkdir_async(pathFromURL(path), !!options?.recursive, modeOf(options?.mode));
}

function removeSync(path, options = {}) {
  op_fs_remove_sync(pathFromURL(path), !!options?.recursive);
}

async function remove(path, options = {}) {
  await op_fs_remove_async(pathFromURL(path), !!options?.recursive);
}

function renameSync(from, to) {
  op_fs_rename_sync(pathFromURL(from), pathFromURL(to));
}

async function rename(from, to) {
  await op_fs_rename_async(pathFromURL(from), pathFromURL(to));
}

function copyFileSync(from, to) {
  op_fs_copy_file_sync(pathFromURL(from), pathFromURL(to));
}

async function copyFile(from, to) {
  await op_fs_copy_file_async(pathFromURL(from), pathFromURL(to));
}

function linkSync(from, to) {
  op_fs_link_sync(pathFromURL(from), pathFromURL(to));
}

async function link(from, to) {
  await op_fs_link_async(pathFromURL(from), pathFromURL(to));
}

function symlinkSync(target, path, _options) {
  op_fs_symlink_sync(pathFromURL(target), pathFromURL(path));
}

async function symlink(target, path, _options) {
  await op_fs_symlink_async(pathFromURL(target), pathFromURL(path));
}

function realPathSync(path) {
  return op_fs_realpath_sync(pathFromURL(path));
}

function realPath(path) {
  return op_fs_realpath_async(pathFromURL(path));
}

function readLinkSync(path) {
  return op_fs_read_link_sync(pathFromURL(path));
}

function readLink(path) {
  return op_fs_read_link_async(pathFromURL(path));
}

function tempArgs(options = {}) {
  const dir = options.dir === undefined || options.dir === null ? null : pathFromURL(options.dir);
  return [dir, options.prefix ?? "", options.suffix ?? ""];
}

function makeTempDirSync(options = {}) {
  const [dir, prefix, suffix] = tempArgs(options);
  return op_fs_make_temp_sync(dir, prefix, suffix, true);
}

function makeTempDir(options = {}) {
  const [dir, prefix, suffix] = tempArgs(options);
  return op_fs_make_temp_async(dir, prefix, suffix, true);
}

function makeTempFileSync(options = {}) {
  const [dir, prefix, suffix] = tempArgs(options);
  return op_fs_make_temp_sync(dir, prefix, suffix, false);
}

function makeTempFile(options = {}) {
  const [dir, prefix, suffix] = tempArgs(options);
  return op_fs_make_temp_async(dir, prefix, suffix, false);
}

/** A mode must be a number (Deno's op takes a u32). */
function checkMode(mode) {
  if (typeof mode !== "number") throw new TypeError("expected u32");
}

function chmodSync(path, mode) {
  checkMode(mode);
  op_fs_chmod_sync(pathFromURL(path), mode >>> 0);
}

async function chmod(path, mode) {
  checkMode(mode);
  await op_fs_chmod_async(pathFromURL(path), mode >>> 0);
}

function idOf(id) {
  return id === null || id === undefined ? -1 : id;
}

function chownSync(path, uid, gid) {
  op_fs_chown_sync(pathFromURL(path), idOf(uid), idOf(gid));
}

async function chown(path, uid, gid) {
  await op_fs_chown_async(pathFromURL(path), idOf(uid), idOf(gid));
}

function truncateSync(path, len) {
  op_fs_truncate_sync(pathFromURL(path), len ?? 0);
}

async function truncate(path, len) {
  await op_fs_truncate_async(pathFromURL(path), len ?? 0);
}

/** Seconds since the epoch from a Date or a number of seconds (Deno's utime). */
function toSeconds(value) {
  if (ObjectPrototypeIsPrototypeOf(Date.prototype, value)) {
    return DatePrototypeGetTime(value) / 1000;
  }
  return +value;
}

function utimeSync(path, atime, mtime) {
  op_fs_utime_sync(pathFromURL(path), toSeconds(atime), toSeconds(mtime));
}

async function utime(path, atime, mtime) {
  await op_fs_utime_async(pathFromURL(path), toSeconds(atime), toSeconds(mtime));
}

function cwd() {
  return op_fs_cwd();
}

function chdir(directory) {
  op_fs_chdir(pathFromURL(directory));
}

// ----- open files -----

const constructKey = SymbolFor("x.internal.FsFile");
let fileRid;

// File-handle ops (op_fs_file_op_*): kinds as in ops.rs.
const TRUNCATE_OP = 0, SYNC_OP = 1, SYNC_DATA_OP = 2, UTIME_OP = 3, LOCK_OP = 4, UNLOCK_OP = 5, TRY_LOCK_OP = 6;

class FsFile {
  #rid;
  #readable;
  #writable;

  constructor(rid, key) {
    if (key !== constructKey) {
      throw new TypeError("'Deno.FsFile' cannot be constructed, use 'Deno.open()' or 'Deno.openSync()' instead");
    }
    this.#rid = rid;
  }

  static {
    // The resource id, for this module only (Deno 2 hides `rid` from programs).
    fileRid = (file) => file.#rid;
  }

  write(p) {
    return core.write(this.#rid, p);
  }

  writeSync(p) {
    return core.writeSync(this.#rid, p);
  }

  async read(p) {
    if (p.length === 0) return 0;
    const n = await core.read(this.#rid, p);
    return n === 0 ? null : n;
  }

  readSync(p) {
    if (p.length === 0) return 0;
    const n = core.readSync(this.#rid, p);
    return n === 0 ? null : n;
  }

  seek(offset, whence) {
    return op_fs_seek_async(this.#rid, Number(offset), whence);
  }

  seekSync(offset, whence) {
    return op_fs_seek_sync(this.#rid, Number(offset), whence);
  }

  async stat() {
    return toFileInfo(new Float64Array(await op_fs_fstat_async(this.#rid)), false);
  }

  statSync() {
    op_fs_fstat_sync(this.#rid, statScratch());
    return toFileInfo(statView, true);
  }

  truncate(len) {
    return op_fs_file_op_async(this.#rid, TRUNCATE_OP, len ?? 0, 0);
  }

  truncateSync(len) {
    op_fs_file_op_sync(this.#rid, TRUNCATE_OP, len ?? 0, 0);
  }

  sync() {
    return op_fs_file_op_async(this.#rid, SYNC_OP, 0, 0);
  }

  syncSync() {
    op_fs_file_op_sync(this.#rid, SYNC_OP, 0, 0);
  }

  syncData() {
    return op_fs_file_op_async(this.#rid, SYNC_DATA_OP, 0, 0);
  }

  syncDataSync() {
    op_fs_file_op_sync(this.#rid, SYNC_DATA_OP, 0, 0);
  }

  utime(atime, mtime) {
    return op_fs_file_op_async(this.#rid, UTIME_OP, toSeconds(atime), toSeconds(mtime));
  }

  utimeSync(atime, mtime) {
    op_fs_file_op_sync(this.#rid, UTIME_OP, toSeconds(atime), toSeconds(mtime));
  }

  lock(exclusive = false) {
    return op_fs_file_op_async(this.#rid, LOCK_OP, exclusive ? 1 : 0, 0);
  }

  lockSync(exclusive = false) {
    op_fs_file_op_sync(this.#rid, LOCK_OP, exclusive ? 1 : 0, 0);
  }

  /** Takes the lock if nobody holds it: resolves to whether it did. */
  tryLock(exclusive = false) {
    return op_fs_file_op_async(this.#rid, TRY_LOCK_OP, exclusive ? 1 : 0, 0);
  }

  tryLockSync(exclusive = false) {
    return op_fs_file_op_sync(this.#rid, TRY_LOCK_OP, exclusive ? 1 : 0, 0);
  }

  unlock() {
    return op_fs_file_op_async(this.#rid, UNLOCK_OP, 0, 0);
  }

  unlockSync() {
    op_fs_file_op_sync(this.#rid, UNLOCK_OP, 0, 0);
  }

  isTerminal() {
    return core.isTerminal(this.#rid);
  }

  setRaw(mode, options = {}) {
    op_fs_set_raw(this.#rid, !!mode, !!options.cbreak);
  }

  close() {
    core.close(this.#rid);
  }

  get readable() {
    if (this.#readable === undefined) this.#readable = readableStreamForRid(this.#rid);
    return this.#readable;
  }

  get writable() {
    if (this.#writable === undefined) this.#writable = writableStreamForRid(this.#rid);
    return this.#writable;
  }

  [SymbolDispose]() {
    core.tryClose(this.#rid);
  }
}

function openSync(path, options) {
  const flags = openFlags(options);
  return new FsFile(op_fs_open_sync(pathFromURL(path), flags, modeOf(options?.mode)), constructKey);
}

async function open(path, options) {
  const flags = openFlags(options);
  return new FsFile(await op_fs_open_async(pathFromURL(path), flags, modeOf(options?.mode)), constructKey);
}

const CREATE_OPTIONS = { read: true, write: true, truncate: true, create: true };

function createSync(path) {
  return openSync(path, CREATE_OPTIONS);
}

function create(path) {
  return open(path, CREATE_OPTIONS);
}

// ----- watchFs -----

class FsWatcher {
  #rid;
  #closed = false;
  #unref = false;

  constructor(paths, options) {
    const list = typeof paths === "string" ? [paths] : [...paths];
    for (let i = 0; i < list.length; ++i) list[i] = pathFromURL(list[i]);
    this.#rid = op_fs_events_open(options?.recursive ?? true, list);
  }

  async next() {
    if (this.#closed) return { value: undefined, done: true };
    const poll = op_fs_events_poll(this.#rid);
    if (this.#unref) core.unrefOpPromise(poll);
    const event = await poll;
    if (event === null) {
      this.#closed = true;
      return { value: undefined, done: true };
    }
    return { value: event, done: false };
  }

  return(value) {
    this.close();
    return Promise.resolve({ value, done: true });
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    core.tryClose(this.#rid);
  }

  /** Keep the program alive while waiting for events (the default). */
  ref() {
    this.#unref = false;
  }

  /** Waiting for events no longer keeps the program alive (applies from the next wait). */
  unref() {
    this.#unref = true;
  }

  [SymbolAsyncIterator]() {
    return this;
  }

  [SymbolDispose]() {
    this.close();
  }
}

function watchFs(paths, options = {}) {
  return new FsWatcher(paths, options);
}

/** The members this extension adds to the `Deno` namespace. */
export const denoNs = {
  readFile,
  readFileSync,
  readTextFile,
  readTextFileSync,
  writeFile,
  writeFileSync,
  writeTextFile,
  writeTextFileSync,
  stat,
  statSync,
  lstat,
  lstatSync,
  readDir,
  readDirSync,
  mkdir,
  mkdirSync,
  remove,
  removeSync,
  rename,
  renameSync,
  copyFile,
  copyFileSync,
  link,
  linkSync,
  symlink,
  symlinkSync,
  realPath,
  realPathSync,
  readLink,
  readLinkSync,
  makeTempDir,
  makeTempDirSync,
  makeTempFile,
  makeTempFileSync,
  chmod,
  chmodSync,
  chown,
  chownSync,
  truncate,
  truncateSync,
  utime,
  utimeSync,
  cwd,
  chdir,
  open,
  openSync,
  create,
  createSync,
  FsFile,
  watchFs,
  SeekMode: { 0: "Start", 1: "Current", 2: "End", Start: 0, Current: 1, End: 2 },
};

export { FsFile };
