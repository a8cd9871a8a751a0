/**
 * Normalizes POSIX paths.
 *
 * @module
 */
import {
  assertPath,
  isPosixPathSeparator,
  normalizeSegments,
} from "../_common.ts";
import { fromFileUrl } from "./from_file_url.ts";

/**
 * Normalizes `path`, resolving `..` and `.` segments and collapsing repeated
 * separators. A trailing separator is kept.
 *
 * @example
 * ```ts
 * import { normalize } from "@std/path/posix/normalize";
 * normalize("/foo/bar//baz/asdf/quux/.."); // "/foo/bar/baz/asdf"
 * ```
 *
 * @param path The path (or `file:` URL) to normalize.
 * @returns The normalized path.
 */
export function normalize(path: string | URL): string {
  if (path instanceof URL) path = fromFileUrl(path);
  assertPath(path);
  if (path.length === 0) return ".";
  const isAbsolute = path[0] === "/";
  const trailingSeparator = path[path.length - 1] === "/";
  let body = normalizeSegments(path, !isAbsolute, "/", isPosixPathSeparator);
  if (body.length === 0 && !isAbsolute) body = ".";
  if (body.length > 0 && trailingSeparator) body += "/";
  return isAbsolute ? `/${body}` : body;
}
