/**
 * Ensures that a directory exists.
 *
 * @module
 */
import { getFileInfoType } from "./_util.ts";

function throwIfNotDirectory(fileInfo: Deno.FileInfo): void {
  if (!fileInfo.isDirectory) {
    throw new Error(
      `Failed to ensure directory exists: expected 'dir', got '${
        getFileInfoType(fileInfo)
      }'`,
    );
  }
}

/**
 * Asynchronously ensures that the directory exists, creating it and its
 * parents when missing. Throws if the path exists and is not a directory.
 *
 * @example
 * ```ts
 * import { ensureDir } from "@std/fs/ensure-dir";
 * await ensureDir("./bar");
 * ```
 *
 * @param dir The path (or `file:` URL) of the directory.
 * @returns A promise that resolves once the directory exists.
 */
export async function ensureDir(dir: string | URL): Promise<void> {
  try {
    const fileInfo = await Deno.stat(dir);
    throwIfNotDirectory(fileInfo);
    return;
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) throw err;
  }
  try {
    await Deno.mkdir(dir, { recursive: true });
  } catch (err) {
    if (!(err instanceof Deno.errors.AlreadyExists)) throw err;
    throwIfNotDirectory(await Deno.stat(dir));
  }
}

/**
 * Synchronously ensures that the directory exists, creating it and its
 * parents when missing. Throws if the path exists and is not a directory.
 *
 * @example
 * ```ts
 * import { ensureDirSync } from "@std/fs/ensure-dir";
 * ensureDirSync("./bar");
 * ```
 *
 * @param dir The path (or `file:` URL) of the directory.
 */
export function ensureDirSync(dir: string | URL): void {
  try {
    const fileInfo = Deno.statSync(dir);
    throwIfNotDirectory(fileInfo);
    return;
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) throw err;
  }
  try {
    Deno.mkdirSync(dir, { recursive: true });
  } catch (err) {
    if (!(err instanceof Deno.errors.AlreadyExists)) throw err;
    throwIfNotDirectory(Deno.statSync(dir));
  }
}
