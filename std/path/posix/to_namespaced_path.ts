/**
 * Namespaced paths on POSIX (a no-op).
 *
 * @module
 */
import { assertPath } from "../_common.ts";

/**
 * Converts a path to a namespaced path. On POSIX this returns the path as is.
 *
 * @example
 * ```ts
 * import { toNamespacedPath } from "@std/path/posix/to-namespaced-path";
 * toNamespacedPath("/home/foo"); // "/home/foo"
 * ```
 *
 * @param path The path.
 * @returns The same path.
 */
export function toNamespacedPath(path: string): string {
  assertPath(path);
  return path;
}
