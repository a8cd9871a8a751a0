// node:stream basics: Readable, Writable, Duplex, Transform, PassThrough and pipeline on
// EventEmitter, enough for packages that pipe or collect data. Backpressure is not
// modelled: writes are accepted at once.

import { EventEmitter } from "ext:x_ext_node/events.js";

export class Stream extends EventEmitter {
  pipe(dest) {
    this.on("data", (chunk) => dest.write(chunk));
    this.on("end", () => dest.end?.());
    return dest;
  }
}

export class Readable extends Stream {
  constructor(options = {}) {
    super();
    this._buffer = [];
    this._ended = false;
    this._flowing = false;
    this.readable = true;
    this.destroyed = false;
    if (options.read) this._read = options.read;
    this._objectMode = !!options.objectMode;
  }
  static from(iterable) {
    const r = new Readable({ objectMode: true });
    (async () => {
      try {
        for await (const chunk of iterable) r.push(chunk);
        r.push(null);
      } catch (e) {
        r.destroy(e);
      }
    })();
    return r;
  }
  _read() {}
  push(chunk) {
    if (chunk === null) {
      this._ended = true;
      queueMicrotask(() => this._drain());
      return false;
    }
    this._buffer.push(chunk);
    queueMicrotask(() => this._drain());
    return true;
  }
  _drain() {
    if (!this._flowing) return;
    while (this._buffer.length) this.emit("data", this._buffer.shift());
    if (this._ended && !this._endEmitted) {
      this._endEmitted = true;
      this.readable = false;
      this.emit("end");
      this.emit("close");
    }
  }
  on(type, listener) {
    super.on(type, listener);
    if (type === "data") this.resume();
    return this;
  }
  resume() {
    this._flowing = true;
    this._read();
    queueMicrotask(() => this._drain());
    return this;
  }
  pause() {
    this._flowing = false;
    return this;
  }
  read() {
    return this._buffer.length ? this._buffer.shift() : null;
  }
  setEncoding() {
    return this;
  }
  destroy(err) {
    this.destroyed = true;
    if (err) queueMicrotask(() => this.emit("error", err));
    queueMicrotask(() => this.emit("close"));
    return this;
  }
  async *[Symbol.asyncIterator]() {
    const chunks = [];
    let done = false;
    let error;
    let wake;
    this.on("data", (c) => {
      chunks.push(c);
      wake?.();
    });
    this.on("end", () => {
      done = true;
      wake?.();
    });
    this.on("error", (e) => {
      error = e;
      wake?.();
    });
    while (true) {
      if (error) throw error;
      if (chunks.length) {
        yield chunks.shift();
        continue;
      }
      if (done) return;
      await new Promise((r) => (wake = r));
      wake = undefined;
    }
  }
}

export class Writable extends Stream {
  constructor(options = {}) {
    super();
    this.writable = true;
    this.destroyed = false;
    if (options.write) this._write = options.write;
    if (options.final) this._final = options.final;
  }
  _write(_chunk, _encoding, cb) {
    cb();
  }
  write(chunk, encoding, cb) {
    if (typeof encoding === "function") [cb, encoding] = [encoding, undefined];
    this._write(chunk, encoding ?? "utf8", (err) => {
      if (err) this.emit("error", err);
      cb?.(err);
    });
    return true;
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === "function") [cb, chunk] = [chunk, undefined];
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    const finish = () => {
      this.writable = false;
      this.emit("finish");
      this.emit("close");
      cb?.();
    };
    if (this._final) this._final((err) => (err ? this.emit("error", err) : finish()));
    else queueMicrotask(finish);
    return this;
  }
  destroy(err) {
    this.destroyed = true;
    if (err) queueMicrotask(() => this.emit("error", err));
    return this;
  }
}

export class Duplex extends Readable {
  constructor(options = {}) {
    super(options);
    this.writable = true;
    if (options.write) this._write = options.write;
    if (options.final) this._final = options.final;
  }
}
for (const key of ["write", "end", "_write"]) Duplex.prototype[key] = Writable.prototype[key];

export class Transform extends Duplex {
  constructor(options = {}) {
    super(options);
    if (options.transform) this._transform = options.transform;
    if (options.flush) this._flush = options.flush;
  }
  _transform(chunk, _encoding, cb) {
    cb(null, chunk);
  }
  _write(chunk, encoding, cb) {
    this._transform(chunk, encoding, (err, out) => {
      if (out !== undefined && out !== null) this.push(out);
      cb(err);
    });
  }
  _final(cb) {
    const done = () => {
      this.push(null);
      cb();
    };
    if (this._flush) {
      this._flush((err, out) => {
        if (out !== undefined && out !== null) this.push(out);
        done(err);
      });
    } else done();
  }
}

export class PassThrough extends Transform {}

export function pipeline(...streams) {
  const cb = typeof streams[streams.length - 1] === "function" ? streams.pop() : undefined;
  let current = streams[0];
  for (const next of streams.slice(1)) current = current.pipe(next);
  const last = streams[streams.length - 1];
  last.on("finish", () => cb?.());
  last.on("end", () => cb?.());
  for (const s of streams) s.on("error", (e) => cb?.(e));
  return last;
}

export function finished(stream, cb) {
  stream.on("end", () => cb());
  stream.on("finish", () => cb());
  stream.on("error", (e) => cb(e));
}

Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.Stream = Stream;
Stream.pipeline = pipeline;
Stream.finished = finished;
export default Stream;
