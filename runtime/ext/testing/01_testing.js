// Deno.test for `x test`: registration, the test context (t.step, t.name, t.origin,
// t.parent), the hooks (Deno.test.beforeAll/beforeEach/afterEach/afterAll), the exit
// sanitizer, per-test permissions, and the attribution of uncaught errors to the test that
// caused them. Rust (the file runner of `x test`) calls the registered functions one by
// one, measures them, and runs the ops/resources sanitizers around them; steps run here in
// JavaScript and report through ops as they happen, so output lands between the right
// lines.
//
// Outside `x test` (`x run`), Deno.test and its hooks do nothing, as in Deno.
// This module's top-level code runs when the startup snapshot is made: nothing here may
// depend on the process; `activate()` runs per process, from the bootstrap.
import { core, primordials } from "ext:core/mod.js";
import {
  op_test_defaults,
  op_test_enabled,
  op_test_origin,
  op_test_pledge_permissions,
  op_test_register,
  op_test_report,
  op_test_restore_permissions,
  op_test_step_register,
  op_test_step_result,
  op_test_step_wait,
  op_test_uncaught,
} from "ext:core/ops";
import * as timers from "ext:x_ext_timers/01_timers.js";

const {
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  DateNow,
  Error,
  FunctionPrototypeCall,
  JSONStringify,
  MapPrototypeGet,
  MapPrototypeSet,
  ObjectDefineProperty,
  ObjectKeys,
  ReflectApply,
  SafeMap,
  StringPrototypeCharCodeAt,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
} = primordials;

let enabled;
/** Whether this runtime runs tests (`x test`) rather than a program (`x run`). */
function isEnabled() {
  if (enabled === undefined) enabled = op_test_enabled();
  return enabled;
}

let defaults;
/** The run's sanitizer defaults (`--sanitize-ops`, `--sanitize-resources`). */
function sanitizerDefaults() {
  if (defaults === undefined) {
    const bits = op_test_defaults();
    defaults = {
      sanitizeOps: (bits & 1) !== 0,
      sanitizeResources: (bits & 2) !== 0,
      traceLeaks: (bits & 4) !== 0,
    };
  }
  return defaults;
}

let origin;
function testOrigin() {
  if (origin === undefined) origin = op_test_origin();
  return origin;
}

/** id -> { desc, context, children, completed, failed } for tests and steps. */
const states = new SafeMap();
/** The top-level test running now (its id), or null. */
let running = null;
/** The test (id) whose code is on the stack now, for uncaught-error attribution. */
let owner = null;
/** Set while a test with the exit sanitizer runs: Deno.exit throws instead. */
let exitGuarded = false;

const beforeAllHooks = [];
const beforeEachHooks = [];
const afterEachHooks = [];
const afterAllHooks = [];

// Control characters in names would break the reporters' one-line layout: show them
// escaped, as Deno does.
function escapeName(name) {
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const code = StringPrototypeCharCodeAt(name, i);
    if (code >= 0x20 && code !== 0x7f) {
      out += name[i];
      continue;
    }
    switch (code) {
      case 0x08:
        out += "\\b";
        break;
      case 0x09:
        out += "\\t";
        break;
      case 0x0a:
        out += "\\n";
        break;
      case 0x0b:
        out += "\\v";
        break;
      case 0x0c:
        out += "\\f";
        break;
      case 0x0d:
        out += "\\r";
        break;
      default:
        out += "\\x" + (code < 16 ? "0" : "") + code.toString(16);
    }
  }
  return out;
}

function fullName(desc) {
  return desc.parent === undefined ? desc.name : `${fullName(desc.parent)} ... ${desc.name}`;
}

function usesSanitizer(desc) {
  return desc.sanitizeOps || desc.sanitizeResources || desc.sanitizeExit;
}

// --- Registration ----------------------------------------------------------------------

