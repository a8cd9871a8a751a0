/**
 * Utilities for working with POSIX-formatted paths.
 *
 * ```ts
 * import { join, basename } from "@std/path/posix";
 * join("/foo", "bar"); // "/foo/bar"
 * basename("/foo/bar.txt"); // "bar.txt"
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
export type * from "../types.ts";
