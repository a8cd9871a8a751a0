/**
 * Rejects a promise that does not settle in time.
 *
 * @module
 */
import { abortable } from "./abortable.ts";

/** Options for {@linkcode deadline}. */
export interface DeadlineOptions {
  /** Signal used to abort the deadline. */
  signal?: AbortSignal;
}

/**
 * Creates a promise which rejects with a `DOMException` named
 * `"TimeoutError"` when `p` does not settle within `ms` milliseconds (or with
 * `signal.reason` when the signal aborts first).
 *
 * @example
 * ```ts
 * import { deadline, delay } from "@std/async";
 * await deadline(delay(1000), 10); // throws a DOMException "TimeoutError"
 * ```
 *
 * @typeParam T The type of the promised value.
 * @param p The promise to wait for.
 * @param ms Duration in milliseconds.
 * @param options Additional options.
 * @returns A promise settling like `p` unless the deadline passes first.
 */
export async function deadline<T>(
  p: Promise<T>,
  ms: number,
  options: DeadlineOptions = {},
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(new DOMException("Signal timed out.", "TimeoutError")),
    ms,
  );
  const signals = [controller.signal];
  if (options.signal) signals.push(options.signal);
  try {
    return await abortable(p, AbortSignal.any(signals));
  } finally {
    clearTimeout(timer);
  }
}
