/**
 * The directory part of a Windows path.
 *
 * @module
 */
import {
  assertPath,
  CHAR_COLON,
  isWindowsDeviceRoot,
  isWindowsPathSeparator as isSep,
} from "../_common.ts";
import { windowsRoot } from "./_root.ts";
import { fromFileUrl } from "./from_file_url.ts";

/**
 * Returns the directory path of `path`, ignoring trailing separators. Roots
 * (`C:\`, `\\server\share\`) are kept.
 *
 * @example
 * ```ts
 * import { dirname } from "@std/path/windows/dirname";
 * dirname("C:\\foo\\bar\\baz.ext"); // "C:\\foo\\bar"
 * dirname("C:\\foo"); // "C:\\"
 * ```
 *
 * @param path The path (or `file:` URL) to get the directory of.
 * @returns The directory path.
 */
export function dirname(path: string | URL): string {
  if (path instanceof URL) path = fromFileUrl(path);
  assertPath(path);
  const len = path.length;
  if (len === 0) return ".";
  const code = path.charCodeAt(0);
  if (len === 1) return isSep(code) ? path : ".";
  let rootEnd = -1;
  if (isSep(code)) {
    rootEnd = 1;
    if (isSep(path.charCodeAt(1))) {
      const root = windowsRoot(path);
      if (root.device) {
        if (root.uncOnly) return path;
        rootEnd = root.rootEnd + 1;
      }
    }
  } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
    rootEnd = len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
  }
  const offset = Math.max(rootEnd, 0);
  let end = -1;
  let matchedNonSeparator = false;
  for (let i = len - 1; i >= offset; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (matchedNonSeparator) {
        end = i;
        break;
      }
    } else {
      matchedNonSeparator = true;
    }
  }
  if (end === -1) {
    if (rootEnd === -1) return ".";
    return path.slice(0, rootEnd);
  }
  const min = Math.max(rootEnd, 1);
  while (end > min && isSep(path.charCodeAt(end - 1))) end--;
  return path.slice(0, end);
}
