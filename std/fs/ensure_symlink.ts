/**
 * Ensures that a symbolic link exists.
 *
 * @module
 */
import { dirname } from "../path/dirname.ts";
import { isAbsolute } from "../path/is_absolute.ts";
import { resolve } from "../path/resolve.ts";
import { ensureDir, ensureDirSync } from "./ensure_dir.ts";
import { getFileInfoType, isWindows, toPathString } from "./_util.ts";

function resolveSymlinkTarget(target: string | URL, linkName: string | URL) {
  if (typeof target !== "string") return toPathString(target);
  const link = toPathString(linkName);
  return isAbsolute(target) ? target : resolve(dirname(link), target);
}

function targetMissing(path: string): Error {
  return new Deno.errors.NotFound(
    `Cannot ensure symlink as the target path does not exist: ${path}`,
  );
}

function checkExisting(
  linkInfo: Deno.FileInfo,
  linkName: string | URL,
  linkTarget: () => string,
  targetRealPath: string,
): void {
  if (!linkInfo.isSymlink) {
    throw new Deno.errors.AlreadyExists(
      `A '${getFileInfoType(linkInfo)}' already exists at the path: ${
        toPathString(linkName)
      }`,
    );
  }
  const linkPath = linkTarget();
  const linkRealPath = isAbsolute(linkPath)
    ? linkPath
    : resolve(dirname(toPathString(linkName)), linkPath);
  if (linkRealPath !== targetRealPath) {
    throw new Deno.errors.AlreadyExists(
      `A symlink targeting to an undesired path already exists: ${
        toPathString(linkName)
      } -> ${linkRealPath}`,
    );
  }
}

/**
 * Asynchronously ensures that the symlink exists, creating missing parent
 * directories of `linkName`. A relative `target` is relative to the link's
 * directory. An existing symlink to the same target is accepted; anything
 * else at `linkName` is an error.
 *
 * @example
 * ```ts
 * import { ensureSymlink } from "@std/fs/ensure-symlink";
 * await ensureSymlink("./folder/targetFile.dat", "./folder/targetFile.link.dat");
 * ```
 *
 * @param target The path (or `file:` URL) the link points to.
 * @param linkName The path (or `file:` URL) of the link.
 * @returns A promise that resolves once the link exists.
 */
export async function ensureSymlink(
  target: string | URL,
  linkName: string | URL,
): Promise<void> {
  const targetRealPath = resolveSymlinkTarget(target, linkName);
  let srcStatInfo: Deno.FileInfo;
  try {
    srcStatInfo = await Deno.lstat(targetRealPath);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw targetMissing(targetRealPath);
    }
    throw error;
  }
  await ensureDir(dirname(toPathString(linkName)));
  const options: Deno.SymlinkOptions | undefined = isWindows
    ? { type: srcStatInfo.isDirectory ? "dir" : "file" }
    : undefined;
  try {
    await Deno.symlink(target, linkName, options);
  } catch (error) {
    if (!(error instanceof Deno.errors.AlreadyExists)) throw error;
    const linkInfo = await Deno.lstat(linkName);
    const linkPath = linkInfo.isSymlink ? await Deno.readLink(linkName) : "";
    checkExisting(linkInfo, linkName, () => linkPath, targetRealPath);
  }
}

/**
 * Synchronously ensures that the symlink exists, creating missing parent
 * directories of `linkName`.
 *
 * @example
 * ```ts
 * import { ensureSymlinkSync } from "@std/fs/ensure-symlink";
 * ensureSymlinkSync("./folder/targetFile.dat", "./folder/targetFile.link.dat");
 * ```
 *
 * @param target The path (or `file:` URL) the link points to.
 * @param linkName The path (or `file:` URL) of the link.
 */
export function ensureSymlinkSync(
  target: string | URL,
  linkName: string | URL,
): void {
  const targetRealPath = resolveSymlinkTarget(target, linkName);
  let srcStatInfo: Deno.FileInfo;
  try {
    srcStatInfo = Deno.lstatSync(targetRealPath);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw targetMissing(targetRealPath);
    }
    throw error;
  }
  ensureDirSync(dirname(toPathString(linkName)));
  const options: Deno.SymlinkOptions | undefined = isWindows
    ? { type: srcStatInfo.isDirectory ? "dir" : "file" }
    : undefined;
  try {
    Deno.symlinkSync(target, linkName, options);
  } catch (error) {
    if (!(error instanceof Deno.errors.AlreadyExists)) throw error;
    const linkInfo = Deno.lstatSync(linkName);
    checkExisting(
      linkInfo,
      linkName,
      () => Deno.readLinkSync(linkName),
      targetRealPath,
    );
  }
}
