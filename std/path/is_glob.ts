/**
 * Detects whether a string contains glob syntax.
 *
 * @module
 */
import { isGlobString } from "./_glob.ts";

/**
 * Tests whether `str` contains unescaped glob syntax such as `*`, `?`,
 * `[abc]`, `{a,b}` or an extended group.
 *
 * @example
 * ```ts
 * import { isGlob } from "@std/path/is-glob";
 * isGlob("*.ts"); // true
 * isGlob("file.ts"); // false
 * ```
 *
 * @param str The string to test.
 * @returns Whether the string is a glob.
 */
export function isGlob(str: string): boolean {
  return isGlobString(str);
}
