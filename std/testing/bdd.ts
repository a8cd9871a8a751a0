/**
 * A BDD interface (`describe` / `it` with hooks) on top of `Deno.test`.
 *
 * A top-level `describe` registers one `Deno.test` whose nested suites and
 * tests run as test steps (`t.step`); a top-level `it` registers a
 * `Deno.test` of its own. Hooks (`beforeAll`, `afterAll`, `beforeEach`,
 * `afterEach`) run around the tests of their suite; called outside any
 * suite, they apply to every test of the module. Hooks and test functions
 * are called with a shared `this` context object.
 *
 * ```ts ignore
 * import { afterEach, beforeEach, describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe("a list", () => {
 *   let list: number[];
 *   beforeEach(() => {
 *     list = [];
 *   });
 *   afterEach(() => {
 *     list.length = 0;
 *   });
 *   it("starts empty", () => {
 *     assertEquals(list.length, 0);
 *   });
 *   it("can grow", () => {
 *     list.push(1);
 *     assertEquals(list, [1]);
 *   });
 * });
 * ```
 *
 * @module
 */
import { AssertionError } from "../assert/assertion_error.ts";
import {
  checkAssertionState,
  resetAssertionState,
} from "../expect/_assertion_state.ts";

/** The public handle of a test suite, returned by {@linkcode describe}. */
export interface TestSuite<T> {
  /** The symbol identifying the suite. */
  symbol: symbol;
}

/** Options shared by tests and suites (passed to `Deno.test` / `t.step`). */
interface SharedOptions {
  /** Skip the test or suite. */
  ignore?: boolean;
  /** Run only this test or suite (and others marked `only`). */
  only?: boolean;
  /** Permissions of a top-level test (see `Deno.TestDefinition`). */
  permissions?: Deno.PermissionOptions;
  /** Check that the test does not leak async ops. */
  sanitizeOps?: boolean;
  /** Check that the test does not leak resources. */
  sanitizeResources?: boolean;
  /** Check that the test does not call `Deno.exit`. */
  sanitizeExit?: boolean;
}

/** The definition of a test case, for {@linkcode it}. */
export interface ItDefinition<T> {
  /** The name of the test. */
  name: string;
  /** The test function, called with the context as `this`. */
  fn: (this: T, t: Deno.TestContext) => void | Promise<void>;
  /** The suite the test belongs to (default: the enclosing `describe`). */
  suite?: TestSuite<T>;
  /** Skip the test. */
  ignore?: boolean;
  /** Run only this test (and others marked `only`). */
  only?: boolean;
  /** Permissions of a top-level test (see `Deno.TestDefinition`). */
  permissions?: Deno.PermissionOptions;
  /** Check that the test does not leak async ops. */
  sanitizeOps?: boolean;
  /** Check that the test does not leak resources. */
  sanitizeResources?: boolean;
  /** Check that the test does not call `Deno.exit`. */
  sanitizeExit?: boolean;
}

/** A hook function, called with the context as `this`. */
export type HookFn<T> = (this: T) => void | Promise<void>;

/** The definition of a test suite, for {@linkcode describe}. */
export interface DescribeDefinition<T> {
  /** The name of the suite. */
  name: string;
  /** The body of the suite, registering its tests, suites and hooks. */
  fn?: () => void | undefined;
  /** The parent suite (default: the enclosing `describe`). */
  suite?: TestSuite<T>;
  /** Run before all the tests of the suite. */
  beforeAll?: HookFn<T> | HookFn<T>[];
  /** Run after all the tests of the suite. */
  afterAll?: HookFn<T> | HookFn<T>[];
  /** Run before each test of the suite. */
  beforeEach?: HookFn<T> | HookFn<T>[];
  /** Run after each test of the suite. */
  afterEach?: HookFn<T> | HookFn<T>[];
  /** Skip the suite. */
  ignore?: boolean;
  /** Run only this suite (and others marked `only`). */
  only?: boolean;
  /** Permissions of a top-level suite (see `Deno.TestDefinition`). */
  permissions?: Deno.PermissionOptions;
  /** Check that the suite does not leak async ops. */
  sanitizeOps?: boolean;
  /** Check that the suite does not leak resources. */
  sanitizeResources?: boolean;
  /** Check that the suite does not call `Deno.exit`. */
  sanitizeExit?: boolean;
}

