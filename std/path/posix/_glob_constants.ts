/**
 * Glob conversion constants for POSIX paths.
 *
 * @module
 */
import type { GlobConstants } from "../_glob.ts";

/** POSIX glob constants. */
export const POSIX_GLOB: GlobConstants = {
  sep: "/+",
  sepMaybe: "/*",
  seps: ["/"],
  globstar: "(?:[^/]*(?:/|$)+)*",
  wildcard: "[^/]*",
  anyChar: "[^/]",
  sepClass: "/",
  escapePrefix: "\\",
};
