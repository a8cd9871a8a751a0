/**
 * Expands glob patterns to the matching files and directories.
 *
 * @module
 */
import type { GlobOptions } from "../path/_glob.ts";
import { globToRegExp } from "../path/glob_to_regexp.ts";
import { isAbsolute } from "../path/is_absolute.ts";
import { isGlob } from "../path/is_glob.ts";
import { joinGlobs } from "../path/join_globs.ts";
import { resolve } from "../path/resolve.ts";
import { SEPARATOR_PATTERN } from "../path/constants.ts";
import { walk, walkSync } from "./walk.ts";
import { isWindows, toPathString } from "./_util.ts";
import { createWalkEntry, createWalkEntrySync } from "./_create_walk_entry.ts";
import type { WalkEntry } from "./_create_walk_entry.ts";

export type { GlobOptions } from "../path/_glob.ts";
export type { WalkEntry } from "./_create_walk_entry.ts";

/** Options for {@linkcode expandGlob} and {@linkcode expandGlobSync}. */
export interface ExpandGlobOptions extends GlobOptions {
  /**
   * File path where to expand from.
   *
   * @default {Deno.cwd()}
   */
  root?: string;
  /**
   * List of glob patterns (relative to `root`) to exclude from the results.
   *
   * @default {[]}
   */
  exclude?: string[];
  /**
   * Whether to include directories in the results.
   *
   * @default {true}
   */
  includeDirs?: boolean;
  /**
   * Whether to follow symbolic links.
   *
   * @default {false}
   */
  followSymlinks?: boolean;
  /**
   * When following symlinks, whether reported paths are resolved.
   *
   * @default {true}
   */
  canonicalize?: boolean;
}

interface SplitPath {
  segments: string[];
  isAbsolute: boolean;
  hasTrailingSep: boolean;
  winRoot?: string;
}

function split(path: string): SplitPath {
  const s = SEPARATOR_PATTERN.source;
  const segments = path
    .replace(new RegExp(`^${s}|${s}$`, "g"), "")
    .split(SEPARATOR_PATTERN);
  const isAbsolute_ = isAbsolute(path);
  const result: SplitPath = {
    segments,
    isAbsolute: isAbsolute_,
    hasTrailingSep: new RegExp(`${s}$`).test(path),
  };
  if (isWindows && isAbsolute_) result.winRoot = segments.shift();
  return result;
}

function throwUnlessNotFound(error: unknown): void {
  if (!(error instanceof Deno.errors.NotFound)) throw error;
}

function comparePath(a: WalkEntry, b: WalkEntry): number {
  if (a.path < b.path) return -1;
  if (a.path > b.path) return 1;
  return 0;
}

function unescapeGlobSegment(segment: string): string {
  // `\x60` is the backtick (Windows' glob escape). Written out, a backtick in a regex
  // literal makes the QuickJS engine shim's import scanner (v8x) read the rest of the
  // file as a template string and take the JSDoc examples' imports for real ones.
  return isWindows
    ? segment.replace(/\x60(.)/g, "$1")
    : segment.replace(/\\(.)/g, "$1");
}

interface Plan {
  segments: string[];
  hasTrailingSep: boolean;
  fixedRoot: string;
  globOptions: GlobOptions;
  excludePatterns: RegExp[];
  shouldInclude: (path: string) => boolean;
  includeDirs: boolean;
  followSymlinks: boolean;
  canonicalize: boolean;
  globstar: boolean;
}

function plan(glob: string | URL, options: ExpandGlobOptions): Plan {
  const {
    exclude = [],
    includeDirs = true,
    extended = true,
    globstar = true,
    caseInsensitive = false,
    followSymlinks = false,
    canonicalize = true,
  } = options;
  const { segments, isAbsolute: isGlobAbsolute, hasTrailingSep, winRoot } =
    split(toPathString(glob));
  const root = options.root ?? (isGlobAbsolute ? winRoot ?? "/" : Deno.cwd());
  const globOptions: GlobOptions = { extended, globstar, caseInsensitive };
  const absRoot = isGlobAbsolute ? root : resolve(root);
  const excludePatterns = exclude
    .map((path) => resolve(absRoot, path))
    .map((path) => globToRegExp(path, globOptions));
  const shouldInclude = (path: string) =>
    !excludePatterns.some((pattern) => !!path.match(pattern));
  let fixedRoot = isGlobAbsolute ? winRoot ?? "/" : absRoot;
  while (segments.length > 0 && !isGlob(segments[0]!)) {
    const segment = segments.shift()!;
    fixedRoot = joinGlobs(
      [fixedRoot, unescapeGlobSegment(segment)],
      globOptions,
    );
  }
  return {
    segments,
    hasTrailingSep,
    fixedRoot,
    globOptions,
    excludePatterns,
    shouldInclude,
    includeDirs,
    followSymlinks,
    canonicalize,
    globstar,
  };
}

function finish(p: Plan, matches: WalkEntry[]): WalkEntry[] {
  if (p.hasTrailingSep) matches = matches.filter((entry) => entry.isDirectory);
  if (!p.includeDirs) matches = matches.filter((entry) => !entry.isDirectory);
  return matches;
}

