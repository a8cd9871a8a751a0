/**
 * Path constants of the current platform.
 *
 * @module
 */
import { isWindows } from "./_os.ts";

/**
 * The character used to separate entries in the PATH environment variable:
 * `;` on Windows, `:` elsewhere.
 *
 * @example
 * ```ts
 * import { DELIMITER } from "@std/path/constants";
 * "/usr/bin:/bin".split(DELIMITER); // on POSIX
 * ```
 */
export const DELIMITER: ";" | ":" = isWindows ? ";" : ":";

/**
 * The character used to separate the components of a path: `\` on Windows,
 * `/` elsewhere.
 *
 * @example
 * ```ts
 * import { SEPARATOR } from "@std/path/constants";
 * ["a", "b"].join(SEPARATOR);
 * ```
 */
export const SEPARATOR: "\\" | "/" = isWindows ? "\\" : "/";

/** A regular expression matching one or more of the platform's separators. */
export const SEPARATOR_PATTERN: RegExp = isWindows ? /[\\/]+/ : /\/+/;
