// The Console: log/info/debug to stdout, error/warn/trace/assert to stderr, counters,
// timers, groups and tables, all formatted by inspect.js as Deno formats them.
import { core, primordials } from "ext:core/mod.js";
import { formatLog, inspect, setInternals } from "ext:x_ext_console/inspect.js";

const {
  ArrayIsArray,
  ArrayPrototypeEvery,
  ArrayPrototypeFilter,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  DateNow,
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeHas,
  MapPrototypeSet,
  MathMax,
  NumberPrototypeToFixed,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  SafeMap,
  StringPrototypeRepeat,
  StringPrototypeReplace,
  StringPrototypeSplit,
} = primordials;

setInternals({
  getPromiseDetails: core.getPromiseDetails,
  getProxyDetails: core.getProxyDetails,
  isModuleNamespaceObject: core.isModuleNamespaceObject,
  isMap: core.isMap,
  isSet: core.isSet,
  isDate: core.isDate,
  isRegExp: core.isRegExp,
  isNativeError: core.isNativeError,
  isPromise: core.isPromise,
  isTypedArray: core.isTypedArray,
  isArgumentsObject: core.isArgumentsObject,
  isAsyncFunction: core.isAsyncFunction,
  isGeneratorFunction: core.isGeneratorFunction,
  isGeneratorObject: core.isGeneratorObject,
  isMapIterator: core.isMapIterator,
  isSetIterator: core.isSetIterator,
  isWeakMap: core.isWeakMap,
  isWeakSet: core.isWeakSet,
  isArrayBuffer: core.isArrayBuffer,
  isSharedArrayBuffer: core.isSharedArrayBuffer,
  isDataView: core.isDataView,
  isBoxedPrimitive: core.isBoxedPrimitive,
});

/** Whether stdout/stderr get colors; set by the bootstrap from the process's facts. */
const colorState = { stdout: false, stderr: false };
export function setColors(stdout, stderr) {
  colorState.stdout = stdout;
  colorState.stderr = stderr;
}

let printer = (message, toStderr) => {
  try {
    core.print(message + "\n", toStderr);
  } catch (error) {
    // A reader that went away (`x run main.ts | head -1`) is not the program's fault:
    // like Deno, console output to a closed pipe is dropped and the program goes on.
    if (error?.name !== "BrokenPipe") throw error;
  }
};

/** Sends console output somewhere else (a tenant's log on the platform). */
export function setPrinter(fn) {
  printer = fn;
}

function print(message, toStderr) {
  printer(message, toStderr);
}

class Console {
  #counts = new SafeMap();
  #timers = new SafeMap();
  #indent = "";

