/**
 * Utilities for mocking time while testing.
 *
 * {@linkcode FakeTime} replaces `Date`, `setTimeout`, `clearTimeout`,
 * `setInterval`, `clearInterval` and `AbortSignal.timeout` with fakes driven
 * by a virtual clock that only moves when told to (`tick`, `next`,
 * `runAll`, ...).
 *
 * ```ts
 * import { assertSpyCalls, spy } from "@std/testing/mock";
 * import { FakeTime } from "@std/testing/time";
 *
 * function secondInterval(cb: () => void): ReturnType<typeof setInterval> {
 *   return setInterval(cb, 1000);
 * }
 *
 * using time = new FakeTime();
 * const cb = spy();
 * const intervalId = secondInterval(cb);
 * assertSpyCalls(cb, 0);
 * time.tick(500);
 * assertSpyCalls(cb, 0);
 * time.tick(500);
 * assertSpyCalls(cb, 1);
 * time.tick(3500);
 * assertSpyCalls(cb, 4);
 * clearInterval(intervalId);
 * time.tick(1000);
 * assertSpyCalls(cb, 4);
 * ```
 *
 * @module
 */

/** An error related to faking time. */
export class TimeError extends Error {
  /**
   * Construct TimeError.
   *
   * @param message The error message
   */
  constructor(message: string) {
    super(message);
    this.name = "TimeError";
  }
}

/** The option for {@linkcode FakeTime} */
export interface FakeTimeOptions {
  /**
   * The rate relative to real time at which fake time is updated.
   * By default time only moves forward through calling tick or setting now.
   * Set to 1 to have the fake time automatically tick forward at the same rate
   * in milliseconds as real time.
   *
   * @default {0}
   */
  advanceRate: number;
  /**
   * The frequency in milliseconds at which fake time is updated.
   * If advanceRate is set, we will update the time every 10 milliseconds by default.
   *
   * @default {10}
   */
  advanceFrequency?: number;
}

// deno-lint-ignore no-explicit-any
type Callback = (...args: any[]) => void;

interface Timer {
  id: number;
  callback: Callback;
  args: unknown[];
  due: number;
  repeat: number | undefined;
  seq: number;
}

const real = {
  Date: globalThis.Date,
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
  abortSignalTimeout: typeof AbortSignal !== "undefined"
    ? AbortSignal.timeout
    : undefined,
};

let time: FakeTime | undefined;
let scheduleTimer: (
  t: FakeTime,
  callback: Callback,
  delay: number,
  args: unknown[],
  repeat: boolean,
) => number;
let cancelTimer: (t: FakeTime, id?: number) => void;
let nextId = 1;

function toMs(delay: unknown): number {
  const n = Number(delay);
  return Number.isFinite(n) && n > 0 ? Math.trunc(n) : 0;
}

// deno-lint-ignore no-explicit-any
function FakeDate(this: unknown, ...args: any[]): any {
  const now = time ? time.now : real.Date.now();
  if (!new.target) return new real.Date(now).toString();
  if (args.length === 0) args = [now];
  return Reflect.construct(real.Date, args, new.target);
}
FakeDate.prototype = real.Date.prototype;
FakeDate.parse = real.Date.parse;
FakeDate.UTC = real.Date.UTC;
FakeDate.now = (): number => time ? time.now : real.Date.now();
Object.defineProperty(FakeDate, "name", { value: "Date" });

function fakeSetTimeout(
  callback: Callback,
  delay?: number,
  ...args: unknown[]
): number {
  return scheduleTimer(time!, callback, toMs(delay), args, false);
}

function fakeSetInterval(
  callback: Callback,
  delay?: number,
  ...args: unknown[]
): number {
  return scheduleTimer(time!, callback, toMs(delay), args, true);
}

function fakeClearTimeout(id?: number): void {
  if (time) cancelTimer(time, id);
}

function fakeAbortSignalTimeout(ms: number): AbortSignal {
  const controller = new AbortController();
  fakeSetTimeout(() => {
    controller.abort(
      new DOMException("Signal timed out.", "TimeoutError"),
    );
  }, ms);
  return controller.signal;
}

function overrideGlobals(): void {
  // deno-lint-ignore no-explicit-any
  const g = globalThis as any;
  g.Date = FakeDate;
  g.setTimeout = fakeSetTimeout;
  g.clearTimeout = fakeClearTimeout;
  g.setInterval = fakeSetInterval;
  g.clearInterval = fakeClearTimeout;
  if (real.abortSignalTimeout) {
    Object.defineProperty(AbortSignal, "timeout", {
      value: fakeAbortSignalTimeout,
      configurable: true,
      writable: true,
    });
  }
}

