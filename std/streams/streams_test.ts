/**
 * Tests for @std/streams.
 *
 * @module
 */
import {
  assert,
  assertEquals,
  assertRejects,
  assertThrows,
} from "../assert/mod.ts";
import {
  Buffer,
  ByteSliceStream,
  concatReadableStreams,
  DelimiterStream,
  earlyZipReadableStreams,
  LimitedBytesTransformStream,
  LimitedTransformStream,
  mergeReadableStreams,
  TextDelimiterStream,
  TextLineStream,
  toArrayBuffer,
  toBlob,
  toJson,
  toText,
  toTransformStream,
  zipReadableStreams,
} from "./mod.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

Deno.test("toText(), toJson(), toArrayBuffer(), toBlob()", async () => {
  assertEquals(
    await toText(ReadableStream.from(["Hello, ", "world!"])),
    "Hello, world!",
  );
  const bytes = enc.encode("héllo 🦕");
  const split = [bytes.slice(0, 2), bytes.slice(2, 9), bytes.slice(9)];
  assertEquals(await toText(ReadableStream.from(split)), "héllo 🦕");
  assertEquals(await toText(ReadableStream.from<string>([])), "");
  assertEquals(
    await toJson(
      ReadableStream.from(["[1, true", ', [], {}, "hello', '", null]']),
    ),
    [1, true, [], {}, "hello", null],
  );
  assertEquals(
    await toJson(ReadableStream.from([enc.encode('{"a":'), enc.encode("1}")])),
    { a: 1 },
  );
  await assertRejects(() => toJson(ReadableStream.from(["{"])), SyntaxError);
  const ab = await toArrayBuffer(
    ReadableStream.from([
      new Uint8Array([1, 2]),
      new Uint8Array([]),
      new Uint8Array([3]),
    ]),
  );
  assert(ab instanceof ArrayBuffer);
  assertEquals(new Uint8Array(ab), new Uint8Array([1, 2, 3]));
  const blob = await toBlob(ReadableStream.from([new Uint8Array([1, 2, 3])]));
  assertEquals(blob.size, 3);
  assertEquals(
    new Uint8Array(await blob.arrayBuffer()),
    new Uint8Array([1, 2, 3]),
  );
});

async function lines(chunks: string[], allowCR?: boolean): Promise<string[]> {
  return await Array.fromAsync(
    ReadableStream.from(chunks).pipeThrough(
      new TextLineStream(allowCR === undefined ? undefined : { allowCR }),
    ),
  );
}

Deno.test("TextLineStream", async () => {
  assertEquals(
    await lines([
      "qwertzu",
      "iopasd\r\nmnbvc",
      "xylk\rjhgfds\napoiuzt\rqwr\r09ei\rqwrjiowqr\r",
    ]),
    [
      "qwertzuiopasd",
      "mnbvcxylk\rjhgfds",
      "apoiuzt\rqwr\r09ei\rqwrjiowqr\r",
    ],
  );
  assertEquals(await lines(["a\n", "\nb\n"]), ["a", "", "b"]);
  assertEquals(await lines(["a\r", "\nb"]), ["a", "b"]);
  assertEquals(await lines([""]), []);
  assertEquals(await lines(["\n"]), [""]);
  assertEquals(await lines(["a\rb\r\nc\r", "d\r"], true), ["a", "b", "c", "d"]);
  assertEquals(await lines(["a\r", "\nb"], true), ["a", "b"]);
});

Deno.test("DelimiterStream", async () => {
  const run = async (
    chunks: string[],
    delim: string,
    disposition?: "suffix" | "prefix" | "discard",
  ) =>
    (await Array.fromAsync(
      ReadableStream.from(chunks.map((c) => enc.encode(c))).pipeThrough(
        new DelimiterStream(
          enc.encode(delim),
          disposition ? { disposition } : undefined,
        ),
      ),
    )).map((b) => dec.decode(b));
  assertEquals(await run(["foo;bar;baz"], ";"), ["foo", "bar", "baz"]);
  assertEquals(await run(["foo;", ";bar;"], ";"), ["foo", "", "bar", ""]);
  assertEquals(await run(["a<>b<", ">c<", "x>d"], "<>"), ["a", "b", "c<x>d"]);
  assertEquals(await run(["a<>b<", ">c"], "<>", "suffix"), ["a<>", "b<>", "c"]);
  assertEquals(await run(["a<>b<", ">c"], "<>", "prefix"), ["a", "<>b", "<>c"]);
  assertEquals(await run(["aaXaaXaa"], "aaX"), ["", "", "aa"]);
  assertEquals(await run([], ";"), [""]);
  assertThrows(() => new DelimiterStream(new Uint8Array()), TypeError);
});

