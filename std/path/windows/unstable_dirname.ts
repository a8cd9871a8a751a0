/**
 * `dirname` accepting `file:` URLs (now part of the stable `dirname`).
 *
 * @module
 */
export { dirname } from "./dirname.ts";
