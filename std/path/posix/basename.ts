/**
 * The last portion of a POSIX path.
 *
 * @module
 */
import {
  assertBasenameArgs,
  isPosixPathSeparator,
  lastPathSegment,
  stripSuffix,
} from "../_common.ts";
import { fromFileUrl } from "./from_file_url.ts";

/**
 * Returns the last portion of a `path`, ignoring trailing separators, and
 * removes `suffix` from it when the result ends with it.
 *
 * @example
 * ```ts
 * import { basename } from "@std/path/posix/basename";
 * basename("/home/user/Documents/image.png"); // "image.png"
 * basename("/home/user/Documents/image.png", ".png"); // "image"
 * basename(new URL("file:///home/user/file.txt")); // "file.txt"
 * ```
 *
 * @param path The path (or `file:` URL) to extract the name from.
 * @param suffix The suffix to remove from the result.
 * @returns The basename of the path.
 */
export function basename(path: string | URL, suffix = ""): string {
  if (path instanceof URL) path = fromFileUrl(path);
  assertBasenameArgs(path, suffix);
  const segment = lastPathSegment(path, isPosixPathSeparator);
  return suffix ? stripSuffix(segment, suffix) : segment;
}
