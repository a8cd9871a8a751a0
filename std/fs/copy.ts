/**
 * Copies files and directories.
 *
 * @module
 */
import { basename } from "../path/basename.ts";
import { join } from "../path/join.ts";
import { resolve } from "../path/resolve.ts";
import { ensureDir, ensureDirSync } from "./ensure_dir.ts";
import { getFileInfoType, isSubdir, isWindows, toPathString } from "./_util.ts";

/** Options for {@linkcode copy} and {@linkcode copySync}. */
export interface CopyOptions {
  /**
   * Whether to overwrite an existing file or directory at the destination.
   *
   * @default {false}
   */
  overwrite?: boolean;
  /**
   * When `true`, the access and modification times of the source are set on
   * the copy. Only works on file systems that support it.
   *
   * @default {false}
   */
  preserveTimestamps?: boolean;
}

interface InternalCopyOptions extends CopyOptions {
  isFolder?: boolean;
}

async function ensureValidCopy(
  src: string,
  dest: string,
  options: InternalCopyOptions,
): Promise<Deno.FileInfo | undefined> {
  let destStat: Deno.FileInfo;
  try {
    destStat = await Deno.lstat(dest);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return undefined;
    throw err;
  }
  return checkDest(src, dest, destStat, options);
}

function ensureValidCopySync(
  src: string,
  dest: string,
  options: InternalCopyOptions,
): Deno.FileInfo | undefined {
  let destStat: Deno.FileInfo;
  try {
    destStat = Deno.lstatSync(dest);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return undefined;
    throw err;
  }
  return checkDest(src, dest, destStat, options);
}

function checkDest(
  src: string,
  dest: string,
  destStat: Deno.FileInfo,
  options: InternalCopyOptions,
): Deno.FileInfo {
  if (options.isFolder && !destStat.isDirectory) {
    throw new Error(
      `Cannot overwrite non-directory '${dest}' with directory '${src}'`,
    );
  }
  if (!options.overwrite) {
    throw new Deno.errors.AlreadyExists(`'${dest}' already exists.`);
  }
  return destStat;
}

function symlinkOptions(
  type: string | undefined,
): Deno.SymlinkOptions | undefined {
  return isWindows ? { type: type === "dir" ? "dir" : "file" } : undefined;
}

async function copyFile(src: string, dest: string, options: CopyOptions) {
  await ensureValidCopy(src, dest, options);
  await Deno.copyFile(src, dest);
  if (options.preserveTimestamps) {
    const info = await Deno.stat(src);
    await Deno.utime(dest, info.atime!, info.mtime!);
  }
}

function copyFileSync(src: string, dest: string, options: CopyOptions) {
  ensureValidCopySync(src, dest, options);
  Deno.copyFileSync(src, dest);
  if (options.preserveTimestamps) {
    const info = Deno.statSync(src);
    Deno.utimeSync(dest, info.atime!, info.mtime!);
  }
}

async function copySymlink(src: string, dest: string, options: CopyOptions) {
  const destStat = await ensureValidCopy(src, dest, options);
  if (destStat) await Deno.remove(dest, { recursive: true });
  const target = await Deno.readLink(src);
  let type: string | undefined;
  if (isWindows) {
    try {
      type = getFileInfoType(await Deno.stat(src));
    } catch { /* dangling link */ }
  }
  await Deno.symlink(target, dest, symlinkOptions(type));
  if (options.preserveTimestamps) {
    const info = await Deno.lstat(src);
    try {
      await Deno.utime(dest, info.atime!, info.mtime!);
    } catch { /* the target may not exist */ }
  }
}

function copySymlinkSync(src: string, dest: string, options: CopyOptions) {
  const destStat = ensureValidCopySync(src, dest, options);
  if (destStat) Deno.removeSync(dest, { recursive: true });
  const target = Deno.readLinkSync(src);
  let type: string | undefined;
  if (isWindows) {
    try {
      type = getFileInfoType(Deno.statSync(src));
    } catch { /* dangling link */ }
  }
  Deno.symlinkSync(target, dest, symlinkOptions(type));
  if (options.preserveTimestamps) {
    const info = Deno.lstatSync(src);
    try {
      Deno.utimeSync(dest, info.atime!, info.mtime!);
    } catch { /* the target may not exist */ }
  }
}

