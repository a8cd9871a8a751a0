/**
 * Parses JSONC: JSON with comments and trailing commas.
 *
 * @module
 */

/**
 * A JSON value: what {@linkcode parse} returns.
 */
export type JsonValue =
  | { [key: string]: JsonValue | undefined }
  | JsonValue[]
  | string
  | number
  | boolean
  | null;

// A JSON string: no raw control characters, only JSON escapes.
const STRING_REGEXP = new RegExp(
  '"(?:[^"\\\\\\u0000-\\u001f]|\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4}))*"',
  "y",
);
const NUMBER_REGEXP = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Parser {
  #text: string;
  #pos = 0;

  constructor(text: string) {
    this.#text = text;
  }

  parse(): JsonValue {
    const value = this.#value();
    this.#skip();
    if (this.#pos < this.#text.length) throw this.#unexpected();
    return value;
  }

  #unexpected(): SyntaxError {
    if (this.#pos >= this.#text.length) {
      return new SyntaxError("Unexpected end of JSONC input");
    }
    const char = this.#text[this.#pos];
    return new SyntaxError(
      `Unexpected token ${
        JSON.stringify(char)
      } in JSONC at position ${this.#pos}`,
    );
  }

  /** Skips whitespace and comments. */
  #skip(): void {
    const text = this.#text;
    while (this.#pos < text.length) {
      const char = text[this.#pos]!;
      if (
        char === " " || char === "\t" || char === "\n" || char === "\r" ||
        char === "\uFEFF" && this.#pos === 0
      ) {
        this.#pos++;
      } else if (char === "/" && text[this.#pos + 1] === "/") {
        const end = text.slice(this.#pos).search(/[\n\r]/);
        this.#pos = end === -1 ? text.length : this.#pos + end;
      } else if (char === "/" && text[this.#pos + 1] === "*") {
        const end = text.indexOf("*/", this.#pos + 2);
        if (end === -1) {
          this.#pos = text.length;
          throw new SyntaxError("Unexpected end of JSONC input");
        }
        this.#pos = end + 2;
      } else {
        return;
      }
    }
  }

  #value(): JsonValue {
    this.#skip();
    const text = this.#text;
    const char = text[this.#pos];
    switch (char) {
      case "{":
        return this.#object();
      case "[":
        return this.#array();
      case '"':
        return this.#string();
    }
    for (
      const [word, value] of [["true", true], ["false", false], [
        "null",
        null,
      ]] as const
    ) {
      if (
        text.startsWith(word, this.#pos) &&
        !/[\w$]/.test(text[this.#pos + word.length] ?? "")
      ) {
        this.#pos += word.length;
        return value;
      }
    }
    NUMBER_REGEXP.lastIndex = this.#pos;
    const number = NUMBER_REGEXP.exec(text);
    if (number && !/[\w.$]/.test(text[this.#pos + number[0].length] ?? "")) {
      this.#pos += number[0].length;
      return Number(number[0]);
    }
    throw this.#unexpected();
  }

  #string(): string {
    STRING_REGEXP.lastIndex = this.#pos;
    const match = STRING_REGEXP.exec(this.#text);
    if (!match) {
      // Find where the string goes wrong, for the message.
      let pos = this.#pos + 1;
      const text = this.#text;
      while (pos < text.length && text[pos] !== '"') {
        if (text.charCodeAt(pos) < 0x20) break;
        if (text[pos] === "\\") {
          if (
            !/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(
              text.slice(pos + 1, pos + 6),
            )
          ) {
            pos++;
            break;
          }
          pos += text[pos + 1] === "u" ? 6 : 2;
          continue;
        }
        pos++;
      }
      this.#pos = pos;
      throw this.#unexpected();
    }
    this.#pos += match[0].length;
    return JSON.parse(match[0]);
  }

  #object(): { [key: string]: JsonValue } {
    const result: { [key: string]: JsonValue } = {};
    this.#pos++; // {
    this.#skip();
    while (this.#text[this.#pos] !== "}") {
      if (this.#text[this.#pos] !== '"') throw this.#unexpected();
      const key = this.#string();
      this.#skip();
      if (this.#text[this.#pos] !== ":") throw this.#unexpected();
      this.#pos++;
      const value = this.#value();
      Object.defineProperty(result, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      this.#skip();
      if (this.#text[this.#pos] === ",") {
        this.#pos++;
        this.#skip();
      } else if (this.#text[this.#pos] !== "}") {
        throw this.#unexpected();
      }
    }
    this.#pos++; // }
    return result;
  }

  #array(): JsonValue[] {
    const result: JsonValue[] = [];
    this.#pos++; // [
    this.#skip();
    while (this.#text[this.#pos] !== "]") {
      if (this.#pos >= this.#text.length) throw this.#unexpected();
      result.push(this.#value());
      this.#skip();
      if (this.#text[this.#pos] === ",") {
        this.#pos++;
        this.#skip();
      } else if (this.#text[this.#pos] !== "]") {
        throw this.#unexpected();
      }
    }
    this.#pos++; // ]
    return result;
  }
}

/**
 * Parses a JSONC (JSON with comments) string: JSON plus `//` line comments,
 * `/* *\/` block comments and trailing commas in arrays and objects.
 *
 * @example Usage
 * ```ts
 * import { parse } from "@std/jsonc/parse";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(parse('{"foo": "bar", } // comment'), { foo: "bar" });
 * assertEquals(parse('{"foo": [1, 2, /* two *\/ ], }'), { foo: [1, 2] });
 * ```
 *
 * @param text The JSONC text.
 * @returns The parsed value.
 * @throws {SyntaxError} If the text is not valid JSONC.
 */
export function parse(text: string): JsonValue {
  if (typeof text !== "string") {
    throw new TypeError("Cannot parse JSONC: input must be a string");
  }
  return new Parser(text).parse();
}
