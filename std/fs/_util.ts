/**
 * Internal helpers of `@std/fs`.
 *
 * @module
 */
import { fromFileUrl } from "../path/from_file_url.ts";
import { resolve } from "../path/resolve.ts";
import { SEPARATOR } from "../path/constants.ts";

// deno-lint-ignore no-explicit-any
const deno = (globalThis as any).Deno;

/** Whether the current platform is Windows. */
export const isWindows: boolean = deno?.build?.os === "windows";

/** Converts a path or `file:` URL to a path string. */
export function toPathString(pathUrl: string | URL): string {
  return pathUrl instanceof URL ? fromFileUrl(pathUrl) : pathUrl;
}

/** Whether `dest` is a strict sub-path of `src`. */
export function isSubdir(
  src: string | URL,
  dest: string | URL,
  sep: string = SEPARATOR,
): boolean {
  src = toPathString(src);
  dest = toPathString(dest);
  if (resolve(src) === resolve(dest)) return false;
  const srcArray = resolve(src).split(sep);
  const destArray = resolve(dest).split(sep);
  return srcArray.every((current, i) => destArray[i] === current);
}

/** Whether two paths resolve to the same path. */
export function isSamePath(src: string | URL, dest: string | URL): boolean {
  return resolve(toPathString(src)) === resolve(toPathString(dest));
}

/** The kind of a file, as used in error messages. */
export type PathType = "file" | "dir" | "symlink";

/** The kind of a file, or `undefined` for other kinds. */
export function getFileInfoType(fileInfo: Deno.FileInfo): PathType | undefined {
  return fileInfo.isFile
    ? "file"
    : fileInfo.isDirectory
    ? "dir"
    : fileInfo.isSymlink
    ? "symlink"
    : undefined;
}
