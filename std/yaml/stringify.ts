/**
 * Writes JavaScript values as YAML text.
 *
 * @module
 */
import { Dumper } from "./_dumper.ts";
import type { SchemaType, StyleVariant } from "./_schema.ts";

export type { SchemaType, StyleVariant };

/** Options for {@linkcode stringify}. */
export interface StringifyOptions {
  /**
   * The number of spaces per indentation level.
   *
   * @default {2}
   */
  indent?: number;
  /**
   * Whether to indent the items of a sequence that is a mapping's value.
   *
   * @default {true}
   */
  arrayIndent?: boolean;
  /**
   * Whether to leave out values that cannot be written (such as functions)
   * instead of throwing.
   *
   * @default {false}
   */
  skipInvalid?: boolean;
  /**
   * The nesting level from which collections are written in flow style
   * (`[a, b]`, `{a: 1}`); `-1` means block style everywhere.
   *
   * @default {-1}
   */
  flowLevel?: number;
  /**
   * The style of each tag, such as `{ "!!null": "canonical" }` to write
   * `null` as `~`, or `{ "!!int": "hexadecimal" }`.
   */
  styles?: Record<string, StyleVariant>;
  /**
   * The schema: which types can be written, and so which strings must be
   * quoted to stay strings.
   *
   * @default {"default"}
   */
  schema?: SchemaType;
  /**
   * Whether to sort the keys of mappings, or a function to sort them with.
   *
   * @default {false}
   */
  sortKeys?: boolean | ((a: string, b: string) => number);
  /**
   * The line width for folding long strings; `-1` for no limit.
   *
   * @default {80}
   */
  lineWidth?: number;
  /**
   * Whether to write an object met more than once as an anchor (`&ref_0`)
   * and aliases (`*ref_0`), instead of repeating it.
   *
   * @default {true}
   */
  useAnchors?: boolean;
  /**
   * Whether to quote strings that YAML 1.1 readers would take for booleans
   * or sexagesimal numbers (`yes`, `no`, `on`, `1:30`).
   *
   * @default {true}
   */
  compatMode?: boolean;
  /**
   * Whether to write flow collections without spaces (`[a,b]`), with keys
   * quoted, for output closer to JSON.
   *
   * @default {false}
   */
  condenseFlow?: boolean;
  /**
   * The quote to use for strings that need quoting but not escapes.
   *
   * @default {"'"}
   */
  quoteStyle?: "'" | '"';
}

/**
 * Writes a JavaScript value as a YAML document (ending with a newline).
 *
 * Plain objects become mappings, arrays sequences; strings are quoted only
 * when needed, and multi-line strings become block scalars. `undefined`
 * values are left out of objects.
 *
 * @example Usage
 * ```ts
 * import { stringify } from "@std/yaml/stringify";
 * import { assertEquals } from "@std/assert";
 *
 * const data = { id: 1, name: "Alice", tags: ["admin", "user"], active: "true" };
 * assertEquals(stringify(data), `id: 1
 * name: Alice
 * tags:
 *   - admin
 *   - user
 * active: 'true'
 * `);
 * ```
 *
 * @param data The value to write.
 * @param options Formatting options.
 * @returns The YAML text.
 * @throws {TypeError} If the value holds something that cannot be written
 * (such as a function) and `skipInvalid` is not set.
 */
export function stringify(
  data: unknown,
  options: StringifyOptions = {},
): string {
  return new Dumper(options).dump(data);
}
