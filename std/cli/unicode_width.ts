/**
 * The display width of strings in a terminal.
 *
 * @module
 */

const ZERO_WIDTH =
  /^[\p{Mn}\p{Me}\p{Cc}\p{Cf}\u1160-\u11FF\u200B\uFE00-\uFE0F]$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;

const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1aff0, 0x1b2ff],
  [0x1f200, 0x1f251],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

function codePointWidth(char: string): number {
  const cp = char.codePointAt(0)!;
  if (cp < 0x7f) return cp >= 0x20 ? 1 : 0;
  if (ZERO_WIDTH.test(char)) return 0;
  if (EMOJI_PRESENTATION.test(char)) return 2;
  let lo = 0;
  let hi = WIDE_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = WIDE_RANGES[mid]!;
    if (cp < start) hi = mid - 1;
    else if (cp > end) lo = mid + 1;
    else return 2;
  }
  return 1;
}

/**
 * Calculates the physical width of a string in a TTY-like environment:
 * East Asian wide and fullwidth characters and emoji count as 2, combining
 * marks and control characters as 0, everything else as 1. ANSI escape
 * codes are not stripped.
 *
 * @example
 * ```ts
 * import { unicodeWidth } from "@std/cli/unicode-width";
 * unicodeWidth("hello world"); // 11
 * unicodeWidth("天地玄黃宇宙洪荒"); // 16
 * unicodeWidth("ｆｕｌｌｗｉｄｔｈ"); // 18
 * ```
 *
 * @param str The string to measure.
 * @returns The width of the string.
 */
export function unicodeWidth(str: string): number {
  let width = 0;
  for (const char of str) width += codePointWidth(char);
  return width;
}
