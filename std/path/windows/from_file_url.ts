/**
 * Converts a `file:` URL to a Windows path.
 *
 * @module
 */
import { assertFileUrl } from "../_common.ts";

/**
 * Converts a file URL to a path string.
 *
 * @example
 * ```ts
 * import { fromFileUrl } from "@std/path/windows/from-file-url";
 * fromFileUrl("file:///home/foo"); // "\\home\\foo"
 * fromFileUrl("file:///C:/Users/foo"); // "C:\\Users\\foo"
 * fromFileUrl("file://localhost/home/foo"); // "\\home\\foo"
 * fromFileUrl("file://server/share/foo"); // "\\\\server\\share\\foo"
 * ```
 *
 * @param url The `file:` URL to convert.
 * @returns The path.
 */
export function fromFileUrl(url: URL | string): string {
  url = assertFileUrl(url);
  let path = decodeURIComponent(
    url.pathname.replace(/\//g, "\\").replace(/%(?![0-9A-Fa-f]{2})/g, "%25"),
  ).replace(/^\\*([A-Za-z]:)(\\|$)/, "$1\\");
  if (url.hostname !== "") {
    path = `\\\\${url.hostname}${path}`;
  }
  return path;
}
