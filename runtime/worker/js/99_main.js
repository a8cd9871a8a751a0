// The worker's bootstrap: builds the `Deno` namespace and the globals a program sees.
// Facts about the process come from Rust on first use (op_bootstrap_info), so start-up
// does no work that a program does not ask for.
import { core, primordials } from "ext:core/mod.js";
import { op_bootstrap_info, op_exit } from "ext:core/ops";
import * as timers from "ext:x_ext_timers/01_timers.js";
import { Console, inspect, setColors } from "ext:x_ext_console/01_console.js";

const { ObjectDefineProperties, ObjectDefineProperty, ObjectFreeze, SymbolFor } = primordials;

let info;
function bootstrapInfo() {
  if (info === undefined) info = op_bootstrap_info();
  return info;
}

function exit(code) {
  const exitCode = code === undefined ? 0 : Number(code) | 0;
  op_exit(exitCode);
}

ObjectDefineProperties(globalThis, {
  console: core.propNonEnumerable(new Console()),
  setTimeout: core.propWritable(timers.setTimeout),
  setInterval: core.propWritable(timers.setInterval),
  clearTimeout: core.propWritable(timers.clearTimeout),
  clearInterval: core.propWritable(timers.clearInterval),
});

const denoNs = {
  exit,
  refTimer: timers.refTimer,
  unrefTimer: timers.unrefTimer,
  customInspect: SymbolFor("Deno.customInspect"),
  inspect(value, options = {}) {
    return inspect(value, options);
  },
};

ObjectDefineProperty(denoNs, "args", {
  get() {
    const args = ObjectFreeze([...bootstrapInfo().args]);
    ObjectDefineProperty(denoNs, "args", { value: args, enumerable: true });
    return args;
  },
  enumerable: true,
  configurable: true,
});
ObjectDefineProperty(denoNs, "mainModule", {
  get: () => bootstrapInfo().mainModule,
  enumerable: true,
});
ObjectDefineProperty(denoNs, "noColor", {
  get: () => bootstrapInfo().noColor,
  enumerable: true,
});

// Runs once per process, after the runtime is created (and restored from the startup
// snapshot): Deno 2 keeps `Deno.core` private, so the program's `Deno` is a new object
// without it. deno_core needs `Deno.core` while it restores, hence not at evaluation.
function bootstrapMainRuntime() {
  delete globalThis.__bootstrapMainRuntime;
  const { noColor, stdoutIsTerminal, stderrIsTerminal } = bootstrapInfo();
  setColors(!noColor && stdoutIsTerminal, !noColor && stderrIsTerminal);
  ObjectDefineProperty(globalThis, "Deno", core.propReadOnly(denoNs));
}
ObjectDefineProperty(globalThis, "__bootstrapMainRuntime", {
  value: bootstrapMainRuntime,
  configurable: true,
});
