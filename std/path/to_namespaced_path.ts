/**
 * `toNamespacedPath` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { toNamespacedPath as posixToNamespacedPath } from "./posix/to_namespaced_path.ts";
import { toNamespacedPath as windowsToNamespacedPath } from "./windows/to_namespaced_path.ts";

/**
 * Resolves `path` to a namespace path on Windows (`\\\\?\\C:\\...`); returns it unchanged on POSIX.
 *
 * @example
 * ```ts
 * import { toNamespacedPath } from "@std/path/to-namespaced-path";
 * toNamespacedPath("/home/foo"); // "/home/foo" (on POSIX)
 * ```
 *
 * @param path The path.
 * @returns The namespaced path.
 */
export function toNamespacedPath(path: string): string {
  return isWindows
    ? windowsToNamespacedPath(path)
    : posixToNamespacedPath(path);
}
