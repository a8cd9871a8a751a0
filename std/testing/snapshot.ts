/**
 * Snapshot testing: {@linkcode assertSnapshot} compares a value against a
 * reference stored in `__snapshots__/<test file>.snap` next to the test file.
 *
 * Run the tests with `-- --update` (or `-- -u`) to create or update the
 * snapshots; without it, the serialized value must match the stored one:
 *
 * ```sh
 * deno test --allow-read --allow-write -- --update
 * ```
 *
 * ```ts ignore
 * import { assertSnapshot } from "@std/testing/snapshot";
 *
 * Deno.test("isSnapshotMatch", async (t) => {
 *   const a = {
 *     hello: "world!",
 *     example: 123,
 *   };
 *   await assertSnapshot(t, a);
 * });
 * ```
 *
 * The snapshot file is a JavaScript module:
 *
 * ```js ignore
 * export const snapshot = {};
 *
 * snapshot[`isSnapshotMatch 1`] = `
 * {
 *   example: 123,
 *   hello: "world!",
 * }
 * `;
 * ```
 *
 * @module
 */
import { AssertionError } from "../assert/assertion_error.ts";
import { format } from "../assert/_format.ts";
import { buildMessage, diff, diffStr } from "../assert/_diff.ts";
import { green } from "../fmt/colors.ts";

/**
 * The mode of snapshot testing.
 *
 * - `"assert"`: compare against the stored snapshot (the default).
 * - `"update"`: write the snapshot (the default when `--update` / `-u` is
 *   passed to the test process, after `--`).
 */
export type SnapshotMode = "assert" | "update";

/** The options for {@linkcode assertSnapshot}. */
export interface SnapshotOptions<T = unknown> {
  /**
   * Snapshot output directory. Snapshot files will be written to this
   * directory. This can be relative to the test directory or an absolute
   * path.
   *
   * If both `dir` and `path` are specified, the `dir` option will be ignored
   * and the `path` option will be handled as normal.
   */
  dir?: string;
  /**
   * Snapshot mode. Defaults to `assert`, unless the `-u` or `--update` flag
   * is passed, in which case this will be set to `update`. This option takes
   * higher priority than the update flag.
   */
  mode?: SnapshotMode;
  /** Failure message to log when the assertion fails. */
  msg?: string;
  /**
   * Name of the snapshot to use in the snapshot file (a counter is
   * appended). Defaults to the name of the test step (prefixed with the
   * names of its parents, joined by ` > `).
   */
  name?: string;
  /**
   * Snapshot output path. The snapshot will be written to this file. This
   * can be a path relative to the test directory or an absolute path.
   *
   * If both `dir` and `path` are specified, the `dir` option will be ignored
   * and the `path` option will be handled as normal.
   */
  path?: string;
  /**
   * Function to use when serializing the snapshot. The default is
   * {@linkcode serialize}.
   */
  serializer?: (actual: T) => string;
}

/**
 * Default serializer for `assertSnapshot`: `Deno.inspect` with sorted keys,
 * no depth or length limits and multi-line output.
 *
 * @example Usage
 * ```ts
 * import { serialize } from "@std/testing/snapshot";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(serialize({ foo: 42 }), "{\n  foo: 42,\n}");
 * ```
 *
 * @param actual The value to serialize
 * @returns The serialized string
 */
export function serialize(actual: unknown): string {
  // deno-lint-ignore no-explicit-any
  const inspect = (globalThis as any).Deno?.inspect;
  const text = typeof inspect === "function"
    ? inspect(actual, {
      depth: Infinity,
      sorted: true,
      trailingComma: true,
      compact: false,
      iterableLimit: Infinity,
      strAbbreviateSize: Infinity,
      breakLength: Infinity,
      escapeSequences: false,
    }) as string
    : format(actual);
  return text.replaceAll("\r", "\\r");
}

function escapeStringForJs(s: string): string {
  return s.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll(
    "$",
    "\\$",
  );
}

function unescapeStringForJs(s: string): string {
  return s.replace(/\\(.)/gs, "$1");
}

