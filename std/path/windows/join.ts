/**
 * Joins Windows path segments.
 *
 * @module
 */
import { assertPath, isWindowsPathSeparator } from "../_common.ts";
import { fromFileUrl } from "./from_file_url.ts";
import { normalize } from "./normalize.ts";

/**
 * Joins all given path segments together using `\` and normalizes the result.
 * Empty segments are ignored; joining nothing gives `"."`. A UNC path is only
 * produced when the first segment clearly is one.
 *
 * @example
 * ```ts
 * import { join } from "@std/path/windows/join";
 * join("C:\\foo", "bar", "baz\\quux", "garply", ".."); // "C:\\foo\\bar\\baz\\quux"
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
  const nonEmpty = all.filter((p) => p.length > 0);
  if (nonEmpty.length === 0) return ".";
  const firstPart = nonEmpty[0]!;
  let joined = nonEmpty.join("\\");
  // Avoid turning the result into a UNC path unless the first segment starts
  // with exactly two separators followed by something else.
  let needsReplace = true;
  let slashCount = 0;
  if (isWindowsPathSeparator(firstPart.charCodeAt(0))) {
    slashCount++;
    if (
      firstPart.length > 1 && isWindowsPathSeparator(firstPart.charCodeAt(1))
    ) {
      slashCount++;
      if (firstPart.length > 2) {
        if (isWindowsPathSeparator(firstPart.charCodeAt(2))) slashCount++;
        else needsReplace = false;
      }
    }
  }
  if (needsReplace) {
    while (
      slashCount < joined.length &&
      isWindowsPathSeparator(joined.charCodeAt(slashCount))
    ) {
      slashCount++;
    }
    if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
  }
  return normalize(joined);
}
