/**
 * Utilities for text: case conversion (camelCase, PascalCase, snake_case,
 * kebab-case, CONSTANT_CASE) and word similarity (Levenshtein distance,
 * closest match, similarity sort).
 *
 * ```ts
 * import { toCamelCase, closestString } from "@std/text";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(toCamelCase("snake_case_name"), "snakeCaseName");
 * assertEquals(closestString("hep", ["hi", "help", "hello"]), "help");
 * ```
 *
 * @module
 */
export * from "./closest_string.ts";
export * from "./compare_similarity.ts";
export * from "./levenshtein_distance.ts";
export * from "./to_camel_case.ts";
export * from "./to_constant_case.ts";
export * from "./to_kebab_case.ts";
export * from "./to_pascal_case.ts";
export * from "./to_snake_case.ts";
export * from "./word_similarity_sort.ts";