/** Parses the text of a `.snap` file into its entries. */
function parseSnapshotFile(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  const re = /snapshot\[`((?:[^`\\]|\\.)*)`\]\s*=\s*`((?:[^`\\]|\\.)*)`;/gs;
  for (const m of text.matchAll(re)) {
    entries.set(unescapeStringForJs(m[1]!), unescapeStringForJs(m[2]!));
  }
  return entries;
}

function renderSnapshotFile(entries: Map<string, string>): string {
  const buf = ["export const snapshot = {};\n"];
  for (const [name, value] of entries) {
    buf.push(
      `\nsnapshot[\`${escapeStringForJs(name)}\`] = \`${
        escapeStringForJs(value)
      }\`;\n`,
    );
  }
  return buf.join("");
}

function isUpdateFlagged(): boolean {
  // deno-lint-ignore no-explicit-any
  const args: unknown = (globalThis as any).Deno?.args;
  return Array.isArray(args) &&
    args.some((a) => a === "--update" || a === "-u");
}

/** State of one snapshot file during the test run. */
class SnapshotFile {
  url: URL;
  #entries: Map<string, string> | undefined;
  #existed = false;
  #counts = new Map<string, number>();
  #asserted = new Set<string>();
  #baseNames = new Set<string>();
  #added = 0;
  #updated = 0;
  #dirty = false;
  #flushRegistered = false;

  constructor(url: URL) {
    this.url = url;
  }

  nextName(base: string): string {
    const count = (this.#counts.get(base) ?? 0) + 1;
    this.#counts.set(base, count);
    this.#baseNames.add(base);
    return `${base} ${count}`;
  }

  async entries(): Promise<Map<string, string>> {
    if (this.#entries) return this.#entries;
    try {
      const text = await Deno.readTextFile(this.url);
      this.#entries = parseSnapshotFile(text);
      this.#existed = true;
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
      this.#entries = new Map();
    }
    return this.#entries;
  }

  get existed(): boolean {
    return this.#existed;
  }

  async update(name: string, value: string): Promise<void> {
    const entries = await this.entries();
    this.#asserted.add(name);
    const old = entries.get(name);
    if (old === value) return;
    if (old === undefined) this.#added++;
    else this.#updated++;
    entries.set(name, value);
    this.#dirty = true;
    this.#write();
    this.#registerFlush();
  }

  markAsserted(name: string): void {
    this.#asserted.add(name);
    this.#registerFlush();
  }

  #write(): void {
    const dir = new URL(".", this.url);
    Deno.mkdirSync(dir, { recursive: true });
    Deno.writeTextFileSync(this.url, renderSnapshotFile(this.#entries!));
    this.#existed = true;
  }

  #registerFlush(): void {
    if (this.#flushRegistered || !isUpdateMode.current) return;
    this.#flushRegistered = true;
    globalThis.addEventListener("unload", () => this.#flush());
  }

  /** Removes stale entries of the tests that ran, and reports. */
  #flush(): void {
    const entries = this.#entries;
    if (!entries) return;
    let removed = 0;
    for (const key of [...entries.keys()]) {
      if (this.#asserted.has(key)) continue;
      const m = /^(.*) (\d+)$/s.exec(key);
      if (m && this.#baseNames.has(m[1]!)) {
        entries.delete(key);
        removed++;
      }
    }
    if (removed > 0) {
      this.#dirty = true;
      this.#write();
    }
    const lines: string[] = [];
    const plural = (n: number) => n === 1 ? "snapshot" : "snapshots";
    if (this.#updated > 0) {
      lines.push(` > ${this.#updated} ${plural(this.#updated)} updated.`);
    }
    if (this.#added > 0) {
      lines.push(` > ${this.#added} ${plural(this.#added)} added.`);
    }
    if (removed > 0) {
      lines.push(` > ${removed} ${plural(removed)} removed.`);
    }
    if (lines.length > 0) {
      // deno-lint-ignore no-console
      console.log(green(`\n${lines.join("\n")}\n`));
    }
  }
}

const isUpdateMode = { current: false };
const files = new Map<string, SnapshotFile>();

function getTestName(context: Deno.TestContext): string {
  return context.parent
    ? `${getTestName(context.parent)} > ${context.name}`
    : context.name;
}

function snapshotUrl(
  context: Deno.TestContext,
  options: SnapshotOptions<never>,
): URL {
  const testUrl = new URL(context.origin);
  if (options.path) return new URL(options.path, testUrl);
  const fileName = testUrl.pathname.slice(
    testUrl.pathname.lastIndexOf("/") + 1,
  );
  let dir = options.dir ?? "__snapshots__";
  if (!dir.endsWith("/")) dir += "/";
  return new URL(`${dir}${decodeURIComponent(fileName)}.snap`, testUrl);
}

/**
 * Make an assertion that `actual` matches a snapshot. If the snapshot and
 * `actual` do not match, then throw.
 *
 * Type parameter can be specified to ensure values under comparison have
 * the same type.
 *
 * @example Usage
 * ```ts ignore
 * import { assertSnapshot } from "@std/testing/snapshot";
 *
 * Deno.test("snapshot", async (t) => {
 *   await assertSnapshot<number>(t, 2);
 * });
 * ```
 * @typeParam T The type of the snapshot
 * @param context The test context
 * @param actual The actual value to compare
 * @param options The options
 */
export async function assertSnapshot<T>(
  context: Deno.TestContext,
  actual: T,
  options: SnapshotOptions<T>,
): Promise<void>;
/**
 * Make an assertion that `actual` matches a snapshot. If the snapshot and
 * `actual` do not match, then throw.
 *
 * Type parameter can be specified to ensure values under comparison have
 * the same type.
 *
 * @example Usage
 * ```ts ignore
 * import { assertSnapshot } from "@std/testing/snapshot";
 *
 * Deno.test("snapshot", async (t) => {
 *   await assertSnapshot<number>(t, 2);
 * });
 * ```
 *
 * @typeParam T The type of the snapshot
 * @param context The test context
 * @param actual The actual value to compare
 * @param message The optional assertion message
 */
export async function assertSnapshot<T>(
  context: Deno.TestContext,
  actual: T,
  message?: string,
): Promise<void>;
export async function assertSnapshot(
  context: Deno.TestContext,
  actual: unknown,
  msgOrOpts?: string | SnapshotOptions<unknown>,
): Promise<void> {
  const options: SnapshotOptions<unknown> = typeof msgOrOpts === "object"
    ? msgOrOpts
    : { msg: msgOrOpts };
  const mode: SnapshotMode = options.mode ??
    (isUpdateFlagged() ? "update" : "assert");
  if (mode === "update") isUpdateMode.current = true;
  const url = snapshotUrl(context, options as SnapshotOptions<never>);
  let file = files.get(url.href);
  if (!file) {
    file = new SnapshotFile(url);
    files.set(url.href, file);
  }
  const name = file.nextName(options.name ?? getTestName(context));
  const serializer = options.serializer ?? serialize;
  const raw = serializer(actual);
  const serialized = raw.includes("\n") ? `\n${raw}\n` : raw;

  if (mode === "update") {
    await file.update(name, serialized);
    return;
  }

  const entries = await file.entries();
  file.markAsserted(name);
  const hint =
    "To create or update snapshots, run\n    deno test --allow-read --allow-write [files]... -- --update\n";
  if (!file.existed) {
    throw new AssertionError(
      options.msg ??
        `Missing snapshot file: ${decodeURIComponent(url.pathname)}\n\n${hint}`,
    );
  }
  const snapshot = entries.get(name);
  if (snapshot === undefined) {
    throw new AssertionError(
      options.msg ?? `Missing snapshot: ${name}\n\n${hint}`,
    );
  }
  if (snapshot === serialized) return;
  const stringDiff = !serialized.includes("\n") && !snapshot.includes("\n");
  const diffResult = stringDiff
    ? diffStr(serialized, snapshot)
    : diff(serialized.split("\n"), snapshot.split("\n"));
  const diffMsg = buildMessage(diffResult, { stringDiff }).join("\n");
  throw new AssertionError(
    options.msg ?? `Snapshot does not match:\n${diffMsg}\n${hint}`,
  );
}

/**
 * Create {@linkcode assertSnapshot} function with the given options.
 *
 * The specified option becomes the default for returned
 * {@linkcode assertSnapshot}.
 *
 * @example Usage
 * ```ts ignore
 * import { createAssertSnapshot } from "@std/testing/snapshot";
 *
 * const assertSnapshot = createAssertSnapshot({
 *   // Uses the `JSON.stringify` as the serializer function.
 *   serializer: JSON.stringify,
 * });
 *
 * Deno.test("a snapshot test case", async (t) => {
 *   await assertSnapshot(t, {
 *     foo: "Hello",
 *     bar: "World",
 *   });
 * });
 * ```
 *
 * @typeParam T The type of the snapshot
 * @param options The options
 * @param baseAssertSnapshot {@linkcode assertSnapshot} function implementation. Default to the original {@linkcode assertSnapshot}
 * @returns {@linkcode assertSnapshot} function with the given default options.
 */
export function createAssertSnapshot<T>(
  options: SnapshotOptions<T>,
  baseAssertSnapshot: typeof assertSnapshot = assertSnapshot,
): typeof assertSnapshot {
  return async function _assertSnapshot(
    context: Deno.TestContext,
    actual: T,
    messageOrOptions?: string | SnapshotOptions<T>,
  ): Promise<void> {
    const mergedOptions: SnapshotOptions<T> = {
      ...options,
      ...(typeof messageOrOptions === "string"
        ? { msg: messageOrOptions }
        : messageOrOptions),
    };
    await baseAssertSnapshot(context, actual, mergedOptions);
  };
}
