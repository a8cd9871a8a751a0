/**
 * The last portion of a Windows path.
 *
 * @module
 */
import {
  assertBasenameArgs,
  isWindowsPathSeparator,
  lastPathSegment,
  stripSuffix,
} from "../_common.ts";
import { driveEnd } from "./_root.ts";
import { fromFileUrl } from "./from_file_url.ts";

/**
 * Returns the last portion of a `path`, ignoring trailing separators and a
 * leading drive letter, and removes `suffix` from it when the result ends
 * with it.
 *
 * @example
 * ```ts
 * import { basename } from "@std/path/windows/basename";
 * basename("C:\\user\\Documents\\image.png"); // "image.png"
 * basename("C:\\user\\Documents\\image.png", ".png"); // "image"
 * ```
 *
 * @param path The path (or `file:` URL) to extract the name from.
 * @param suffix The suffix to remove from the result.
 * @returns The basename of the path.
 */
export function basename(path: string | URL, suffix = ""): string {
  if (path instanceof URL) path = fromFileUrl(path);
  assertBasenameArgs(path, suffix);
  const segment = lastPathSegment(path, isWindowsPathSeparator, driveEnd(path));
  return suffix ? stripSuffix(segment, suffix) : segment;
}
