/**
 * Reads and writes YAML: {@linkcode parse}, {@linkcode parseAll} and
 * {@linkcode stringify}.
 *
 * The parser reads YAML 1.2: block and flow collections, plain, quoted and
 * block (`|`, `>`) scalars, anchors and aliases, tags, directives and
 * multiple documents. Invalid input throws a {@linkcode YAMLError} (a
 * `SyntaxError`) that gives the line and column.
 *
 * ```ts
 * import { parse, stringify } from "@std/yaml";
 * import { assertEquals } from "@std/assert";
 *
 * const data = parse("foo: bar\nlist:\n  - 1\n  - two\n");
 * assertEquals(data, { foo: "bar", list: [1, "two"] });
 * assertEquals(stringify(data), "foo: bar\nlist:\n  - 1\n  - two\n");
 * ```
 *
 * @module
 */
export * from "./parse.ts";
export * from "./stringify.ts";
