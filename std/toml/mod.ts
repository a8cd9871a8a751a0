/**
 * Reads and writes TOML 1.0 ({@link https://toml.io | toml.io}):
 * {@linkcode parse} and {@linkcode stringify}.
 *
 * ```ts
 * import { parse, stringify } from "@std/toml";
 * import { assertEquals } from "@std/assert";
 *
 * const data = parse('name = "deno"\n[deps]\nstd = "1.0"\n');
 * assertEquals(data, { name: "deno", deps: { std: "1.0" } });
 * assertEquals(stringify(data), 'name = "deno"\n\n[deps]\nstd = "1.0"\n');
 * ```
 *
 * @module
 */
export * from "./parse.ts";
export * from "./stringify.ts";
