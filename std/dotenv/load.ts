/**
 * Importing this module loads `./.env` into the environment (without
 * overwriting variables that are already set).
 *
 * ```ts ignore
 * import "@std/dotenv/load";
 *
 * console.log(Deno.env.get("GREETING"));
 * ```
 *
 * @module
 */
import { loadSync } from "./mod.ts";

if (!(Deno as unknown as { readTextFileSync?: unknown }).readTextFileSync) {
  // Not in a runtime with file access: nothing to load.
} else {
  loadSync({ export: true });
}