Deno.test("TextDelimiterStream", async () => {
  const run = async (
    chunks: string[],
    delim: string,
    disposition?: "suffix" | "prefix" | "discard",
  ) =>
    await Array.fromAsync(
      ReadableStream.from(chunks).pipeThrough(
        new TextDelimiterStream(
          delim,
          disposition ? { disposition } : undefined,
        ),
      ),
    );
  assertEquals(await run(["foo;bar;b", "az"], ";"), ["foo", "bar", "baz"]);
  assertEquals(await run(["a-", "-b--", "c-"], "--"), ["a", "b", "c-"]);
  assertEquals(await run(["a--b--c"], "--", "suffix"), ["a--", "b--", "c"]);
  assertEquals(await run(["a--b--c"], "--", "prefix"), ["a", "--b", "--c"]);
  assertEquals(await run(["a;"], ";"), ["a", ""]);
});

Deno.test("ByteSliceStream", async () => {
  const run = async (chunks: number[][], start?: number, end?: number) =>
    (await Array.fromAsync(
      ReadableStream.from(chunks.map((c) => new Uint8Array(c))).pipeThrough(
        new ByteSliceStream(start, end),
      ),
    )).map((c) => [...c]);
  assertEquals(await run([[0, 1, 2, 3, 4, 5]], 1, 3), [[1, 2, 3]]);
  assertEquals(await run([[0, 1], [2, 3], [4, 5]], 1, 4), [[1], [2, 3], [4]]);
  assertEquals(await run([[0, 1], [2, 3], [4, 5]], 2), [[2, 3], [4, 5]]);
  assertEquals(await run([[0, 1], [2, 3]]), [[0, 1], [2, 3]]);
  assertEquals(await run([[0, 1], [2, 3]], 0, 0), [[0]]);
  assertEquals(await run([[0, 1]], 5, 9), []);
  assertThrows(() => new ByteSliceStream(-1), RangeError);
  assertThrows(() => new ByteSliceStream(3, 2), RangeError);
});

Deno.test("LimitedBytesTransformStream and LimitedTransformStream", async () => {
  const bytes = () =>
    ReadableStream.from(["1234", "5678", "9"]).pipeThrough(
      new TextEncoderStream(),
    );
  const out = await Array.fromAsync(
    bytes().pipeThrough(new LimitedBytesTransformStream(8)).pipeThrough(
      new TextDecoderStream(),
    ),
  );
  assertEquals(out, ["1234", "5678"]);
  const out2 = await Array.fromAsync(
    bytes().pipeThrough(new LimitedBytesTransformStream(7)).pipeThrough(
      new TextDecoderStream(),
    ),
  );
  assertEquals(out2, ["1234"]);
  await assertRejects(
    () =>
      Array.fromAsync(
        bytes().pipeThrough(
          new LimitedBytesTransformStream(5, { error: true }),
        ),
      ),
    RangeError,
    "Exceeded byte size limit of '5'",
  );
  assertEquals(
    await Array.fromAsync(
      ReadableStream.from([1, 2, 3, 4]).pipeThrough(
        new LimitedTransformStream(2),
      ),
    ),
    [1, 2],
  );
  assertEquals(
    await Array.fromAsync(
      ReadableStream.from([1, 2]).pipeThrough(
        new LimitedTransformStream(2, { error: true }),
      ),
    ),
    [1, 2],
  );
  await assertRejects(
    () =>
      Array.fromAsync(
        ReadableStream.from([1, 2, 3]).pipeThrough(
          new LimitedTransformStream(2, { error: true }),
        ),
      ),
    RangeError,
    "Exceeded chunk limit of '2'",
  );
});

Deno.test("mergeReadableStreams()", async () => {
  const merged = await Array.fromAsync(
    mergeReadableStreams(
      ReadableStream.from(["1", "2", "3"]),
      ReadableStream.from(["a", "b", "c"]),
    ),
  );
  assertEquals(merged.toSorted(), ["1", "2", "3", "a", "b", "c"]);
  assertEquals(merged.filter((x) => /\d/.test(x)), ["1", "2", "3"]);
  assertEquals(await Array.fromAsync(mergeReadableStreams()), []);
  const failing = new ReadableStream<string>({
    pull(c) {
      c.error(new Error("broken"));
    },
  });
  await assertRejects(
    () =>
      Array.fromAsync(
        mergeReadableStreams(ReadableStream.from(["x"]), failing),
      ),
    Error,
    "broken",
  );
});