function restoreGlobals(): void {
  // deno-lint-ignore no-explicit-any
  const g = globalThis as any;
  g.Date = real.Date;
  g.setTimeout = real.setTimeout;
  g.clearTimeout = real.clearTimeout;
  g.setInterval = real.setInterval;
  g.clearInterval = real.clearInterval;
  if (real.abortSignalTimeout) {
    Object.defineProperty(AbortSignal, "timeout", {
      value: real.abortSignalTimeout,
      configurable: true,
      writable: true,
    });
  }
}

/**
 * Overrides the real Date object and timer functions with fake ones that can
 * be controlled through the fake time instance.
 *
 * Note: there is no setter for the `start` property, as it cannot be changed
 * after initialization.
 *
 * @example Usage
 * ```ts
 * import { assertSpyCalls, spy } from "@std/testing/mock";
 * import { FakeTime } from "@std/testing/time";
 *
 * using time = new FakeTime();
 * const cb = spy();
 * setTimeout(cb, 1000);
 * time.tick(999);
 * assertSpyCalls(cb, 0);
 * time.tick(1);
 * assertSpyCalls(cb, 1);
 * ```
 */
export class FakeTime {
  #now: number;
  #start: number;
  #timers = new Map<number, Timer>();
  #seq = 0;
  #advanceIntervalId: ReturnType<typeof setInterval> | undefined;

