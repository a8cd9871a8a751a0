/**
 * `resolve` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { resolve as posixResolve } from "./posix/resolve.ts";
import { resolve as windowsResolve } from "./windows/resolve.ts";

/**
 * Resolves path segments into an absolute path, using the current working directory when needed.
 *
 * @example
 * ```ts
 * import { resolve } from "@std/path/resolve";
 * resolve("/foo", "bar", "..", "baz"); // "/foo/baz" (on POSIX)
 * ```
 *
 * @param pathSegments The segments.
 * @returns The absolute path.
 */
export function resolve(...pathSegments: string[]): string {
  return isWindows
    ? windowsResolve(...pathSegments)
    : posixResolve(...pathSegments);
}
