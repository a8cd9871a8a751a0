/**
 * Converts a string to CONSTANT_CASE (the path under which Deno's std first
 * published {@linkcode toConstantCase}).
 *
 * @module
 */
export { toConstantCase } from "./to_constant_case.ts";