  // formatLog indents by two spaces per group level itself.
  #write(args, toStderr, options = undefined) {
    const colors = toStderr ? colorState.stderr : colorState.stdout;
    print(formatLog(args, { colors, ...options, indentLevel: this.#indent.length / 2 }), toStderr);
  }

  log = (...args) => this.#write(args, false);
  info = (...args) => this.#write(args, false);
  debug = (...args) => this.#write(args, false);
  error = (...args) => this.#write(args, true);
  warn = (...args) => this.#write(args, true);
  dir = (value, options = {}) => this.#write([value], false, options);
  dirxml = (...args) => this.#write(args, false);

  trace = (...args) => {
    const error = new Error();
    const stack = StringPrototypeReplace(error.stack ?? "", /^Error\n?/, "");
    const message = args.length > 0 ? formatLog(args, { colors: colorState.stderr }) : "";
    const lines = StringPrototypeSplit(stack, "\n");
    // The first frame is this function: hide it, as Deno does.
    const frames = ArrayPrototypeJoin(lines.slice(1), "\n");
    print(this.#indent + "Trace" + (message ? ": " + message : "") + (frames ? "\n" + frames : ""), true);
  };

  assert = (condition = false, ...args) => {
    if (condition) return;
    if (args.length === 0) {
      print(this.#indent + "Assertion failed", true);
      return;
    }
    const [first, ...rest] = args;
    if (typeof first === "string") {
      this.#write([`Assertion failed: ${first}`, ...rest], true);
    } else {
      this.#write(["Assertion failed:", ...args], true);
    }
  };

  count = (label = "default") => {
    label = `${label}`;
    const next = (MapPrototypeGet(this.#counts, label) ?? 0) + 1;
    MapPrototypeSet(this.#counts, label, next);
    this.info(`${label}: ${next}`);
  };

  countReset = (label = "default") => {
    label = `${label}`;
    if (MapPrototypeHas(this.#counts, label)) {
      MapPrototypeSet(this.#counts, label, 0);
    } else {
      this.warn(`Count for '${label}' does not exist`);
    }
  };

  time = (label = "default") => {
    label = `${label}`;
    if (MapPrototypeHas(this.#timers, label)) {
      this.warn(`Timer '${label}' already exists`);
      return;
    }
    MapPrototypeSet(this.#timers, label, now());
  };

  timeLog = (label = "default", ...args) => {
    label = `${label}`;
    const start = MapPrototypeGet(this.#timers, label);
    if (start === undefined) {
      this.warn(`Timer '${label}' does not exist`);
      return;
    }
    this.info(`${label}: ${formatDuration(now() - start)}`, ...args);
  };

  timeEnd = (label = "default") => {
    label = `${label}`;
    const start = MapPrototypeGet(this.#timers, label);
    if (start === undefined) {
      this.warn(`Timer '${label}' does not exist`);
      return;
    }
    MapPrototypeDelete(this.#timers, label);
    this.info(`${label}: ${formatDuration(now() - start)}`);
  };

  group = (...label) => {
    if (label.length > 0) this.log(...label);
    this.#indent += "  ";
  };
  groupCollapsed = this.group;
  groupEnd = () => {
    this.#indent = this.#indent.slice(0, MathMax(0, this.#indent.length - 2));
  };

  clear = () => {
    this.#indent = "";
    if (colorState.stdout) core.print("\x1b[1;1H\x1b[0J", false);
  };

  table = (data, properties) => {
    if (data === null || typeof data !== "object") {
      this.log(data);
      return;
    }
    this.log(renderTable(data, properties, colorState.stdout));
  };
}

function now() {
  return globalThis.performance?.now?.() ?? DateNow();
}

function formatDuration(ms) {
  return `${NumberPrototypeToFixed(ms, 3)}ms`;
}

// console.table: Deno's box-drawing layout. Headers are left-aligned; a cell is its value
// as inspect shows it (strings quoted), numbers right-aligned and the rest left-aligned.
function renderTable(data, properties, colors) {
  const isMap = data instanceof Map;
  const entries = isMap
    ? [...data.entries()]
    : data instanceof Set
    ? ArrayPrototypeMap([...data], (v, i) => [i, v])
    : ArrayPrototypeMap(ObjectKeys(data), (k) => [ArrayIsArray(data) ? +k : k, data[k]]);
  const show = (value) => ({
    text: inspect(value, { colors, depth: 1, compact: true }),
    right: typeof value === "number" || typeof value === "bigint",
  });
  const columns = [];
  let hasValues = false;
  const rows = ArrayPrototypeMap(entries, ([key, value], i) => {
    const cells = { __proto__: null };
    if (value !== null && typeof value === "object") {
      for (const prop of ObjectKeys(value)) {
        if (properties && !properties.includes(prop)) continue;
        if (!columns.includes(prop)) ArrayPrototypePush(columns, prop);
        cells[prop] = show(value[prop]);
      }
    } else {
      hasValues = true;
      cells.Values = show(value);
    }
    const index = isMap ? { text: `${i}`, right: true } : { text: `${key}`, right: typeof key === "number" };
    return { index, key: isMap ? show(key) : undefined, cells };
  });
  if (properties) {
    for (const prop of properties) if (!columns.includes(prop)) ArrayPrototypePush(columns, prop);
  }
  const blank = { text: "", right: false };
  const header = [isMap ? "(iter idx)" : "(idx)", ...(isMap ? ["Key"] : []), ...columns];
  if (hasValues) ArrayPrototypePush(header, "Values");
  const body = ArrayPrototypeMap(rows, (row) => {
    const line = [row.index];
    if (isMap) ArrayPrototypePush(line, row.key);
    for (const c of columns) ArrayPrototypePush(line, row.cells[c] ?? blank);
    if (hasValues) ArrayPrototypePush(line, row.cells.Values ?? blank);
    return line;
  });
  const widths = ArrayPrototypeMap(
    header,
    (h, i) => MathMax(h.length, ...ArrayPrototypeMap(body, (r) => r[i].text.length)),
  );
  // A column is right-aligned when every value in it is a number, as in Deno.
  const rightAligned = ArrayPrototypeMap(header, (_, i) => {
    const filled = ArrayPrototypeFilter(body, (r) => r[i].text !== "");
    return filled.length > 0 && ArrayPrototypeEvery(filled, (r) => r[i].right);
  });
  const fit = (text, width, right) => {
    const fill = StringPrototypeRepeat(" ", width - text.length);
    return right ? fill + text : text + fill;
  };
  const border = (l, m, r) =>
    l + ArrayPrototypeJoin(ArrayPrototypeMap(widths, (w) => StringPrototypeRepeat("\u2500", w + 2)), m) + r;
  const line = (cells, isHeader = false) =>
    "\u2502 " +
    ArrayPrototypeJoin(
      ArrayPrototypeMap(cells, (c, i) => fit(c.text, widths[i], !isHeader && rightAligned[i])),
      " \u2502 ",
    ) +
    " \u2502";
  return ArrayPrototypeJoin([
    border("\u250c", "\u252c", "\u2510"),
    line(ArrayPrototypeMap(header, (h) => ({ text: h, right: false })), true),
    border("\u251c", "\u253c", "\u2524"),
    ...ArrayPrototypeMap(body, (cells) => line(cells)),
    border("\u2514", "\u2534", "\u2518"),
  ], "\n");
}

export { Console, inspect };
