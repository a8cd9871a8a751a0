/**
 * Utilities for dealing with end-of-line sequences.
 *
 * @module
 */

// deno-lint-ignore no-explicit-any
const deno = (globalThis as any).Deno;

/** End-of-line character for POSIX platforms such as macOS and Linux. */
export const LF = "\n" as const;

/** End-of-line character for Windows platforms. */
export const CRLF = "\r\n" as const;

/**
 * End-of-line character evaluated for the current platform.
 *
 * @example
 * ```ts
 * import { EOL } from "@std/fs/eol";
 * EOL; // "\n" on POSIX, "\r\n" on Windows
 * ```
 */
export const EOL: "\n" | "\r\n" = deno?.build?.os === "windows" ? CRLF : LF;

const regDetect = /(?:\r?\n)/g;

/**
 * Returns the detected EOL character(s) of the content: `"\r\n"` if any
 * CRLF is present, else `"\n"` if any LF is present, else `null`.
 *
 * @example
 * ```ts
 * import { detect } from "@std/fs/eol";
 * detect("deno\r\nis not\r\nnode"); // "\r\n"
 * detect("deno\nis not\r\nnode"); // "\r\n"
 * detect("deno\nis not\nnode"); // "\n"
 * detect("deno is not node"); // null
 * ```
 *
 * @param content The input string.
 * @returns The detected EOL, or `null`.
 */
export function detect(content: string): typeof EOL | null {
  const d = content.match(regDetect);
  if (!d || d.length === 0) return null;
  const hasCRLF = d.some((x) => x === CRLF);
  return hasCRLF ? CRLF : LF;
}

/**
 * Normalizes every line ending of the content to `eol`.
 *
 * @example
 * ```ts
 * import { format, LF } from "@std/fs/eol";
 * format("deno\r\nis not\r\nnode", LF); // "deno\nis not\nnode"
 * ```
 *
 * @param content The input string.
 * @param eol The line ending to use.
 * @returns The normalized string.
 */
export function format(content: string, eol: typeof EOL): string {
  return content.replace(regDetect, eol);
}
