/**
 * `toFileUrl` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { toFileUrl as posixToFileUrl } from "./posix/to_file_url.ts";
import { toFileUrl as windowsToFileUrl } from "./windows/to_file_url.ts";

/**
 * Converts an absolute path to a `file:` URL.
 *
 * @example
 * ```ts
 * import { toFileUrl } from "@std/path/to-file-url";
 * toFileUrl("/home/foo").href; // "file:///home/foo" (on POSIX)
 * ```
 *
 * @param path The absolute path.
 * @returns The `file:` URL.
 */
export function toFileUrl(path: string): URL {
  return isWindows ? windowsToFileUrl(path) : posixToFileUrl(path);
}
