// Stream adapters over deno_core resources: a file, a child's pipe or stdio becomes a
// ReadableStream / WritableStream. The stream classes come from the web streams
// extension; they are looked up when a stream is first asked for (never at snapshot
// time), so this module does not depend on that extension's load order.
import { core, primordials } from "ext:core/mod.js";

const { TypeError, Uint8Array, TypedArrayPrototypeSubarray } = primordials;

/** Chunk size for reads from a resource (as Deno). */
export const READ_CHUNK = 64 * 1024;

function streamClass(name) {
  const ctor = globalThis[name];
  if (typeof ctor !== "function") {
    throw new TypeError(`${name} is not available in this runtime`);
  }
  return ctor;
}

/** A ReadableStream of Uint8Array chunks read from `rid`; closes the resource at the end
 * unless `autoClose` is false (stdin). */
export function readableStreamForRid(rid, autoClose = true) {
  const ReadableStream = streamClass("ReadableStream");
  let closed = false;
  const close = () => {
    if (!closed && autoClose) {
      closed = true;
      core.tryClose(rid);
    }
  };
  return new ReadableStream({
    async pull(controller) {
      const buf = new Uint8Array(READ_CHUNK);
      let n;
      try {
        n = await core.read(rid, buf);
      } catch (err) {
        close();
        controller.error(err);
        return;
      }
      if (n === 0) {
        close();
        controller.close();
      } else {
        controller.enqueue(TypedArrayPrototypeSubarray(buf, 0, n));
      }
    },
    cancel() {
      close();
    },
  });
}

/** A WritableStream writing each chunk fully to `rid`; closing the stream closes the
 * resource unless `autoClose` is false (stdout, stderr). */
export function writableStreamForRid(rid, autoClose = true) {
  const WritableStream = streamClass("WritableStream");
  const close = () => {
    if (autoClose) core.tryClose(rid);
  };
  return new WritableStream({
    async write(chunk) {
      await core.writeAll(rid, chunk);
    },
    close,
    abort: close,
  });
}

/** Reads `rid` to its end (the resource stays open). */
export function readAll(rid) {
  return core.readAll(rid);
}
