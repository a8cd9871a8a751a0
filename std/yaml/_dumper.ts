/**
 * Internal: the YAML dumper, which writes JavaScript values as YAML text.
 *
 * @module
 */
import {
  getSchema,
  type Schema,
  type SchemaType,
  type StyleVariant,
  type Type,
} from "./_schema.ts";

/** Options for the dumper. */
export interface DumperOptions {
  indent?: number;
  arrayIndent?: boolean;
  skipInvalid?: boolean;
  flowLevel?: number;
  styles?: Record<string, StyleVariant>;
  schema?: SchemaType;
  sortKeys?: boolean | ((a: string, b: string) => number);
  lineWidth?: number;
  useAnchors?: boolean;
  compatMode?: boolean;
  condenseFlow?: boolean;
  quoteStyle?: "'" | '"';
}

const ESCAPE_SEQUENCES = new Map<number, string>([
  [0x00, "\\0"],
  [0x07, "\\a"],
  [0x08, "\\b"],
  [0x09, "\\t"],
  [0x0a, "\\n"],
  [0x0b, "\\v"],
  [0x0c, "\\f"],
  [0x0d, "\\r"],
  [0x1b, "\\e"],
  [0x22, '\\"'],
  [0x5c, "\\\\"],
  [0x85, "\\N"],
  [0xa0, "\\_"],
  [0x2028, "\\L"],
  [0x2029, "\\P"],
]);

const DEPRECATED_BOOLEANS = new Set([
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF",
]);
const DEPRECATED_BASE60 = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;

const STYLE_PLAIN = 1;
const STYLE_SINGLE = 2;
const STYLE_LITERAL = 3;
const STYLE_FOLDED = 4;
const STYLE_DOUBLE = 5;

function encodeHex(code: number): string {
  const hex = code.toString(16).toUpperCase();
  if (code <= 0xff) return `\\x${hex.padStart(2, "0")}`;
  if (code <= 0xffff) return `\\u${hex.padStart(4, "0")}`;
  return `\\U${hex.padStart(8, "0")}`;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Printable per YAML (c-printable), minus BOM and the line separators. */
function isPrintable(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa1 && c <= 0xd7ff && c !== 0x2028 && c !== 0x2029) ||
    (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff) ||
    (c >= 0x10000 && c <= 0x10ffff);
}

function isNsCharOrWhitespace(c: number): boolean {
  return isPrintable(c) && c !== 0xfeff && c !== 0x0d && c !== 0x0a;
}

function isPlainSafe(c: number, prev: number, inBlock: boolean): boolean {
  const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
  const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
  return (
    (inBlock
      ? cIsNsCharOrWhitespace
      : cIsNsCharOrWhitespace && c !== 0x2c && c !== 0x5b && c !== 0x5d &&
        c !== 0x7b && c !== 0x7d) &&
    c !== 0x23 && !(prev === 0x3a && !cIsNsChar)
  ) ||
    (isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === 0x23) ||
    (prev === 0x3a && cIsNsChar);
}

function isPlainSafeFirst(c: number): boolean {
  return isPrintable(c) && c !== 0xfeff && !isWhitespace(c) &&
    !"-?:,[]{}#&*!|=>'\"%@`".includes(String.fromCharCode(c));
}

function isPlainSafeLast(c: number): boolean {
  return !isWhitespace(c) && c !== 0x3a;
}

function needIndentIndicator(text: string): boolean {
  return /^\n* /.test(text);
}

function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const char of text) out.push(char.codePointAt(0)!);
  return out;
}

function indentString(text: string, spaces: number): string {
  const indent = " ".repeat(spaces);
  return text.split("\n").map((line) => line === "" ? line : indent + line)
    .join("\n");
}

function blockHeader(text: string, indentPerLevel: number): string {
  const indicator = needIndentIndicator(text) ? String(indentPerLevel) : "";
  const clip = text[text.length - 1] === "\n";
  const keep = clip && (text[text.length - 2] === "\n" || text === "\n");
  const chomp = keep ? "+" : clip ? "" : "-";
  return `${indicator}${chomp}\n`;
}

function dropEndingNewline(text: string): string {
  return text.endsWith("\n") ? text.slice(0, -1) : text;
}

