/**
 * The extension of a Windows path.
 *
 * @module
 */
import {
  assertPath,
  extOfSegment,
  isWindowsPathSeparator,
  lastPathSegment,
} from "../_common.ts";
import { driveEnd } from "./_root.ts";
import { fromFileUrl } from "./from_file_url.ts";

/**
 * Returns the extension of `path`: from the last `.` of the last portion to
 * its end, or an empty string when there is none.
 *
 * @example
 * ```ts
 * import { extname } from "@std/path/windows/extname";
 * extname("C:\\foo\\file.ts"); // ".ts"
 * ```
 *
 * @param path The path (or `file:` URL) to get the extension of.
 * @returns The extension, such as `.ts`.
 */
export function extname(path: string | URL): string {
  if (path instanceof URL) path = fromFileUrl(path);
  assertPath(path);
  return extOfSegment(
    lastPathSegment(path, isWindowsPathSeparator, driveEnd(path)),
  );
}