/** The arguments accepted by {@linkcode it}. */
export type ItArgs<T> =
  | [options: ItDefinition<T>]
  | [name: string, options: Omit<ItDefinition<T>, "name">]
  | [name: string, fn: (this: T, t: Deno.TestContext) => void | Promise<void>]
  | [fn: (this: T, t: Deno.TestContext) => void | Promise<void>]
  | [
    name: string,
    options: Omit<ItDefinition<T>, "fn" | "name">,
    fn: (this: T, t: Deno.TestContext) => void | Promise<void>,
  ]
  | [
    options: Omit<ItDefinition<T>, "fn">,
    fn: (this: T, t: Deno.TestContext) => void | Promise<void>,
  ]
  | [
    options: Omit<ItDefinition<T>, "fn" | "name">,
    fn: (this: T, t: Deno.TestContext) => void | Promise<void>,
  ]
  | [
    suite: TestSuite<T>,
    name: string,
    options: Omit<ItDefinition<T>, "name" | "suite">,
  ]
  | [
    suite: TestSuite<T>,
    name: string,
    fn: (this: T, t: Deno.TestContext) => void | Promise<void>,
  ]
  | [
    suite: TestSuite<T>,
    fn: (this: T, t: Deno.TestContext) => void | Promise<void>,
  ]
  | [
    suite: TestSuite<T>,
    name: string,
    options: Omit<ItDefinition<T>, "fn" | "name" | "suite">,
    fn: (this: T, t: Deno.TestContext) => void | Promise<void>,
  ]
  | [
    suite: TestSuite<T>,
    options: Omit<ItDefinition<T>, "fn" | "suite">,
    fn: (this: T, t: Deno.TestContext) => void | Promise<void>,
  ]
  | [
    suite: TestSuite<T>,
    options: Omit<ItDefinition<T>, "fn" | "name" | "suite">,
    fn: (this: T, t: Deno.TestContext) => void | Promise<void>,
  ];

/** The arguments accepted by {@linkcode describe}. */
export type DescribeArgs<T> =
  | [options: DescribeDefinition<T>]
  | [name: string]
  | [name: string, options: Omit<DescribeDefinition<T>, "name">]
  | [name: string, fn: () => void | undefined]
  | [fn: () => void | undefined]
  | [
    name: string,
    options: Omit<DescribeDefinition<T>, "fn" | "name">,
    fn: () => void | undefined,
  ]
  | [options: Omit<DescribeDefinition<T>, "fn">, fn: () => void | undefined]
  | [
    options: Omit<DescribeDefinition<T>, "fn" | "name">,
    fn: () => void | undefined,
  ]
  | [suite: TestSuite<T>, name: string]
  | [
    suite: TestSuite<T>,
    name: string,
    options: Omit<DescribeDefinition<T>, "name" | "suite">,
  ]
  | [suite: TestSuite<T>, name: string, fn: () => void | undefined]
  | [suite: TestSuite<T>, fn: () => void | undefined]
  | [
    suite: TestSuite<T>,
    name: string,
    options: Omit<DescribeDefinition<T>, "fn" | "name" | "suite">,
    fn: () => void | undefined,
  ]
  | [
    suite: TestSuite<T>,
    options: Omit<DescribeDefinition<T>, "fn" | "suite">,
    fn: () => void | undefined,
  ]
  | [
    suite: TestSuite<T>,
    options: Omit<DescribeDefinition<T>, "fn" | "name" | "suite">,
    fn: () => void | undefined,
  ];

type AnyFn = (...args: unknown[]) => unknown;
type Hooks = {
  beforeAll: AnyFn[];
  afterAll: AnyFn[];
  beforeEach: AnyFn[];
  afterEach: AnyFn[];
};

interface TestNode extends SharedOptions {
  kind: "test";
  name: string;
  fn: AnyFn;
}

interface SuiteNode extends SharedOptions {
  kind: "suite";
  name: string;
  parent: SuiteNode | undefined;
  children: (SuiteNode | TestNode)[];
  hooks: Hooks;
  context: Record<PropertyKey, unknown>;
}

