/**
 * A promise-based `setTimeout`.
 *
 * @module
 */

/** Options for {@linkcode delay}. */
export interface DelayOptions {
  /** Signal used to abort the delay. */
  signal?: AbortSignal;
  /**
   * Whether the timer keeps the process alive. Set it to `false` to let the
   * process exit while the delay is pending (Deno only).
   *
   * @default {true}
   */
  persistent?: boolean;
}

const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * Resolves after the given number of milliseconds. Rejects with
 * `signal.reason` if the signal aborts first.
 *
 * @example
 * ```ts
 * import { delay } from "@std/async/delay";
 * await delay(100);
 * ```
 *
 * @param ms Duration in milliseconds.
 * @param options Additional options.
 * @returns A promise that resolves after `ms` milliseconds.
 */
export function delay(ms: number, options: DelayOptions = {}): Promise<void> {
  const { signal, persistent = true } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let remaining = Math.max(0, Number(ms) || 0);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const schedule = () => {
      const step = Math.min(remaining, MAX_TIMEOUT);
      remaining -= step;
      timer = setTimeout(() => {
        if (remaining > 0) return schedule();
        signal?.removeEventListener("abort", abort);
        resolve();
      }, step);
      if (!persistent) unref(timer!);
    };
    signal?.addEventListener("abort", abort, { once: true });
    schedule();
  });
}

function unref(timer: ReturnType<typeof setTimeout>): void {
  // deno-lint-ignore no-explicit-any
  const deno = (globalThis as any).Deno;
  if (typeof deno?.unrefTimer === "function") {
    deno.unrefTimer(timer);
  } else {
    // deno-lint-ignore no-console
    console.error("`persistent` option is only available in Deno");
  }
}
