/**
 * Internal: creation of walk entries.
 *
 * @module
 */
import { basename } from "../path/basename.ts";
import { normalize } from "../path/normalize.ts";
import { toPathString } from "./_util.ts";

/** An entry yielded by `walk` and `walkSync`. */
export interface WalkEntry extends Deno.DirEntry {
  /** Full path of the entry. */
  path: string;
}

/** Creates a `WalkEntry` for a path, following symlinks. */
export async function createWalkEntry(path: string | URL): Promise<WalkEntry> {
  path = normalize(toPathString(path));
  const info = await Deno.stat(path);
  return {
    path,
    name: basename(path),
    isFile: info.isFile,
    isDirectory: info.isDirectory,
    isSymlink: info.isSymlink,
  };
}

/** Creates a `WalkEntry` for a path synchronously, following symlinks. */
export function createWalkEntrySync(path: string | URL): WalkEntry {
  path = normalize(toPathString(path));
  const info = Deno.statSync(path);
  return {
    path,
    name: basename(path),
    isFile: info.isFile,
    isDirectory: info.isDirectory,
    isSymlink: info.isSymlink,
  };
}
