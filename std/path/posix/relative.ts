/**
 * Relative paths between POSIX paths.
 *
 * @module
 */
import { assertPath } from "../_common.ts";
import { resolve } from "./resolve.ts";

/**
 * Returns the relative path from `from` to `to`, based on the current working
 * directory when either is relative.
 *
 * @example
 * ```ts
 * import { relative } from "@std/path/posix/relative";
 * relative("/data/orandea/test/aaa", "/data/orandea/impl/bbb"); // "../../impl/bbb"
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
  from = resolve(from);
  to = resolve(to);
  if (from === to) return "";
  const fromParts = from === "/" ? [] : from.slice(1).split("/");
  const toParts = to === "/" ? [] : to.slice(1).split("/");
  let common = 0;
  while (
    common < fromParts.length && common < toParts.length &&
    fromParts[common] === toParts[common]
  ) {
    common++;
  }
  const up = new Array<string>(fromParts.length - common).fill("..");
  return [...up, ...toParts.slice(common)].join("/");
}