const suites = new Map<symbol, SuiteNode>();
let current: SuiteNode | undefined;
const globalHooks: Hooks = {
  beforeAll: [],
  afterAll: [],
  beforeEach: [],
  afterEach: [],
};
const globalContext: Record<PropertyKey, unknown> = {};
const topLevel: SharedOptions[] = [];
let globalBeforeDone = false;
let remaining: number | undefined;

function isSuite(x: unknown): x is TestSuite<unknown> {
  return typeof x === "object" && x !== null &&
    typeof (x as TestSuite<unknown>).symbol === "symbol" &&
    suites.has((x as TestSuite<unknown>).symbol);
}

function parseArgs(
  args: unknown[],
  kind: "describe" | "it",
): Record<string, unknown> & {
  name?: string;
  fn?: AnyFn;
  suite?: TestSuite<unknown>;
} {
  let suite: TestSuite<unknown> | undefined;
  const rest = [...args];
  if (isSuite(rest[0])) suite = rest.shift() as TestSuite<unknown>;
  let def: Record<string, unknown> = {};
  let name: string | undefined;
  let fn: AnyFn | undefined;
  for (const a of rest) {
    if (typeof a === "string") name = a;
    else if (typeof a === "function") fn = a as AnyFn;
    else if (typeof a === "object" && a !== null) def = { ...def, ...a };
  }
  name ??= def.name as string | undefined;
  fn ??= def.fn as AnyFn | undefined;
  suite ??= def.suite as TestSuite<unknown> | undefined;
  if (name === undefined && fn?.name) name = fn.name;
  if (!name) {
    throw new TypeError(
      kind === "it"
        ? "The test name can't be empty"
        : "The test suite name can't be empty",
    );
  }
  if (kind === "it" && typeof fn !== "function") {
    throw new TypeError("Missing test function");
  }
  return { ...def, name, fn, suite };
}

function shared(def: Record<string, unknown>): SharedOptions {
  const out: SharedOptions = {};
  for (
    const key of [
      "ignore",
      "only",
      "permissions",
      "sanitizeOps",
      "sanitizeResources",
      "sanitizeExit",
    ] as const
  ) {
    if (def[key] !== undefined) {
      (out as Record<string, unknown>)[key] = def[key];
    }
  }
  return out;
}

function toArray<F>(x: F | F[] | undefined): F[] {
  if (x === undefined) return [];
  return Array.isArray(x) ? x : [x];
}

function hasOnly(node: SuiteNode | TestNode): boolean {
  if (node.ignore) return false;
  if (node.only) return true;
  return node.kind === "suite" && node.children.some(hasOnly);
}

function runnable(suite: SuiteNode): (SuiteNode | TestNode)[] {
  const children = suite.children;
  return children.some(hasOnly) ? children.filter(hasOnly) : children;
}

function stepOptions(node: SharedOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (node.ignore !== undefined) out.ignore = node.ignore;
  if (node.sanitizeOps !== undefined) out.sanitizeOps = node.sanitizeOps;
  if (node.sanitizeResources !== undefined) {
    out.sanitizeResources = node.sanitizeResources;
  }
  if (node.sanitizeExit !== undefined) out.sanitizeExit = node.sanitizeExit;
  return out;
}

function chainOf(suite: SuiteNode | undefined): SuiteNode[] {
  const chain: SuiteNode[] = [];
  for (let s = suite; s; s = s.parent) chain.unshift(s);
  return chain;
}

async function runTest(
  fn: AnyFn,
  suite: SuiteNode | undefined,
  t: Deno.TestContext,
): Promise<void> {
  const chain = chainOf(suite);
  const context = Object.create(suite ? suite.context : globalContext);
  resetAssertionState();
  const ran: Hooks["afterEach"][] = [];
  try {
    for (const h of globalHooks.beforeEach) await h.call(context);
    ran.push(globalHooks.afterEach);
    for (const s of chain) {
      for (const h of s.hooks.beforeEach) await h.call(context);
      ran.push(s.hooks.afterEach);
    }
    await fn.call(context, t);
    const message = checkAssertionState();
    if (message) throw new AssertionError(message);
  } finally {
    for (const hooks of ran.reverse()) {
      for (const h of hooks) await h.call(context);
    }
  }
}

