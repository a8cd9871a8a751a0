/**
 * Joins elements into a string.
 *
 * @module
 */
/** Options for {@linkcode joinToString}. */
export interface JoinToStringOptions {
  /**
   * The string placed between elements.
   *
   * @default {","}
   */
  separator?: string;
  /**
   * The string placed at the start.
   *
   * @default {""}
   */
  prefix?: string;
  /**
   * The string placed at the end.
   *
   * @default {""}
   */
  suffix?: string;
  /**
   * The maximum number of elements to include; `-1` means no limit.
   *
   * @default {-1}
   */
  limit?: number;
  /**
   * The string appended (after a separator) when the limit cut elements off.
   *
   * @default {"..."}
   */
  truncated?: string;
}

/**
 * Transforms the elements with the selector and joins them into a string,
 * with an optional separator, prefix, suffix and limit.
 *
 * @example
 * ```ts
 * import { joinToString } from "@std/collections/join-to-string";
 * const users = [{ name: "Kim" }, { name: "Anna" }, { name: "Tim" }];
 * joinToString(users, (it) => it.name, { suffix: " and others", separator: ", ", limit: 1 });
 * // "Kim, ... and others"
 * ```
 *
 * @typeParam T The type of the elements.
 * @param array The elements.
 * @param selector Turns an element into a string.
 * @param options Joining options.
 * @returns The joined string.
 */
export function joinToString<T>(
  array: Iterable<T>,
  selector: (el: T) => string,
  options: Readonly<JoinToStringOptions> = {},
): string {
  const {
    separator = ",",
    prefix = "",
    suffix = "",
    limit = -1,
    truncated = "...",
  } = options;
  let result = prefix;
  let index = 0;
  for (const element of array) {
    if (index > 0) result += separator;
    if (limit > -1 && index >= limit) {
      result += truncated;
      break;
    }
    result += selector(element);
    index++;
  }
  return result + suffix;
}
