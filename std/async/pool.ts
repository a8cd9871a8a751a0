/**
 * Maps items with a limited number of concurrent async operations.
 *
 * @module
 */

const ERROR_WHILE_MAPPING_MESSAGE =
  "Cannot complete the mapping as an error was thrown from an item";

type Settled<R> = { ok: true; value: R } | { ok: false };

/**
 * Transforms values from an (async) iterable into another async iterable,
 * running at most `poolLimit` calls of `iteratorFn` at once. Results are
 * yielded in input order. If any call rejects, the successful results are
 * still yielded, then an `AggregateError` of the errors is thrown.
 *
 * @example
 * ```ts
 * import { pooledMap } from "@std/async/pool";
 * import { delay } from "@std/async/delay";
 * const results = pooledMap(2, [1, 2, 3], (i) => delay(10).then(() => i * 2));
 * await Array.fromAsync(results); // [2, 4, 6]
 * ```
 *
 * @typeParam T The type of the input items.
 * @typeParam R The type of the results.
 * @param poolLimit The maximum number of calls running at once.
 * @param array The input items.
 * @param iteratorFn The function to call for every item.
 * @returns An async iterator of the results.
 */
export function pooledMap<T, R>(
  poolLimit: number,
  array: Iterable<T> | AsyncIterable<T>,
  iteratorFn: (data: T) => Promise<R>,
): AsyncIterableIterator<R> {
  const queue: Promise<Settled<R>>[] = [];
  let finished = false;
  let finalError: AggregateError | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  (async () => {
    const executing = new Set<Promise<void>>();
    try {
      for await (const item of array) {
        const p = Promise.resolve().then(() => iteratorFn(item));
        queue.push(
          p.then((value) => ({ ok: true, value }), () => ({ ok: false })),
        );
        notify();
        const e: Promise<void> = p.then(() => {
          executing.delete(e);
        });
        e.catch(() => {});
        executing.add(e);
        if (executing.size >= poolLimit) await Promise.race(executing);
      }
      await Promise.all(executing);
    } catch {
      const errors: unknown[] = [];
      for (const result of await Promise.allSettled(executing)) {
        if (result.status === "rejected") errors.push(result.reason);
      }
      finalError = new AggregateError(errors, ERROR_WHILE_MAPPING_MESSAGE);
    }
    finished = true;
    notify();
  })();

  return (async function* () {
    while (true) {
      const next = queue.shift();
      if (next) {
        const settled = await next;
        if (settled.ok) yield settled.value;
        continue;
      }
      if (finished) {
        if (finalError) throw finalError;
        return;
      }
      await new Promise<void>((resolve) => wake = resolve);
    }
  })();
}