function normalizeDefinition(nameOrFnOrOptions, optionsOrFn, maybeFn) {
  if (typeof nameOrFnOrOptions === "string") {
    if (!nameOrFnOrOptions) throw new TypeError("The test name can't be empty");
    if (typeof optionsOrFn === "function") return { fn: optionsOrFn, name: nameOrFnOrOptions };
    if (!maybeFn || typeof maybeFn !== "function") throw new TypeError("Missing test function");
    if (optionsOrFn == null || typeof optionsOrFn !== "object") {
      throw new TypeError("Expected an options object as the second argument");
    }
    if (optionsOrFn.fn != undefined) {
      throw new TypeError(
        "Unexpected 'fn' field in options, test function is already provided as the third argument",
      );
    }
    if (optionsOrFn.name != undefined) {
      throw new TypeError(
        "Unexpected 'name' field in options, test name is already provided as the first argument",
      );
    }
    return { ...optionsOrFn, fn: maybeFn, name: nameOrFnOrOptions };
  }
  if (typeof nameOrFnOrOptions === "function") {
    if (!nameOrFnOrOptions.name) throw new TypeError("The test function must have a name");
    if (optionsOrFn != undefined) throw new TypeError("Unexpected second argument to Deno.test()");
    if (maybeFn != undefined) throw new TypeError("Unexpected third argument to Deno.test()");
    return { fn: nameOrFnOrOptions, name: nameOrFnOrOptions.name };
  }
  if (nameOrFnOrOptions == null || typeof nameOrFnOrOptions !== "object") {
    throw new TypeError("Expected a test definition, or a name and a function");
  }
  let fn;
  if (typeof optionsOrFn === "function") {
    fn = optionsOrFn;
    if (nameOrFnOrOptions.fn != undefined) {
      throw new TypeError(
        "Unexpected 'fn' field in options, test function is already provided as the second argument",
      );
    }
  } else {
    if (!nameOrFnOrOptions.fn || typeof nameOrFnOrOptions.fn !== "function") {
      throw new TypeError("Expected 'fn' field in the first argument to be a test function");
    }
    fn = nameOrFnOrOptions.fn;
  }
  const name = nameOrFnOrOptions.name ?? fn.name;
  if (!name) throw new TypeError("The test name can't be empty");
  return { ...nameOrFnOrOptions, fn, name };
}

function register(nameOrFnOrOptions, optionsOrFn, maybeFn, overrides) {
  if (!isEnabled()) return;
  const def = normalizeDefinition(nameOrFnOrOptions, optionsOrFn, maybeFn);
  const { sanitizeOps, sanitizeResources } = sanitizerDefaults();
  const desc = {
    name: escapeName(`${def.name}`),
    fn: def.fn,
    ignore: !!def.ignore,
    only: !!def.only,
    sanitizeOps: def.sanitizeOps ?? sanitizeOps,
    sanitizeResources: def.sanitizeResources ?? sanitizeResources,
    sanitizeExit: def.sanitizeExit ?? true,
    permissions: def.permissions ?? null,
    origin: testOrigin(),
    ...overrides,
  };
  const location = core.currentUserCallSite();
  desc.location = location;
  desc.id = op_test_register(
    wrapTest(desc),
    desc.name,
    desc.ignore,
    desc.only,
    desc.sanitizeOps,
    desc.sanitizeResources,
    location.fileName,
    location.lineNumber,
    location.columnNumber,
  );
  MapPrototypeSet(states, desc.id, {
    desc,
    context: createContext(desc, undefined),
    children: [],
    completed: false,
    failed: false,
    uncaught: undefined,
  });
}

function test(nameOrFnOrOptions, optionsOrFn, maybeFn) {
  register(nameOrFnOrOptions, optionsOrFn, maybeFn, {});
}

test.ignore = function ignore(nameOrFnOrOptions, optionsOrFn, maybeFn) {
  register(nameOrFnOrOptions, optionsOrFn, maybeFn, { ignore: true });
};

test.only = function only(nameOrFnOrOptions, optionsOrFn, maybeFn) {
  register(nameOrFnOrOptions, optionsOrFn, maybeFn, { only: true });
};

function hook(list, kind) {
  return function (fn) {
    if (typeof fn !== "function") throw new TypeError(`Expected a function for ${kind} hook`);
    if (isEnabled()) ArrayPrototypePush(list, fn);
  };
}
test.beforeAll = hook(beforeAllHooks, "beforeAll");
test.beforeEach = hook(beforeEachHooks, "beforeEach");
test.afterEach = hook(afterEachHooks, "afterEach");
test.afterAll = hook(afterAllHooks, "afterAll");

// --- Running ---------------------------------------------------------------------------

