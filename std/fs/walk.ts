/**
 * Recursively walks a directory tree.
 *
 * @module
 */
import { join } from "../path/join.ts";
import { toPathString } from "./_util.ts";
import { createWalkEntry, createWalkEntrySync } from "./_create_walk_entry.ts";
import type { WalkEntry } from "./_create_walk_entry.ts";

export type { WalkEntry } from "./_create_walk_entry.ts";

/** Options for {@linkcode walk} and {@linkcode walkSync}. */
export interface WalkOptions {
  /**
   * The maximum depth of the file tree to be walked recursively. The root is
   * at depth 0.
   *
   * @default {Infinity}
   */
  maxDepth?: number;
  /**
   * Whether files are included.
   *
   * @default {true}
   */
  includeFiles?: boolean;
  /**
   * Whether directories are included (including the root).
   *
   * @default {true}
   */
  includeDirs?: boolean;
  /**
   * Whether symlinks are included (when they are not followed).
   *
   * @default {true}
   */
  includeSymlinks?: boolean;
  /**
   * Whether symlinks are followed (their targets walked and reported).
   *
   * @default {false}
   */
  followSymlinks?: boolean;
  /**
   * When following symlinks, whether the reported path is the resolved
   * (canonical) path rather than the path through the link.
   *
   * @default {true}
   */
  canonicalize?: boolean;
  /**
   * Only entries whose path ends with one of these extensions are included
   * (a missing leading `.` is added).
   *
   * @default {undefined}
   */
  exts?: string[];
  /**
   * Only entries whose path matches at least one of these patterns are
   * included.
   *
   * @default {undefined}
   */
  match?: RegExp[];
  /**
   * Entries whose path matches any of these patterns are excluded, and
   * matching directories are not entered.
   *
   * @default {undefined}
   */
  skip?: RegExp[];
}

function include(
  path: string,
  exts?: string[],
  match?: RegExp[],
  skip?: RegExp[],
): boolean {
  if (exts && !exts.some((ext) => path.endsWith(ext))) return false;
  if (match && !match.some((pattern) => !!path.match(pattern))) return false;
  if (skip && skip.some((pattern) => !!path.match(pattern))) return false;
  return true;
}

function normalizeExts(exts?: string[]): string[] | undefined {
  return exts?.map((ext) => ext.startsWith(".") ? ext : `.${ext}`);
}

/**
 * Recursively walks through a directory and yields information about each
 * file, directory and symlink found, depth first, starting with the root
 * itself (a directory entry).
 *
 * @example
 * ```ts
 * import { walk } from "@std/fs/walk";
 * for await (const entry of walk(".", { exts: [".ts"] })) {
 *   console.log(entry.path);
 * }
 * ```
 *
 * @param root The root directory (path or `file:` URL).
 * @param options Walk options.
 * @returns An async iterator of entries.
 */
export async function* walk(
  root: string | URL,
  options: WalkOptions = {},
): AsyncIterableIterator<WalkEntry> {
  let {
    maxDepth = Infinity,
    includeFiles = true,
    includeDirs = true,
    includeSymlinks = true,
    followSymlinks = false,
    canonicalize = true,
    exts = undefined,
    match = undefined,
    skip = undefined,
  } = options;
  exts = normalizeExts(exts);
  if (maxDepth < 0) return;
  root = toPathString(root);
  if (includeDirs && include(root, exts, match, skip)) {
    yield await createWalkEntry(root);
  }
  if (maxDepth < 1 || !include(root, undefined, undefined, skip)) return;
  for await (const entry of Deno.readDir(root)) {
    let path = join(root, entry.name);
    let { isSymlink, isDirectory } = entry;
    if (isSymlink) {
      if (!followSymlinks) {
        if (includeSymlinks && include(path, exts, match, skip)) {
          yield { path, ...entry };
        }
        continue;
      }
      const realPath = await Deno.realPath(path);
      if (canonicalize) path = realPath;
      ({ isSymlink, isDirectory } = await Deno.lstat(realPath));
    }
    if (isSymlink || isDirectory) {
      yield* walk(path, {
        maxDepth: maxDepth - 1,
        includeFiles,
        includeDirs,
        includeSymlinks,
        followSymlinks,
        canonicalize,
        exts,
        match,
        skip,
      });
    } else if (includeFiles && include(path, exts, match, skip)) {
      yield { path, ...entry };
    }
  }
}

/**
 * Synchronously and recursively walks through a directory. See
 * {@linkcode walk}.
 *
 * @example
 * ```ts
 * import { walkSync } from "@std/fs/walk";
 * for (const entry of walkSync(".", { includeDirs: false })) {
 *   console.log(entry.path);
 * }
 * ```
 *
 * @param root The root directory (path or `file:` URL).
 * @param options Walk options.
 * @returns An iterator of entries.
 */
export function* walkSync(
  root: string | URL,
  options: WalkOptions = {},
): IterableIterator<WalkEntry> {
  let {
    maxDepth = Infinity,
    includeFiles = true,
    includeDirs = true,
    includeSymlinks = true,
    followSymlinks = false,
    canonicalize = true,
    exts = undefined,
    match = undefined,
    skip = undefined,
  } = options;
  exts = normalizeExts(exts);
  if (maxDepth < 0) return;
  root = toPathString(root);
  if (includeDirs && include(root, exts, match, skip)) {
    yield createWalkEntrySync(root);
  }
  if (maxDepth < 1 || !include(root, undefined, undefined, skip)) return;
  for (const entry of Deno.readDirSync(root)) {
    let path = join(root, entry.name);
    let { isSymlink, isDirectory } = entry;
    if (isSymlink) {
      if (!followSymlinks) {
        if (includeSymlinks && include(path, exts, match, skip)) {
          yield { path, ...entry };
        }
        continue;
      }
      const realPath = Deno.realPathSync(path);
      if (canonicalize) path = realPath;
      ({ isSymlink, isDirectory } = Deno.lstatSync(realPath));
    }
    if (isSymlink || isDirectory) {
      yield* walkSync(path, {
        maxDepth: maxDepth - 1,
        includeFiles,
        includeDirs,
        includeSymlinks,
        followSymlinks,
        canonicalize,
        exts,
        match,
        skip,
      });
    } else if (includeFiles && include(path, exts, match, skip)) {
      yield { path, ...entry };
    }
  }
}
