/**
 * Internal: whether the platform path flavor is Windows.
 *
 * @module
 */

// deno-lint-ignore no-explicit-any
const deno = (globalThis as any).Deno;

/** Whether the current platform uses Windows paths. */
export const isWindows: boolean = deno?.build?.os === "windows";
