/**
 * `fromFileUrl` for the current platform's paths (POSIX or Windows).
 *
 * @module
 */
import { isWindows } from "./_os.ts";
import { fromFileUrl as posixFromFileUrl } from "./posix/from_file_url.ts";
import { fromFileUrl as windowsFromFileUrl } from "./windows/from_file_url.ts";

/**
 * Converts a `file:` URL to a path string.
 *
 * @example
 * ```ts
 * import { fromFileUrl } from "@std/path/from-file-url";
 * fromFileUrl("file:///home/foo"); // "/home/foo" (on POSIX)
 * ```
 *
 * @param url The `file:` URL.
 * @returns The path.
 */
export function fromFileUrl(url: string | URL): string {
  return isWindows ? windowsFromFileUrl(url) : posixFromFileUrl(url);
}
