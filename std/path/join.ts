/**
 * `join` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { join as posixJoin } from "./posix/join.ts";
import { join as windowsJoin } from "./windows/join.ts";

/**
 * Joins all given path segments together using the platform separator and normalizes the result.
 *
 * @example
 * ```ts
 * import { join } from "@std/path/join";
 * join("/foo", "bar", "..", "baz"); // "/foo/baz" (on POSIX)
 * ```
 *
 * @param path The first segment (or a `file:` URL).
 * @param paths The remaining segments.
 * @returns The joined path.
 */
export function join(path?: string | URL, ...paths: string[]): string {
  return isWindows ? windowsJoin(path, ...paths) : posixJoin(path, ...paths);
}
