/**
 * A variable-sized byte buffer with `ReadableStream` and `WritableStream`
 * sides.
 *
 * @module
 */

const MAX_SIZE = 2 ** 32 - 2;

/** Options for {@linkcode Buffer.bytes}. */
export interface BufferBytesOptions {
  /**
   * If `false`, the returned view shares memory with the buffer (it is only
   * valid until the next modification).
   *
   * @default {true}
   */
  copy?: boolean;
}

function copyBytes(src: Uint8Array, dst: Uint8Array, offset = 0): number {
  offset = Math.max(0, Math.min(offset, dst.byteLength));
  const available = dst.byteLength - offset;
  if (src.byteLength > available) src = src.subarray(0, available);
  dst.set(src, offset);
  return src.byteLength;
}

/**
 * A variable-sized buffer of bytes with `read()` and `write()` methods,
 * exposed as streams: data written to `writable` is appended, and reading
 * `readable` consumes it (the readable closes once the buffer is empty).
 *
 * @example
 * ```ts
 * import { Buffer } from "@std/streams/buffer";
 * const buf = new Buffer();
 * const writer = buf.writable.getWriter();
 * await writer.write(new TextEncoder().encode("hello"));
 * writer.releaseLock();
 * buf.length; // 5
 * new TextDecoder().decode(buf.bytes()); // "hello"
 * ```
 */
export class Buffer {
  #buf: Uint8Array;
  #off = 0;
  #readable: ReadableStream<Uint8Array> = new ReadableStream({
    type: "bytes",
    pull: (controller) => {
      const request = controller.byobRequest!;
      const view = new Uint8Array(
        request.view!.buffer,
        request.view!.byteOffset,
        request.view!.byteLength,
      );
      if (this.empty()) {
        this.reset();
        controller.close();
        request.respond(0);
        return;
      }
      const nread = copyBytes(this.#buf.subarray(this.#off), view);
      this.#off += nread;
      request.respond(nread);
    },
    autoAllocateChunkSize: 16_640,
  });
  #writable: WritableStream<Uint8Array> = new WritableStream({
    write: (chunk) => {
      const m = this.#grow(chunk.byteLength);
      copyBytes(chunk, this.#buf, m);
    },
  });

  /**
   * Constructs a new instance.
   *
   * @param ab An optional buffer (or array of bytes) to use as the initial
   * content.
   */
  constructor(ab?: ArrayBufferLike | ArrayLike<number>) {
    this.#buf = ab === undefined
      ? new Uint8Array(0)
      : new Uint8Array(ab as ArrayBuffer);
  }

  /**
   * The readable side: reading consumes the buffered data.
   *
   * @returns A `ReadableStream` of the buffer.
   */
  get readable(): ReadableStream<Uint8Array> {
    return this.#readable;
  }

  /**
   * The writable side: written chunks are appended to the buffer.
   *
   * @returns A `WritableStream` of the buffer.
   */
  get writable(): WritableStream<Uint8Array> {
    return this.#writable;
  }

  /**
   * Returns the unread portion of the buffer.
   *
   * @param options Whether to copy the data (default) or return a view.
   * @returns The unread bytes.
   */
  bytes(options: BufferBytesOptions = { copy: true }): Uint8Array {
    if (options.copy === false) return this.#buf.subarray(this.#off);
    return this.#buf.slice(this.#off);
  }

  /**
   * Whether the unread portion of the buffer is empty.
   *
   * @returns `true` if the buffer is empty.
   */
  empty(): boolean {
    return this.#buf.byteLength <= this.#off;
  }

  /**
   * The number of bytes of the unread portion of the buffer.
   *
   * @returns The number of unread bytes.
   */
  get length(): number {
    return this.#buf.byteLength - this.#off;
  }

  /**
   * The capacity of the underlying storage: the space allocated for the
   * buffer's data.
   *
   * @returns The capacity in bytes.
   */
  get capacity(): number {
    return this.#buf.buffer.byteLength;
  }

  /**
   * Discards all but the first `n` unread bytes from the buffer. Truncating
   * to 0 resets the buffer.
   *
   * @param n The number of bytes to keep.
   */
  truncate(n: number): void {
    if (n === 0) {
      this.reset();
      return;
    }
    if (n < 0 || n > this.length) {
      throw new RangeError(
        `Cannot truncate buffer as truncation value must be between 0 and ${this.length}: received ${n}`,
      );
    }
    this.#reslice(this.#off + n);
  }

  /** Resets the buffer to be empty, keeping its storage for later writes. */
  reset(): void {
    this.#reslice(0);
    this.#off = 0;
  }

  #tryGrowByReslice(n: number): number {
    const l = this.#buf.byteLength;
    if (n <= this.capacity - l) {
      this.#reslice(l + n);
      return l;
    }
    return -1;
  }

  #reslice(len: number) {
    this.#buf = new Uint8Array(this.#buf.buffer, 0, len);
  }

  #grow(n: number): number {
    const m = this.length;
    if (m === 0 && this.#off !== 0) this.reset();
    const i = this.#tryGrowByReslice(n);
    if (i >= 0) return i;
    const c = this.capacity;
    if (n <= Math.floor(c / 2) - m) {
      copyBytes(this.#buf.subarray(this.#off), this.#buf);
    } else if (c + n > MAX_SIZE) {
      throw new Error(
        `The buffer cannot be grown beyond the maximum size of "${MAX_SIZE}"`,
      );
    } else {
      const buf = new Uint8Array(Math.min(2 * c + n, MAX_SIZE));
      copyBytes(this.#buf.subarray(this.#off), buf);
      this.#buf = buf;
    }
    this.#off = 0;
    this.#reslice(Math.min(m + n, MAX_SIZE));
    return m;
  }

  /**
   * Grows the buffer's capacity, if necessary, to guarantee space for
   * another `n` bytes without another allocation.
   *
   * @param n The number of bytes to make room for.
   */
  grow(n: number): void {
    if (n < 0) {
      throw new RangeError(
        `Cannot grow buffer as growth must be positive: received ${n}`,
      );
    }
    const m = this.#grow(n);
    this.#reslice(m);
  }
}
