/**
 * Parses JSONC (JSON with comments): JSON that may also have `//` and
 * `/* *\/` comments and trailing commas, as `tsconfig.json` and `deno.jsonc`
 * do.
 *
 * ```ts
 * import { parse } from "@std/jsonc";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(parse('{ "a": 1, // one\n }'), { a: 1 });
 * ```
 *
 * @module
 */
export * from "./parse.ts";
