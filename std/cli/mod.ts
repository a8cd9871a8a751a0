/**
 * Tools for creating interactive command line tools: argument parsing,
 * secret prompts and display width.
 *
 * ```ts
 * import { parseArgs } from "@std/cli";
 * const args = parseArgs(["--name", "x", "-v"], { string: ["name"], boolean: ["v"] });
 * args.name; // "x"
 * args.v; // true
 * ```
 *
 * @module
 */
export * from "./parse_args.ts";
export * from "./prompt_secret.ts";
export * from "./unicode_width.ts";
