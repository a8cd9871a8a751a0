import {
  assert,
  assertEquals,
  assertInstanceOf,
  assertNotEquals,
  assertRejects,
  assertThrows,
} from "../assert/mod.ts";
import { assertSpyCalls, spy } from "./mock.ts";
import { FakeTime, TimeError } from "./time.ts";

Deno.test("FakeTime replaces and restores globals", () => {
  const { Date: RealDate, setTimeout: realSetTimeout } = globalThis;
  const time = new FakeTime(1000);
  try {
    assertNotEquals(globalThis.Date, RealDate);
    assertNotEquals(globalThis.setTimeout, realSetTimeout);
    assertEquals(Date.now(), 1000);
    assertEquals(new Date().getTime(), 1000);
    assertEquals(new Date(5).getTime(), 5);
    assertInstanceOf(new Date(), RealDate);
    assertEquals(typeof Date(), "string");
    assertEquals(time.start, 1000);
    assertThrows(() => new FakeTime(), TimeError, "already faked");
  } finally {
    time.restore();
  }
  assertEquals(globalThis.Date, RealDate);
  assertEquals(globalThis.setTimeout, realSetTimeout);
  assertThrows(() => time.restore(), TimeError);
  assertThrows(() => FakeTime.restore(), TimeError);
});

Deno.test("FakeTime accepts Date and string starts", () => {
  {
    using _time = new FakeTime(new Date("2020-01-01T00:00:00Z"));
    assertEquals(new Date().toISOString(), "2020-01-01T00:00:00.000Z");
  }
  {
    using _time = new FakeTime("2021-06-01T12:00:00Z");
    assertEquals(Date.now(), Date.UTC(2021, 5, 1, 12));
  }
});

Deno.test("tick() runs timeouts and intervals", () => {
  using time = new FakeTime(0);
  const timeout = spy();
  const interval = spy();
  setTimeout(timeout, 1000, "a");
  const id = setInterval(interval, 300);
  time.tick(999);
  assertSpyCalls(timeout, 0);
  assertSpyCalls(interval, 3);
  time.tick(1);
  assertSpyCalls(timeout, 1);
  assertEquals(timeout.calls[0]!.args, ["a"]);
  time.tick(1000);
  assertSpyCalls(interval, 6);
  clearInterval(id);
  time.tick(5000);
  assertSpyCalls(interval, 6);
  assertEquals(time.now, 7000);
  assertEquals(Date.now(), 7000);
});

Deno.test("clearTimeout() cancels; timers see the fake time when fired", () => {
  using time = new FakeTime(0);
  const seen: number[] = [];
  const id = setTimeout(() => seen.push(-1), 100);
  setTimeout(() => seen.push(Date.now()), 50);
  setTimeout(() => seen.push(Date.now()), 150);
  clearTimeout(id);
  time.tick(200);
  assertEquals(seen, [50, 150]);
});

Deno.test("nested timers scheduled during tick run in the same tick", () => {
  using time = new FakeTime(0);
  const order: string[] = [];
  setTimeout(() => {
    order.push("a");
    setTimeout(() => order.push("c"), 0);
  }, 10);
  setTimeout(() => order.push("b"), 10);
  time.tick(10);
  assertEquals(order, ["a", "b", "c"]);
});

Deno.test("now setter ticks and cannot go backwards", () => {
  using time = new FakeTime(0);
  const cb = spy();
  setTimeout(cb, 100);
  time.now = 100;
  assertSpyCalls(cb, 1);
  assertThrows(() => {
    time.now = 50;
  }, TimeError);
});

Deno.test("next() and runAll()", () => {
  using time = new FakeTime(0);
  const cb = spy();
  setTimeout(cb, 1000);
  setTimeout(cb, 3000);
  assertEquals(time.next(), true);
  assertEquals(time.now, 1000);
  assertSpyCalls(cb, 1);
  setTimeout(cb, 10);
  time.runAll();
  assertSpyCalls(cb, 3);
  assertEquals(time.now, 3000);
  assertEquals(time.next(), false);
});

Deno.test("tickAsync() runs microtasks between timers", async () => {
  using time = new FakeTime(0);
  const order: string[] = [];
  setTimeout(() => {
    Promise.resolve().then(() => order.push("micro"));
    order.push("first");
  }, 10);
  setTimeout(() => order.push("second"), 10);
  await time.tickAsync(10);
  assertEquals(order, ["first", "micro", "second"]);
  const cb = spy();
  setTimeout(() => Promise.resolve().then(cb), 5);
  assert(await time.nextAsync());
  assertSpyCalls(cb, 1);
  setTimeout(cb, 5);
  await time.runAllAsync();
  assertSpyCalls(cb, 2);
});

Deno.test("delay() waits real time and supports abort", async () => {
  using time = new FakeTime(0);
  await time.delay(1);
  assertEquals(Date.now(), 0);
  const controller = new AbortController();
  const p = time.delay(1000, { signal: controller.signal });
  controller.abort(new Error("stop"));
  await assertRejects(() => p, Error, "stop");
});

Deno.test("restoreFor() temporarily restores real time", async () => {
  using _time = new FakeTime(0);
  const realNow = await FakeTime.restoreFor(() => Date.now());
  assert(realNow > 1_000_000);
  assertEquals(Date.now(), 0);
});

Deno.test("AbortSignal.timeout() uses fake time", () => {
  using time = new FakeTime(0);
  const signal = AbortSignal.timeout(100);
  time.tick(99);
  assertEquals(signal.aborted, false);
  time.tick(1);
  assertEquals(signal.aborted, true);
  assertEquals((signal.reason as DOMException).name, "TimeoutError");
});

Deno.test("advanceRate moves fake time with real time", async () => {
  using time = new FakeTime(0, { advanceRate: 1, advanceFrequency: 5 });
  const cb = spy();
  setTimeout(cb, 10);
  await time.delay(60);
  assert(time.now >= 10);
  assertSpyCalls(cb, 1);
});
