/**
 * Tests for @std/async.
 *
 * @module
 */
import {
  assert,
  assertEquals,
  assertInstanceOf,
  assertRejects,
} from "../assert/mod.ts";
import {
  abortable,
  deadline,
  debounce,
  delay,
  MuxAsyncIterator,
  pooledMap,
  retry,
  RetryError,
  tee,
} from "./mod.ts";

Deno.test("delay() resolves after the time", async () => {
  const start = performance.now();
  const result = await delay(50);
  assertEquals(result, undefined);
  assert(performance.now() - start >= 45);
});

Deno.test("delay() rejects when aborted", async () => {
  const c = new AbortController();
  const p = delay(1000, { signal: c.signal });
  c.abort();
  const err = await assertRejects(() => p, DOMException);
  assertEquals(err.name, "AbortError");
  const c2 = new AbortController();
  c2.abort(new Error("custom"));
  await assertRejects(
    () => delay(1000, { signal: c2.signal }),
    Error,
    "custom",
  );
  const c3 = new AbortController();
  const p3 = delay(10, { signal: c3.signal });
  await p3;
  c3.abort(); // after resolution: nothing happens
});

Deno.test("delay() non-persistent timer", async () => {
  // The non-persistent timer alone would not keep the process alive.
  await Promise.all([delay(5, { persistent: false }), delay(30)]);
});

Deno.test("deadline()", async () => {
  assertEquals(await deadline(Promise.resolve("ok"), 100), "ok");
  const err = await assertRejects(
    () => deadline(delay(500), 10),
    DOMException,
    "Signal timed out.",
  );
  assertEquals(err.name, "TimeoutError");
  const c = new AbortController();
  const p = deadline(delay(500), 1000, { signal: c.signal });
  c.abort();
  await assertRejects(() => p, DOMException, "aborted");
  await assertRejects(
    () => deadline(Promise.reject(new Error("inner")), 100),
    Error,
    "inner",
  );
});

Deno.test("abortable() promise and iterable", async () => {
  const c = new AbortController();
  const p = abortable(
    new Promise((r) => setTimeout(() => r("late"), 200)),
    c.signal,
  );
  setTimeout(() => c.abort(new Error("stop")), 10);
  await assertRejects(() => p, Error, "stop");
  await delay(200);
  assertEquals(
    await abortable(Promise.resolve(1), new AbortController().signal),
    1,
  );
  const aborted = AbortSignal.abort(new Error("already"));
  await assertRejects(
    () => abortable(Promise.resolve(1), aborted),
    Error,
    "already",
  );

  const gen = async function* () {
    yield "a";
    await delay(200);
    yield "b";
  };
  const c2 = new AbortController();
  const items: string[] = [];
  setTimeout(() => c2.abort(new Error("cancel")), 20);
  await assertRejects(
    async () => {
      for await (const item of abortable(gen(), c2.signal)) items.push(item);
    },
    Error,
    "cancel",
  );
  assertEquals(items, ["a"]);
  await delay(200);
  const all = await Array.fromAsync(
    abortable(gen(), new AbortController().signal),
  );
  assertEquals(all, ["a", "b"]);
});

Deno.test("debounce()", async () => {
  const calls: number[] = [];
  const fn = debounce((n: number) => calls.push(n), 30);
  fn(1);
  fn(2);
  fn(3);
  assert(fn.pending);
  await delay(60);
  assertEquals(calls, [3]);
  assert(!fn.pending);
  fn(4);
  fn.clear();
  assert(!fn.pending);
  await delay(50);
  assertEquals(calls, [3]);
  fn(5);
  fn.flush();
  assertEquals(calls, [3, 5]);
  assert(!fn.pending);
  fn.flush();
  assertEquals(calls, [3, 5]);
  let self: unknown;
  const fn2 = debounce(function (this: unknown) {
    self = this;
  }, 1);
  fn2();
  fn2.flush();
  assertEquals(self, fn2);
});

