/**
 * Internal line/word diff (Myers' O(ND) algorithm) and the colored
 * `[Diff] Actual / Expected` message builder used by assertions.
 *
 * @module
 */

import { bgGreen, bgRed, bold, gray, green, red, white } from "./_styles.ts";

/** The kind of a diff entry. */
export type DiffType = "removed" | "common" | "added";

/** One entry of a diff, optionally with word-level details. */
export interface DiffResult<T> {
  /** Whether the value was removed, added or is common to both sides. */
  type: DiffType;
  /** The value (a line or a token). */
  value: T;
  /** Word-level diff of the line, for string diffs. */
  details?: DiffResult<T>[];
}

/**
 * Computes the diff of two sequences. Removed entries (only in `a`) come
 * before added entries (only in `b`) within each changed region.
 *
 * @param a The "actual" sequence.
 * @param b The "expected" sequence.
 * @returns The diff entries.
 */
export function diff<T>(a: T[], b: T[]): DiffResult<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: DiffResult<T>[] = a.slice(0, start).map((value) => ({
    type: "common",
    value,
  }));
  const tail: DiffResult<T>[] = a.slice(endA).map((value) => ({
    type: "common",
    value,
  }));
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  return [...head, ...reorder(middle), ...tail];
}

function myers<T>(a: T[], b: T[]): DiffResult<T>[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((value) => ({ type: "added", value }));
  if (m === 0) return a.map((value) => ({ type: "removed", value }));
  const max = n + m;
  const offset = max;
  let v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) {
        x = v[offset + k + 1];
      } else {
        x = v[offset + k - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  // Backtrack.
  const out: DiffResult<T>[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    let prevK: number;
    if (k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1])) {
      prevK = k + 1;
    } else {
      prevK = k - 1;
    }
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ type: "common", value: a[x - 1] });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) out.push({ type: "added", value: b[y - 1] });
      else out.push({ type: "removed", value: a[x - 1] });
    }
    x = prevX;
    y = prevY;
  }
  return out.reverse();
}

/** Puts removed entries before added entries inside every changed region. */
function reorder<T>(entries: DiffResult<T>[]): DiffResult<T>[] {
  const out: DiffResult<T>[] = [];
  let removed: DiffResult<T>[] = [];
  let added: DiffResult<T>[] = [];
  const flush = () => {
    out.push(...removed, ...added);
    removed = [];
    added = [];
  };
  for (const e of entries) {
    if (e.type === "removed") removed.push(e);
    else if (e.type === "added") added.push(e);
    else {
      flush();
      out.push(e);
    }
  }
  flush();
  return out;
}

/**
 * Makes control characters visible while keeping line breaks.
 *
 * @param s The string.
 * @returns The escaped string.
 */
export function unescape(s: string): string {
  return s
    .replaceAll("\b", "\\b")
    .replaceAll("\f", "\\f")
    .replaceAll("\t", "\\t")
    .replaceAll("\v", "\\v")
    .replaceAll(
      /\r\n|\r|\n/g,
      (str) => str === "\r" ? "\\r" : str === "\n" ? "\\n\n" : "\\r\\n\r\n",
    );
}

const WORD_SPLIT = /([^\S\r\n]+|[()[\]{}'"\r\n,;:.]|\b)/;
const NON_WHITESPACE = /\S/;

/**
 * Splits a string into lines (each keeping its line break) or, with
 * `wordDiff`, into words, whitespace and punctuation.
 *
 * @param s The string.
 * @param wordDiff Whether to split into words.
 * @returns The tokens.
 */
export function tokenize(s: string, wordDiff = false): string[] {
  if (wordDiff) return s.split(WORD_SPLIT).filter((t) => t);
  const tokens: string[] = [];
  const parts = s.split(/(\r\n|\n)/).filter((p) => p);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if ((p === "\n" || p === "\r\n") && tokens.length > 0) {
      const last = tokens[tokens.length - 1];
      if (!last.endsWith("\n")) {
        tokens[tokens.length - 1] = last + p;
        continue;
      }
    }
    tokens.push(p);
  }
  return tokens;
}

/**
 * Diffs two strings line by line, adding word-level details to changed lines.
 *
 * @param a The actual string.
 * @param b The expected string.
 * @returns The diff entries (each line value ends with a line break).
 */
export function diffStr(a: string, b: string): DiffResult<string>[] {
  const result = diff(
    tokenize(`${unescape(a)}\n`),
    tokenize(`${unescape(b)}\n`),
  );
  // Pair removed and added lines of each changed region for a word diff.
  let i = 0;
  while (i < result.length) {
    if (result[i].type === "common") {
      i++;
      continue;
    }
    const removed: DiffResult<string>[] = [];
    const added: DiffResult<string>[] = [];
    while (i < result.length && result[i].type !== "common") {
      (result[i].type === "removed" ? removed : added).push(result[i]);
      i++;
    }
    const pairs = Math.min(removed.length, added.length);
    for (let p = 0; p < pairs; p++) {
      const r = removed[p];
      const ad = added[p];
      const tokens = diff(tokenize(r.value, true), tokenize(ad.value, true));
      const shared = tokens.some((t) =>
        t.type === "common" && NON_WHITESPACE.test(t.value)
      );
      if (!shared) continue;
      r.details = tokens.filter((t) => t.type !== "added");
      ad.details = tokens.filter((t) => t.type !== "removed");
    }
  }
  return result;
}

function createColor(
  type: DiffType,
  background = false,
): (s: string) => string {
  switch (type) {
    case "added":
      return background ? (s) => bgGreen(white(s)) : green;
    case "removed":
      return background ? (s) => bgRed(white(s)) : red;
    default:
      return white;
  }
}

function createSign(type: DiffType): string {
  switch (type) {
    case "added":
      return "+   ";
    case "removed":
      return "-   ";
    default:
      return "    ";
  }
}

/**
 * Builds the lines of the colored diff message.
 *
 * @param diffResult The diff.
 * @param options `stringDiff`: the diff came from {@linkcode diffStr} (lines
 * carry their own line breaks).
 * @returns The message lines.
 */
export function buildMessage(
  diffResult: ReadonlyArray<DiffResult<string>>,
  options: { stringDiff?: boolean } = {},
): string[] {
  const { stringDiff = false } = options;
  const messages = [
    "",
    "",
    `    ${gray(bold("[Diff]"))} ${red(bold("Actual"))} / ${
      green(bold("Expected"))
    }`,
    "",
    "",
  ];
  const lines = diffResult.map((result) => {
    const color = createColor(result.type);
    const line = result.details
      ? result.details.map((d) =>
        d.type !== "common" ? createColor(d.type, true)(d.value) : d.value
      ).join("")
      : result.value;
    return color(`${createSign(result.type)}${line}`);
  });
  messages.push(...(stringDiff ? [lines.join("")] : lines), "");
  return messages;
}

/**
 * Builds the full diff message for two values (strings are diffed by line and
 * word, anything else by the lines of its formatted form).
 *
 * @param actual The actual value.
 * @param expected The expected value.
 * @param actualString The formatted actual value.
 * @param expectedString The formatted expected value.
 * @returns The message text.
 */
export function diffMessage(
  actual: unknown,
  expected: unknown,
  actualString: string,
  expectedString: string,
): string {
  const stringDiff = typeof actual === "string" && typeof expected === "string";
  const result = stringDiff
    ? diffStr(actual as string, expected as string)
    : diff(actualString.split("\n"), expectedString.split("\n"));
  return buildMessage(result, { stringDiff }).join("\n");
}
