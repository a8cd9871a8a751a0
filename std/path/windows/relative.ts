/**
 * Relative paths between Windows paths.
 *
 * @module
 */
import { assertPath } from "../_common.ts";
import { resolve } from "./resolve.ts";

function segments(resolved: string): string[] {
  let start = 0;
  let end = resolved.length;
  while (start < end && resolved[start] === "\\") start++;
  while (end > start && resolved[end - 1] === "\\") end--;
  return resolved.slice(start, end).split("\\");
}

/**
 * Returns the relative path from `from` to `to`, comparing case
 * insensitively. When the paths share no root, `to` (resolved) is returned.
 *
 * @example
 * ```ts
 * import { relative } from "@std/path/windows/relative";
 * relative("C:\\foobar\\test\\aaa", "C:\\foobar\\impl\\bbb"); // "..\\..\\impl\\bbb"
 * ```
 *
 * @param from The path to start from.
 * @param to The path to reach.
 * @returns The relative path.
 */
export function relative(from: string, to: string): string {
  assertPath(from);
  assertPath(to);
  if (from === to) return "";
  const fromOrig = resolve(from);
  const toOrig = resolve(to);
  if (fromOrig === toOrig) return "";
  if (fromOrig.toLowerCase() === toOrig.toLowerCase()) return "";
  const fromParts = segments(fromOrig);
  const toParts = segments(toOrig);
  let common = 0;
  while (
    common < fromParts.length && common < toParts.length &&
    fromParts[common]!.toLowerCase() === toParts[common]!.toLowerCase()
  ) {
    common++;
  }
  if (common === 0) return toOrig;
  const up = new Array<string>(fromParts.length - common).fill("..");
  return [...up, ...toParts.slice(common)].join("\\");
}