/** Folds one line at spaces so its pieces fit the width, when possible. */
function foldLine(line: string, width: number): string {
  if (line === "" || line[0] === " ") return line;
  const pieces: string[] = [];
  let start = 0;
  while (line.length - start > width) {
    // The last single space (between non-spaces) at or before the width.
    let cut = -1;
    for (let i = start + 1; i <= start + width && i < line.length - 1; i++) {
      if (line[i] === " " && line[i - 1] !== " " && line[i + 1] !== " ") {
        cut = i;
      }
    }
    if (cut === -1) {
      // No place to break within the width: break at the next space.
      for (let i = start + width + 1; i < line.length - 1; i++) {
        if (line[i] === " " && line[i - 1] !== " " && line[i + 1] !== " ") {
          cut = i;
          break;
        }
      }
    }
    if (cut === -1) break;
    pieces.push(line.slice(start, cut));
    start = cut + 1;
  }
  pieces.push(line.slice(start));
  return pieces.join("\n");
}

/** Writes text as the content of a folded block scalar. */
function foldString(text: string, width: number): string {
  const lines = text.split("\n");
  let result = foldLine(lines[0]!, width);
  let prevMoreIndented = text[0] === "\n" || text[0] === " ";
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const moreIndented = line[0] === " ";
    result += "\n" +
      (!prevMoreIndented && !moreIndented && line !== "" && lines[i - 1] !== ""
        ? "\n"
        : "") +
      foldLine(line, width);
    if (line !== "") prevMoreIndented = moreIndented;
  }
  return result;
}

function escapeString(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const escape = ESCAPE_SEQUENCES.get(code);
    if (escape === undefined && isPrintable(code)) out += char;
    else out += escape ?? encodeHex(code);
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === "[object Object]";
}

/** Writes values as YAML. */
export class Dumper {
  #schema: Schema;
  #indent: number;
  #arrayIndent: boolean;
  #skipInvalid: boolean;
  #flowLevel: number;
  #styles: Map<string, StyleVariant>;
  #sortKeys: boolean | ((a: string, b: string) => number);
  #lineWidth: number;
  #useAnchors: boolean;
  #compatMode: boolean;
  #condenseFlow: boolean;
  #quoteStyle: "'" | '"';

  #tag: string | null = null;
  #dump = "";
  #duplicates: object[] = [];
  #usedDuplicates = new Set<number>();

  constructor(options: DumperOptions = {}) {
    this.#schema = getSchema(options.schema ?? "default");
    this.#indent = Math.max(1, options.indent ?? 2);
    this.#arrayIndent = options.arrayIndent ?? true;
    this.#skipInvalid = options.skipInvalid ?? false;
    this.#flowLevel = options.flowLevel ?? -1;
    this.#sortKeys = options.sortKeys ?? false;
    this.#lineWidth = options.lineWidth ?? 80;
    this.#useAnchors = options.useAnchors ?? true;
    this.#compatMode = options.compatMode ?? true;
    this.#condenseFlow = options.condenseFlow ?? false;
    this.#quoteStyle = options.quoteStyle ?? "'";
    this.#styles = new Map();
    for (const [key, style] of Object.entries(options.styles ?? {})) {
      let tag = key;
      if (tag.startsWith("!!")) tag = `tag:yaml.org,2002:${tag.slice(2)}`;
      this.#styles.set(tag, style);
    }
  }

  dump(value: unknown): string {
    if (this.#useAnchors) this.#findDuplicates(value);
    if (this.#writeNode(0, value, true, true)) return `${this.#dump}\n`;
    return "";
  }

  #findDuplicates(value: unknown): void {
    const seen: object[] = [];
    const duplicates = this.#duplicates;
    const visit = (item: unknown) => {
      if (item === null || typeof item !== "object") return;
      const index = seen.indexOf(item);
      if (index !== -1) {
        if (!duplicates.includes(item)) duplicates.push(item);
        return;
      }
      seen.push(item);
      if (Array.isArray(item)) {
        for (const element of item) visit(element);
      } else if (isPlainObject(item)) {
        for (const key of Object.keys(item)) visit(item[key]);
      }
    };
    visit(value);
  }

  #nextLine(level: number): string {
    return `\n${" ".repeat(this.#indent * level)}`;
  }

