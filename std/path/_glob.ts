/**
 * Internal glob helpers shared by the posix and windows implementations of
 * `globToRegExp`, `isGlob`, `normalizeGlob` and `joinGlobs`.
 *
 * @module
 */

/** Options for {@linkcode globToRegExp}, {@linkcode joinGlobs} and friends. */
export interface GlobOptions {
  /**
   * Extended glob syntax: `?(a|b)`, `*(a|b)`, `+(a|b)`, `@(a|b)`, `!(a|b)`.
   *
   * @default {true}
   */
  extended?: boolean;
  /**
   * Globstar syntax: a `**` segment matches any number of path segments.
   *
   * @default {true}
   */
  globstar?: boolean;
  /**
   * Whether the resulting regular expression is case insensitive.
   *
   * @default {false}
   */
  caseInsensitive?: boolean;
}

/** Options for {@linkcode globToRegExp}. */
export type GlobToRegExpOptions = GlobOptions;

/** Platform specific pieces of the glob to regular expression conversion. */
export interface GlobConstants {
  /** One or more separators. */
  sep: string;
  /** Zero or more separators. */
  sepMaybe: string;
  /** Separator characters. */
  seps: string[];
  /** Regular expression source for a `**` segment. */
  globstar: string;
  /** Any run of non-separator characters. */
  wildcard: string;
  /** One non-separator character. */
  anyChar: string;
  /** Separator characters, escaped for use inside a character class. */
  sepClass: string;
  /** The escape character. */
  escapePrefix: string;
}

const POSIX_CLASSES: Record<string, string> = {
  alnum: "\\dA-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: "\\t ",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "\\d",
  graph: "\\x21-\\x7E",
  lower: "a-z",
  print: "\\x20-\\x7E",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\s\\v",
  upper: "A-Z",
  word: "\\w",
  xdigit: "\\dA-Fa-f",
};

const REGEXP_SPECIAL = /[\\^$.*+?()[\]{}|\/]/g;

function escapeRegExp(text: string): string {
  return text.replace(REGEXP_SPECIAL, "\\$&");
}

function escapeClassChar(ch: string): string {
  return /[\\\][^-]/.test(ch) ? `\\${ch}` : ch;
}

interface Frame {
  kind: "root" | "brace" | "ext";
  op: string;
  buf: string;
}

/** Parses a bracket expression starting at `start` (a `[`). */
function parseBracket(
  seg: string,
  start: number,
  c: GlobConstants,
): [string, number] | null {
  let k = start + 1;
  let negate = false;
  if (seg[k] === "!" || seg[k] === "^") {
    negate = true;
    k++;
  }
  let cls = "";
  let first = true;
  while (k < seg.length) {
    const ch = seg[k];
    if (ch === "]" && !first) {
      return [negate ? `[^${cls}${c.sepClass}]` : `[${cls}]`, k + 1];
    }
    first = false;
    if (ch === "[" && seg[k + 1] === ":") {
      const close = seg.indexOf(":]", k + 2);
      if (close !== -1) {
        const mapped = POSIX_CLASSES[seg.slice(k + 2, close)];
        if (mapped === undefined) return null;
        cls += mapped;
        k = close + 2;
        continue;
      }
    }
    if (ch === c.escapePrefix) {
      if (k + 1 >= seg.length) return null;
      cls += escapeClassChar(seg[k + 1]!);
      k += 2;
      continue;
    }
    if (ch === "-") {
      const isRange = cls !== "" && k + 1 < seg.length && seg[k + 1] !== "]";
      cls += isRange ? "-" : "\\-";
      k++;
      continue;
    }
    cls += escapeClassChar(ch!);
    k++;
  }
  return null;
}

/** Converts one path segment of a glob, or returns `null` on a parse error. */
function convertSegment(
  seg: string,
  c: GlobConstants,
  extended: boolean,
): string | null {
  const frames: Frame[] = [{ kind: "root", op: "", buf: "" }];
  const top = () => frames[frames.length - 1]!;
  let i = 0;
  while (i < seg.length) {
    const ch = seg[i]!;
    const next = seg[i + 1];
    if (ch === c.escapePrefix) {
      if (next === undefined) return null;
      top().buf += escapeRegExp(next);
      i += 2;
      continue;
    }
    if (extended && next === "(" && "?*+@!".includes(ch)) {
      frames.push({ kind: "ext", op: ch, buf: "" });
      i += 2;
      continue;
    }
    if (ch === "{") {
      frames.push({ kind: "brace", op: "", buf: "" });
      i++;
      continue;
    }
    if (ch === "}" && top().kind === "brace") {
      const frame = frames.pop()!;
      top().buf += `(?:${frame.buf})`;
      i++;
      continue;
    }
    if (ch === "," && top().kind === "brace") {
      top().buf += "|";
      i++;
      continue;
    }
    if (ch === ")" && top().kind === "ext") {
      const frame = frames.pop()!;
      const body = `(?:${frame.buf})`;
      let converted: string;
      switch (frame.op) {
        case "?":
          converted = `${body}?`;
          break;
        case "*":
          converted = `${body}*`;
          break;
        case "+":
          converted = `${body}+`;
          break;
        case "@":
          converted = body;
          break;
        default: {
          const atEnd = frames.length === 1 && i === seg.length - 1;
          converted = atEnd
            ? `(?!${body}(?:[${c.sepClass}]|$))${c.wildcard}`
            : `(?!${body})${c.wildcard}`;
        }
      }
      top().buf += converted;
      i++;
      continue;
    }
    if (ch === "|" && top().kind === "ext") {
      top().buf += "|";
      i++;
      continue;
    }
    if (ch === "[") {
      const parsed = parseBracket(seg, i, c);
      if (parsed === null) return null;
      top().buf += parsed[0];
      i = parsed[1];
      continue;
    }
    if (ch === "*") {
      while (seg[i + 1] === "*" && !(extended && seg[i + 2] === "(")) i++;
      top().buf += c.wildcard;
      i++;
      continue;
    }
    if (ch === "?") {
      top().buf += c.anyChar;
      i++;
      continue;
    }
    top().buf += escapeRegExp(ch);
    i++;
  }
  if (frames.length !== 1) return null;
  return frames[0]!.buf;
}

