// Deno.Command / ChildProcess, Deno.kill, and Deno.stdin / stdout / stderr over the
// x_ext_process ops. `--allow-run` is checked in Rust when a command starts.
import { core, primordials } from "ext:core/mod.js";
import {
  op_kill,
  op_spawn_child,
  op_spawn_kill,
  op_spawn_output,
  op_spawn_sync,
  op_spawn_wait,
  op_stdin_set_raw,
  op_stdio_rids,
} from "ext:core/ops";
import { pathFromURL } from "ext:x_ext_fs/30_fs.js";
import { readableStreamForRid, writableStreamForRid } from "ext:x_ext_fs/01_io.js";

const {
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ObjectDefineProperty,
  ObjectEntries,
  PromisePrototypeThen,
  SafePromiseAll,
  String,
  SymbolAsyncDispose,
  SymbolFor,
  TypeError,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

// ----- Deno.Command -----

function spawnArgs(command, options, defaultOut) {
  const o = options ?? {};
  const env = o.env === undefined ? [] : ObjectEntries(o.env);
  for (let i = 0; i < env.length; ++i) env[i] = [String(env[i][0]), String(env[i][1])];
  return {
    cmd: pathFromURL(command),
    args: ArrayPrototypeMap(o.args ?? [], String),
    cwd: o.cwd === undefined || o.cwd === null ? null : pathFromURL(o.cwd),
    clearEnv: !!o.clearEnv,
    env,
    uid: o.uid ?? null,
    gid: o.gid ?? null,
    stdin: o.stdin ?? "inherit",
    stdout: o.stdout ?? defaultOut,
    stderr: o.stderr ?? defaultOut,
    detached: !!o.detached,
  };
}

/** Deno's CommandOutput: the status plus getters that throw for streams not piped. */
function toOutput(result) {
  const { status, stdout, stderr } = result;
  const output = { success: status.success, code: status.code, signal: status.signal };
  ObjectDefineProperty(output, "stdout", {
    get() {
      if (stdout === null || stdout === undefined) throw new TypeError("Cannot get 'stdout': 'stdout' is not piped");
      return stdout;
    },
    enumerable: true,
  });
  ObjectDefineProperty(output, "stderr", {
    get() {
      if (stderr === null || stderr === undefined) throw new TypeError("Cannot get 'stderr': 'stderr' is not piped");
      return stderr;
    },
    enumerable: true,
  });
  return output;
}

function checkNoPipedStdin(options) {
  if (options?.stdin === "piped") {
    throw new TypeError("Piped stdin is not supported for this function, use 'Deno.Command.spawn()' instead");
  }
}

class Command {
  #command;
  #options;

  constructor(command, options) {
    this.#command = command;
    this.#options = options;
  }

  output() {
    checkNoPipedStdin(this.#options);
    return PromisePrototypeThen(op_spawn_output(spawnArgs(this.#command, this.#options, "piped")), toOutput);
  }

  outputSync() {
    checkNoPipedStdin(this.#options);
    return toOutput(op_spawn_sync(spawnArgs(this.#command, this.#options, "piped")));
  }

  spawn() {
    const child = op_spawn_child(spawnArgs(this.#command, this.#options, "inherit"));
    return new ChildProcess(childKey, child, this.#options?.signal);
  }
}

const childKey = SymbolFor("x.internal.ChildProcess");

/** Reads a whole stream (one the program already asked for) into one Uint8Array. */
async function collectStream(stream) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    ArrayPrototypePush(chunks, chunk);
    total += TypedArrayPrototypeGetByteLength(chunk);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (let i = 0; i < chunks.length; ++i) {
    TypedArrayPrototypeSet(out, chunks[i], offset);
    offset += TypedArrayPrototypeGetByteLength(chunks[i]);
  }
  return out;
}

class ChildProcess {
  #rid;
  #pid;
  #stdinRid;
  #stdoutRid;
  #stderrRid;
  #stdin;
  #stdout;
  #stderr;
  #waitPromise;
  #status;
  #exited = false;

  constructor(key, child, signal) {
    if (key !== childKey) throw new TypeError("Illegal constructor.");
    this.#rid = child.rid;
    this.#pid = child.pid;
    this.#stdinRid = child.stdinRid ?? null;
    this.#stdoutRid = child.stdoutRid ?? null;
    this.#stderrRid = child.stderrRid ?? null;
    this.#waitPromise = op_spawn_wait(child.rid);
    // The `signal` option: aborting it ends the child (SIGTERM), as in Deno.
    const onAbort = () => {
      try {
        this.kill("SIGTERM");
      } catch {
        // Already finished.
      }
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort);
    this.#status = PromisePrototypeThen(this.#waitPromise, (status) => {
      this.#exited = true;
      signal?.removeEventListener("abort", onAbort);
      return status;
    });
  }

  get pid() {
    return this.#pid;
  }

  get stdin() {
    if (this.#stdinRid === null) throw new TypeError("Cannot get 'stdin': 'stdin' is not piped");
    return (this.#stdin ??= writableStreamForRid(this.#stdinRid));
  }

  get stdout() {
    if (this.#stdoutRid === null) throw new TypeError("Cannot get 'stdout': 'stdout' is not piped");
    return (this.#stdout ??= readableStreamForRid(this.#stdoutRid));
  }

  get stderr() {
    if (this.#stderrRid === null) throw new TypeError("Cannot get 'stderr': 'stderr' is not piped");
    return (this.#stderr ??= readableStreamForRid(this.#stderrRid));
  }

  get status() {
    return this.#status;
  }

  #collect(rid, stream) {
    if (rid === null) return null;
    if (stream !== undefined) return collectStream(stream);
    return PromisePrototypeThen(core.readAll(rid), (data) => {
      core.tryClose(rid);
      return data;
    });
  }

  async output() {
    if (this.#stdout?.locked) throw new TypeError("Cannot collect output: 'stdout' is locked");
    if (this.#stderr?.locked) throw new TypeError("Cannot collect output: 'stderr' is locked");
    const { 0: status, 1: stdout, 2: stderr } = await SafePromiseAll([
      this.#status,
      this.#collect(this.#stdoutRid, this.#stdout),
      this.#collect(this.#stderrRid, this.#stderr),
    ]);
    return toOutput({ status, stdout, stderr });
  }

  kill(signo = "SIGTERM") {
    if (this.#exited) throw new TypeError("Child process has already terminated");
    op_spawn_kill(this.#rid, signalArg(signo));
  }

  ref() {
    core.refOpPromise(this.#waitPromise);
  }

  unref() {
    core.unrefOpPromise(this.#waitPromise);
  }

  async [SymbolAsyncDispose]() {
    try {
      this.kill("SIGTERM");
    } catch {
      // Already finished.
    }
    await this.#status;
  }
}

/** A signal as the ops take it: a name, or a number (which Deno also accepts). */
function signalArg(signo) {
  return typeof signo === "number" ? String(signo) : signo;
}

function kill(pid, signo = "SIGTERM") {
  op_kill(pid, signalArg(signo));
}

// ----- standard streams -----

let rids;
function stdioRid(index) {
  rids ??= op_stdio_rids();
  return rids[index];
}

class Stdin {
  #readable;

  get rid() {
    return stdioRid(0);
  }

  async read(p) {
    if (p.length === 0) return 0;
    const n = await core.read(stdioRid(0), p);
    return n === 0 ? null : n;
  }

  readSync(p) {
    if (p.length === 0) return 0;
    const n = core.readSync(stdioRid(0), p);
    return n === 0 ? null : n;
  }

  close() {
    core.tryClose(stdioRid(0));
  }

  get readable() {
    return (this.#readable ??= readableStreamForRid(stdioRid(0), false));
  }

  setRaw(mode, options = {}) {
    op_stdin_set_raw(!!mode, !!options.cbreak);
  }

  isTerminal() {
    return core.isTerminal(stdioRid(0));
  }
}

class StdWriter {
  #index;
  #writable;

  constructor(index) {
    this.#index = index;
  }

  get rid() {
    return stdioRid(this.#index);
  }

  write(p) {
    return core.write(stdioRid(this.#index), p);
  }

  writeSync(p) {
    return core.writeSync(stdioRid(this.#index), p);
  }

  close() {
    core.tryClose(stdioRid(this.#index));
  }

  get writable() {
    return (this.#writable ??= writableStreamForRid(stdioRid(this.#index), false));
  }

  isTerminal() {
    return core.isTerminal(stdioRid(this.#index));
  }
}

class Stdout extends StdWriter {
  constructor() {
    super(1);
  }
}

class Stderr extends StdWriter {
  constructor() {
    super(2);
  }
}

export const denoNs = {
  Command,
  ChildProcess,
  kill,
  stdin: new Stdin(),
  stdout: new Stdout(),
  stderr: new Stderr(),
};
