/**
 * Glob detection (the same on every platform).
 *
 * @module
 */
export { isGlob } from "../is_glob.ts";
