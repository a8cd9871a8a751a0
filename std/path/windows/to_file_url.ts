/**
 * Converts a Windows path to a `file:` URL.
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
 * import { toFileUrl } from "@std/path/windows/to-file-url";
 * toFileUrl("\\home\\foo").href; // "file:///home/foo"
 * toFileUrl("C:\\Users\\foo").href; // "file:///C:/Users/foo"
 * toFileUrl("\\\\127.0.0.1\\home\\foo").href; // "file://127.0.0.1/home/foo"
 * ```
 *
 * @param path The absolute path to convert.
 * @returns The `file:` URL.
 */
export function toFileUrl(path: string): URL {
  if (!isAbsolute(path)) {
    throw new TypeError(`Path must be absolute: received "${path}"`);
  }
  const [, hostname, pathname] = path.match(
    /^(?:[/\\]{2}([^/\\]+)(?=[/\\](?:[^/\\]|$)))?(.*)/,
  )!;
  const url = new URL("file:///");
  url.pathname = encodeWhitespace(pathname!.replace(/%/g, "%25"));
  if (hostname !== undefined && hostname !== "localhost") {
    url.hostname = hostname;
    if (!url.hostname) {
      throw new TypeError(`Invalid hostname: "${url.hostname}"`);
    }
  }
  return url;
}
