// node:timers: the web timers, plus setImmediate (a macrotask after pending I/O).

import { clearInterval, clearTimeout, setInterval, setTimeout } from "ext:x_ext_timers/01_timers.js";
import * as promises from "ext:x_ext_node/timers_promises.js";

export { clearInterval, clearTimeout, promises, setInterval, setTimeout };
export function setImmediate(fn, ...args) {
  return setTimeout(fn, 0, ...args);
}
export function clearImmediate(id) {
  clearTimeout(id);
}
export default { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate, promises };
