/**
 * Sliding windows over an array.
 *
 * @module
 */
/** Options for {@linkcode slidingWindows}. */
export interface SlidingWindowsOptions {
  /**
   * The step between the starts of consecutive windows.
   *
   * @default {1}
   */
  step?: number;
  /**
   * Whether smaller windows at the end are included.
   *
   * @default {false}
   */
  partial?: boolean;
}

/**
 * Generates sliding views of the given array of the given size and returns a
 * new array containing all of them. Throws a `RangeError` unless `size` and
 * `step` are positive integers.
 *
 * @example
 * ```ts
 * import { slidingWindows } from "@std/collections/sliding-windows";
 * slidingWindows([1, 2, 3, 4, 5], 3); // [[1, 2, 3], [2, 3, 4], [3, 4, 5]]
 * slidingWindows([1, 2, 3, 4, 5], 3, { step: 2, partial: true }); // [[1, 2, 3], [3, 4, 5], [5]]
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The array.
 * @param size The window size.
 * @param options Step and partial windows.
 * @returns The windows.
 */
export function slidingWindows<T>(
  array: readonly T[],
  size: number,
  options: SlidingWindowsOptions = {},
): T[][] {
  const { step = 1, partial = false } = options;
  if (
    !Number.isInteger(size) || !Number.isInteger(step) || size <= 0 ||
    step <= 0
  ) {
    throw new RangeError(
      `Cannot create sliding windows: both 'size' and 'step' must be positive integers: size=${size}, step=${step}`,
    );
  }
  const result: T[][] = [];
  for (
    let start = 0;
    partial ? start < array.length : start + size <= array.length;
    start += step
  ) {
    result.push(array.slice(start, start + size));
  }
  return result;
}
