/**
 * Empties a directory.
 *
 * @module
 */
import { join } from "../path/join.ts";
import { toPathString } from "./_util.ts";

/**
 * Asynchronously ensures that a directory is empty: deletes its contents if
 * it exists, and creates it (with parents) if it does not.
 *
 * @example
 * ```ts
 * import { emptyDir } from "@std/fs/empty-dir";
 * await emptyDir("./foo");
 * ```
 *
 * @param dir The path (or `file:` URL) of the directory.
 * @returns A promise that resolves once the directory is empty.
 */
export async function emptyDir(dir: string | URL): Promise<void> {
  try {
    const items = await Array.fromAsync(Deno.readDir(dir));
    await Promise.all(items.map((item) => {
      const filepath = join(toPathString(dir), item.name);
      return Deno.remove(filepath, { recursive: true });
    }));
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) throw err;
    await Deno.mkdir(dir, { recursive: true });
  }
}

/**
 * Synchronously ensures that a directory is empty: deletes its contents if
 * it exists, and creates it (with parents) if it does not.
 *
 * @example
 * ```ts
 * import { emptyDirSync } from "@std/fs/empty-dir";
 * emptyDirSync("./foo");
 * ```
 *
 * @param dir The path (or `file:` URL) of the directory.
 */
export function emptyDirSync(dir: string | URL): void {
  try {
    const items = [...Deno.readDirSync(dir)];
    for (const item of items) {
      Deno.removeSync(join(toPathString(dir), item.name), { recursive: true });
    }
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) throw err;
    Deno.mkdirSync(dir, { recursive: true });
  }
}
