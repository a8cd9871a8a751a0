/**
 * Retries a function with exponential backoff.
 *
 * @module
 */
import { delay } from "./delay.ts";

/** Error thrown by {@linkcode retry} when the maximum attempts are exhausted. */
export class RetryError extends Error {
  /**
   * Constructs a new instance.
   *
   * @param cause The error of the last attempt.
   * @param attempts The number of attempts made.
   */
  constructor(cause: unknown, attempts: number) {
    super(`Retrying exceeded the maxAttempts (${attempts}).`, { cause });
    this.name = "RetryError";
  }
}

/** Options for {@linkcode retry}. */
export interface RetryOptions {
  /**
   * How much to backoff after each retry.
   *
   * @default {2}
   */
  multiplier?: number;
  /**
   * The maximum milliseconds between attempts.
   *
   * @default {60000}
   */
  maxTimeout?: number;
  /**
   * The maximum amount of attempts until failure.
   *
   * @default {5}
   */
  maxAttempts?: number;
  /**
   * The initial and minimum amount of milliseconds between attempts.
   *
   * @default {1000}
   */
  minTimeout?: number;
  /**
   * Amount of jitter to introduce to the time between attempts: `1` for full
   * jitter, `0` for none.
   *
   * @default {1}
   */
  jitter?: number;
  /**
   * Decides whether an error is worth retrying; when it returns `false` the
   * error is thrown at once.
   *
   * @default {() => true}
   */
  isRetriable?: (err: unknown) => boolean;
}

/**
 * The backoff of an attempt: `min(cap, base * multiplier ** attempt)`,
 * reduced by up to `jitter` times itself at random.
 */
function exponentialBackoffWithJitter(
  cap: number,
  base: number,
  attempt: number,
  multiplier: number,
  jitter: number,
): number {
  const exp = Math.min(cap, base * multiplier ** attempt);
  return (1 - jitter * Math.random()) * exp;
}

/**
 * Calls `fn` until it succeeds (returns or resolves), waiting with
 * exponential backoff and jitter between attempts. After `maxAttempts`
 * failures, rejects with a {@linkcode RetryError} whose `cause` is the last
 * error.
 *
 * @example
 * ```ts
 * import { retry } from "@std/async/retry";
 * const req = async () => {
 *   // some function that throws sometimes
 * };
 * await retry(req, { multiplier: 2, maxTimeout: 60000, maxAttempts: 5, minTimeout: 100, jitter: 1 });
 * ```
 *
 * @typeParam T The return type of the function.
 * @param fn The function to retry.
 * @param options Retry options.
 * @returns The result of the first successful call.
 */
export async function retry<T>(
  fn: (() => Promise<T>) | (() => T),
  options?: RetryOptions,
): Promise<T> {
  const {
    multiplier = 2,
    maxTimeout = 60000,
    maxAttempts = 5,
    minTimeout = 1000,
    jitter = 1,
    isRetriable = () => true,
  } = options ?? {};

  if (maxTimeout <= 0) {
    throw new TypeError(
      `Cannot retry as 'maxTimeout' must be positive: current value is ${maxTimeout}`,
    );
  }
  if (minTimeout > maxTimeout) {
    throw new TypeError(
      `Cannot retry as 'minTimeout' must be <= 'maxTimeout': current values 'minTimeout=${minTimeout}', 'maxTimeout=${maxTimeout}'`,
    );
  }
  if (jitter > 1) {
    throw new TypeError(
      `Cannot retry as 'jitter' must be <= 1: current value is ${jitter}`,
    );
  }

  let attempt = 0;
  while (true) {
    try {
      return await fn();
    } catch (error) {
      if (!isRetriable(error)) throw error;
      if (attempt + 1 >= maxAttempts) {
        throw new RetryError(error, maxAttempts);
      }
      const timeout = exponentialBackoffWithJitter(
        maxTimeout,
        minTimeout,
        attempt,
        multiplier,
        jitter,
      );
      await delay(timeout);
    }
    attempt++;
  }
}