const RESULT_OK = 0;
const RESULT_IGNORED = 1;
const RESULT_ERROR = 2;
const RESULT_FAILED_STEPS = 3;
const RESULT_INCOMPLETE_STEPS = 4;
const RESULT_INCOMPLETE = 5;
const RESULT_OVERLAPS_WITH_SANITIZERS = 6;
const RESULT_HAS_SANITIZERS_AND_OVERLAPS = 7;

/** Runs a list of hooks in order (each awaited); the first error stops it. */
async function runHooks(list) {
  for (let i = 0; i < list.length; i++) await FunctionPrototypeCall(list[i], undefined);
}

/**
 * The function Rust calls for a top-level test. `phase` is "test" (run it, with its
 * beforeEach/afterEach hooks, and report through op_test_report), or "beforeAll" /
 * "afterAll" (run those hooks of the module; any test's function will do): these resolve
 * to what a hook threw, or undefined.
 */
function wrapTest(desc) {
  return async function runTest(phase) {
    if (phase !== "test") {
      try {
        await runHooks(phase === "beforeAll" ? beforeAllHooks : afterAllHooks);
      } catch (error) {
        return error ?? new Error(`A ${phase} hook threw ${error}`);
      }
      return undefined;
    }
    const state = MapPrototypeGet(states, desc.id);
    // The ops sanitizer reports where a leaked op or timer started: record it from the
    // first test that asks (a stack capture per op; off otherwise).
    if (desc.sanitizeOps && !core.isLeakTracingEnabled()) core.setLeakTracingEnabled(true);
    running = desc.id;
    const previousOwner = owner;
    owner = desc.id;
    let result;
    try {
      result = desc.ignore
        ? { kind: RESULT_IGNORED, error: undefined, detail: 0 }
        : await runBody(desc, state, true);
    } finally {
      for (const child of state.children) reportIncomplete(child);
      state.completed = true;
      running = null;
      owner = previousOwner;
    }
    const { detail } = result;
    op_test_report(
      desc.id,
      result.kind,
      result.error,
      typeof detail === "number" ? detail : 0,
      typeof detail === "string" ? detail : "",
    );
    return undefined;
  };
}

/**
 * Runs a test's or step's function with its hooks, exit sanitizer and permissions, and
 * says how it went: `{ kind, error, detail }`.
 */
async function runBody(desc, state, isTest) {
  if (!isTest) {
    const overlap = overlapsOf(desc);
    if (overlap !== undefined) return overlap;
  }
  let token = null;
  const guarded = desc.sanitizeExit;
  const previousGuard = exitGuarded;
  try {
    if (isTest && desc.permissions !== null) {
      token = op_test_pledge_permissions(serializePermissions(desc.permissions));
    }
    if (guarded) exitGuarded = true;
    if (isTest) await runHooks(beforeEachHooks);
    let failure;
    try {
      await FunctionPrototypeCall(desc.fn, undefined, state.context);
    } catch (e) {
      failure = { error: e };
    }
    if (isTest) {
      try {
        await runHooks(afterEachHooks);
      } catch (e) {
        failure ??= { error: e };
      }
    }
    if (failure !== undefined) return { kind: RESULT_ERROR, error: failure.error, detail: 0 };
  } catch (error) {
    return { kind: RESULT_ERROR, error, detail: 0 };
  } finally {
    exitGuarded = previousGuard;
    if (token !== null) op_test_restore_permissions(token);
  }
  let failedSteps = 0;
  for (const child of state.children) {
    const childState = MapPrototypeGet(states, child.id);
    if (!childState.completed) return { kind: RESULT_INCOMPLETE_STEPS, error: undefined, detail: 0 };
    if (childState.failed) failedSteps++;
  }
  if (failedSteps > 0) return { kind: RESULT_FAILED_STEPS, error: undefined, detail: failedSteps };
  return { kind: RESULT_OK, error: undefined, detail: 0 };
}

