/**
 * Tests whether a file or directory exists.
 *
 * @module
 */

/** Options for {@linkcode exists} and {@linkcode existsSync}. */
export interface ExistsOptions {
  /**
   * When `true`, also checks that the path is readable by the current user.
   *
   * @default {false}
   */
  isReadable?: boolean;
  /**
   * When `true`, also checks that the path is a directory. Cannot be combined
   * with `isFile`.
   *
   * @default {false}
   */
  isDirectory?: boolean;
  /**
   * When `true`, also checks that the path is a file. Cannot be combined with
   * `isDirectory`.
   *
   * @default {false}
   */
  isFile?: boolean;
}

function checkOptions(options?: ExistsOptions): void {
  if (options?.isDirectory && options?.isFile) {
    throw new TypeError(
      "ExistsOptions.options.isDirectory and ExistsOptions.options.isFile must not be true together",
    );
  }
}

function matches(stat: Deno.FileInfo, options?: ExistsOptions): boolean {
  if (options?.isDirectory && !stat.isDirectory) return false;
  if (options?.isFile && !stat.isFile) return false;
  if (options?.isReadable) return fileIsReadable(stat);
  return true;
}

function fileIsReadable(stat: Deno.FileInfo): boolean {
  if (stat.mode === null) return true; // Windows: no permission bits.
  if (Deno.uid() === stat.uid) return (stat.mode & 0o400) === 0o400;
  if (Deno.gid() === stat.gid) return (stat.mode & 0o040) === 0o040;
  return (stat.mode & 0o004) === 0o004;
}

/**
 * Asynchronously tests whether a file or directory exists (following
 * symlinks), optionally checking its kind and readability.
 *
 * Note: checking existence before acting on a file invites race conditions;
 * prefer handling the error of the operation itself.
 *
 * @example
 * ```ts
 * import { exists } from "@std/fs/exists";
 * await exists("./deno.json"); // true or false
 * await exists("./src", { isDirectory: true });
 * ```
 *
 * @param path The path (or `file:` URL) to test.
 * @param options Additional checks.
 * @returns Whether the path exists and passes the checks.
 */
export async function exists(
  path: string | URL,
  options?: ExistsOptions,
): Promise<boolean> {
  checkOptions(options);
  try {
    const stat = await Deno.stat(path);
    return matches(stat, options);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    if (error instanceof Deno.errors.PermissionDenied) {
      const status = await Deno.permissions.query({ name: "read", path });
      if (status.state === "granted") return !options?.isReadable;
    }
    throw error;
  }
}

/**
 * Synchronously tests whether a file or directory exists (following
 * symlinks), optionally checking its kind and readability.
 *
 * @example
 * ```ts
 * import { existsSync } from "@std/fs/exists";
 * existsSync("./deno.json"); // true or false
 * ```
 *
 * @param path The path (or `file:` URL) to test.
 * @param options Additional checks.
 * @returns Whether the path exists and passes the checks.
 */
export function existsSync(
  path: string | URL,
  options?: ExistsOptions,
): boolean {
  checkOptions(options);
  try {
    const stat = Deno.statSync(path);
    return matches(stat, options);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    if (error instanceof Deno.errors.PermissionDenied) {
      const status = Deno.permissions.querySync({ name: "read", path });
      if (status.state === "granted") return !options?.isReadable;
    }
    throw error;
  }
}
