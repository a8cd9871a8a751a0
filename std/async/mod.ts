/**
 * Utilities for asynchronous operations: delays, deadlines, debouncing,
 * retrying, pooling, multiplexing and branching async iterables.
 *
 * ```ts
 * import { delay, deadline, retry } from "@std/async";
 * await delay(10);
 * await deadline(delay(10), 1000);
 * await retry(() => Promise.resolve(42));
 * ```
 *
 * @module
 */
export * from "./abortable.ts";
export * from "./deadline.ts";
export * from "./debounce.ts";
export * from "./delay.ts";
export * from "./mux_async_iterator.ts";
export * from "./pool.ts";
export * from "./tee.ts";
export * from "./retry.ts";
