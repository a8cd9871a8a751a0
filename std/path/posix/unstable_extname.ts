/**
 * `extname` accepting `file:` URLs (now part of the stable `extname`).
 *
 * @module
 */
export { extname } from "./extname.ts";