/**
 * Returns an async iterator of the file and directory entries matching the
 * glob, with absolute paths (sorted per expansion step).
 *
 * @example
 * ```ts
 * import { expandGlob } from "@std/fs/expand-glob";
 * for await (const entry of expandGlob("**\/*.ts")) {
 *   console.log(entry.path);
 * }
 * ```
 *
 * @param glob The glob pattern (or `file:` URL) to expand.
 * @param options Expansion options.
 * @returns An async iterator of matching entries.
 */
export async function* expandGlob(
  glob: string | URL,
  options: ExpandGlobOptions = {},
): AsyncIterableIterator<WalkEntry> {
  const p = plan(glob, options);
  let fixedRootInfo: WalkEntry;
  try {
    fixedRootInfo = await createWalkEntry(p.fixedRoot);
  } catch (error) {
    return throwUnlessNotFound(error);
  }

  async function* advanceMatch(
    walkInfo: WalkEntry,
    globSegment: string,
  ): AsyncIterableIterator<WalkEntry> {
    if (!walkInfo.isDirectory) return;
    if (globSegment === "..") {
      const parentPath = joinGlobs([walkInfo.path, ".."], p.globOptions);
      if (p.shouldInclude(parentPath)) yield await createWalkEntry(parentPath);
      return;
    }
    if (globSegment === "**") {
      return yield* walk(walkInfo.path, {
        skip: p.excludePatterns,
        maxDepth: p.globstar ? Infinity : 1,
        followSymlinks: p.followSymlinks,
        canonicalize: p.canonicalize,
      });
    }
    const globPattern = globToRegExp(globSegment, p.globOptions);
    for await (
      const walkEntry of walk(walkInfo.path, {
        maxDepth: 1,
        skip: p.excludePatterns,
        followSymlinks: p.followSymlinks,
      })
    ) {
      if (
        walkEntry.path !== walkInfo.path && globPattern.test(walkEntry.name)
      ) {
        yield walkEntry;
      }
    }
  }

  let currentMatches: WalkEntry[] = [fixedRootInfo];
  for (const segment of p.segments) {
    const nextMatchMap = new Map<string, WalkEntry>();
    await Promise.all(currentMatches.map(async (currentMatch) => {
      for await (const nextMatch of advanceMatch(currentMatch, segment)) {
        nextMatchMap.set(nextMatch.path, nextMatch);
      }
    }));
    currentMatches = [...nextMatchMap.values()].sort(comparePath);
  }
  yield* finish(p, currentMatches);
}

/**
 * Returns an iterator of the file and directory entries matching the glob,
 * synchronously. See {@linkcode expandGlob}.
 *
 * @example
 * ```ts
 * import { expandGlobSync } from "@std/fs/expand-glob";
 * for (const entry of expandGlobSync("*.json")) {
 *   console.log(entry.path);
 * }
 * ```
 *
 * @param glob The glob pattern (or `file:` URL) to expand.
 * @param options Expansion options.
 * @returns An iterator of matching entries.
 */
export function* expandGlobSync(
  glob: string | URL,
  options: ExpandGlobOptions = {},
): IterableIterator<WalkEntry> {
  const p = plan(glob, options);
  let fixedRootInfo: WalkEntry;
  try {
    fixedRootInfo = createWalkEntrySync(p.fixedRoot);
  } catch (error) {
    return throwUnlessNotFound(error);
  }

  function* advanceMatch(
    walkInfo: WalkEntry,
    globSegment: string,
  ): IterableIterator<WalkEntry> {
    if (!walkInfo.isDirectory) return;
    if (globSegment === "..") {
      const parentPath = joinGlobs([walkInfo.path, ".."], p.globOptions);
      if (p.shouldInclude(parentPath)) yield createWalkEntrySync(parentPath);
      return;
    }
    if (globSegment === "**") {
      return yield* walkSync(walkInfo.path, {
        skip: p.excludePatterns,
        maxDepth: p.globstar ? Infinity : 1,
        followSymlinks: p.followSymlinks,
        canonicalize: p.canonicalize,
      });
    }
    const globPattern = globToRegExp(globSegment, p.globOptions);
    for (
      const walkEntry of walkSync(walkInfo.path, {
        maxDepth: 1,
        skip: p.excludePatterns,
        followSymlinks: p.followSymlinks,
      })
    ) {
      if (
        walkEntry.path !== walkInfo.path && globPattern.test(walkEntry.name)
      ) {
        yield walkEntry;
      }
    }
  }

  let currentMatches: WalkEntry[] = [fixedRootInfo];
  for (const segment of p.segments) {
    const nextMatchMap = new Map<string, WalkEntry>();
    for (const currentMatch of currentMatches) {
      for (const nextMatch of advanceMatch(currentMatch, segment)) {
        nextMatchMap.set(nextMatch.path, nextMatch);
      }
    }
    currentMatches = [...nextMatchMap.values()].sort(comparePath);
  }
  yield* finish(p, currentMatches);
}
