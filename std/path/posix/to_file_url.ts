/**
 * Converts a POSIX path to a `file:` URL.
 *
 * @module
 */
import { encodeWhitespace } from "../_common.ts";
import { isAbsolute } from "./is_absolute.ts";

/**
 * Converts an absolute path to a file URL.
 *
 * @example
 * ```ts
 * import { toFileUrl } from "@std/path/posix/to-file-url";
 * toFileUrl("/home/foo").href; // "file:///home/foo"
 * toFileUrl("/home/ foo").href; // "file:///home/%20foo"
 * ```
 *
 * @param path The absolute path to convert.
 * @returns The `file:` URL.
 */
export function toFileUrl(path: string): URL {
  if (!isAbsolute(path)) {
    throw new TypeError(`Path must be absolute: received "${path}"`);
  }
  const url = new URL("file:///");
  url.pathname = encodeWhitespace(
    path.replace(/%/g, "%25").replace(/\\/g, "%5C"),
  );
  return url;
}