async function copyDir(src: string, dest: string, options: CopyOptions) {
  const destStat = await ensureValidCopy(src, dest, {
    ...options,
    isFolder: true,
  });
  if (!destStat) await ensureDir(dest);
  if (options.preserveTimestamps) {
    const info = await Deno.stat(src);
    await Deno.utime(dest, info.atime!, info.mtime!);
  }
  const promises: Promise<void>[] = [];
  for await (const entry of Deno.readDir(src)) {
    const srcPath = join(src, entry.name);
    const destPath = join(dest, basename(srcPath));
    if (entry.isSymlink) promises.push(copySymlink(srcPath, destPath, options));
    else if (entry.isDirectory) {
      promises.push(copyDir(srcPath, destPath, options));
    } else if (entry.isFile) {
      promises.push(copyFile(srcPath, destPath, options));
    }
  }
  await Promise.all(promises);
}

function copyDirSync(src: string, dest: string, options: CopyOptions) {
  const destStat = ensureValidCopySync(src, dest, {
    ...options,
    isFolder: true,
  });
  if (!destStat) ensureDirSync(dest);
  if (options.preserveTimestamps) {
    const info = Deno.statSync(src);
    Deno.utimeSync(dest, info.atime!, info.mtime!);
  }
  for (const entry of Deno.readDirSync(src)) {
    const srcPath = join(src, entry.name);
    const destPath = join(dest, basename(srcPath));
    if (entry.isSymlink) copySymlinkSync(srcPath, destPath, options);
    else if (entry.isDirectory) copyDirSync(srcPath, destPath, options);
    else if (entry.isFile) copyFileSync(srcPath, destPath, options);
  }
}

function checkPaths(src: string, dest: string, srcStat: Deno.FileInfo): void {
  if (srcStat.isDirectory && isSubdir(src, dest)) {
    throw new Error(
      `Cannot copy '${src}' to a subdirectory of itself: '${dest}'`,
    );
  }
}

/**
 * Asynchronously copies a file, directory (recursively) or symlink. Symlinks
 * are copied as symlinks. Without `overwrite`, an existing destination is an
 * `AlreadyExists` error; with it, files are replaced and directories merged.
 *
 * @example
 * ```ts
 * import { copy } from "@std/fs/copy";
 * await copy("./foo", "./bar", { overwrite: true });
 * ```
 *
 * @param src The source path (or `file:` URL).
 * @param dest The destination path (or `file:` URL).
 * @param options Copy options.
 * @returns A promise that resolves once the copy is done.
 */
export async function copy(
  src: string | URL,
  dest: string | URL,
  options: CopyOptions = {},
): Promise<void> {
  src = resolve(toPathString(src));
  dest = resolve(toPathString(dest));
  if (src === dest) {
    throw new Error("Source and destination cannot be the same");
  }
  const srcStat = await Deno.lstat(src);
  checkPaths(src, dest, srcStat);
  if (srcStat.isSymlink) await copySymlink(src, dest, options);
  else if (srcStat.isDirectory) await copyDir(src, dest, options);
  else if (srcStat.isFile) await copyFile(src, dest, options);
}

/**
 * Synchronously copies a file, directory (recursively) or symlink. See
 * {@linkcode copy}.
 *
 * @example
 * ```ts
 * import { copySync } from "@std/fs/copy";
 * copySync("./foo", "./bar", { overwrite: true });
 * ```
 *
 * @param src The source path (or `file:` URL).
 * @param dest The destination path (or `file:` URL).
 * @param options Copy options.
 */
export function copySync(
  src: string | URL,
  dest: string | URL,
  options: CopyOptions = {},
): void {
  src = resolve(toPathString(src));
  dest = resolve(toPathString(dest));
  if (src === dest) {
    throw new Error("Source and destination cannot be the same");
  }
  const srcStat = Deno.lstatSync(src);
  checkPaths(src, dest, srcStat);
  if (srcStat.isSymlink) copySymlinkSync(src, dest, options);
  else if (srcStat.isDirectory) copyDirSync(src, dest, options);
  else if (srcStat.isFile) copyFileSync(src, dest, options);
}
