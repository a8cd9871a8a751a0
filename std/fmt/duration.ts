/**
 * Format milliseconds to time duration.
 *
 * ```ts
 * import { format } from "@std/fmt/duration";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(format(99674, { style: "digital" }), "00:00:01:39:674:000:000");
 *
 * assertEquals(format(99674), "0d 0h 1m 39s 674ms 0µs 0ns");
 *
 * assertEquals(format(99674, { ignoreZero: true }), "1m 39s 674ms");
 *
 * assertEquals(format(99674, { style: "full", ignoreZero: true }), "1 minutes, 39 seconds, 674 milliseconds");
 * ```
 *
 * @module
 */

function addZero(num: number, digits: number): string {
  return String(num).padStart(digits, "0");
}

type DurationPartType = "d" | "h" | "m" | "s" | "ms" | "us" | "ns";

const keyList: Record<DurationPartType, string> = {
  d: "days",
  h: "hours",
  m: "minutes",
  s: "seconds",
  ms: "milliseconds",
  us: "microseconds",
  ns: "nanoseconds",
};

interface DurationPart {
  type: DurationPartType;
  value: number;
}

function durationParts(ms: number): DurationPart[] {
  const millis = Math.abs(ms);
  const fraction = millis.toFixed(7).slice(-7, -1);
  return [
    { type: "d", value: Math.trunc(millis / 86400000) },
    { type: "h", value: Math.trunc(millis / 3600000) % 24 },
    { type: "m", value: Math.trunc(millis / 60000) % 60 },
    { type: "s", value: Math.trunc(millis / 1000) % 60 },
    { type: "ms", value: Math.trunc(millis) % 1000 },
    { type: "us", value: +fraction.slice(0, 3) },
    { type: "ns", value: +fraction.slice(3, 6) },
  ];
}

/** Options for {@linkcode format}. */
export interface FormatOptions {
  /**
   * The style for formatting the duration.
   *
   * "narrow" for "0d 0h 0m 0s 0ms..."
   * "digital" for "00:00:00:00:000..."
   * "full" for "0 days, 0 hours, 0 minutes,..."
   *
   * @default {"narrow"}
   */
  style?: "narrow" | "digital" | "full";
  /**
   * Whether to ignore zero values.
   * With style="narrow" | "full", all zero values are ignored.
   * With style="digital", only values in the ends are ignored.
   *
   * @default {false}
   */
  ignoreZero?: boolean;
}

/**
 * Format milliseconds to time duration.
 *
 * @example Usage
 * ```ts
 * import { format } from "@std/fmt/duration";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(format(99674, { style: "digital" }), "00:00:01:39:674:000:000");
 *
 * assertEquals(format(99674), "0d 0h 1m 39s 674ms 0µs 0ns");
 *
 * assertEquals(format(99674, { ignoreZero: true }), "1m 39s 674ms");
 *
 * assertEquals(format(99674, { style: "full", ignoreZero: true }), "1 minutes, 39 seconds, 674 milliseconds");
 * ```
 *
 * @param ms The milliseconds value to format
 * @param options The options for formatting
 * @returns The formatted string
 */
export function format(ms: number, options: FormatOptions = {}): string {
  const { style = "narrow", ignoreZero = false } = options;
  const parts = durationParts(ms);
  const shown = ignoreZero ? parts.filter((p) => p.value) : parts;
  switch (style) {
    case "narrow":
      return shown
        .map((p) => `${p.value}${p.type === "us" ? "µs" : p.type}`)
        .join(" ");
    case "full":
      return shown.map((p) => `${p.value} ${keyList[p.type]}`).join(", ");
    case "digital": {
      const arr = parts.map((p) =>
        ["ms", "us", "ns"].includes(p.type)
          ? addZero(p.value, 3)
          : addZero(p.value, 2)
      );
      if (ignoreZero) {
        while (arr.length > 0 && !Number(arr[arr.length - 1])) arr.pop();
      }
      return arr.join(":");
    }
    default:
      throw new TypeError(
        `style must be "narrow", "full", or "digital"!`,
      );
  }
}
