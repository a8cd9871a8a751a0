/**
 * Glob conversion constants for Windows paths.
 *
 * @module
 */
import type { GlobConstants } from "../_glob.ts";

/** Windows glob constants. */
export const WINDOWS_GLOB: GlobConstants = {
  sep: "(?:\\\\|/)+",
  sepMaybe: "(?:\\\\|/)*",
  seps: ["\\", "/"],
  globstar: "(?:[^\\\\/]*(?:\\\\|/|$)+)*",
  wildcard: "[^\\\\/]*",
  anyChar: "[^\\\\/]",
  sepClass: "\\\\/",
  escapePrefix: "`",
};
