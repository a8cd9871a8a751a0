/**
 * Helpers for working with the file system: ensuring files and directories
 * exist, copying, moving, emptying, walking and globbing.
 *
 * ```ts
 * import { ensureDir, copy, walk } from "@std/fs";
 * await ensureDir("./logs");
 * await copy("./data", "./backup", { overwrite: true });
 * for await (const entry of walk("./logs")) console.log(entry.path);
 * ```
 *
 * @module
 */
export * from "./copy.ts";
export * from "./empty_dir.ts";
export * from "./ensure_dir.ts";
export * from "./ensure_file.ts";
export * from "./ensure_link.ts";
export * from "./ensure_symlink.ts";
export * from "./eol.ts";
export * from "./exists.ts";
export * from "./expand_glob.ts";
export * from "./move.ts";
export * from "./walk.ts";
