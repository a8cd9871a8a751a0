/**
 * Joins POSIX path segments.
 *
 * @module
 */
import { assertPath } from "../_common.ts";
import { fromFileUrl } from "./from_file_url.ts";
import { normalize } from "./normalize.ts";

/**
 * Joins all given path segments together using `/` and normalizes the result.
 * Empty segments are ignored; joining nothing gives `"."`.
 *
 * @example
 * ```ts
 * import { join } from "@std/path/posix/join";
 * join("/foo", "bar", "baz/asdf", "quux", ".."); // "/foo/bar/baz/asdf"
 * join(new URL("file:///foo"), "bar"); // "/foo/bar"
 * ```
 *
 * @param path The first path segment (or a `file:` URL).
 * @param paths The remaining path segments.
 * @returns The joined path.
 */
export function join(path?: string | URL, ...paths: string[]): string {
  if (path === undefined) return ".";
  if (path instanceof URL) path = fromFileUrl(path);
  const all = [path, ...paths];
  all.forEach((p) => assertPath(p));
  const joined = all.filter((p) => p.length > 0).join("/");
  return joined === "" ? "." : normalize(joined);
}
