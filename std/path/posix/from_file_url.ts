/**
 * Converts a `file:` URL to a POSIX path.
 *
 * @module
 */
import { assertFileUrl } from "../_common.ts";

/**
 * Converts a file URL to a path string.
 *
 * @example
 * ```ts
 * import { fromFileUrl } from "@std/path/posix/from-file-url";
 * fromFileUrl("file:///home/foo"); // "/home/foo"
 * ```
 *
 * @param url The `file:` URL to convert.
 * @returns The path.
 */
export function fromFileUrl(url: URL | string): string {
  url = assertFileUrl(url);
  return decodeURIComponent(
    url.pathname.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"),
  );
}
