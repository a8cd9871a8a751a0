/**
 * `join` accepting `file:` URLs (now part of the stable `join`).
 *
 * @module
 */
export { join } from "./join.ts";
