/**
 * Debounces function calls.
 *
 * @module
 */

/** A debounced function, returned by {@linkcode debounce}. */
export interface DebouncedFunction<T extends Array<unknown>> {
  /** Schedules a call with the given arguments, replacing a pending one. */
  (...args: T): void;
  /** Cancels the pending call. */
  clear(): void;
  /** Immediately runs the pending call, if any. */
  flush(): void;
  /** Whether a call is pending. */
  readonly pending: boolean;
}

/**
 * Creates a debounced function that delays calling `fn` until `wait`
 * milliseconds have passed since the last call.
 *
 * @example
 * ```ts
 * import { debounce } from "@std/async/debounce";
 * const log = debounce((event: string) => console.log(event), 200);
 * log("a");
 * log("b"); // only "b" is logged, 200ms later
 * ```
 *
 * @typeParam T The parameter types of the function.
 * @param fn The function to debounce.
 * @param wait The time in milliseconds to wait.
 * @returns The debounced function.
 */
// deno-lint-ignore no-explicit-any
export function debounce<T extends Array<any>>(
  fn: (this: DebouncedFunction<T>, ...args: T) => void,
  wait: number,
): DebouncedFunction<T> {
  let timeout: ReturnType<typeof setTimeout> | null = null;
  let flush: (() => void) | null = null;

  const debounced = ((...args: T) => {
    debounced.clear();
    flush = () => {
      debounced.clear();
      fn.call(debounced, ...args);
    };
    timeout = setTimeout(flush, wait);
  }) as DebouncedFunction<T>;

  debounced.clear = () => {
    if (timeout !== null) {
      clearTimeout(timeout);
      timeout = null;
      flush = null;
    }
  };
  debounced.flush = () => {
    flush?.();
  };
  Object.defineProperty(debounced, "pending", {
    get: () => timeout !== null,
  });
  return debounced;
}