  #testAmbiguity(text: string): boolean {
    return this.#schema.implicit.some((type) => type.resolve(text));
  }

  #chooseScalarStyle(
    text: string,
    singleLineOnly: boolean,
    lineWidth: number,
    inBlock: boolean,
  ): number {
    const points = codePoints(text);
    const trackWidth = lineWidth !== -1;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    let previousLineBreak = -1;
    let plain = points.length > 0 && isPlainSafeFirst(points[0]!) &&
      isPlainSafeLast(points[points.length - 1]!);
    let prev = -1;
    let i = 0;
    for (; i < points.length; i++) {
      const c = points[i]!;
      if (!singleLineOnly && c === 0x0a) {
        hasLineBreak = true;
        if (trackWidth) {
          hasFoldableLine = hasFoldableLine ||
            (i - previousLineBreak - 1 > lineWidth &&
              points[previousLineBreak + 1] !== 0x20);
        }
        previousLineBreak = i;
      } else if (!isPrintable(c)) {
        return STYLE_DOUBLE;
      }
      plain = plain && isPlainSafe(c, prev, inBlock);
      prev = c;
    }
    if (!singleLineOnly) {
      hasFoldableLine = hasFoldableLine ||
        (trackWidth && i - previousLineBreak - 1 > lineWidth &&
          points[previousLineBreak + 1] !== 0x20);
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !this.#testAmbiguity(text)) return STYLE_PLAIN;
      return this.#quoteStyle === '"' ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (this.#indent > 9 && needIndentIndicator(text)) return STYLE_DOUBLE;
    return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }

  #writeScalar(
    text: string,
    level: number,
    isKey: boolean,
    inBlock: boolean,
  ): void {
    if (text.length === 0) {
      this.#dump = this.#quoteStyle === '"' ? '""' : "''";
      return;
    }
    if (
      this.#compatMode &&
      (DEPRECATED_BOOLEANS.has(text) || DEPRECATED_BASE60.test(text))
    ) {
      this.#dump = this.#quoteStyle === '"' ? `"${text}"` : `'${text}'`;
      return;
    }
    const indent = this.#indent * Math.max(1, level);
    const lineWidth = this.#lineWidth === -1
      ? -1
      : Math.max(Math.min(this.#lineWidth, 40), this.#lineWidth - indent);
    // A top-level node's parent indentation is -1.
    const indicator = level === 0 ? indent + 1 : this.#indent;
    const singleLineOnly = isKey ||
      (this.#flowLevel > -1 && level >= this.#flowLevel);
    switch (this.#chooseScalarStyle(text, singleLineOnly, lineWidth, inBlock)) {
      case STYLE_PLAIN:
        this.#dump = text;
        return;
      case STYLE_SINGLE:
        this.#dump = `'${text.replaceAll("'", "''")}'`;
        return;
      case STYLE_LITERAL:
        this.#dump = `|${blockHeader(text, indicator)}${
          indentString(dropEndingNewline(text), indent)
        }`;
        return;
      case STYLE_FOLDED:
        this.#dump = `>${blockHeader(text, indicator)}${
          indentString(dropEndingNewline(foldString(text, lineWidth)), indent)
        }`;
        return;
      default:
        this.#dump = `"${escapeString(text)}"`;
    }
  }

  #detectType(value: unknown, explicit: boolean): boolean {
    const types = explicit ? this.#schema.explicit : this.#schema.implicit;
    for (const type of types) {
      if (!type.predicate || !type.predicate(value)) continue;
      this.#tag = explicit ? type.tag : "?";
      if (type.represent) {
        const style = this.#styles.get(type.tag) ?? type.defaultStyle;
        this.#dump = (type as Required<Type>).represent(value, style);
      }
      return true;
    }
    return false;
  }

  #writeFlowSequence(level: number, value: unknown[]): void {
    const items: string[] = [];
    for (const item of value) {
      if (
        this.#writeNode(level, item, false, false) ||
        (item === undefined && this.#writeNode(level, null, false, false))
      ) {
        items.push(this.#dump);
      }
    }
    this.#dump = `[${items.join(this.#condenseFlow ? "," : ", ")}]`;
  }

  #writeBlockSequence(level: number, value: unknown[], compact: boolean): void {
    let result = "";
    for (const item of value) {
      if (
        this.#writeNode(level + 1, item, true, true, false, true) ||
        (item === undefined &&
          this.#writeNode(level + 1, null, true, true, false, true))
      ) {
        if (!compact || result !== "") result += this.#nextLine(level);
        result += this.#dump.startsWith("\n") ? "-" : "- ";
        result += this.#dump;
      }
    }
    this.#dump = result || "[]";
  }

  #sortedKeys(value: Record<string, unknown>): string[] {
    const keys = Object.keys(value);
    if (this.#sortKeys === true) keys.sort();
    else if (typeof this.#sortKeys === "function") keys.sort(this.#sortKeys);
    else if (this.#sortKeys) {
      throw new TypeError("sortKeys must be a boolean or a function");
    }
    return keys;
  }

  #writeFlowMapping(level: number, value: Record<string, unknown>): void {
    const pairs: string[] = [];
    for (const key of this.#sortedKeys(value)) {
      let pair = "";
      if (this.#condenseFlow) {
        pair = `"${escapeString(key)}":`;
      } else {
        if (!this.#writeNode(level, key, false, false)) continue;
        if (this.#dump.length > 1024) pair += "? ";
        pair += `${this.#dump}: `;
      }
      if (!this.#writeNode(level, value[key], false, false)) continue;
      pairs.push(pair + this.#dump);
    }
    this.#dump = `{${pairs.join(this.#condenseFlow ? "," : ", ")}}`;
  }

  #writeBlockMapping(
    level: number,
    value: Record<string, unknown>,
    compact: boolean,
  ): void {
    let result = "";
    for (const key of this.#sortedKeys(value)) {
      let pair = "";
      if (!compact || result !== "") pair += this.#nextLine(level);
      if (!this.#writeNode(level + 1, key, true, true, true)) continue;
      const explicitPair = (this.#tag !== null && this.#tag !== "?") ||
        this.#dump.length > 1024;
      if (explicitPair) pair += this.#dump.startsWith("\n") ? "?" : "? ";
      pair += this.#dump;
      if (explicitPair) pair += this.#nextLine(level);
      if (!this.#writeNode(level + 1, value[key], true, explicitPair)) continue;
      pair += this.#dump.startsWith("\n") ? ":" : ": ";
      pair += this.#dump;
      result += pair;
    }
    this.#dump = result || "{}";
  }

  #writeNode(
    level: number,
    value: unknown,
    block: boolean,
    compact: boolean,
    isKey = false,
    isBlockSequence = false,
  ): boolean {
    this.#tag = null;
    this.#dump = value as string;
    if (!this.#detectType(value, false)) this.#detectType(value, true);
    const nodeTag = this.#tag as string | null;

    const plainObject = isPlainObject(value);
    const array = Array.isArray(value);
    if (block) block = this.#flowLevel < 0 || this.#flowLevel > level;

    let duplicateIndex = -1;
    if (plainObject || array) {
      duplicateIndex = this.#duplicates.indexOf(value as object);
    }
    const duplicate = duplicateIndex !== -1;
    if (
      (this.#tag !== null && this.#tag !== "?") || duplicate ||
      (this.#indent !== 2 && level > 0)
    ) {
      compact = false;
    }

    if (duplicate && this.#usedDuplicates.has(duplicateIndex)) {
      this.#dump = `*ref_${duplicateIndex}`;
      return true;
    }
    if (duplicate) this.#usedDuplicates.add(duplicateIndex);

    if (plainObject) {
      const object = value as Record<string, unknown>;
      if (block && Object.keys(object).length !== 0) {
        this.#writeBlockMapping(level, object, compact);
        if (duplicate) this.#dump = `&ref_${duplicateIndex}${this.#dump}`;
      } else {
        this.#writeFlowMapping(level, object);
        if (duplicate) this.#dump = `&ref_${duplicateIndex} ${this.#dump}`;
      }
    } else if (array) {
      const list = value as unknown[];
      if (block && list.length !== 0) {
        if (!this.#arrayIndent && !isBlockSequence && level > 0) {
          this.#writeBlockSequence(level - 1, list, compact);
        } else {
          this.#writeBlockSequence(level, list, compact);
        }
        if (duplicate) this.#dump = `&ref_${duplicateIndex}${this.#dump}`;
      } else {
        this.#writeFlowSequence(level, list);
        if (duplicate) this.#dump = `&ref_${duplicateIndex} ${this.#dump}`;
      }
    } else if (typeof value === "string" && this.#tag === null) {
      this.#writeScalar(value, level, isKey, block && !isKey);
    } else if (this.#tag === null) {
      // `undefined` is left out of mappings (and is `null` in sequences).
      if (value === undefined || this.#skipInvalid) return false;
      throw new TypeError(
        `Cannot stringify ${
          value === undefined
            ? "undefined"
            : typeof value === "object"
            ? Object.prototype.toString.call(value)
            : typeof value
        }`,
      );
    } else if (this.#tag !== "?" && typeof this.#dump === "string") {
      // A scalar of an explicit type: write its text as a string scalar.
      const text = this.#dump;
      const tag = this.#tag;
      this.#writeScalar(text, level, isKey, block && !isKey);
      if (this.#dump === "''" && text === "") this.#dump = "";
      this.#tag = tag;
    }

    this.#tag = nodeTag;
    const tagName = nodeTag;
    if (tagName !== null && tagName !== "?") {
      let tag = encodeURI(
        tagName.startsWith("!") ? tagName.slice(1) : tagName,
      ).replaceAll("!", "%21");
      if (tagName.startsWith("!")) tag = `!${tag}`;
      else if (tag.startsWith("tag:yaml.org,2002:")) tag = `!!${tag.slice(18)}`;
      else tag = `!<${tag}>`;
      this.#dump = this.#dump === "" ? tag : `${tag} ${this.#dump}`;
    }
    return true;
  }
}