/** Converts a glob to a regular expression using platform constants `c`. */
export function globToRegExpWith(
  c: GlobConstants,
  glob: string,
  options: GlobOptions = {},
): RegExp {
  const { extended = true, globstar = true, caseInsensitive = false } = options;
  if (typeof glob !== "string") {
    throw new TypeError(`Glob must be a string, received "${typeof glob}"`);
  }
  if (glob === "") return /(?!)/;
  let end = glob.length;
  while (end > 1 && c.seps.includes(glob[end - 1]!)) end--;
  glob = glob.slice(0, end);

  let out = "";
  let i = 0;
  while (i < glob.length) {
    if (c.seps.includes(glob[i]!)) {
      while (i < glob.length && c.seps.includes(glob[i]!)) i++;
      out += c.sep;
      continue;
    }
    let j = i;
    while (j < glob.length && !c.seps.includes(glob[j]!)) {
      if (
        glob[j] === c.escapePrefix && j + 1 < glob.length &&
        !c.seps.includes(glob[j + 1]!)
      ) {
        j += 2;
      } else {
        j++;
      }
    }
    const segment = glob.slice(i, j);
    i = j;
    if (globstar && segment === "**") {
      out += c.globstar;
      while (i < glob.length && c.seps.includes(glob[i]!)) i++;
      continue;
    }
    out += convertSegment(segment, c, extended) ?? escapeRegExp(segment);
  }
  return new RegExp(`^${out}${c.sepMaybe}$`, caseInsensitive ? "i" : "");
}

/** Whether `str` contains glob syntax (unescaped). */
export function isGlobString(str: string): boolean {
  if (typeof str !== "string" || str === "") return false;
  if (str[0] === "!") return true;
  for (let i = 0; i < str.length; i++) {
    const ch = str[i]!;
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "*" || ch === "?") return true;
    if ((ch === "[" || ch === "{") && i + 2 < str.length) {
      const close = str.indexOf(ch === "[" ? "]" : "}", i + 2);
      if (close !== -1) return true;
    }
    if (ch === "(") {
      const close = str.indexOf(")", i + 1);
      if (close !== -1 && str.slice(i + 1, close).includes("|")) return true;
    }
    if ((ch === "+" || ch === "@" || ch === "!") && str[i + 1] === "(") {
      if (str.indexOf(")", i + 2) !== -1) return true;
    }
  }
  return false;
}

/** Shared implementation of `normalizeGlob`. */
export function normalizeGlobWith(
  glob: string,
  options: Pick<GlobOptions, "globstar">,
  normalize: (path: string) => string,
  separatorPattern: RegExp,
): string {
  const { globstar = false } = options;
  if (glob.match(/\0/g)) {
    throw new Error(`Glob contains invalid characters: "${glob}"`);
  }
  if (!globstar) return normalize(glob);
  const s = separatorPattern.source;
  const badParentPattern = new RegExp(
    `(?<=(${s}|^)\\*\\*${s})\\.\\.(?=${s}|$)`,
    "g",
  );
  return normalize(glob.replace(badParentPattern, "\0")).replace(/\0/g, "..");
}

/** Shared implementation of `joinGlobs`. */
export function joinGlobsWith(
  globs: string[],
  options: Pick<GlobOptions, "globstar">,
  join: (...paths: string[]) => string,
  normalizeGlob: (glob: string, options: GlobOptions) => string,
  separator: string,
): string {
  const { globstar = false } = options;
  if (!globstar || globs.length === 0) return join(...globs);
  let joined: string | undefined;
  for (const glob of globs) {
    if (typeof glob !== "string") {
      throw new TypeError(`Glob must be a string, received "${typeof glob}"`);
    }
    if (glob.length > 0) {
      joined = joined === undefined ? glob : `${joined}${separator}${glob}`;
    }
  }
  if (joined === undefined) return ".";
  return normalizeGlob(joined, { globstar });
}