Deno.test("concatReadableStreams()", async () => {
  const s = concatReadableStreams(
    ReadableStream.from([1, 2, 3]),
    ReadableStream.from<number>([]),
    ReadableStream.from([4, 5]),
  );
  assertEquals(await Array.fromAsync(s), [1, 2, 3, 4, 5]);
  assertEquals(await Array.fromAsync(concatReadableStreams()), []);
  let cancelled = 0;
  const tracked = () =>
    new ReadableStream<number>({
      pull(c) {
        c.enqueue(1);
      },
      cancel() {
        cancelled++;
      },
    });
  const reader = concatReadableStreams(tracked(), tracked()).getReader();
  assertEquals((await reader.read()).value, 1);
  await reader.cancel("stop");
  assertEquals(cancelled, 2);
});

Deno.test("zipReadableStreams() and earlyZipReadableStreams()", async () => {
  assertEquals(
    await Array.fromAsync(
      zipReadableStreams(
        ReadableStream.from(["1", "2", "3"]),
        ReadableStream.from(["a", "b", "c", "d"]),
      ),
    ),
    ["1", "a", "2", "b", "3", "c", "d"],
  );
  assertEquals(
    await Array.fromAsync(
      earlyZipReadableStreams(
        ReadableStream.from(["1", "2", "3"]),
        ReadableStream.from(["a", "b", "c", "d"]),
      ),
    ),
    ["1", "a", "2", "b", "3", "c"],
  );
  assertEquals(
    await Array.fromAsync(
      earlyZipReadableStreams(
        ReadableStream.from(["1", "2", "3", "4"]),
        ReadableStream.from(["a"]),
      ),
    ),
    ["1", "a", "2"],
  );
});

Deno.test("toTransformStream()", async () => {
  const out = await Array.fromAsync(
    ReadableStream.from([0, 1, 2]).pipeThrough(
      toTransformStream(async function* (src) {
        for await (const chunk of src) yield chunk * 100;
      }),
    ),
  );
  assertEquals(out, [0, 100, 200]);
  const sync = await Array.fromAsync(
    ReadableStream.from([1]).pipeThrough(toTransformStream(function* () {
      yield "a";
      yield "b";
    })),
  );
  assertEquals(sync, ["a", "b"]);
  await assertRejects(
    () =>
      Array.fromAsync(
        ReadableStream.from([1]).pipeThrough(
          toTransformStream(async function* (src) {
            for await (const chunk of src) {
              if (chunk === 1) throw new Error("transform failed");
              yield chunk;
            }
          }),
        ),
      ),
    Error,
    "transform failed",
  );
});

Deno.test("Buffer", async () => {
  const buf = new Buffer();
  assert(buf.empty());
  assertEquals(buf.length, 0);
  const writer = buf.writable.getWriter();
  await writer.write(enc.encode("hello "));
  await writer.write(enc.encode("world"));
  writer.releaseLock();
  assertEquals(buf.length, 11);
  assert(buf.capacity >= 11);
  assertEquals(dec.decode(buf.bytes()), "hello world");
  const view = buf.bytes({ copy: false });
  assertEquals(view.length, 11);
  assertEquals(await toText(buf.readable), "hello world");
  assert(buf.empty());

  const b2 = new Buffer(enc.encode("abcdef").buffer);
  assertEquals(b2.length, 6);
  b2.truncate(3);
  assertEquals(dec.decode(b2.bytes()), "abc");
  assertThrows(() => b2.truncate(10), RangeError);
  assertThrows(() => b2.grow(-1), RangeError);
  b2.grow(1000);
  assert(b2.capacity >= 1003);
  assertEquals(dec.decode(b2.bytes()), "abc");
  b2.reset();
  assert(b2.empty());

  const big = new Buffer();
  const w = big.writable.getWriter();
  const chunk = new Uint8Array(50_000).fill(7);
  for (let i = 0; i < 4; i++) await w.write(chunk);
  w.releaseLock();
  const all = new Uint8Array(await toArrayBuffer(big.readable));
  assertEquals(all.length, 200_000);
  assert(all.every((x) => x === 7));
});
