/**
 * Whether a Windows path is absolute.
 *
 * @module
 */
import {
  assertPath,
  CHAR_COLON,
  isWindowsDeviceRoot,
  isWindowsPathSeparator,
} from "../_common.ts";

/**
 * Verifies whether the provided path is absolute: it starts with a
 * separator, or with a drive letter followed by `:` and a separator.
 *
 * @example
 * ```ts
 * import { isAbsolute } from "@std/path/windows/is-absolute";
 * isAbsolute("C:\\foo"); // true
 * isAbsolute("C:foo"); // false
 * isAbsolute("\\\\server\\share"); // true
 * ```
 *
 * @param path The path to verify.
 * @returns Whether the path is absolute.
 */
export function isAbsolute(path: string): boolean {
  assertPath(path);
  const len = path.length;
  if (len === 0) return false;
  const code = path.charCodeAt(0);
  if (isWindowsPathSeparator(code)) return true;
  return isWindowsDeviceRoot(code) && len > 2 &&
    path.charCodeAt(1) === CHAR_COLON &&
    isWindowsPathSeparator(path.charCodeAt(2));
}
