/**
 * Internal helper: parses the root (drive letter or UNC share) of a Windows path.
 *
 * @module
 */
import {
  CHAR_COLON,
  isWindowsDeviceRoot,
  isWindowsPathSeparator as isSep,
} from "../_common.ts";

/** The root of a Windows path. */
export interface WindowsRoot {
  /** `C:` or `\\server\share`, or `""`. */
  device: string;
  /** Index just after the root (and its separator for drive roots). */
  rootEnd: number;
  /** Whether the path is rooted. */
  isAbsolute: boolean;
  /** Whether the path is exactly a UNC root such as `\\server\share`. */
  uncOnly: boolean;
}

/** Parses the root of a Windows path. */
export function windowsRoot(path: string): WindowsRoot {
  const len = path.length;
  const res: WindowsRoot = {
    device: "",
    rootEnd: 0,
    isAbsolute: false,
    uncOnly: false,
  };
  if (len === 0) return res;
  const code = path.charCodeAt(0);
  if (isSep(code)) {
    res.isAbsolute = true;
    res.rootEnd = 1;
    if (len > 1 && isSep(path.charCodeAt(1))) {
      let j = 2;
      let last = j;
      while (j < len && !isSep(path.charCodeAt(j))) j++;
      if (j < len && j !== last) {
        const firstPart = path.slice(last, j);
        last = j;
        while (j < len && isSep(path.charCodeAt(j))) j++;
        if (j < len && j !== last) {
          last = j;
          while (j < len && !isSep(path.charCodeAt(j))) j++;
          res.device = `\\\\${firstPart}\\${path.slice(last, j)}`;
          res.rootEnd = j;
          res.uncOnly = j === len;
        }
      }
    }
  } else if (
    isWindowsDeviceRoot(code) && len > 1 && path.charCodeAt(1) === CHAR_COLON
  ) {
    res.device = path.slice(0, 2);
    res.rootEnd = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) {
      res.isAbsolute = true;
      res.rootEnd = 3;
    }
  }
  return res;
}

/** Index after a leading drive letter (`C:`), or 0. */
export function driveEnd(path: string): number {
  return path.length >= 2 && isWindowsDeviceRoot(path.charCodeAt(0)) &&
      path.charCodeAt(1) === CHAR_COLON
    ? 2
    : 0;
}
