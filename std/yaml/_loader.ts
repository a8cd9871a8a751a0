/**
 * Internal: the YAML loader, a recursive-descent reader of YAML 1.2 text
 * (block and flow collections, all scalar styles, anchors and aliases,
 * tags and directives).
 *
 * @module
 */
import {
  getSchema,
  MERGE_TAG,
  type Schema,
  type SchemaType,
  type Type,
} from "./_schema.ts";

/**
 * The error thrown for invalid YAML. Its message names the place (line
 * and column, counted from 1) and shows the line.
 *
 * @example Usage
 * ```ts
 * import { parse, YAMLError } from "@std/yaml";
 * import { assertThrows } from "@std/assert";
 *
 * const error = assertThrows(() => parse("a: [1, 2"), YAMLError);
 * error.line; // 1
 * ```
 */
export class YAMLError extends SyntaxError {
  /** The line of the error, counted from 1. */
  readonly line: number;
  /** The column of the error, counted from 1. */
  readonly column: number;
  /** The reason, without the position. */
  readonly reason: string;

  /**
   * Makes an error.
   *
   * @param reason What is wrong.
   * @param line The line, counted from 1.
   * @param column The column, counted from 1.
   * @param snippet The text around the error, shown after the message.
   */
  constructor(reason: string, line: number, column: number, snippet = "") {
    super(
      `${reason} at line ${line}, column ${column}${
        snippet ? `:\n${snippet}` : ""
      }`,
    );
    this.name = "YAMLError";
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

const CONTEXT_FLOW_IN = 1;
const CONTEXT_FLOW_OUT = 2;
const CONTEXT_BLOCK_IN = 3;
const CONTEXT_BLOCK_OUT = 4;

const CHOMPING_CLIP = 1;
const CHOMPING_STRIP = 2;
const CHOMPING_KEEP = 3;

const EOF = -1;

const PATTERN_NON_PRINTABLE =
  // deno-lint-ignore no-control-regex
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
const PATTERN_TAG_HANDLE = /^(?:!|!!|![a-z\-]+!)$/i;
const PATTERN_TAG_URI =
  /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;

function isEOL(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}
function isWhiteSpace(c: number): boolean {
  return c === 0x09 || c === 0x20;
}
function isWsOrEol(c: number): boolean {
  return c === 0x09 || c === 0x20 || c === 0x0a || c === 0x0d;
}
function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\x00",
  "a": "\x07",
  "b": "\x08",
  "t": "\x09",
  "\t": "\x09",
  "n": "\x0a",
  "v": "\x0b",
  "f": "\x0c",
  "r": "\x0d",
  "e": "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "N": "\x85",
  "_": "\xa0",
  "L": "\u2028",
  "P": "\u2029",
};
const HEX_ESCAPE_LENGTHS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Options for the loader. */
export interface LoaderOptions {
  schema?: SchemaType;
  allowDuplicateKeys?: boolean;
  onWarning?: (error: Error) => void;
}

function setProperty(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === "[object Object]";
}

/** Reads YAML documents from text. */
export class Loader {
  #input: string;
  #length: number;
  #schema: Schema;
  #allowDuplicateKeys: boolean;
  #onWarning: ((error: Error) => void) | undefined;

  #position = 0;
  #line = 0;
  #lineStart = 0;
  #lineIndent = 0;
  #firstTabInLine = -1;

  #version: string | null = null;
  #checkLineBreaks = false;
  #tagMap = new Map<string, string>();
  #anchorMap = new Map<string, unknown>();

  #tag: string | null = null;
  #anchor: string | null = null;
  /** Properties read before the first key of a block mapping, for that key. */
  #pendingTag: string | null = null;
  #pendingAnchor: string | null = null;
  /** Whether the last block mapping read found a key (not just a node). */
  #mappingDetected = false;
  #kind: "scalar" | "sequence" | "mapping" | null = null;
  #result: unknown = null;

  constructor(input: string, options: LoaderOptions = {}) {
    let text = String(input);
    if (text.length !== 0) {
      const last = text.charCodeAt(text.length - 1);
      if (last !== 0x0a && last !== 0x0d) text += "\n";
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.#input = text;
    this.#length = text.length;
    this.#schema = getSchema(options.schema ?? "default");
    this.#allowDuplicateKeys = options.allowDuplicateKeys ?? false;
    this.#onWarning = options.onWarning;
  }

  /** Reads every document of the stream. */
  readDocuments(): unknown[] {
    const match = PATTERN_NON_PRINTABLE.exec(this.#input);
    if (match) {
      this.#position = match.index;
      throw this.#error("the stream contains non-printable characters");
    }
    const documents: unknown[] = [];
    while (this.#peek() === 0x20) {
      this.#lineIndent++;
      this.#position++;
    }
    while (this.#position < this.#length) {
      const document = this.#readDocument();
      if (document.present) documents.push(document.value);
    }
    return documents;
  }

  // --- Characters and errors ---

  #peek(offset = 0): number {
    const pos = this.#position + offset;
    return pos < this.#length ? this.#input.charCodeAt(pos) : EOF;
  }

  #next(): number {
    this.#position++;
    return this.#peek();
  }

