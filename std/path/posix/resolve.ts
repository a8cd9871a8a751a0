/**
 * Resolves POSIX paths to absolute paths.
 *
 * @module
 */
import {
  assertPath,
  cwd,
  isPosixPathSeparator,
  normalizeSegments,
} from "../_common.ts";

/**
 * Resolves path segments into an absolute path, from right to left, using
 * the current working directory when no segment is absolute.
 *
 * @example
 * ```ts
 * import { resolve } from "@std/path/posix/resolve";
 * resolve("/foo", "bar", "baz/asdf", "quux", ".."); // "/foo/bar/baz/asdf"
 * ```
 *
 * @param pathSegments The path segments to resolve.
 * @returns The resolved absolute path.
 */
export function resolve(...pathSegments: string[]): string {
  let resolvedPath = "";
  let resolvedAbsolute = false;
  for (let i = pathSegments.length - 1; i >= -1 && !resolvedAbsolute; i--) {
    const path = i >= 0 ? pathSegments[i] : cwd("relative");
    assertPath(path);
    if (path.length === 0) continue;
    resolvedPath = `${path}/${resolvedPath}`;
    resolvedAbsolute = path[0] === "/";
  }
  resolvedPath = normalizeSegments(
    resolvedPath,
    !resolvedAbsolute,
    "/",
    isPosixPathSeparator,
  );
  if (resolvedAbsolute) return `/${resolvedPath}`;
  return resolvedPath.length > 0 ? resolvedPath : ".";
}
