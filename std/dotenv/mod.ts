/**
 * Reads `.env` files into an object and, optionally, into the process
 * environment. Also {@linkcode parse} and {@linkcode stringify} the format.
 *
 * ```ts ignore
 * import { load } from "@std/dotenv";
 *
 * const env = await load({ export: true });
 * console.log(env.GREETING, Deno.env.get("GREETING"));
 * ```
 *
 * Importing `@std/dotenv/load` loads `.env` into the environment at once.
 *
 * @module
 */
import { parse } from "./parse.ts";

export * from "./parse.ts";
export * from "./stringify.ts";

/** Options for {@linkcode load} and {@linkcode loadSync}. */
export interface LoadOptions {
  /**
   * The path of the file to read; `null` reads nothing.
   *
   * @default {"./.env"}
   */
  envPath?: string | null;
  /**
   * Whether to also set the values in the process environment
   * (`Deno.env`). Variables that are already set are not overwritten.
   *
   * @default {false}
   */
  export?: boolean;
}

function exportEnv(values: Record<string, string>): void {
  for (const [key, value] of Object.entries(values)) {
    if (Deno.env.get(key) !== undefined) continue;
    Deno.env.set(key, value);
  }
}

/**
 * Reads and parses a `.env` file, optionally setting its values in the
 * environment. A missing file gives an empty object.
 *
 * Needs read permission for the file, and env permission when `export` is
 * set.
 *
 * @example Usage
 * ```ts ignore
 * import { load } from "@std/dotenv";
 *
 * const conf = await load({ envPath: "./.env.local", export: true });
 * ```
 *
 * @param options Which file, and whether to export.
 * @returns The keys and values of the file.
 */
export async function load(
  options: LoadOptions = {},
): Promise<Record<string, string>> {
  const { envPath = ".env", export: doExport = false } = options;
  if (envPath === null) return {};
  let text: string;
  try {
    text = await Deno.readTextFile(envPath);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return {};
    throw error;
  }
  const values = parse(text);
  if (doExport) exportEnv(values);
  return values;
}

/**
 * Reads and parses a `.env` file synchronously, like {@linkcode load}.
 *
 * @example Usage
 * ```ts ignore
 * import { loadSync } from "@std/dotenv";
 *
 * const conf = loadSync({ export: true });
 * ```
 *
 * @param options Which file, and whether to export.
 * @returns The keys and values of the file.
 */
export function loadSync(
  options: LoadOptions = {},
): Record<string, string> {
  const { envPath = ".env", export: doExport = false } = options;
  if (envPath === null) return {};
  let text: string;
  try {
    text = Deno.readTextFileSync(envPath);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return {};
    throw error;
  }
  const values = parse(text);
  if (doExport) exportEnv(values);
  return values;
}
