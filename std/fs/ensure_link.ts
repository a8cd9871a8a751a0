/**
 * Ensures that a hard link exists.
 *
 * @module
 */
import { dirname } from "../path/dirname.ts";
import { ensureDir, ensureDirSync } from "./ensure_dir.ts";
import { toPathString } from "./_util.ts";

/**
 * Asynchronously ensures that the hard link exists, creating missing parent
 * directories of `dest`.
 *
 * @example
 * ```ts
 * import { ensureLink } from "@std/fs/ensure-link";
 * await ensureLink("./folder/targetFile.dat", "./folder/targetFile.link.dat");
 * ```
 *
 * @param src The source file path (or `file:` URL).
 * @param dest The path (or `file:` URL) of the new link.
 * @returns A promise that resolves once the link exists.
 */
export async function ensureLink(
  src: string | URL,
  dest: string | URL,
): Promise<void> {
  dest = toPathString(dest);
  await ensureDir(dirname(dest));
  await Deno.link(toPathString(src), dest);
}

/**
 * Synchronously ensures that the hard link exists, creating missing parent
 * directories of `dest`.
 *
 * @example
 * ```ts
 * import { ensureLinkSync } from "@std/fs/ensure-link";
 * ensureLinkSync("./folder/targetFile.dat", "./folder/targetFile.link.dat");
 * ```
 *
 * @param src The source file path (or `file:` URL).
 * @param dest The path (or `file:` URL) of the new link.
 */
export function ensureLinkSync(src: string | URL, dest: string | URL): void {
  dest = toPathString(dest);
  ensureDirSync(dirname(dest));
  Deno.linkSync(toPathString(src), dest);
}
