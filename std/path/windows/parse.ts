/**
 * Splits a Windows path into its parts.
 *
 * @module
 */
import {
  assertPath,
  CHAR_COLON,
  isWindowsDeviceRoot,
  isWindowsPathSeparator as isSep,
  parseWithRoot,
} from "../_common.ts";
import { windowsRoot } from "./_root.ts";
import type { ParsedPath } from "../types.ts";

export type { ParsedPath } from "../types.ts";

/**
 * Returns a `ParsedPath` object describing `path`.
 *
 * @example
 * ```ts
 * import { parse } from "@std/path/windows/parse";
 * parse("C:\\path\\dir\\index.html");
 * // { root: "C:\\", dir: "C:\\path\\dir", base: "index.html", ext: ".html", name: "index" }
 * ```
 *
 * @param path The path to parse.
 * @returns The parsed path object.
 */
export function parse(path: string): ParsedPath {
  assertPath(path);
  const len = path.length;
  let rootEnd = 0;
  if (len > 0) {
    const code = path.charCodeAt(0);
    if (isSep(code)) {
      rootEnd = 1;
      if (len > 1 && isSep(path.charCodeAt(1))) {
        const root = windowsRoot(path);
        if (root.device) {
          rootEnd = root.uncOnly ? root.rootEnd : root.rootEnd + 1;
        }
      }
    } else if (
      isWindowsDeviceRoot(code) && len > 1 && path.charCodeAt(1) === CHAR_COLON
    ) {
      rootEnd = len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
    }
  }
  return parseWithRoot(path, rootEnd, isSep);
}
