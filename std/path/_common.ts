/**
 * Internal helpers shared by the posix and windows path implementations.
 *
 * @module
 */

/** Character code of `/`. */
export const CHAR_FORWARD_SLASH = 47;
/** Character code of `\`. */
export const CHAR_BACKWARD_SLASH = 92;
/** Character code of `:`. */
export const CHAR_COLON = 58;
/** Character code of `.`. */
export const CHAR_DOT = 46;

/** Throws a `TypeError` unless `path` is a string. */
export function assertPath(path: unknown): asserts path is string {
  if (typeof path !== "string") {
    throw new TypeError(
      `Path must be a string, received "${JSON.stringify(path)}"`,
    );
  }
}

/** Whether a character code is `/`. */
export function isPosixPathSeparator(code: number): boolean {
  return code === CHAR_FORWARD_SLASH;
}

/** Whether a character code is `/` or `\`. */
export function isWindowsPathSeparator(code: number): boolean {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
}

/** Whether a character code is an ASCII letter (a drive letter). */
export function isWindowsDeviceRoot(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Resolves `.` and `..` segments of a path body (no root), joining the kept
 * segments with `separator`. Empty segments are dropped.
 */
export function normalizeSegments(
  body: string,
  allowAboveRoot: boolean,
  separator: string,
  isSeparator: (code: number) => boolean,
): string {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && !isSeparator(body.charCodeAt(i))) continue;
    const segment = body.slice(start, i);
    start = i + 1;
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (allowAboveRoot) out.push("..");
      continue;
    }
    out.push(segment);
  }
  return out.join(separator);
}

/** Removes trailing separators, keeping at least `minLength` characters. */
export function stripTrailingSeparators(
  segment: string,
  isSeparator: (code: number) => boolean,
  minLength = 1,
): string {
  let end = segment.length;
  while (end > minLength && isSeparator(segment.charCodeAt(end - 1))) end--;
  return segment.slice(0, end);
}

/**
 * The last segment of `path` (from `start` on), without trailing separators.
 * A path made only of separators gives the separators themselves.
 */
export function lastPathSegment(
  path: string,
  isSeparator: (code: number) => boolean,
  start = 0,
): string {
  let end = path.length;
  while (end > start && isSeparator(path.charCodeAt(end - 1))) end--;
  if (end === start) {
    // Only separators (or nothing): keep a single separator, like Deno.
    return path.length > start ? path.slice(start, start + 1) : "";
  }
  let begin = end;
  while (begin > start && !isSeparator(path.charCodeAt(begin - 1))) begin--;
  return path.slice(begin, end);
}

/** Removes `suffix` from the end of `name` unless it is all of `name`. */
export function stripSuffix(name: string, suffix: string): string {
  if (suffix.length >= name.length) return name;
  return name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

/** Checks the arguments of `basename`. */
export function assertBasenameArgs(path: string, suffix: string): void {
  assertPath(path);
  if (typeof suffix !== "string") {
    throw new TypeError(
      `Suffix must be a string, received "${JSON.stringify(suffix)}"`,
    );
  }
}

/** The extension of a single segment, as `extname` returns it. */
export function extOfSegment(name: string): string {
  if (name === "." || name === "..") return "";
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return "";
  return name.slice(dot);
}

/** The shape returned by `parse`. */
export interface ParsedPathShape {
  root: string;
  dir: string;
  base: string;
  ext: string;
  name: string;
}

/** Splits a path with a known root length into its parts. */
export function parseWithRoot(
  path: string,
  rootEnd: number,
  isSeparator: (code: number) => boolean,
): ParsedPathShape {
  const root = path.slice(0, rootEnd);
  const ret: ParsedPathShape = { root, dir: root, base: "", ext: "", name: "" };
  let end = path.length;
  while (end > rootEnd && isSeparator(path.charCodeAt(end - 1))) end--;
  if (end === rootEnd) return ret;
  let lastSep = -1;
  for (let i = end - 1; i >= rootEnd; i--) {
    if (isSeparator(path.charCodeAt(i))) {
      lastSep = i;
      break;
    }
  }
  const base = path.slice(lastSep === -1 ? rootEnd : lastSep + 1, end);
  ret.base = base;
  ret.ext = extOfSegment(base);
  ret.name = ret.ext ? base.slice(0, base.length - ret.ext.length) : base;
  if (lastSep !== -1) {
    let dirEnd = lastSep;
    while (dirEnd > rootEnd && isSeparator(path.charCodeAt(dirEnd - 1))) {
      dirEnd--;
    }
    ret.dir = dirEnd <= rootEnd ? root : path.slice(0, dirEnd);
  }
  return ret;
}

/** Shared implementation of `format`. */
export function formatWith(
  sep: string,
  pathObject: Partial<ParsedPathShape>,
): string {
  if (pathObject === null || typeof pathObject !== "object") {
    throw new TypeError(
      `The "pathObject" argument must be of type Object, received type "${typeof pathObject}"`,
    );
  }
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base ||
    `${pathObject.name ?? ""}${pathObject.ext ?? ""}`;
  if (!dir) return base;
  if (base === sep) return dir;
  if (dir === pathObject.root) return dir + base;
  return dir + sep + base;
}

/** Shared implementation of `common`. */
export function commonWith(paths: string[], sep: string): string {
  const [first = "", ...rest] = paths;
  const parts = first.split(sep);
  let endOfPrefix = parts.length;
  let append = "";
  for (const path of rest) {
    const compare = path.split(sep);
    if (compare.length <= endOfPrefix) {
      endOfPrefix = compare.length;
      append = "";
    }
    for (let i = 0; i < endOfPrefix; i++) {
      if (compare[i] !== parts[i]) {
        endOfPrefix = i;
        append = i === 0 ? "" : sep;
        break;
      }
    }
  }
  return parts.slice(0, endOfPrefix).join(sep) + append;
}

/** Checks the argument of `fromFileUrl` and turns it into a `URL`. */
export function assertFileUrl(url: URL | string): URL {
  url = url instanceof URL ? url : new URL(url);
  if (url.protocol !== "file:") {
    throw new TypeError(
      `URL must be a file URL: received "${url.protocol}"`,
    );
  }
  return url;
}

const WHITESPACE_ENCODINGS: Record<string, string> = {
  "\u0009": "%09",
  "\u000A": "%0A",
  "\u000B": "%0B",
  "\u000C": "%0C",
  "\u000D": "%0D",
  "\u0020": "%20",
};

/** Percent-encodes whitespace characters for use in a URL path. */
export function encodeWhitespace(string: string): string {
  return string.replaceAll(/[\s]/g, (c) => WHITESPACE_ENCODINGS[c] ?? c);
}

/** The current working directory, or a `TypeError` when there is none. */
export function cwd(what: string): string {
  // deno-lint-ignore no-explicit-any
  const deno = (globalThis as any).Deno;
  if (typeof deno?.cwd !== "function") {
    throw new TypeError(
      `Resolved a ${what} path without a current working directory (CWD)`,
    );
  }
  return deno.cwd();
}
