/**
 * `basename` accepting `file:` URLs (now part of the stable `basename`).
 *
 * @module
 */
export { basename } from "./basename.ts";
