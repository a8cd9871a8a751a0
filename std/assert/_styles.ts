/**
 * Internal ANSI styling helpers used by the assertion messages. Colors are
 * disabled when `Deno.noColor` is set.
 *
 * @module
 */

// deno-lint-ignore no-explicit-any
const denoNs = (globalThis as any).Deno as { noColor?: boolean } | undefined;

function enabled(): boolean {
  return !(denoNs?.noColor ?? false);
}

function code(open: number, close: number): (s: string) => string {
  return (s: string): string =>
    enabled() ? `\x1b[${open}m${s}\x1b[${close}m` : s;
}

/** Bold text. */
export const bold: (s: string) => string = code(1, 22);
/** Red text. */
export const red: (s: string) => string = code(31, 39);
/** Green text. */
export const green: (s: string) => string = code(32, 39);
/** Yellow text. */
export const yellow: (s: string) => string = code(33, 39);
/** White text. */
export const white: (s: string) => string = code(37, 39);
/** Gray text. */
export const gray: (s: string) => string = code(90, 39);
/** Red background. */
export const bgRed: (s: string) => string = code(41, 49);
/** Green background. */
export const bgGreen: (s: string) => string = code(42, 49);

const ANSI_PATTERN = new RegExp(
  [
    "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?(?:\\u0007|\\u001B\\u005C|\\u009C))",
    "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))",
  ].join("|"),
  "g",
);

/** Removes ANSI escape codes from a string. */
export function stripAnsiCode(s: string): string {
  return s.replace(ANSI_PATTERN, "");
}
