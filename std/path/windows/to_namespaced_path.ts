/**
 * Namespaced (`\\?\`) Windows paths.
 *
 * @module
 */
import { CHAR_COLON, isWindowsDeviceRoot } from "../_common.ts";
import { resolve } from "./resolve.ts";

/**
 * Resolves `path` to a namespace path (`\\?\C:\...` or `\\?\UNC\...`).
 * Other paths are returned unchanged.
 *
 * @example
 * ```ts
 * import { toNamespacedPath } from "@std/path/windows/to-namespaced-path";
 * toNamespacedPath("C:\\foo\\bar"); // "\\\\?\\C:\\foo\\bar"
 * ```
 *
 * @param path The path to convert.
 * @returns The namespaced path.
 */
export function toNamespacedPath(path: string): string {
  if (typeof path !== "string") return path;
  if (path.length === 0) return "";
  const resolved = resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved[0] === "\\") {
    if (resolved[1] === "\\" && resolved[2] !== "?" && resolved[2] !== ".") {
      return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (
    isWindowsDeviceRoot(resolved.charCodeAt(0)) &&
    resolved.charCodeAt(1) === CHAR_COLON && resolved[2] === "\\"
  ) {
    return `\\\\?\\${resolved}`;
  }
  return path;
}
