/**
 * Constants of POSIX paths.
 *
 * @module
 */

/**
 * The character used to separate entries in the PATH environment variable.
 *
 * @example
 * ```ts
 * import { DELIMITER } from "@std/path/posix/constants";
 * DELIMITER; // ":"
 * ```
 */
export const DELIMITER = ":" as const;

/**
 * The character used to separate the components of a file path.
 *
 * @example
 * ```ts
 * import { SEPARATOR } from "@std/path/posix/constants";
 * SEPARATOR; // "/"
 * ```
 */
export const SEPARATOR = "/" as const;

/** A regular expression matching one or more path separators. */
export const SEPARATOR_PATTERN: RegExp = /\/+/;