async function runSuite(suite: SuiteNode, t: Deno.TestContext): Promise<void> {
  const context = suite.context;
  let started = false;
  try {
    for (const h of suite.hooks.beforeAll) await h.call(context);
    started = true;
    for (const child of runnable(suite)) {
      if (child.kind === "suite") {
        await t.step({
          name: child.name,
          ...stepOptions(child),
          fn: (t2: Deno.TestContext) => runSuite(child, t2),
        } as Deno.TestStepDefinition);
      } else {
        await t.step({
          name: child.name,
          ...stepOptions(child),
          fn: (t2: Deno.TestContext) => runTest(child.fn, suite, t2),
        } as Deno.TestStepDefinition);
      }
    }
  } finally {
    if (started || suite.hooks.beforeAll.length === 0) {
      for (const h of suite.hooks.afterAll) await h.call(context);
    }
  }
}

async function beforeTopLevel(): Promise<void> {
  if (globalBeforeDone) return;
  globalBeforeDone = true;
  for (const h of globalHooks.beforeAll) await h.call(globalContext);
}

async function afterTopLevel(): Promise<void> {
  if (remaining === undefined) {
    const anyOnly = topLevel.some((o) => o.only && !o.ignore);
    remaining = topLevel.filter((o) => !o.ignore && (!anyOnly || o.only))
      .length;
  }
  remaining--;
  if (remaining === 0) {
    for (const h of globalHooks.afterAll) await h.call(globalContext);
  }
}

function registerTopLevel(
  name: string,
  options: SharedOptions,
  fn: (t: Deno.TestContext) => Promise<void>,
): void {
  topLevel.push(options);
  const def: Deno.TestDefinition = {
    name,
    ...options,
    fn: async (t: Deno.TestContext) => {
      await beforeTopLevel();
      try {
        await fn(t);
      } finally {
        await afterTopLevel();
      }
    },
  };
  Deno.test(def);
}

function addHook(
  name: keyof Hooks,
  fn: AnyFn,
): void {
  (current ? current.hooks : globalHooks)[name].push(fn);
}

/**
 * Registers an individual test case.
 *
 * @example Usage
 * ```ts ignore
 * import { describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe("example", () => {
 *   it("should pass", () => {
 *     assertEquals(2 + 2, 4);
 *   });
 * });
 * ```
 *
 * @typeParam T The self type of the function to implement the test case
 * @param args The test case
 */
export function it<T>(...args: ItArgs<T>): void {
  const def = parseArgs(args, "it");
  const parent = def.suite ? suites.get(def.suite.symbol) : current;
  const options = shared(def);
  if (parent) {
    parent.children.push({
      kind: "test",
      name: def.name!,
      fn: def.fn!,
      ...options,
    });
    return;
  }
  const fn = def.fn!;
  registerTopLevel(def.name!, options, (t) => runTest(fn, undefined, t));
}

/**
 * Only execute this test case.
 *
 * @example Usage
 * ```ts ignore
 * import { describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe("example", () => {
 *   it("should pass", () => {
 *     assertEquals(2 + 2, 4);
 *   });
 *
 *   it.only("should pass too", () => {
 *     assertEquals(3 + 4, 7);
 *   });
 * });
 * ```
 *
 * @param args The test case
 */
it.only = function itOnly<T>(...args: ItArgs<T>): void {
  const def = parseArgs(args, "it");
  return it({ ...def, only: true } as ItDefinition<T>);
};

/**
 * Ignore this test case.
 *
 * @example Usage
 * ```ts ignore
 * import { describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe("example", () => {
 *   it("should pass", () => {
 *     assertEquals(2 + 2, 4);
 *   });
 *
 *   it.ignore("should pass too", () => {
 *     assertEquals(3 + 4, 7);
 *   });
 * });
 * ```
 *
 * @param args The test case
 */