/** Steps running at the same time as `desc` elsewhere in its tree, if that is forbidden. */
function overlapsOf(desc) {
  const others = [];
  for (let d = desc; d.parent !== undefined; d = d.parent) {
    const parentState = MapPrototypeGet(states, d.parent.id);
    for (const sibling of parentState.children) {
      if (sibling.id === d.id) continue;
      if (!MapPrototypeGet(states, sibling.id).completed) ArrayPrototypePush(others, sibling);
    }
  }
  const withSanitizers = ArrayPrototypeFilter(others, usesSanitizer);
  if (withSanitizers.length > 0) {
    return {
      kind: RESULT_OVERLAPS_WITH_SANITIZERS,
      error: undefined,
      detail: ArrayPrototypeJoin(ArrayPrototypeMap(withSanitizers, fullName), "\n"),
    };
  }
  if (usesSanitizer(desc) && others.length > 0) {
    return {
      kind: RESULT_HAS_SANITIZERS_AND_OVERLAPS,
      error: undefined,
      detail: ArrayPrototypeJoin(ArrayPrototypeMap(others, fullName), "\n"),
    };
  }
  return undefined;
}

function reportIncomplete(desc) {
  const state = MapPrototypeGet(states, desc.id);
  if (state.completed) return;
  for (const child of state.children) reportIncomplete(child);
  state.completed = true;
  state.failed = true;
  op_test_step_result(desc.id, RESULT_INCOMPLETE, undefined, 0, "", 0);
}

function createContext(desc, parentContext) {
  const level = desc.parent === undefined ? 0 : desc.level;
  const root = desc.parent === undefined ? desc : desc.root;
  return {
    [SymbolToStringTag]: "TestContext",
    name: desc.name,
    parent: parentContext,
    origin: desc.origin,
    async step(nameOrFnOrOptions, maybeFn) {
      if (MapPrototypeGet(states, desc.id).completed) {
        throw new Error(
          "Cannot run test step after parent scope has finished execution. " +
            "Ensure any `.step(...)` calls are executed before their parent scope completes execution.",
        );
      }
      let def;
      if (typeof nameOrFnOrOptions === "string") {
        if (typeof maybeFn !== "function") throw new TypeError("Expected function for second argument");
        def = { name: nameOrFnOrOptions, fn: maybeFn };
      } else if (typeof nameOrFnOrOptions === "function") {
        if (!nameOrFnOrOptions.name) throw new TypeError("The step function must have a name");
        if (maybeFn != undefined) throw new TypeError("Unexpected second argument to TestContext.step()");
        def = { name: nameOrFnOrOptions.name, fn: nameOrFnOrOptions };
      } else if (nameOrFnOrOptions != null && typeof nameOrFnOrOptions === "object") {
        def = nameOrFnOrOptions;
        if (typeof def.fn !== "function") throw new TypeError("Expected 'fn' field to be a function");
      } else {
        throw new TypeError("Expected a test definition or name and function");
      }
      const location = core.currentUserCallSite();
      const step = {
        name: escapeName(`${def.name}`),
        fn: def.fn,
        ignore: !!def.ignore,
        sanitizeOps: def.sanitizeOps ?? desc.sanitizeOps,
        sanitizeResources: def.sanitizeResources ?? desc.sanitizeResources,
        sanitizeExit: def.sanitizeExit ?? desc.sanitizeExit,
        origin: desc.origin,
        parent: desc,
        root,
        level: level + 1,
        location,
      };
      step.id = op_test_step_register(
        step.name,
        location.fileName,
        location.lineNumber,
        location.columnNumber,
        step.level,
        desc.id,
        root.id,
      );
      const state = {
        desc: step,
        context: undefined,
        children: [],
        completed: false,
        failed: false,
      };
      state.context = createContext(step, this);
      MapPrototypeSet(states, step.id, state);
      ArrayPrototypePush(MapPrototypeGet(states, desc.id).children, step);

      op_test_step_wait(step.id);
      const started = DateNow();
      let result;
      if (step.ignore) {
        result = { kind: RESULT_IGNORED, error: undefined, detail: 0 };
      } else {
        const previousOwner = owner;
        owner = root.id;
        try {
          result = await runBody(step, state, false);
        } finally {
          owner = previousOwner;
        }
      }
      const elapsed = DateNow() - started;
      for (const child of state.children) reportIncomplete(child);
      if (state.completed) {
        // Reported incomplete already: its parent finished first.
        return false;
      }
      state.completed = true;
      state.failed = result.kind !== RESULT_OK && result.kind !== RESULT_IGNORED;
      const { detail } = result;
      op_test_step_result(
        step.id,
        result.kind,
        result.error,
        typeof detail === "number" ? detail : 0,
        typeof detail === "string" ? detail : "",
        elapsed,
      );
      return result.kind === RESULT_OK;
    },
  };
}

// --- Permissions -----------------------------------------------------------------------

