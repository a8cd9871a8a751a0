/**
 * Ensures that a file exists.
 *
 * @module
 */
import { dirname } from "../path/dirname.ts";
import { ensureDir, ensureDirSync } from "./ensure_dir.ts";
import { getFileInfoType, toPathString } from "./_util.ts";

function notAFile(stat: Deno.FileInfo): Error {
  return new Error(
    `Failed to ensure file exists: expected 'file', got '${
      getFileInfoType(stat)
    }'`,
  );
}

/**
 * Asynchronously ensures that the file exists. Missing parent directories
 * are created, and a missing file is created empty. An existing file is left
 * untouched; a non-file at the path is an error.
 *
 * @example
 * ```ts
 * import { ensureFile } from "@std/fs/ensure-file";
 * await ensureFile("./folder/targetFile.dat");
 * ```
 *
 * @param filePath The path (or `file:` URL) of the file.
 * @returns A promise that resolves once the file exists.
 */
export async function ensureFile(filePath: string | URL): Promise<void> {
  try {
    const stat = await Deno.lstat(filePath);
    if (!stat.isFile) throw notAFile(stat);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) {
      await ensureDir(dirname(toPathString(filePath)));
      await Deno.writeFile(filePath, new Uint8Array());
      return;
    }
    throw err;
  }
}

/**
 * Synchronously ensures that the file exists. Missing parent directories are
 * created, and a missing file is created empty.
 *
 * @example
 * ```ts
 * import { ensureFileSync } from "@std/fs/ensure-file";
 * ensureFileSync("./folder/targetFile.dat");
 * ```
 *
 * @param filePath The path (or `file:` URL) of the file.
 */
export function ensureFileSync(filePath: string | URL): void {
  try {
    const stat = Deno.lstatSync(filePath);
    if (!stat.isFile) throw notAFile(stat);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) {
      ensureDirSync(dirname(toPathString(filePath)));
      Deno.writeFileSync(filePath, new Uint8Array());
      return;
    }
    throw err;
  }
}
