/**
 * Parses YAML text.
 *
 * @module
 */
import { Loader, YAMLError } from "./_loader.ts";
import type { SchemaType } from "./_schema.ts";

export type { SchemaType };
export { YAMLError };

/** Options for {@linkcode parse} and {@linkcode parseAll}. */
export interface ParseOptions {
  /**
   * The schema, which decides how untagged plain scalars are read and which
   * tags are known:
   *
   * - `"failsafe"`: strings, sequences and mappings only;
   * - `"json"` and `"core"`: also null, booleans, integers and floats
   *   (YAML 1.2 core schema);
   * - `"default"`: also timestamps (`Date`), `<<` merge keys, and the
   *   `!!binary`, `!!omap`, `!!pairs` and `!!set` tags;
   * - `"extended"`: also `!!js/regexp` and `!!js/undefined`.
   *
   * @default {"default"}
   */
  schema?: SchemaType;
  /**
   * Whether a mapping may have the same key twice (the last one wins).
   *
   * @default {false}
   */
  allowDuplicateKeys?: boolean;
  /** Called with each warning (such as an unknown directive). */
  onWarning?: (error: Error) => void;
}

/**
 * Parses a YAML document into a JavaScript value. An empty document gives
 * `null`.
 *
 * @example Usage
 * ```ts
 * import { parse } from "@std/yaml/parse";
 * import { assertEquals } from "@std/assert";
 *
 * const data = parse(`
 * id: 1
 * name: Alice
 * tags: [admin, user]
 * bio: |
 *   Line one
 *   Line two
 * `);
 * assertEquals(data, { id: 1, name: "Alice", tags: ["admin", "user"], bio: "Line one\nLine two\n" });
 * ```
 *
 * @param content The YAML text.
 * @param options The schema and other options.
 * @returns The parsed value.
 * @throws {YAMLError} (a `SyntaxError`) If the text is not valid YAML, or
 * holds more than one document.
 */
export function parse(content: string, options: ParseOptions = {}): unknown {
  const documents = new Loader(content, options).readDocuments();
  if (documents.length === 0) return null;
  if (documents.length === 1) return documents[0];
  throw new YAMLError(
    "Found more than 1 document in the stream: expected a single document",
    1,
    1,
  );
}

/**
 * Parses every document of a YAML stream (documents separated by `---`).
 *
 * @example Usage
 * ```ts
 * import { parseAll } from "@std/yaml/parse";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(parseAll("a: 1\n---\nb: 2\n"), [{ a: 1 }, { b: 2 }]);
 * ```
 *
 * @param content The YAML text.
 * @param options The schema and other options.
 * @returns The documents' values.
 * @throws {YAMLError} (a `SyntaxError`) If the text is not valid YAML.
 */
export function parseAll(
  content: string,
  options: ParseOptions = {},
): unknown[] {
  return new Loader(content, options).readDocuments();
}
