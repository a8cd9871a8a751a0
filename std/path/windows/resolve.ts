/**
 * Resolves Windows paths to absolute paths.
 *
 * @module
 */
import {
  assertPath,
  cwd,
  isWindowsPathSeparator,
  normalizeSegments,
} from "../_common.ts";
import { windowsRoot } from "./_root.ts";

/**
 * Resolves path segments into an absolute path, from right to left, using
 * the current working directory when needed. Segments on another drive than
 * the one found are skipped.
 *
 * @example
 * ```ts
 * import { resolve } from "@std/path/windows/resolve";
 * resolve("C:\\foo\\bar", ".\\baz"); // "C:\\foo\\bar\\baz"
 * resolve("C:\\foo", "D:\\bar", "baz"); // "D:\\bar\\baz"
 * ```
 *
 * @param pathSegments The path segments to resolve.
 * @returns The resolved path.
 */
export function resolve(...pathSegments: string[]): string {
  let resolvedDevice = "";
  let resolvedTail = "";
  let resolvedAbsolute = false;
  for (let i = pathSegments.length - 1; i >= -1; i--) {
    let path: string;
    if (i >= 0) {
      path = pathSegments[i]!;
    } else if (!resolvedDevice) {
      path = cwd("drive-letter-less");
    } else {
      path = cwd("relative");
      if (
        path.slice(0, 3).toLowerCase() !== `${resolvedDevice.toLowerCase()}\\`
      ) {
        path = `${resolvedDevice}\\`;
      }
    }
    assertPath(path);
    if (path.length === 0) continue;
    const { device, rootEnd, isAbsolute } = windowsRoot(path);
    if (
      device.length > 0 && resolvedDevice.length > 0 &&
      device.toLowerCase() !== resolvedDevice.toLowerCase()
    ) {
      continue;
    }
    if (resolvedDevice.length === 0 && device.length > 0) {
      resolvedDevice = device;
    }
    if (!resolvedAbsolute) {
      resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
      resolvedAbsolute = isAbsolute;
    }
    if (resolvedAbsolute && resolvedDevice.length > 0) break;
  }
  resolvedTail = normalizeSegments(
    resolvedTail,
    !resolvedAbsolute,
    "\\",
    isWindowsPathSeparator,
  );
  return resolvedDevice + (resolvedAbsolute ? "\\" : "") + resolvedTail ||
    ".";
}
