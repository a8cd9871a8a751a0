/**
 * The directory part of a POSIX path.
 *
 * @module
 */
import { assertPath } from "../_common.ts";
import { fromFileUrl } from "./from_file_url.ts";

/**
 * Returns the directory path of `path`, ignoring trailing separators.
 *
 * @example
 * ```ts
 * import { dirname } from "@std/path/posix/dirname";
 * dirname("/home/user/Documents/"); // "/home/user"
 * dirname("file.txt"); // "."
 * ```
 *
 * @param path The path (or `file:` URL) to get the directory of.
 * @returns The directory path.
 */
export function dirname(path: string | URL): string {
  if (path instanceof URL) path = fromFileUrl(path);
  assertPath(path);
  if (path.length === 0) return ".";
  let end = path.length;
  while (end > 1 && path[end - 1] === "/") end--;
  const index = path.lastIndexOf("/", end - 1);
  if (index === -1) return ".";
  let dirEnd = index;
  while (dirEnd > 0 && path[dirEnd - 1] === "/") dirEnd--;
  return dirEnd === 0 ? "/" : path.slice(0, dirEnd);
}