it.ignore = function itIgnore<T>(...args: ItArgs<T>): void {
  const def = parseArgs(args, "it");
  return it({ ...def, ignore: true } as ItDefinition<T>);
};

/**
 * Skip this test case. Alias of `it.ignore`.
 *
 * @example Usage
 * ```ts ignore
 * import { describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe("example", () => {
 *   it.skip("should pass too", () => {
 *     assertEquals(3 + 4, 7);
 *   });
 * });
 * ```
 *
 * @param args The test case
 */
it.skip = function itSkip<T>(...args: ItArgs<T>): void {
  it.ignore(...args);
};

/**
 * Alias of {@linkcode it}.
 *
 * @example Usage
 * ```ts ignore
 * import { test } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * test("should pass", () => {
 *   assertEquals(2 + 2, 4);
 * });
 * ```
 *
 * @typeParam T The self type of the function to implement the test case
 * @param args The test case
 */
export function test<T>(...args: ItArgs<T>): void {
  it(...args);
}

/**
 * Only execute this test case. Alias of `it.only`.
 *
 * @param args The test case
 */
test.only = function testOnly<T>(...args: ItArgs<T>): void {
  it.only(...args);
};

/**
 * Ignore this test case. Alias of `it.ignore`.
 *
 * @param args The test case
 */
test.ignore = function testIgnore<T>(...args: ItArgs<T>): void {
  it.ignore(...args);
};

/**
 * Skip this test case. Alias of `it.ignore`.
 *
 * @param args The test case
 */
test.skip = function testSkip<T>(...args: ItArgs<T>): void {
  it.ignore(...args);
};

/**
 * Run some shared setup before all of the tests in the suite (or, at the top
 * level, before all the tests of the module).
 *
 * @example Usage
 * ```ts ignore
 * import { beforeAll, describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * let value = 0;
 * beforeAll(() => {
 *   value = 1;
 * });
 *
 * it("sees the setup", () => {
 *   assertEquals(value, 1);
 * });
 * ```
 *
 * @typeParam T The self type of the function
 * @param fn The function to implement the setup behavior.
 */
export function beforeAll<T>(fn: (this: T) => void | Promise<void>): void {
  addHook("beforeAll", fn as AnyFn);
}

/**
 * Alias of {@linkcode beforeAll}.
 *
 * @typeParam T The self type of the function
 * @param fn The function to implement the setup behavior.
 */
export function before<T>(fn: (this: T) => void | Promise<void>): void {
  beforeAll(fn);
}

/**
 * Run some shared teardown after all of the tests in the suite (or, at the
 * top level, after all the tests of the module).
 *
 * @example Usage
 * ```ts ignore
 * import { afterAll, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * afterAll(() => {
 *   console.log("done");
 * });
 *
 * it("runs", () => {
 *   assertEquals(1, 1);
 * });
 * ```
 *
 * @typeParam T The self type of the function
 * @param fn The function to implement the teardown behavior.
 */
export function afterAll<T>(fn: (this: T) => void | Promise<void>): void {
  addHook("afterAll", fn as AnyFn);
}

/**
 * Alias of {@linkcode afterAll}.
 *
 * @typeParam T The self type of the function
 * @param fn The function to implement the teardown behavior.
 */
export function after<T>(fn: (this: T) => void | Promise<void>): void {
  afterAll(fn);
}

/**
 * Run some shared setup before each test in the suite (or, at the top level,
 * before each test of the module).
 *
 * @example Usage
 * ```ts ignore
 * import { beforeEach, describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe("counter", () => {
 *   let count = 0;
 *   beforeEach(() => {
 *     count = 0;
 *   });
 *   it("starts at zero", () => {
 *     assertEquals(count, 0);
 *   });
 * });
 * ```
 *
 * @typeParam T The self type of the function
 * @param fn The function to implement the shared setup behavior
 */
export function beforeEach<T>(fn: (this: T) => void | Promise<void>): void {
  addHook("beforeEach", fn as AnyFn);
}

