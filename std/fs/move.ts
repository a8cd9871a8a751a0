/**
 * Moves files and directories.
 *
 * @module
 */
import { copy, copySync } from "./copy.ts";
import { isSamePath, isSubdir, toPathString } from "./_util.ts";

/** Options for {@linkcode move} and {@linkcode moveSync}. */
export interface MoveOptions {
  /**
   * Whether an existing destination is overwritten.
   *
   * @default {false}
   */
  overwrite?: boolean;
}

function subdirectoryError(src: string | URL, dest: string | URL): Error {
  return new Error(
    `Cannot move '${toPathString(src)}' to a subdirectory of itself, '${
      toPathString(dest)
    }'.`,
  );
}

function isCrossDevice(error: unknown): boolean {
  return error instanceof Error &&
    (error as Error & { code?: string }).code === "EXDEV";
}

/**
 * Asynchronously moves a file or directory (with its contents). Without
 * `overwrite`, an existing destination is an `AlreadyExists` error. Moving a
 * directory into itself is an error.
 *
 * @example
 * ```ts
 * import { move } from "@std/fs/move";
 * await move("./foo", "./bar", { overwrite: true });
 * ```
 *
 * @param src The source path (or `file:` URL).
 * @param dest The destination path (or `file:` URL).
 * @param options Move options.
 * @returns A promise that resolves once the move is done.
 */
export async function move(
  src: string | URL,
  dest: string | URL,
  { overwrite = false }: MoveOptions = {},
): Promise<void> {
  const srcStat = await Deno.stat(src);
  if (
    srcStat.isDirectory && (isSubdir(src, dest) || isSamePath(src, dest))
  ) {
    throw subdirectoryError(src, dest);
  }
  if (overwrite) {
    if (isSamePath(src, dest)) return;
    try {
      await Deno.remove(dest, { recursive: true });
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
  } else {
    let exists = false;
    try {
      await Deno.lstat(dest);
      exists = true;
    } catch { /* does not exist */ }
    if (exists) throw new Deno.errors.AlreadyExists("dest already exists.");
  }
  try {
    await Deno.rename(src, dest);
  } catch (error) {
    if (!isCrossDevice(error)) throw error;
    await copy(src, dest, { overwrite, preserveTimestamps: true });
    await Deno.remove(src, { recursive: true });
  }
}

/**
 * Synchronously moves a file or directory (with its contents). See
 * {@linkcode move}.
 *
 * @example
 * ```ts
 * import { moveSync } from "@std/fs/move";
 * moveSync("./foo", "./bar", { overwrite: true });
 * ```
 *
 * @param src The source path (or `file:` URL).
 * @param dest The destination path (or `file:` URL).
 * @param options Move options.
 */
export function moveSync(
  src: string | URL,
  dest: string | URL,
  { overwrite = false }: MoveOptions = {},
): void {
  const srcStat = Deno.statSync(src);
  if (
    srcStat.isDirectory && (isSubdir(src, dest) || isSamePath(src, dest))
  ) {
    throw subdirectoryError(src, dest);
  }
  if (overwrite) {
    if (isSamePath(src, dest)) return;
    try {
      Deno.removeSync(dest, { recursive: true });
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
  } else {
    let exists = false;
    try {
      Deno.lstatSync(dest);
      exists = true;
    } catch { /* does not exist */ }
    if (exists) throw new Deno.errors.AlreadyExists("dest already exists.");
  }
  try {
    Deno.renameSync(src, dest);
  } catch (error) {
    if (!isCrossDevice(error)) throw error;
    copySync(src, dest, { overwrite, preserveTimestamps: true });
    Deno.removeSync(src, { recursive: true });
  }
}