const PERMISSION_KINDS = ["read", "write", "net", "env", "run", "sys", "ffi", "import"];

/** A test's `permissions` option as JSON for op_test_pledge_permissions. */
function serializePermissions(permissions) {
  if (permissions === "inherit" || permissions === "none") return JSONStringify(permissions);
  if (permissions === null || typeof permissions !== "object") {
    throw new TypeError(`Invalid permissions: expected "inherit", "none" or an object`);
  }
  const out = {};
  for (const key of ObjectKeys(permissions)) {
    if (!ArrayPrototypeIncludes(PERMISSION_KINDS, key)) {
      throw new TypeError(`Unknown permission "${key}"`);
    }
    const value = permissions[key];
    if (value === undefined) continue;
    if (typeof value === "boolean" || value === "inherit") {
      out[key] = value;
    } else if (typeof value === "object" && value !== null && typeof value[SymbolIterator] === "function") {
      const list = [];
      for (const item of value) {
        ArrayPrototypePush(list, typeof item === "object" && item !== null && "href" in item ? item.href : `${item}`);
      }
      out[key] = list;
    } else {
      throw new TypeError(`Invalid value for permission "${key}"`);
    }
  }
  return JSONStringify(out);
}

// --- Per-process set-up: exit sanitizer and uncaught errors ------------------------------

/**
 * Reports an error nothing caught: first as the web platform does (an "error" or
 * "unhandledrejection" event a listener can cancel), then to the runner, which charges it
 * to `culprit` (the test that scheduled the failing callback; null for module code).
 */
function reportUncaught(error, culprit, inPromise) {
  let handled = false;
  try {
    const event = inPromise
      ? new PromiseRejectionEvent("unhandledrejection", {
        cancelable: true,
        promise: inPromise,
        reason: error,
      })
      : new ErrorEvent("error", { cancelable: true, error, message: `${error?.message ?? error}` });
    handled = !globalThis.dispatchEvent(event);
  } catch {
    // No event target (a runtime without the web globals): report it.
  }
  if (!handled) op_test_uncaught(culprit ?? 0, error, !!inPromise);
}

/** Wraps a timer callback so an error it throws is charged to the test that set it. */
function attribute(callback) {
  if (typeof callback !== "function") return callback;
  const culprit = owner;
  return function () {
    const previous = owner;
    owner = culprit;
    try {
      return ReflectApply(callback, this, arguments);
    } catch (error) {
      reportUncaught(error, culprit, undefined);
    } finally {
      owner = previous;
    }
  };
}

/**
 * Runs once per process in test mode, from the bootstrap, after the Deno namespace and
 * the global scope exist and before any test module is loaded.
 */
function activate() {
  if (!isEnabled()) return;
  if (sanitizerDefaults().traceLeaks) core.setLeakTracingEnabled(true);
  const rawSetTimeout = timers.setTimeout;
  const rawSetInterval = timers.setInterval;
  // Called with any `this` (`const real = { setTimeout }; real.setTimeout(...)`), as
  // Deno's timers accept.
  const setTimeout = function setTimeout(callback, delay = 0, ...args) {
    return ReflectApply(rawSetTimeout, undefined, [attribute(callback), delay, ...args]);
  };
  const setInterval = function setInterval(callback, delay = 0, ...args) {
    return ReflectApply(rawSetInterval, undefined, [attribute(callback), delay, ...args]);
  };
  ObjectDefineProperty(globalThis, "setTimeout", {
    value: setTimeout,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  ObjectDefineProperty(globalThis, "setInterval", {
    value: setInterval,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  core.setReportExceptionCallback((error) => reportUncaught(error, owner, undefined));
  core.setUnhandledPromiseRejectionHandler((promise, reason) => {
    reportUncaught(reason, running ?? owner, promise);
    return true;
  });

  const Deno = globalThis.Deno;
  const exit = Deno.exit;
  ObjectDefineProperty(Deno, "exit", {
    value: function exit_(code) {
      if (exitGuarded) {
        throw new Error(`Test case attempted to exit with exit code: ${code === undefined ? 0 : code}`);
      }
      return FunctionPrototypeCall(exit, Deno, code);
    },
    writable: true,
    enumerable: true,
    configurable: true,
  });
  ObjectDefineProperty(Deno.exit, "name", { value: "exit" });
}

export { activate, test };
