/**
 * Parses a version range string into a {@linkcode Range}.
 *
 * @module
 */
import type { Comparator, Operator, Range } from "./types.ts";
import { ALL } from "./constants.ts";
import {
  BUILD,
  MAX_LENGTH,
  parseBuild,
  parseNumber,
  parsePrerelease,
  PRERELEASE,
} from "./_shared.ts";

const X = "0|[1-9]\\d*|x|X|\\*";
const XRANGE_REGEXP = new RegExp(
  `^[v=]*(${X})(?:\\.(${X})(?:\\.(${X})(?:-(${PRERELEASE}))?(?:\\+(${BUILD}))?)?)?$`,
);
const OPERATOR_REGEXP = /^(~>?|\^|<=|>=|<|>|!=|=)?(.*)$/;

interface XRange {
  major?: number;
  minor?: number;
  patch?: number;
  prerelease: (string | number)[];
  build: string[];
}

function isWild(part: string | undefined): boolean {
  return part === undefined || part === "x" || part === "X" || part === "*";
}

function parseXRange(text: string): XRange | undefined {
  const match = text.match(XRANGE_REGEXP);
  if (!match) return undefined;
  const [, major, minor, patch, prerelease, build] = match;
  const result: XRange = {
    prerelease: prerelease ? parsePrerelease(prerelease) : [],
    build: build ? parseBuild(build) : [],
  };
  if (isWild(major)) return result;
  result.major = parseNumber(major!, "major");
  if (isWild(minor)) return result;
  result.minor = parseNumber(minor!, "minor");
  if (isWild(patch)) return result;
  result.patch = parseNumber(patch!, "patch");
  return result;
}

function comparator(
  operator: Operator,
  major: number,
  minor: number,
  patch: number,
  prerelease: (string | number)[] = [],
  build: string[] = [],
): Comparator {
  return { operator, major, minor, patch, prerelease, build };
}

/** `<M.m.p-0`: below every version, prereleases included, of `M.m.p`. */
function below(major: number, minor: number, patch: number): Comparator {
  return comparator("<", major, minor, patch, [0]);
}

function handleTilde(x: XRange): Comparator[] {
  if (x.major === undefined) return [ALL];
  if (x.minor === undefined) {
    return [comparator(">=", x.major, 0, 0), below(x.major + 1, 0, 0)];
  }
  if (x.patch === undefined) {
    return [
      comparator(">=", x.major, x.minor, 0),
      below(x.major, x.minor + 1, 0),
    ];
  }
  return [
    comparator(">=", x.major, x.minor, x.patch, x.prerelease, x.build),
    below(x.major, x.minor + 1, 0),
  ];
}

function handleCaret(x: XRange): Comparator[] {
  if (x.major === undefined) return [ALL];
  if (x.minor === undefined) {
    return [comparator(">=", x.major, 0, 0), below(x.major + 1, 0, 0)];
  }
  if (x.patch === undefined) {
    return [
      comparator(">=", x.major, x.minor, 0),
      x.major === 0 ? below(0, x.minor + 1, 0) : below(x.major + 1, 0, 0),
    ];
  }
  const from = comparator(
    ">=",
    x.major,
    x.minor,
    x.patch,
    x.prerelease,
    x.build,
  );
  if (x.major !== 0) return [from, below(x.major + 1, 0, 0)];
  if (x.minor !== 0) return [from, below(0, x.minor + 1, 0)];
  return [from, below(0, 0, x.patch + 1)];
}

function handlePrimitive(operator: string, x: XRange): Comparator[] {
  if (x.major === undefined) {
    // `>*` and `<*` match nothing; anything else with `*` matches everything.
    return operator === ">" || operator === "<" ? [below(0, 0, 0)] : [ALL];
  }
  if (x.minor === undefined || x.patch === undefined) {
    const major = x.major;
    const minor = x.minor;
    switch (operator) {
      case ">":
        // `>1` is `>=2.0.0`, `>1.2` is `>=1.3.0`.
        return minor === undefined
          ? [comparator(">=", major + 1, 0, 0)]
          : [comparator(">=", major, minor + 1, 0)];
      case ">=":
        return [comparator(">=", major, minor ?? 0, 0)];
      case "<":
        return [below(major, minor ?? 0, 0)];
      case "<=":
        // `<=1` is `<2.0.0-0`, `<=1.2` is `<1.3.0-0`.
        return minor === undefined
          ? [below(major + 1, 0, 0)]
          : [below(major, minor + 1, 0)];
      case "!=":
        // Anything outside the x-range; expressed as the x-range's complement
        // is not possible in one set, so only exact versions are excluded.
        throw new TypeError("Cannot use '!=' with a partial version");
      default:
        // `1.x` or `=1.x`.
        return minor === undefined
          ? [comparator(">=", major, 0, 0), below(major + 1, 0, 0)]
          : [comparator(">=", major, minor, 0), below(major, minor + 1, 0)];
    }
  }
  return [
    comparator(
      operator === "" ? undefined : operator as Operator,
      x.major,
      x.minor,
      x.patch,
      x.prerelease,
      x.build,
    ),
  ];
}

