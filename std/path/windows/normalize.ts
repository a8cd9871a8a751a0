/**
 * Normalizes Windows paths.
 *
 * @module
 */
import {
  assertPath,
  isWindowsPathSeparator,
  normalizeSegments,
} from "../_common.ts";
import { windowsRoot } from "./_root.ts";
import { fromFileUrl } from "./from_file_url.ts";

/**
 * Normalizes `path`, resolving `..` and `.` segments, collapsing repeated
 * separators and turning `/` into `\`. A trailing separator is kept.
 *
 * @example
 * ```ts
 * import { normalize } from "@std/path/windows/normalize";
 * normalize("C:\\foo\\..\\bar"); // "C:\\bar"
 * normalize("C:/foo//bar/"); // "C:\\foo\\bar\\"
 * ```
 *
 * @param path The path (or `file:` URL) to normalize.
 * @returns The normalized path.
 */
export function normalize(path: string | URL): string {
  if (path instanceof URL) path = fromFileUrl(path);
  assertPath(path);
  const len = path.length;
  if (len === 0) return ".";
  const { device, rootEnd, isAbsolute, uncOnly } = windowsRoot(path);
  if (uncOnly) return `${device}\\`;
  let tail = rootEnd < len
    ? normalizeSegments(
      path.slice(rootEnd),
      !isAbsolute,
      "\\",
      isWindowsPathSeparator,
    )
    : "";
  if (tail.length === 0 && !isAbsolute) tail = ".";
  if (tail.length > 0 && isWindowsPathSeparator(path.charCodeAt(len - 1))) {
    tail += "\\";
  }
  if (!device) return isAbsolute ? `\\${tail}` : tail;
  return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
}