Deno.test("retry()", async () => {
  let n = 0;
  const result = await retry(() => {
    n++;
    if (n < 3) throw new Error("fail");
    return "done";
  }, { minTimeout: 1, maxTimeout: 5 });
  assertEquals(result, "done");
  assertEquals(n, 3);

  let attempts = 0;
  const err = await assertRejects(
    () =>
      retry(() => Promise.reject(new Error(`e${++attempts}`)), {
        minTimeout: 1,
        maxTimeout: 2,
        maxAttempts: 3,
      }),
    RetryError,
    "Retrying exceeded the maxAttempts (3).",
  );
  assertEquals(attempts, 3);
  assertInstanceOf(err.cause, Error);
  assertEquals((err.cause as Error).message, "e3");

  await assertRejects(
    () => retry(() => 1, { maxTimeout: 0 }),
    TypeError,
    "maxTimeout",
  );
  await assertRejects(
    () => retry(() => 1, { minTimeout: 10, maxTimeout: 5 }),
    TypeError,
    "minTimeout",
  );
  await assertRejects(() => retry(() => 1, { jitter: 2 }), TypeError, "jitter");

  let tries = 0;
  await assertRejects(
    () =>
      retry(() => {
        tries++;
        throw new TypeError("fatal");
      }, { minTimeout: 1, isRetriable: (e) => !(e instanceof TypeError) }),
    TypeError,
    "fatal",
  );
  assertEquals(tries, 1);
});

Deno.test("pooledMap() keeps order and limits concurrency", async () => {
  let running = 0;
  let maxRunning = 0;
  const results = pooledMap(2, [50, 10, 30, 5], async (ms) => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    await delay(ms);
    running--;
    return ms * 2;
  });
  assertEquals(await Array.fromAsync(results), [100, 20, 60, 10]);
  assertEquals(maxRunning, 2);
  async function* source() {
    yield 1;
    yield 2;
  }
  assertEquals(
    await Array.fromAsync(
      pooledMap(1, source(), (x) => Promise.resolve(x + 1)),
    ),
    [2, 3],
  );
  assertEquals(
    await Array.fromAsync(pooledMap(3, [], (x) => Promise.resolve(x))),
    [],
  );
});

Deno.test("pooledMap() throws AggregateError", async () => {
  const seen: number[] = [];
  const err = await assertRejects(
    async () => {
      for await (
        const x of pooledMap(3, [1, 2, 3, 4], async (i) => {
          await delay(i * 5);
          if (i === 2 || i === 3) throw new Error(`bad ${i}`);
          return i;
        })
      ) {
        seen.push(x);
      }
    },
    AggregateError,
    "Cannot complete the mapping as an error was thrown from an item",
  );
  // Items already started still complete and are yielded in order.
  assertEquals(seen, [1, 4]);
  assertEquals(err.errors.map((e) => (e as Error).message), ["bad 2", "bad 3"]);
});

Deno.test("MuxAsyncIterator", async () => {
  async function* gen(values: number[], ms: number) {
    for (const v of values) {
      await delay(ms);
      yield v;
    }
  }
  const mux = new MuxAsyncIterator<number>();
  mux.add(gen([1, 2, 3], 5));
  mux.add(gen([4, 5, 6], 7));
  const result = await Array.fromAsync(mux);
  assertEquals(result.toSorted(), [1, 2, 3, 4, 5, 6]);
  assertEquals(result.filter((x) => x <= 3), [1, 2, 3]);

  const bad = new MuxAsyncIterator<number>();
  bad.add(gen([1], 1));
  bad.add((async function* () {
    await delay(5);
    if (Math.random() < 2) throw new Error("boom");
    yield 0;
  })());
  await assertRejects(() => Array.fromAsync(bad), Error, "boom");
  assertEquals(await Array.fromAsync(new MuxAsyncIterator<number>()), []);
});

Deno.test("tee()", async () => {
  let pulls = 0;
  async function* gen() {
    for (const v of [1, 2, 3]) {
      pulls++;
      yield v;
    }
  }
  const [a, b] = tee(gen());
  const [ra, rb] = await Promise.all([Array.fromAsync(a), Array.fromAsync(b)]);
  assertEquals(ra, [1, 2, 3]);
  assertEquals(rb, [1, 2, 3]);
  assertEquals(pulls, 3);
  const branches = tee(gen(), 3);
  assertEquals(branches.length, 3);
  for (const branch of branches) {
    assertEquals(await Array.fromAsync(branch), [1, 2, 3]);
  }
  const [x, y] = tee((async function* () {
    yield 1;
    throw new Error("src");
  })());
  await assertRejects(() => Array.fromAsync(x), Error, "src");
  const it = y[Symbol.asyncIterator]();
  assertEquals(await it.next(), { value: 1, done: false });
});