/**
 * Run some shared teardown after each test in the suite (or, at the top
 * level, after each test of the module).
 *
 * @example Usage
 * ```ts ignore
 * import { afterEach, describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe("cleanup", () => {
 *   const items: number[] = [];
 *   afterEach(() => {
 *     items.length = 0;
 *   });
 *   it("adds an item", () => {
 *     items.push(1);
 *     assertEquals(items.length, 1);
 *   });
 * });
 * ```
 *
 * @typeParam T The self type of the function
 * @param fn The function to implement the shared teardown behavior
 */
export function afterEach<T>(fn: (this: T) => void | Promise<void>): void {
  addHook("afterEach", fn as AnyFn);
}

/**
 * Registers a test suite. Its body runs immediately and registers the
 * suite's tests, nested suites and hooks.
 *
 * @example Usage
 * ```ts ignore
 * import { describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe("example", () => {
 *   it("should pass", () => {
 *     assertEquals(2 + 2, 4);
 *   });
 * });
 * ```
 *
 * @typeParam T The self type of the test suite body.
 * @param args The test suite body.
 * @returns The test suite
 */
export function describe<T>(...args: DescribeArgs<T>): TestSuite<T> {
  const def = parseArgs(args, "describe");
  const parent = def.suite ? suites.get(def.suite.symbol) : current;
  if (def.suite && !parent) throw new Error("Unknown test suite");
  const node: SuiteNode = {
    kind: "suite",
    name: def.name!,
    parent,
    children: [],
    hooks: {
      beforeAll: toArray(def.beforeAll as AnyFn | AnyFn[] | undefined),
      afterAll: toArray(def.afterAll as AnyFn | AnyFn[] | undefined),
      beforeEach: toArray(def.beforeEach as AnyFn | AnyFn[] | undefined),
      afterEach: toArray(def.afterEach as AnyFn | AnyFn[] | undefined),
    },
    context: Object.create(parent ? parent.context : globalContext),
    ...shared(def),
  };
  const symbol = Symbol();
  suites.set(symbol, node);
  if (parent) parent.children.push(node);
  if (def.fn) {
    const previous = current;
    current = node;
    try {
      const result = def.fn.call(undefined) as unknown;
      if (result && typeof (result as Promise<unknown>).then === "function") {
        throw new Error(
          "Returning a Promise from a test suite (describe) is not supported: register tests synchronously",
        );
      }
    } finally {
      current = previous;
    }
  }
  if (!parent) {
    const options = shared(def);
    if (!options.ignore && hasOnly(node) && !options.only) options.only = true;
    registerTopLevel(node.name, options, (t) => runSuite(node, t));
  }
  return { symbol };
}

/**
 * Only execute this test suite.
 *
 * @example Usage
 * ```ts ignore
 * import { describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe.only("example", () => {
 *   it("should pass", () => {
 *     assertEquals(2 + 2, 4);
 *   });
 * });
 * ```
 *
 * @param args The test suite body
 * @returns The test suite
 */
describe.only = function describeOnly<T>(
  ...args: DescribeArgs<T>
): TestSuite<T> {
  const def = parseArgs(args, "describe");
  return describe({ ...def, only: true } as DescribeDefinition<T>);
};

/**
 * Ignore the test suite.
 *
 * @example Usage
 * ```ts ignore
 * import { describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe.ignore("example", () => {
 *   it("should pass", () => {
 *     assertEquals(2 + 2, 4);
 *   });
 * });
 * ```
 *
 * @param args The test suite body
 * @returns The test suite
 */
describe.ignore = function describeIgnore<T>(
  ...args: DescribeArgs<T>
): TestSuite<T> {
  const def = parseArgs(args, "describe");
  return describe({ ...def, ignore: true } as DescribeDefinition<T>);
};

/**
 * Skip the test suite. Alias of `describe.ignore`.
 *
 * @example Usage
 * ```ts ignore
 * import { describe, it } from "@std/testing/bdd";
 * import { assertEquals } from "@std/assert";
 *
 * describe.skip("example", () => {
 *   it("should pass", () => {
 *     assertEquals(2 + 2, 4);
 *   });
 * });
 * ```
 *
 * @param args The test suite body
 * @returns The test suite
 */
describe.skip = function describeSkip<T>(
  ...args: DescribeArgs<T>
): TestSuite<T> {
  return describe.ignore(...args);
};