  /**
   * Construct a FakeTime object. This overrides the real Date object and
   * timer functions with fake ones that can be controlled through the fake
   * time instance.
   *
   * @param start The time to simulate. The default is the current time.
   * @param options The options
   */
  constructor(
    start?: number | string | Date | null,
    options?: FakeTimeOptions,
  ) {
    if (time) throw new TimeError("The time is already faked");
    const startMs = start === undefined || start === null
      ? real.Date.now()
      : start instanceof real.Date
      ? start.getTime()
      : typeof start === "string"
      ? new real.Date(start).getTime()
      : start;
    if (Number.isNaN(startMs)) throw new TimeError("Invalid start time");
    this.#start = this.#now = startMs;
    time = this;
    overrideGlobals();
    const advanceRate = options?.advanceRate ?? 0;
    const advanceFrequency = options?.advanceFrequency ?? 10;
    if (advanceRate < 0) {
      throw new TimeError("Cannot set advanceRate to a negative number");
    }
    if (advanceFrequency <= 0) {
      throw new TimeError(
        "Cannot set advanceFrequency to a non-positive number",
      );
    }
    if (advanceRate > 0) {
      this.#advanceIntervalId = real.setInterval(() => {
        this.tick(advanceRate * advanceFrequency);
      }, advanceFrequency);
    }
  }

  /**
   * Restores real time.
   *
   * @example Usage
   * ```ts
   * import { FakeTime } from "@std/testing/time";
   *
   * const time = new FakeTime();
   * FakeTime.restore();
   * ```
   */
  static restore(): void {
    if (!time) {
      throw new TimeError("Cannot restore time: time is already restored");
    }
    time.restore();
  }

  /**
   * Restores real time temporarily until callback returns and resolves.
   *
   * @example Usage
   * ```ts
   * import { FakeTime } from "@std/testing/time";
   *
   * using time = new FakeTime();
   * const realNow = await FakeTime.restoreFor(() => Date.now());
   * ```
   *
   * @typeParam T The returned value type of the callback
   * @param callback The callback to be called while FakeTime being restored
   * @param args The arguments to pass to the callback
   * @returns The returned value from the callback
   */
  static async restoreFor<T>(
    // deno-lint-ignore no-explicit-any
    callback: (...args: any[]) => Promise<T> | T,
    // deno-lint-ignore no-explicit-any
    ...args: any[]
  ): Promise<T> {
    if (!time) {
      throw new TimeError("Cannot restore time: time is already restored");
    }
    restoreGlobals();
    try {
      return await callback(...args);
    } finally {
      if (time) overrideGlobals();
    }
  }

  /**
   * The number of milliseconds elapsed since the epoch (January 1, 1970
   * 00:00:00 UTC) for the fake time. When set, it will call any functions
   * waiting to be called between the current and new fake time. If the timer
   * callback throws, time will stop advancing forward beyond that timer.
   *
   * @example Usage
   * ```ts
   * import { FakeTime } from "@std/testing/time";
   * import { assertEquals } from "@std/assert";
   *
   * using time = new FakeTime(15_000);
   * assertEquals(Date.now(), 15_000);
   * time.now = 35_000;
   * assertEquals(Date.now(), 35_000);
   * ```
   *
   * @returns The number of milliseconds elapsed since the epoch for the fake time
   */
  get now(): number {
    return this.#now;
  }

  /**
   * Set the current time. It will call any functions waiting to be called
   * between the current and new fake time.
   *
   * @param value The current time (in milliseconds)
   */
  set now(value: number) {
    if (value < this.#now) throw new TimeError("Time cannot go backwards");
    this.tick(value - this.#now);
  }

  /**
   * The initial number of milliseconds elapsed since the epoch for the fake
   * time.
   *
   * @example Usage
   * ```ts
   * import { FakeTime } from "@std/testing/time";
   * import { assertEquals } from "@std/assert";
   *
   * using time = new FakeTime(15_000);
   * assertEquals(time.start, 15_000);
   * ```
   *
   * @returns The initial number of milliseconds elapsed since the epoch.
   */
  get start(): number {
    return this.#start;
  }

  /**
   * Resolves after the given number of milliseconds using real time.
   *
   * @example Usage
   * ```ts
   * import { FakeTime } from "@std/testing/time";
   *
   * using time = new FakeTime();
   * await time.delay(5); // waits 5ms of real time
   * ```
   *
   * @param ms The milliseconds to delay
   * @param options The options
   */
  async delay(
    ms: number,
    options: { signal?: AbortSignal } = {},
  ): Promise<void> {
    const { signal } = options;
    if (signal?.aborted) throw signal.reason;
    await new Promise<void>((resolve, reject) => {
      let id: ReturnType<typeof setTimeout> | undefined = undefined;
      const abort = () => {
        real.clearTimeout(id);
        reject(signal!.reason);
      };
      id = real.setTimeout(() => {
        signal?.removeEventListener("abort", abort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", abort, { once: true });
    });
  }

  /**
   * Runs all pending microtasks.
   *
   * @example Usage
   * ```ts
   * import { FakeTime } from "@std/testing/time";
   * import { assert } from "@std/assert";
   *
   * using time = new FakeTime();
   * let called = false;
   * Promise.resolve().then(() => {
   *   called = true;
   * });
   * await time.runMicrotasks();
   * assert(called);
   * ```
   */
  async runMicrotasks(): Promise<void> {
    await new Promise<void>((resolve) => real.setTimeout(resolve, 0));
  }

  /**
   * Adds the specified number of milliseconds to the fake time.
   * This will call any functions waiting to be called between the current
   * and new fake time.
   *
   * @example Usage
   * ```ts
   * import { assertSpyCalls, spy } from "@std/testing/mock";
   * import { FakeTime } from "@std/testing/time";
   *
   * using time = new FakeTime();
   * const cb = spy();
   * setTimeout(cb, 1000);
   * time.tick(1000);
   * assertSpyCalls(cb, 1);
   * ```
   *
   * @param ms The milliseconds to advance
   */
  tick(ms = 0): void {
    this.#assertActive();
    const target = this.#now + Math.max(0, ms);
    for (let timer = this.#due(target); timer; timer = this.#due(target)) {
      this.#fire(timer);
    }
    this.#now = target;
  }

  /**
   * Runs all pending microtasks then adds the specified number of
   * milliseconds to the fake time, running microtasks between timers.
   *
   * @example Usage
   * ```ts
   * import { assertSpyCalls, spy } from "@std/testing/mock";
   * import { FakeTime } from "@std/testing/time";
   *
   * using time = new FakeTime();
   * const cb = spy();
   * setTimeout(() => Promise.resolve().then(cb), 1000);
   * await time.tickAsync(1000);
   * assertSpyCalls(cb, 1);
   * ```
   *
   * @param ms The milliseconds to advance
   */
  async tickAsync(ms = 0): Promise<void> {
    this.#assertActive();
    const target = this.#now + Math.max(0, ms);
    await this.runMicrotasks();
    for (let timer = this.#due(target); timer; timer = this.#due(target)) {
      this.#fire(timer);
      await this.runMicrotasks();
    }
    this.#now = target;
  }

  /**
   * Advances time to when the next scheduled timer is due.
   * If there are no pending timers, time will not be changed.
   *
   * @example Usage
   * ```ts
   * import { assertSpyCalls, spy } from "@std/testing/mock";
   * import { FakeTime } from "@std/testing/time";
   * import { assertEquals } from "@std/assert";
   *
   * using time = new FakeTime(0);
   * const cb = spy();
   * setTimeout(cb, 1000);
   * assertEquals(time.next(), true);
   * assertEquals(time.now, 1000);
   * assertSpyCalls(cb, 1);
   * assertEquals(time.next(), false);
   * ```
   *
   * @returns `true` when there is a scheduled timer and `false` when there is not.
   */
  next(): boolean {
    const timer = this.#earliest();
    if (!timer) return false;
    this.tick(Math.max(0, timer.due - this.#now));
    return true;
  }

  /**
   * Runs all pending microtasks then advances time to when the next
   * scheduled timer is due.
   *
   * @example Usage
   * ```ts
   * import { assertSpyCalls, spy } from "@std/testing/mock";
   * import { FakeTime } from "@std/testing/time";
   *
   * using time = new FakeTime();
   * const cb = spy();
   * setTimeout(cb, 1000);
   * await time.nextAsync();
   * assertSpyCalls(cb, 1);
   * ```
   *
   * @returns `true` if the pending timers existed and `false` otherwise.
   */
  async nextAsync(): Promise<boolean> {
    await this.runMicrotasks();
    const timer = this.#earliest();
    if (!timer) return false;
    await this.tickAsync(Math.max(0, timer.due - this.#now));
    return true;
  }

  /**
   * Advances time forward to the next due timer until there are no pending
   * timers remaining. If the timers create additional timers, they will be
   * run too. If there is an interval, time will keep advancing forward until
   * the interval is cleared.
   *
   * @example Usage
   * ```ts
   * import { assertSpyCalls, spy } from "@std/testing/mock";
   * import { FakeTime } from "@std/testing/time";
   *
   * using time = new FakeTime();
   * const cb = spy();
   * setTimeout(cb, 1000);
   * setTimeout(cb, 3000);
   * time.runAll();
   * assertSpyCalls(cb, 2);
   * ```
   */
  runAll(): void {
    while (this.next()) { /* keep going */ }
  }

  /**
   * Advances time forward to the next due timer until there are no pending
   * timers remaining, running microtasks between timers.
   *
   * @example Usage
   * ```ts
   * import { assertSpyCalls, spy } from "@std/testing/mock";
   * import { FakeTime } from "@std/testing/time";
   *
   * using time = new FakeTime();
   * const cb = spy();
   * setTimeout(cb, 1000);
   * await time.runAllAsync();
   * assertSpyCalls(cb, 1);
   * ```
   */
  async runAllAsync(): Promise<void> {
    while (await this.nextAsync()) { /* keep going */ }
  }

  /**
   * Restores time related global functions to their original state.
   *
   * @example Usage
   * ```ts
   * import { FakeTime } from "@std/testing/time";
   *
   * const time = new FakeTime();
   * time.restore();
   * ```
   */
  restore(): void {
    if (time !== this) {
      throw new TimeError("Cannot restore time: time is already restored");
    }
    time = undefined;
    restoreGlobals();
    if (this.#advanceIntervalId !== undefined) {
      real.clearInterval(this.#advanceIntervalId);
      this.#advanceIntervalId = undefined;
    }
    this.#timers.clear();
  }

  /** Restores time related global functions to their original state. */
  [Symbol.dispose](): void {
    this.restore();
  }

  static {
    scheduleTimer = (t, callback, delay, args, repeat) =>
      t.#schedule(callback, delay, args, repeat);
    cancelTimer = (t, id) => {
      if (id !== undefined) t.#timers.delete(Number(id));
    };
  }

  #schedule(
    callback: Callback,
    delay: number,
    args: unknown[],
    repeat: boolean,
  ): number {
    const id = nextId++;
    const interval = repeat ? Math.max(1, delay) : undefined;
    this.#timers.set(id, {
      id,
      callback,
      args,
      due: this.#now + (interval ?? delay),
      repeat: interval,
      seq: this.#seq++,
    });
    return id;
  }

  #assertActive(): void {
    if (time !== this) throw new TimeError("Time is not faked");
  }

  #earliest(): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.#timers.values()) {
      if (
        !best || t.due < best.due || (t.due === best.due && t.seq < best.seq)
      ) {
        best = t;
      }
    }
    return best;
  }

  #due(target: number): Timer | undefined {
    const t = this.#earliest();
    return t && t.due <= target ? t : undefined;
  }

  #fire(timer: Timer): void {
    this.#now = Math.max(this.#now, timer.due);
    if (timer.repeat !== undefined) {
      timer.due = this.#now + timer.repeat;
      timer.seq = this.#seq++;
    } else {
      this.#timers.delete(timer.id);
    }
    timer.callback(...timer.args);
  }
}
