/**
 * `normalize` accepting `file:` URLs (now part of the stable `normalize`).
 *
 * @module
 */
export { normalize } from "./normalize.ts";
