/**
 * Utilities for working with OS-specific file paths.
 *
 * Functions from this module automatically switch between POSIX and Windows
 * path flavors depending on `Deno.build.os` (POSIX when `Deno` is missing).
 * Use `@std/path/posix` or `@std/path/windows` for a fixed flavor.
 *
 * ```ts
 * import { basename, extname, join } from "@std/path";
 * basename("/home/user/file.txt"); // "file.txt" (on POSIX)
 * extname("file.ts"); // ".ts"
 * join("foo", "bar"); // "foo/bar" (on POSIX)
 * ```
 *
 * @module
 */
export * from "./basename.ts";
export * from "./common.ts";
export * from "./constants.ts";
export * from "./dirname.ts";
export * from "./extname.ts";
export * from "./format.ts";
export * from "./from_file_url.ts";
export * from "./glob_to_regexp.ts";
export * from "./is_absolute.ts";
export * from "./is_glob.ts";
export * from "./join.ts";
export * from "./join_globs.ts";
export * from "./normalize.ts";
export * from "./normalize_glob.ts";
export * from "./parse.ts";
export * from "./relative.ts";
export * from "./resolve.ts";
export * from "./to_file_url.ts";
export * from "./to_namespaced_path.ts";
export type * from "./types.ts";