  #snippet(): string {
    const lines = this.#input.split(/\r?\n/);
    const index = this.#line;
    const out: string[] = [];
    const width = String(index + 2).length;
    for (
      let i = Math.max(0, index - 2);
      i <= Math.min(lines.length - 1, index + 1);
      i++
    ) {
      const text = lines[i]!;
      if (i === lines.length - 1 && text === "" && i !== index) continue;
      out.push(`${String(i + 1).padStart(width)} | ${text}`);
      if (i === index) {
        const column = this.#position - this.#lineStart;
        out.push(`${" ".repeat(width)} | ${" ".repeat(Math.max(0, column))}^`);
      }
    }
    return out.join("\n");
  }

  #error(reason: string): YAMLError {
    return new YAMLError(
      reason,
      this.#line + 1,
      this.#position - this.#lineStart + 1,
      this.#snippet(),
    );
  }

  #warn(reason: string): void {
    this.#onWarning?.(this.#error(reason));
  }

  #slice(start: number, end: number): string {
    return this.#input.slice(start, end);
  }

  #captureSegment(start: number, end: number, checkJson: boolean): void {
    if (start >= end) return;
    const segment = this.#slice(start, end);
    if (checkJson) {
      for (let i = 0; i < segment.length; i++) {
        const c = segment.charCodeAt(i);
        if (!(c === 0x09 || (c >= 0x20 && c <= 0x10ffff))) {
          throw this.#error("expected valid JSON character");
        }
      }
    }
    this.#result = (this.#result as string) + segment;
  }

  // --- Whitespace ---

  #readLineBreak(): void {
    const c = this.#peek();
    if (c === 0x0a) {
      this.#position++;
    } else if (c === 0x0d) {
      this.#position++;
      if (this.#peek() === 0x0a) this.#position++;
    } else {
      throw this.#error("a line break is expected");
    }
    this.#line++;
    this.#lineStart = this.#position;
    this.#firstTabInLine = -1;
  }

  #skipSeparationSpace(allowComments: boolean, checkIndent: number): number {
    let lineBreaks = 0;
    let c = this.#peek();
    while (c !== EOF) {
      while (isWhiteSpace(c)) {
        if (c === 0x09 && this.#firstTabInLine === -1) {
          this.#firstTabInLine = this.#position;
        }
        c = this.#next();
      }
      if (
        allowComments && c === 0x23 /* # */ &&
        (this.#position === 0 ||
          isWsOrEol(this.#input.charCodeAt(this.#position - 1)))
      ) {
        do {
          c = this.#next();
        } while (c !== 0x0a && c !== 0x0d && c !== EOF);
      }
      if (isEOL(c)) {
        this.#readLineBreak();
        c = this.#peek();
        lineBreaks++;
        this.#lineIndent = 0;
        while (c === 0x20) {
          this.#lineIndent++;
          c = this.#next();
        }
      } else {
        break;
      }
    }
    if (
      checkIndent !== -1 && lineBreaks !== 0 && this.#lineIndent < checkIndent
    ) {
      this.#warn("deficient indentation");
    }
    return lineBreaks;
  }

  #testDocumentSeparator(): boolean {
    let c = this.#peek();
    if (
      (c === 0x2d || c === 0x2e) && c === this.#peek(1) && c === this.#peek(2)
    ) {
      c = this.#peek(3);
      if (c === EOF || isWsOrEol(c)) return true;
    }
    return false;
  }

  #writeFoldedLines(count: number): void {
    if (count === 1) this.#result += " ";
    else if (count > 1) this.#result += "\n".repeat(count - 1);
  }

  // --- Scalars ---

  #readPlainScalar(nodeIndent: number, withinFlowCollection: boolean): boolean {
    const savedKind = this.#kind;
    const savedResult = this.#result;
    let c = this.#peek();
    if (
      isWsOrEol(c) || isFlowIndicator(c) || c === EOF ||
      c === 0x23 /* # */ || c === 0x26 /* & */ || c === 0x2a /* * */ ||
      c === 0x21 /* ! */ || c === 0x7c /* | */ || c === 0x3e /* > */ ||
      c === 0x27 /* ' */ || c === 0x22 /* " */ || c === 0x25 /* % */ ||
      c === 0x40 /* @ */ || c === 0x60 /* ` */
    ) {
      return false;
    }
    if (c === 0x3f /* ? */ || c === 0x2d /* - */) {
      const following = this.#peek(1);
      if (
        following === EOF || isWsOrEol(following) ||
        (withinFlowCollection && isFlowIndicator(following))
      ) {
        return false;
      }
    }
    this.#kind = "scalar";
    this.#result = "";
    let captureStart = this.#position;
    let captureEnd = this.#position;
    let hasPendingContent = false;
    let line = 0;
    while (c !== EOF) {
      if (c === 0x3a /* : */) {
        const following = this.#peek(1);
        if (
          following === EOF || isWsOrEol(following) ||
          (withinFlowCollection && isFlowIndicator(following))
        ) {
          break;
        }
      } else if (c === 0x23 /* # */) {
        const preceding = this.#input.charCodeAt(this.#position - 1);
        if (isWsOrEol(preceding)) break;
      } else if (
        (this.#position === this.#lineStart && this.#testDocumentSeparator()) ||
        (withinFlowCollection && isFlowIndicator(c))
      ) {
        break;
      } else if (isEOL(c)) {
        line = this.#line;
        const lineStart = this.#lineStart;
        const lineIndent = this.#lineIndent;
        this.#skipSeparationSpace(false, -1);
        if (this.#lineIndent >= nodeIndent) {
          hasPendingContent = true;
          c = this.#peek();
          continue;
        }
        this.#position = captureEnd;
        this.#line = line;
        this.#lineStart = lineStart;
        this.#lineIndent = lineIndent;
        break;
      }
      if (hasPendingContent) {
        this.#captureSegment(captureStart, captureEnd, false);
        this.#writeFoldedLines(this.#line - line);
        captureStart = captureEnd = this.#position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(c)) captureEnd = this.#position + 1;
      c = this.#next();
    }
    this.#captureSegment(captureStart, captureEnd, false);
    if (this.#result) return true;
    this.#kind = savedKind;
    this.#result = savedResult;
    return false;
  }

  #readSingleQuotedScalar(nodeIndent: number): boolean {
    let c = this.#peek();
    if (c !== 0x27 /* ' */) return false;
    this.#kind = "scalar";
    this.#result = "";
    this.#position++;
    let captureStart = this.#position;
    let captureEnd = this.#position;
    while ((c = this.#peek()) !== EOF) {
      if (c === 0x27) {
        this.#captureSegment(captureStart, this.#position, true);
        c = this.#next();
        if (c === 0x27) {
          captureStart = this.#position;
          this.#position++;
          captureEnd = this.#position;
        } else {
          return true;
        }
      } else if (isEOL(c)) {
        this.#captureSegment(captureStart, captureEnd, true);
        this.#writeFoldedLines(this.#skipSeparationSpace(false, nodeIndent));
        captureStart = captureEnd = this.#position;
      } else if (
        this.#position === this.#lineStart && this.#testDocumentSeparator()
      ) {
        throw this.#error(
          "unexpected end of the document within a single quoted scalar",
        );
      } else {
        this.#position++;
        if (!isWhiteSpace(c)) captureEnd = this.#position;
      }
    }
    throw this.#error(
      "unexpected end of the stream within a single quoted scalar",
    );
  }

  #readDoubleQuotedScalar(nodeIndent: number): boolean {
    let c = this.#peek();
    if (c !== 0x22 /* " */) return false;
    this.#kind = "scalar";
    this.#result = "";
    this.#position++;
    let captureStart = this.#position;
    let captureEnd = this.#position;
    while ((c = this.#peek()) !== EOF) {
      if (c === 0x22) {
        this.#captureSegment(captureStart, this.#position, true);
        this.#position++;
        return true;
      }
      if (c === 0x5c /* \ */) {
        this.#captureSegment(captureStart, this.#position, true);
        c = this.#next();
        const char = String.fromCharCode(c);
        if (isEOL(c)) {
          this.#skipSeparationSpace(false, nodeIndent);
        } else if (c !== EOF && char in SIMPLE_ESCAPES) {
          this.#result += SIMPLE_ESCAPES[char]!;
          this.#position++;
        } else if (c !== EOF && char in HEX_ESCAPE_LENGTHS) {
          let length = HEX_ESCAPE_LENGTHS[char]!;
          let code = 0;
          for (; length > 0; length--) {
            const digit = hexValue(this.#next());
            if (digit < 0) throw this.#error("expected hexadecimal character");
            code = (code << 4) + digit;
          }
          if (code > 0x10ffff) {
            throw this.#error("invalid unicode code point in escape sequence");
          }
          this.#result += String.fromCodePoint(code);
          this.#position++;
        } else {
          throw this.#error("unknown escape sequence");
        }
        captureStart = captureEnd = this.#position;
      } else if (isEOL(c)) {
        this.#captureSegment(captureStart, captureEnd, true);
        this.#writeFoldedLines(this.#skipSeparationSpace(false, nodeIndent));
        captureStart = captureEnd = this.#position;
      } else if (
        this.#position === this.#lineStart && this.#testDocumentSeparator()
      ) {
        throw this.#error(
          "unexpected end of the document within a double quoted scalar",
        );
      } else {
        this.#position++;
        if (!isWhiteSpace(c)) captureEnd = this.#position;
      }
    }
    throw this.#error(
      "unexpected end of the stream within a double quoted scalar",
    );
  }

  #readBlockScalar(nodeIndent: number): boolean {
    let c = this.#peek();
    let folding: boolean;
    if (c === 0x7c /* | */) folding = false;
    else if (c === 0x3e /* > */) folding = true;
    else return false;

    this.#kind = "scalar";
    this.#result = "";
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;

    while (c !== EOF) {
      c = this.#next();
      if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        if (chomping !== CHOMPING_CLIP) {
          throw this.#error("repeat of a chomping mode identifier");
        }
        chomping = c === 0x2b ? CHOMPING_KEEP : CHOMPING_STRIP;
      } else if (c >= 0x30 && c <= 0x39) {
        const digit = c - 0x30;
        if (digit === 0) {
          throw this.#error(
            "bad explicit indentation width of a block scalar; it cannot be less than one",
          );
        }
        if (detectedIndent) {
          throw this.#error("repeat of an indentation width identifier");
        }
        textIndent = nodeIndent + digit - 1;
        detectedIndent = true;
      } else {
        break;
      }
    }

    if (isWhiteSpace(c)) {
      do {
        c = this.#next();
      } while (isWhiteSpace(c));
      if (c === 0x23 /* # */) {
        do {
          c = this.#next();
        } while (!isEOL(c) && c !== EOF);
      }
    }
    if (c !== EOF && !isEOL(c)) {
      throw this.#error(
        "a block scalar header must be followed by a line break",
      );
    }

    const chomp = () => {
      if (chomping === CHOMPING_KEEP) {
        this.#result += "\n".repeat(
          didReadContent ? 1 + emptyLines : emptyLines,
        );
      } else if (chomping === CHOMPING_CLIP && didReadContent) {
        this.#result += "\n";
      }
    };

    while (c !== EOF) {
      this.#readLineBreak();
      this.#lineIndent = 0;
      c = this.#peek();
      while ((!detectedIndent || this.#lineIndent < textIndent) && c === 0x20) {
        this.#lineIndent++;
        c = this.#next();
      }
      if (!detectedIndent && this.#lineIndent > textIndent) {
        textIndent = this.#lineIndent;
      }
      if (isEOL(c)) {
        emptyLines++;
        continue;
      }
      // The end of the scalar: less indentation, a document marker or EOF.
      if (
        c === EOF || this.#lineIndent < textIndent ||
        (this.#position === this.#lineStart && this.#testDocumentSeparator())
      ) {
        chomp();
        return true;
      }
      if (folding) {
        if (isWhiteSpace(c)) {
          // More-indented lines keep their line breaks.
          atMoreIndented = true;
          this.#result += "\n".repeat(
            didReadContent ? 1 + emptyLines : emptyLines,
          );
        } else if (atMoreIndented) {
          atMoreIndented = false;
          this.#result += "\n".repeat(emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) this.#result += " ";
        } else {
          this.#result += "\n".repeat(emptyLines);
        }
      } else {
        this.#result += "\n".repeat(
          didReadContent ? 1 + emptyLines : emptyLines,
        );
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = this.#position;
      while (!isEOL(c) && c !== EOF) c = this.#next();
      this.#captureSegment(captureStart, this.#position, false);
    }
    chomp();
    return true;
  }

  // --- Collections ---

  #storeMappingPair(
    target: Record<string, unknown> | null,
    overridableKeys: Set<string>,
    keyTag: string | null,
    keyNode: unknown,
    valueNode: unknown,
    startLine?: number,
    startLineStart?: number,
    startPos?: number,
  ): Record<string, unknown> {
    if (Array.isArray(keyNode)) {
      keyNode = keyNode.map((item) => {
        if (Array.isArray(item)) {
          throw this.#error("nested arrays are not supported inside keys");
        }
        return isPlainObject(item) ? "[object Object]" : item;
      });
    }
    if (isPlainObject(keyNode)) keyNode = "[object Object]";
    const key = String(keyNode);
    const result = target ?? {};

    if (keyTag === MERGE_TAG) {
      if (Array.isArray(valueNode)) {
        for (const source of valueNode) {
          this.#mergeMappings(result, source, overridableKeys);
        }
      } else {
        this.#mergeMappings(result, valueNode, overridableKeys);
      }
      return result;
    }
    if (
      !this.#allowDuplicateKeys && !overridableKeys.has(key) &&
      Object.prototype.hasOwnProperty.call(result, key)
    ) {
      if (startLine !== undefined) {
        this.#line = startLine;
        this.#lineStart = startLineStart!;
        this.#position = startPos!;
      }
      throw this.#error(`duplicated mapping key "${key}"`);
    }
    setProperty(result, key, valueNode);
    overridableKeys.delete(key);
    return result;
  }

  #mergeMappings(
    destination: Record<string, unknown>,
    source: unknown,
    overridableKeys: Set<string>,
  ): void {
    if (!isPlainObject(source)) {
      throw this.#error(
        "cannot merge mappings; the provided source object is unacceptable",
      );
    }
    for (const key of Object.keys(source)) {
      if (!Object.prototype.hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys.add(key);
      }
    }
  }

  #readFlowCollection(nodeIndent: number): boolean {
    let c = this.#peek();
    let terminator: number;
    let isMapping: boolean;
    let result: Record<string, unknown> | unknown[];
    if (c === 0x5b /* [ */) {
      terminator = 0x5d;
      isMapping = false;
      result = [];
    } else if (c === 0x7b /* { */) {
      terminator = 0x7d;
      isMapping = true;
      result = {};
    } else {
      return false;
    }
    const tag = this.#tag;
    const anchor = this.#anchor;
    if (anchor !== null) this.#anchorMap.set(anchor, result);
    const overridableKeys = new Set<string>();
    c = this.#next();
    let readNext = true;
    while (c !== EOF) {
      this.#skipSeparationSpace(true, nodeIndent);
      c = this.#peek();
      if (c === terminator) {
        this.#position++;
        this.#tag = tag;
        this.#anchor = anchor;
        this.#kind = isMapping ? "mapping" : "sequence";
        this.#result = result;
        return true;
      }
      if (!readNext) {
        throw this.#error("missed comma between flow collection entries");
      }
      if (c === 0x2c /* , */) {
        throw this.#error("expected the node content, but found ','");
      }
      let isPair = false;
      let isExplicitPair = false;
      if (c === 0x3f /* ? */ && isWsOrEol(this.#peek(1))) {
        isPair = isExplicitPair = true;
        this.#position++;
        this.#skipSeparationSpace(true, nodeIndent);
      }
      const line = this.#line;
      const lineStart = this.#lineStart;
      const pos = this.#position;
      this.#composeNode(nodeIndent, CONTEXT_FLOW_IN, false, true);
      const keyTag = this.#tag;
      const keyNode = this.#result;
      let valueNode: unknown = null;
      this.#skipSeparationSpace(true, nodeIndent);
      c = this.#peek();
      if (
        (isExplicitPair || isMapping || this.#line === line) &&
        c === 0x3a /* : */
      ) {
        isPair = true;
        c = this.#next();
        this.#skipSeparationSpace(true, nodeIndent);
        this.#composeNode(nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = this.#result;
      }
      if (isMapping) {
        this.#storeMappingPair(
          result as Record<string, unknown>,
          overridableKeys,
          keyTag,
          keyNode,
          valueNode,
          line,
          lineStart,
          pos,
        );
      } else if (isPair) {
        (result as unknown[]).push(
          this.#storeMappingPair(
            null,
            overridableKeys,
            keyTag,
            keyNode,
            valueNode,
            line,
            lineStart,
            pos,
          ),
        );
      } else {
        (result as unknown[]).push(keyNode);
      }
      this.#skipSeparationSpace(true, nodeIndent);
      c = this.#peek();
      if (c === 0x2c /* , */) {
        readNext = true;
        c = this.#next();
      } else {
        readNext = false;
      }
    }
    throw this.#error("unexpected end of the stream within a flow collection");
  }

  #readBlockSequence(nodeIndent: number): boolean {
    if (this.#firstTabInLine !== -1) return false;
    const tag = this.#tag;
    const anchor = this.#anchor;
    const result: unknown[] = [];
    if (anchor !== null) this.#anchorMap.set(anchor, result);
    let detected = false;
    let c = this.#peek();
    while (c !== EOF) {
      if (this.#firstTabInLine !== -1) {
        this.#position = this.#firstTabInLine;
        throw this.#error("tab characters must not be used in indentation");
      }
      if (c !== 0x2d /* - */) break;
      const following = this.#peek(1);
      if (following !== EOF && !isWsOrEol(following)) break;
      detected = true;
      this.#position++;
      if (this.#skipSeparationSpace(true, -1)) {
        if (this.#lineIndent <= nodeIndent) {
          result.push(null);
          c = this.#peek();
          continue;
        }
      }
      const line = this.#line;
      this.#composeNode(nodeIndent, CONTEXT_BLOCK_IN, false, true);
      result.push(this.#result);
      this.#skipSeparationSpace(true, -1);
      c = this.#peek();
      if (
        (this.#line === line || this.#lineIndent > nodeIndent) && c !== EOF
      ) {
        throw this.#error("bad indentation of a sequence entry");
      } else if (this.#lineIndent < nodeIndent) {
        break;
      }
    }
    if (!detected) return false;
    this.#tag = tag;
    this.#anchor = anchor;
    this.#kind = "sequence";
    this.#result = result;
    return true;
  }

  #readBlockMapping(nodeIndent: number, flowIndent: number): boolean {
    if (this.#firstTabInLine !== -1) return false;
    const tag = this.#tag;
    const anchor = this.#anchor;
    const result: Record<string, unknown> = {};
    const overridableKeys = new Set<string>();
    if (anchor !== null) this.#anchorMap.set(anchor, result);

    let keyTag: string | null = null;
    let keyNode: unknown = null;
    let valueNode: unknown = null;
    let atExplicitKey = false;
    let detected = false;
    let allowCompact = false;
    let keyLine = 0;
    let keyLineStart = 0;
    let keyPos = 0;
    let c = this.#peek();

    while (c !== EOF) {
      if (!atExplicitKey && this.#firstTabInLine !== -1) {
        this.#position = this.#firstTabInLine;
        throw this.#error("tab characters must not be used in indentation");
      }
      const following = this.#peek(1);
      const line = this.#line;

      const keyHasProperties = this.#pendingTag !== null ||
        this.#pendingAnchor !== null;
      if (
        (c === 0x3f /* ? */ || (c === 0x3a /* : */ && !keyHasProperties)) &&
        (following === EOF || isWsOrEol(following))
      ) {
        if (c === 0x3f) {
          if (atExplicitKey) {
            this.#storeMappingPair(
              result,
              overridableKeys,
              keyTag,
              keyNode,
              null,
              keyLine,
              keyLineStart,
              keyPos,
            );
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          // An empty key: `: value`.
          detected = true;
          allowCompact = true;
          keyTag = keyNode = valueNode = null;
          keyLine = this.#line;
          keyLineStart = this.#lineStart;
          keyPos = this.#position;
        }
        this.#position++;
        c = following;
      } else {
        keyLine = this.#line;
        keyLineStart = this.#lineStart;
        keyPos = this.#position;
        if (!this.#composeNode(flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (this.#line === line) {
          c = this.#peek();
          while (isWhiteSpace(c)) c = this.#next();
          if (c === 0x3a /* : */) {
            c = this.#next();
            if (c !== EOF && !isWsOrEol(c)) {
              throw this.#error(
                "a whitespace character is expected after the key-value separator within a block mapping",
              );
            }
            if (atExplicitKey) {
              this.#storeMappingPair(
                result,
                overridableKeys,
                keyTag,
                keyNode,
                null,
                keyLine,
                keyLineStart,
                keyPos,
              );
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = this.#tag;
            keyNode = this.#result;
          } else if (detected) {
            throw this.#error(
              "can not read an implicit mapping pair; a colon is missed",
            );
          } else {
            this.#tag = tag;
            this.#anchor = anchor;
            this.#mappingDetected = false;
            return true; // keep the result of composeNode
          }
        } else if (detected) {
          throw this.#error(
            "can not read a block mapping entry; a multiline key may not be an implicit key",
          );
        } else {
          this.#tag = tag;
          this.#anchor = anchor;
          this.#mappingDetected = false;
          return true; // keep the result of composeNode
        }
      }

      if (this.#line === line || this.#lineIndent > nodeIndent) {
        if (atExplicitKey) {
          keyLine = this.#line;
          keyLineStart = this.#lineStart;
          keyPos = this.#position;
        }
        if (
          this.#composeNode(nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)
        ) {
          if (atExplicitKey) keyNode = this.#result;
          else valueNode = this.#result;
        }
        if (!atExplicitKey) {
          this.#storeMappingPair(
            result,
            overridableKeys,
            keyTag,
            keyNode,
            valueNode,
            keyLine,
            keyLineStart,
            keyPos,
          );
          keyTag = keyNode = valueNode = null;
        }
        this.#skipSeparationSpace(true, -1);
        c = this.#peek();
      }

      if (
        (this.#line === line || this.#lineIndent > nodeIndent) && c !== EOF
      ) {
        throw this.#error("bad indentation of a mapping entry");
      } else if (this.#lineIndent < nodeIndent) {
        break;
      }
    }

    if (atExplicitKey) {
      this.#storeMappingPair(
        result,
        overridableKeys,
        keyTag,
        keyNode,
        null,
        keyLine,
        keyLineStart,
        keyPos,
      );
    }
    if (detected) {
      this.#tag = tag;
      this.#anchor = anchor;
      this.#kind = "mapping";
      this.#result = result;
    }
    this.#mappingDetected = detected;
    return detected;
  }

  // --- Properties and aliases ---

  #readTagProperty(): boolean {
    let c = this.#peek();
    if (c !== 0x21 /* ! */) return false;
    if (this.#tag !== null) throw this.#error("duplication of a tag property");
    c = this.#next();
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle = "!";
    let tagName: string;
    if (c === 0x3c /* < */) {
      isVerbatim = true;
      c = this.#next();
    } else if (c === 0x21 /* ! */) {
      isNamed = true;
      tagHandle = "!!";
      c = this.#next();
    }
    let start = this.#position;
    if (isVerbatim) {
      do {
        c = this.#next();
      } while (c !== EOF && c !== 0x3e /* > */);
      if (c === EOF) {
        throw this.#error("unexpected end of the stream within a verbatim tag");
      }
      tagName = this.#slice(start, this.#position);
      c = this.#next();
    } else {
      while (c !== EOF && !isWsOrEol(c) && !isFlowIndicator(c)) {
        if (c === 0x21 /* ! */) {
          if (!isNamed) {
            tagHandle = this.#slice(start - 1, this.#position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throw this.#error(
                "named tag handle cannot contain such characters",
              );
            }
            isNamed = true;
            start = this.#position + 1;
          } else {
            throw this.#error("tag suffix cannot contain exclamation marks");
          }
        }
        c = this.#next();
      }
      tagName = this.#slice(start, this.#position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throw this.#error(
          "tag suffix cannot contain flow indicator characters",
        );
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throw this.#error(`tag name cannot contain such characters: ${tagName}`);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch {
      throw this.#error(`tag name is malformed: ${tagName}`);
    }
    if (isVerbatim) {
      this.#tag = tagName;
    } else if (this.#tagMap.has(tagHandle)) {
      this.#tag = this.#tagMap.get(tagHandle) + tagName;
    } else if (tagHandle === "!") {
      this.#tag = `!${tagName}`;
    } else if (tagHandle === "!!") {
      this.#tag = `tag:yaml.org,2002:${tagName}`;
    } else {
      throw this.#error(`undeclared tag handle "${tagHandle}"`);
    }
    return true;
  }

  #readAnchorName(): string {
    const start = this.#position;
    let c = this.#peek();
    while (c !== EOF && !isWsOrEol(c) && !isFlowIndicator(c)) c = this.#next();
    if (this.#position === start) {
      throw this.#error(
        "name of an anchor node must contain at least one character",
      );
    }
    return this.#slice(start, this.#position);
  }

  #readAnchorProperty(): boolean {
    if (this.#peek() !== 0x26 /* & */) return false;
    if (this.#anchor !== null) {
      throw this.#error("duplication of an anchor property");
    }
    this.#position++;
    this.#anchor = this.#readAnchorName();
    return true;
  }

  #readAlias(): boolean {
    if (this.#peek() !== 0x2a /* * */) return false;
    this.#position++;
    const name = this.#readAnchorName();
    if (!this.#anchorMap.has(name)) {
      throw this.#error(`unidentified alias "${name}"`);
    }
    this.#result = this.#anchorMap.get(name);
    this.#skipSeparationSpace(true, -1);
    return true;
  }

  // --- Nodes ---

  #composeNode(
    parentIndent: number,
    nodeContext: number,
    allowToSeek: boolean,
    allowCompact: boolean,
  ): boolean {
    this.#tag = this.#pendingTag;
    this.#anchor = this.#pendingAnchor;
    this.#pendingTag = null;
    this.#pendingAnchor = null;
    this.#kind = null;
    this.#result = null;

    const allowBlockStyles = nodeContext === CONTEXT_BLOCK_OUT ||
      nodeContext === CONTEXT_BLOCK_IN;
    const allowBlockScalars = allowBlockStyles;
    let allowBlockCollections = allowBlockStyles;
    let atNewLine = false;
    let hasContent = false;
    let indentStatus = 1; // 1: deeper than the parent, 0: same, -1: less

    const updateIndentStatus = () => {
      if (this.#lineIndent > parentIndent) indentStatus = 1;
      else if (this.#lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    };

    if (allowToSeek && this.#skipSeparationSpace(true, -1)) {
      atNewLine = true;
      updateIndentStatus();
    }
    // Properties on the same line as the content, when the content is an
    // implicit key, belong to that key, and a block mapping starts at them;
    // properties on earlier lines belong to the node itself.
    let propertiesColumn = -1;
    let outerTag: string | null = null;
    let outerAnchor: string | null = null;
    if (indentStatus === 1) {
      let start = this.#position - this.#lineStart;
      while (this.#readTagProperty() || this.#readAnchorProperty()) {
        if (this.#skipSeparationSpace(true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          updateIndentStatus();
          propertiesColumn = -1;
          start = this.#position - this.#lineStart;
          if (allowBlockStyles) {
            if (this.#tag !== null) {
              if (outerTag !== null) {
                throw this.#error("duplication of a tag property");
              }
              outerTag = this.#tag;
            }
            if (this.#anchor !== null) {
              if (outerAnchor !== null) {
                throw this.#error("duplication of an anchor property");
              }
              outerAnchor = this.#anchor;
            }
            this.#tag = null;
            this.#anchor = null;
          }
        } else {
          allowBlockCollections = false;
          if (
            propertiesColumn === -1 && allowBlockStyles &&
            (atNewLine || allowCompact)
          ) {
            propertiesColumn = start;
          }
        }
      }
    }
    const next = this.#peek();
    const propertiesForKey = indentStatus === 1 && propertiesColumn !== -1 &&
      !allowBlockCollections && next !== EOF && !isEOL(next) &&
      next !== 0x7c /* | */ && next !== 0x3e /* > */;
    if (!propertiesForKey && (outerTag !== null || outerAnchor !== null)) {
      if (outerTag !== null && this.#tag !== null) {
        throw this.#error("duplication of a tag property");
      }
      if (outerAnchor !== null && this.#anchor !== null) {
        throw this.#error("duplication of an anchor property");
      }
      this.#tag ??= outerTag;
      this.#anchor ??= outerAnchor;
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }

    if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
      const flowIndent =
        nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT
          ? parentIndent
          : parentIndent + 1;
      const blockIndent = this.#position - this.#lineStart;
      if (propertiesForKey) {
        // Properties then (perhaps) an implicit key: give the properties to
        // the key's node; without a `:` the node is kept as it is.
        const keyTag = this.#tag;
        const keyAnchor = this.#anchor;
        this.#pendingTag = keyTag;
        this.#pendingAnchor = keyAnchor;
        this.#tag = outerTag;
        this.#anchor = outerAnchor;
        hasContent = this.#readBlockMapping(propertiesColumn, flowIndent);
        if (!this.#mappingDetected) {
          if (keyTag !== null && outerTag !== null) {
            throw this.#error("duplication of a tag property");
          }
          if (keyAnchor !== null && outerAnchor !== null) {
            throw this.#error("duplication of an anchor property");
          }
        }
        this.#pendingTag = null;
        this.#pendingAnchor = null;
      } else if (indentStatus === 1) {
        if (
          (allowBlockCollections &&
            (this.#readBlockSequence(blockIndent) ||
              this.#readBlockMapping(blockIndent, flowIndent))) ||
          this.#readFlowCollection(flowIndent)
        ) {
          hasContent = true;
        } else {
          if (
            (allowBlockScalars && this.#readBlockScalar(flowIndent)) ||
            this.#readSingleQuotedScalar(flowIndent) ||
            this.#readDoubleQuotedScalar(flowIndent)
          ) {
            hasContent = true;
          } else if (this.#readAlias()) {
            hasContent = true;
            if (this.#tag !== null || this.#anchor !== null) {
              throw this.#error("alias node should not have any properties");
            }
          } else if (
            this.#readPlainScalar(flowIndent, nodeContext === CONTEXT_FLOW_IN)
          ) {
            hasContent = true;
            if (this.#tag === null) this.#tag = "?";
          }
          if (this.#anchor !== null) {
            this.#anchorMap.set(this.#anchor, this.#result);
          }
        }
      } else if (indentStatus === 0) {
        // Block sequences may have the same indentation as their parent.
        hasContent = allowBlockCollections &&
          this.#readBlockSequence(blockIndent);
      }
    }

    if (this.#tag === null) {
      if (this.#anchor !== null) {
        this.#anchorMap.set(this.#anchor, this.#result);
      }
    } else if (this.#tag === "?") {
      // Implicit resolution of a plain scalar.
      if (this.#result !== null && this.#kind !== "scalar") {
        throw this.#error(
          `unacceptable node kind for !<?> tag; it should be "scalar", not "${this.#kind}"`,
        );
      }
      for (const type of this.#schema.implicit) {
        if (type.resolve(this.#result)) {
          this.#result = type.construct(this.#result);
          this.#tag = type.tag;
          if (this.#anchor !== null) {
            this.#anchorMap.set(this.#anchor, this.#result);
          }
          break;
        }
      }
    } else if (this.#tag !== "!") {
      const type: Type | undefined = this.#schema.byTag.get(this.#tag);
      if (type === undefined) {
        throw this.#error(`unknown tag !<${this.#tag}>`);
      }
      if (this.#result !== null && type.kind !== this.#kind) {
        throw this.#error(
          `unacceptable node kind for !<${this.#tag}> tag; it should be "${type.kind}", not "${this.#kind}"`,
        );
      }
      const data = this.#result === null && type.kind === "scalar"
        ? ""
        : this.#result;
      if (!type.resolve(data)) {
        throw this.#error(
          `cannot resolve a node with !<${this.#tag}> explicit tag`,
        );
      }
      this.#result = type.construct(data);
      if (this.#anchor !== null) {
        this.#anchorMap.set(this.#anchor, this.#result);
      }
    } else if (this.#result === null) {
      // `!` alone: a non-specific tag; an empty node is an empty string.
      this.#result = "";
    }
    return this.#tag !== null || this.#anchor !== null || hasContent;
  }

  // --- Documents ---

  #readDirective(): void {
    let c = this.#next(); // after %
    let start = this.#position;
    while (c !== EOF && !isWsOrEol(c)) c = this.#next();
    const name = this.#slice(start, this.#position);
    const args: string[] = [];
    if (name.length < 1) {
      throw this.#error(
        "directive name must not be less than one character in length",
      );
    }
    while (c !== EOF) {
      while (isWhiteSpace(c)) c = this.#next();
      if (c === 0x23 /* # */) {
        do {
          c = this.#next();
        } while (c !== EOF && !isEOL(c));
        break;
      }
      if (isEOL(c)) break;
      start = this.#position;
      while (c !== EOF && !isWsOrEol(c)) c = this.#next();
      args.push(this.#slice(start, this.#position));
    }
    if (c !== EOF) this.#readLineBreak();

    if (name === "YAML") {
      if (this.#version !== null) {
        throw this.#error("duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throw this.#error("YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]!);
      if (match === null) {
        throw this.#error("ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1]!, 10);
      const minor = parseInt(match[2]!, 10);
      if (major !== 1) {
        throw this.#error("unacceptable YAML version of the document");
      }
      this.#version = args[0]!;
      this.#checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        this.#warn("unsupported YAML version of the document");
      }
    } else if (name === "TAG") {
      if (args.length !== 2) {
        throw this.#error("TAG directive accepts exactly two arguments");
      }
      const [handle, prefix] = args as [string, string];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throw this.#error(
          "ill-formed tag handle (first argument) of the TAG directive",
        );
      }
      if (this.#tagMap.has(handle)) {
        throw this.#error(
          `there is a previously declared suffix for "${handle}" tag handle`,
        );
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throw this.#error(
          "ill-formed tag prefix (second argument) of the TAG directive",
        );
      }
      let decoded: string;
      try {
        decoded = decodeURIComponent(prefix);
      } catch {
        throw this.#error(`tag prefix is malformed: ${prefix}`);
      }
      this.#tagMap.set(handle, decoded);
    } else {
      this.#warn(`unknown document directive "${name}"`);
    }
  }

  #readDocument(): { present: boolean; value: unknown } {
    const documentStart = this.#position;
    let hasDirectives = false;
    this.#version = null;
    this.#checkLineBreaks = false;
    this.#tagMap = new Map();
    this.#anchorMap = new Map();

    while (this.#peek() !== EOF) {
      this.#skipSeparationSpace(true, -1);
      if (this.#lineIndent > 0 || this.#peek() !== 0x25 /* % */) break;
      hasDirectives = true;
      this.#readDirective();
    }

    this.#skipSeparationSpace(true, -1);
    let markerLine = -1;
    if (
      this.#lineIndent === 0 && this.#peek() === 0x2d &&
      this.#peek(1) === 0x2d && this.#peek(2) === 0x2d &&
      (this.#peek(3) === EOF || isWsOrEol(this.#peek(3)))
    ) {
      markerLine = this.#line;
      this.#position += 3;
      this.#skipSeparationSpace(true, -1);
    } else if (hasDirectives) {
      throw this.#error("directives end mark is expected");
    }

    // A block collection cannot start on the `---` line.
    const hasContent = this.#composeNode(
      this.#lineIndent - 1,
      CONTEXT_BLOCK_OUT,
      false,
      this.#line !== markerLine,
    );
    this.#skipSeparationSpace(true, -1);
    const present = hasContent || markerLine !== -1 || hasDirectives;

    if (
      this.#checkLineBreaks &&
      /[\x85\u2028\u2029]/.test(this.#slice(documentStart, this.#position))
    ) {
      this.#warn("non-ASCII line breaks are interpreted as content");
    }
    const result = { present, value: this.#result };

    if (
      this.#position === this.#lineStart && this.#testDocumentSeparator()
    ) {
      if (this.#peek() === 0x2e /* . */) {
        this.#position += 3;
        // Only a comment may follow `...` on its line.
        let c = this.#peek();
        while (isWhiteSpace(c)) c = this.#next();
        if (c !== EOF && !isEOL(c) && c !== 0x23 /* # */) {
          throw this.#error(
            "end of the stream or a document separator is expected",
          );
        }
        this.#skipSeparationSpace(true, -1);
      }
      return result;
    }
    if (this.#position < this.#length) {
      throw this.#error(
        "end of the stream or a document separator is expected",
      );
    }
    return result;
  }
}
