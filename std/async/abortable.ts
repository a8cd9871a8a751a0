/**
 * Makes promises and async iterables abortable with an `AbortSignal`.
 *
 * @module
 */

/**
 * Makes a `Promise` abortable with the given signal: the result rejects with
 * `signal.reason` as soon as the signal aborts.
 *
 * @example
 * ```ts
 * import { abortable, delay } from "@std/async";
 * const c = new AbortController();
 * setTimeout(() => c.abort(), 100);
 * await abortable(delay(1000), c.signal); // rejects with an AbortError
 * ```
 *
 * @typeParam T The type of the promised value.
 * @param p The promise to make abortable.
 * @param signal The signal to abort with.
 * @returns A promise settling like `p` unless aborted first.
 */
export function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T>;
/**
 * Makes an `AsyncIterable` abortable with the given signal: iteration throws
 * `signal.reason` as soon as the signal aborts.
 *
 * @example
 * ```ts
 * import { abortable, delay } from "@std/async";
 * const p = async function* () {
 *   yield "Hello";
 *   await delay(1000);
 *   yield "World";
 * };
 * const c = new AbortController();
 * setTimeout(() => c.abort(), 100);
 * const items: string[] = [];
 * try {
 *   for await (const item of abortable(p(), c.signal)) items.push(item);
 * } catch { /* aborted *\/ }
 * ```
 *
 * @typeParam T The type of the items.
 * @param p The async iterable to make abortable.
 * @param signal The signal to abort with.
 * @returns An async generator of the same items.
 */
export function abortable<T>(
  p: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncGenerator<T>;
export function abortable<T>(
  p: Promise<T> | AsyncIterable<T>,
  signal: AbortSignal,
): Promise<T> | AsyncIterable<T> {
  if (p instanceof Promise) return abortablePromise(p, signal);
  return abortableAsyncIterable(p, signal);
}

function abortablePromise<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  const { promise, reject } = Promise.withResolvers<never>();
  const abort = () => reject(signal.reason);
  if (signal.aborted) abort();
  signal.addEventListener("abort", abort, { once: true });
  return Promise.race([promise, p]).finally(() => {
    signal.removeEventListener("abort", abort);
  });
}

async function* abortableAsyncIterable<T>(
  p: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncGenerator<T> {
  signal.throwIfAborted();
  const { promise, reject } = Promise.withResolvers<never>();
  promise.catch(() => {});
  const abort = () => reject(signal.reason);
  signal.addEventListener("abort", abort, { once: true });
  const it = p[Symbol.asyncIterator]();
  try {
    while (true) {
      const { done, value } = await Promise.race([promise, it.next()]);
      if (done) {
        const result = await it.return?.(value);
        return result?.value;
      }
      yield value;
    }
  } catch (e) {
    await it.return?.();
    throw e;
  } finally {
    signal.removeEventListener("abort", abort);
  }
}
