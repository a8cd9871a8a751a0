/**
 * `normalize` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { normalize as posixNormalize } from "./posix/normalize.ts";
import { normalize as windowsNormalize } from "./windows/normalize.ts";

/**
 * Normalizes `path`, resolving `..` and `.` segments.
 *
 * @example
 * ```ts
 * import { normalize } from "@std/path/normalize";
 * normalize("/foo/bar//baz/asdf/quux/.."); // "/foo/bar/baz/asdf" (on POSIX)
 * ```
 *
 * @param path The path (or `file:` URL).
 * @returns The normalized path.
 */
export function normalize(path: string | URL): string {
  return isWindows ? windowsNormalize(path) : posixNormalize(path);
}
