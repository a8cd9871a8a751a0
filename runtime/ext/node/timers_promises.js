// node:timers/promises: promise-returning timers.

import { clearTimeout, setTimeout as setTimer } from "ext:x_ext_timers/01_timers.js";

export function setTimeout(ms, value, options) {
  return new Promise((resolve, reject) => {
    const signal = options?.signal;
    if (signal?.aborted) return reject(signal.reason);
    const id = setTimer(() => resolve(value), ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(id);
      reject(signal.reason);
    });
  });
}
export function setImmediate(value) {
  return setTimeout(0, value);
}
export async function* setInterval(ms, value) {
  while (true) {
    await setTimeout(ms);
    yield value;
  }
}
export const scheduler = { wait: (ms) => setTimeout(ms) };
export default { setTimeout, setImmediate, setInterval, scheduler };
