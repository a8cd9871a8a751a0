/**
 * Semantic versioning ({@link https://semver.org | semver.org}): parse and
 * format versions, compare them, and test them against npm-style ranges.
 *
 * ```ts
 * import { parse, parseRange, satisfies, format, increment } from "@std/semver";
 * import { assert, assertEquals } from "@std/assert";
 *
 * const version = parse("1.2.3");
 * assert(satisfies(version, parseRange(">=1.0.0 <2.0.0")));
 * assertEquals(format(increment(version, "minor")), "1.3.0");
 * ```
 *
 * @module
 */
export * from "./can_parse.ts";
export * from "./compare.ts";
export * from "./constants.ts";
export * from "./difference.ts";
export * from "./equals.ts";
export * from "./format.ts";
export * from "./format_range.ts";
export * from "./greater_or_equal.ts";
export * from "./greater_than.ts";
export * from "./greater_than_range.ts";
export * from "./increment.ts";
export * from "./is_range.ts";
export * from "./is_semver.ts";
export * from "./less_or_equal.ts";
export * from "./less_than.ts";
export * from "./less_than_range.ts";
export * from "./max_satisfying.ts";
export * from "./min_satisfying.ts";
export * from "./not_equals.ts";
export * from "./parse.ts";
export * from "./parse_range.ts";
export * from "./range_intersects.ts";
export * from "./satisfies.ts";
export * from "./try_parse.ts";
export * from "./try_parse_range.ts";
export * from "./types.ts";