function handleHyphen(from: XRange, to: XRange): Comparator[] {
  const result: Comparator[] = [];
  if (from.major !== undefined) {
    if (from.minor === undefined) {
      result.push(comparator(">=", from.major, 0, 0));
    } else if (from.patch === undefined) {
      result.push(comparator(">=", from.major, from.minor, 0));
    } else {
      result.push(
        comparator(
          ">=",
          from.major,
          from.minor,
          from.patch,
          from.prerelease,
          from.build,
        ),
      );
    }
  }
  if (to.major !== undefined) {
    if (to.minor === undefined) {
      result.push(below(to.major + 1, 0, 0));
    } else if (to.patch === undefined) {
      result.push(below(to.major, to.minor + 1, 0));
    } else {
      result.push(
        comparator("<=", to.major, to.minor, to.patch, to.prerelease, to.build),
      );
    }
  }
  return result.length > 0 ? result : [ALL];
}

function parseComparatorSet(text: string, original: string): Comparator[] {
  const invalid = () =>
    new TypeError(`Cannot parse version range: range "${original}" is invalid`);
  const trimmed = text.trim();
  if (trimmed === "") return [ALL];
  const hyphen = trimmed.match(/^(\S+)\s+-\s+(\S+)$/);
  if (hyphen) {
    const from = parseXRange(hyphen[1]!);
    const to = parseXRange(hyphen[2]!);
    if (!from || !to) throw invalid();
    return handleHyphen(from, to);
  }
  const tokens = trimmed
    .replace(/(~>?|\^|<=|>=|<|>|!=|=)\s+/g, "$1")
    .split(/\s+/);
  const result: Comparator[] = [];
  for (const token of tokens) {
    const [, operator = "", rest = ""] = token.match(OPERATOR_REGEXP)!;
    const x = parseXRange(rest);
    if (!x) throw invalid();
    if (operator === "~" || operator === "~>") {
      result.push(...handleTilde(x));
    } else if (operator === "^") {
      result.push(...handleCaret(x));
    } else {
      result.push(...handlePrimitive(operator, x));
    }
  }
  return result;
}

/**
 * Parses a range string into a {@linkcode Range}, following npm's range
 * grammar:
 *
 * - comparators `<`, `<=`, `>`, `>=`, `=` (and `!=`) joined by spaces (and),
 * - sets joined by `||` (or),
 * - x-ranges `1.x`, `1.2.*`, `*`, and partial versions `1.2`,
 * - tilde `~1.2.3` (patch updates) and caret `^1.2.3` (no change of the
 *   left-most non-zero number),
 * - hyphen ranges `1.2.3 - 2.3.4`.
 *
 * Upper bounds are exclusive of prereleases, so `^1.2.3` is
 * `>=1.2.3 <2.0.0-0`.
 *
 * @example Usage
 * ```ts
 * import { parseRange, formatRange } from "@std/semver";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(formatRange(parseRange("^1.2.3")), ">=1.2.3 <2.0.0-0");
 * assertEquals(formatRange(parseRange("~1.2 || 3.x")), ">=1.2.0 <1.3.0-0||>=3.0.0 <4.0.0-0");
 * ```
 *
 * @param value The range string to parse.
 * @returns The parsed range.
 * @throws {TypeError} If the string is not a valid range.
 */
export function parseRange(value: string): Range {
  if (typeof value !== "string") {
    throw new TypeError(
      `Cannot parse version range as range must be a string: received ${typeof value}`,
    );
  }
  if (value.length > MAX_LENGTH) {
    throw new TypeError(
      `Cannot parse version range as range length is too long: length is ${value.length}, max length is ${MAX_LENGTH}`,
    );
  }
  return value.split("||").map((part) => parseComparatorSet(part, value));
}
