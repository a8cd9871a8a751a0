/**
 * Internal: the TOML 1.0 parser.
 *
 * @module
 */

type Table = Record<string, unknown>;

const BARE_KEY = /[A-Za-z0-9_-]/;

function isTable(value: unknown): value is Table {
  return typeof value === "object" && value !== null && !Array.isArray(value) &&
    !(value instanceof Date);
}

function setKey(table: Table, key: string, value: unknown): void {
  Object.defineProperty(table, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

function hasKey(table: Table, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Parses TOML text into an object. */
export class TomlParser {
  #text: string;
  #pos = 0;
  #root: Table = {};
  #current: Table;
  /** Tables defined by a `[header]`. */
  #explicit = new WeakSet<object>();
  /** Tables made by dotted keys. */
  #dotted = new WeakSet<object>();
  /** Inline tables and static arrays: closed to additions. */
  #frozen = new WeakSet<object>();
  /** Arrays made by `[[header]]`. */
  #tableArrays = new WeakSet<object>();

  constructor(text: string) {
    this.#text = text;
    this.#current = this.#root;
  }

  parse(): Record<string, unknown> {
    if (this.#text.charCodeAt(0) === 0xfeff) this.#pos = 1;
    while (true) {
      this.#skipBlankLines();
      if (this.#pos >= this.#text.length) break;
      const char = this.#text[this.#pos];
      if (char === "[") {
        if (this.#text[this.#pos + 1] === "[") this.#parseTableArrayHeader();
        else this.#parseTableHeader();
      } else {
        this.#parseKeyValue(this.#current);
      }
      this.#endOfLine();
    }
    return this.#root;
  }

  // --- Errors and positions ---

  #error(message: string, pos = this.#pos): SyntaxError {
    const before = this.#text.slice(0, pos);
    const line = before.split("\n").length;
    const column = pos - (before.lastIndexOf("\n") + 1) + 1;
    const lineText = this.#text.split("\n")[line - 1]?.replace(/\r$/, "") ?? "";
    return new SyntaxError(
      `Parse error on line ${line}, column ${column}: ${message}\n${lineText}\n${
        " ".repeat(Math.max(0, column - 1))
      }^`,
    );
  }

  #describe(): string {
    const char = this.#text[this.#pos];
    if (char === undefined) return "end of input";
    if (char === "\n" || char === "\r") return "newline";
    return `"${char}"`;
  }

  // --- Whitespace, comments, newlines ---

  #skipWhitespace(): void {
    while (this.#text[this.#pos] === " " || this.#text[this.#pos] === "\t") {
      this.#pos++;
    }
  }

  #skipComment(): void {
    if (this.#text[this.#pos] !== "#") return;
    this.#pos++;
    while (this.#pos < this.#text.length) {
      const code = this.#text.charCodeAt(this.#pos);
      if (code === 0x0a) return;
      if (code === 0x0d && this.#text[this.#pos + 1] === "\n") return;
      if ((code < 0x20 && code !== 0x09) || code === 0x7f) {
        throw this.#error("Control characters are not allowed in comments");
      }
      this.#pos++;
    }
  }

  /** Consumes a newline; returns false if there is none here. */
  #newline(): boolean {
    if (this.#text[this.#pos] === "\n") {
      this.#pos++;
      return true;
    }
    if (this.#text[this.#pos] === "\r" && this.#text[this.#pos + 1] === "\n") {
      this.#pos += 2;
      return true;
    }
    return false;
  }

  #skipBlankLines(): void {
    while (true) {
      this.#skipWhitespace();
      this.#skipComment();
      if (!this.#newline()) return;
    }
  }

  #endOfLine(): void {
    this.#skipWhitespace();
    this.#skipComment();
    if (this.#pos >= this.#text.length) return;
    if (!this.#newline()) {
      throw this.#error(
        `Expected a newline after the value, found ${this.#describe()}`,
      );
    }
  }

  /** Skips whitespace, comments and newlines inside an array. */
  #skipArrayWhitespace(): void {
    while (true) {
      this.#skipWhitespace();
      this.#skipComment();
      if (!this.#newline()) return;
    }
  }

  // --- Keys ---

  #parseKey(): string[] {
    const keys: string[] = [];
    while (true) {
      this.#skipWhitespace();
      keys.push(this.#parseSimpleKey());
      this.#skipWhitespace();
      if (this.#text[this.#pos] !== ".") return keys;
      this.#pos++;
    }
  }

  #parseSimpleKey(): string {
    const char = this.#text[this.#pos];
    if (char === '"') {
      if (this.#text.startsWith('"""', this.#pos)) {
        throw this.#error("Multi-line strings cannot be keys");
      }
      return this.#parseBasicString();
    }
    if (char === "'") {
      if (this.#text.startsWith("'''", this.#pos)) {
        throw this.#error("Multi-line strings cannot be keys");
      }
      return this.#parseLiteralString();
    }
    const start = this.#pos;
    while (
      this.#pos < this.#text.length && BARE_KEY.test(this.#text[this.#pos]!)
    ) {
      this.#pos++;
    }
    if (start === this.#pos) {
      throw this.#error(`Expected a key, found ${this.#describe()}`);
    }
    return this.#text.slice(start, this.#pos);
  }

  // --- Tables ---

  #parseTableHeader(): void {
    const start = this.#pos;
    this.#pos++; // [
    const keys = this.#parseKey();
    if (this.#text[this.#pos] !== "]") {
      throw this.#error(
        `Expected "]" to end the table header, found ${this.#describe()}`,
      );
    }
    this.#pos++;
    let table = this.#root;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const last = i === keys.length - 1;
      if (!hasKey(table, key)) {
        const created: Table = {};
        setKey(table, key, created);
        if (last) this.#explicit.add(created);
        table = created;
        continue;
      }
      let value = table[key];
      if (Array.isArray(value) && this.#tableArrays.has(value) && !last) {
        value = value[value.length - 1];
      }
      if (!isTable(value) || this.#frozen.has(value)) {
        throw this.#error(
          `Cannot define table "${keys.join(".")}": "${
            keys.slice(0, i + 1).join(".")
          }" is already a value`,
          start,
        );
      }
      if (last) {
        if (this.#explicit.has(value) || this.#dotted.has(value)) {
          throw this.#error(
            `Cannot define table "${keys.join(".")}" more than once`,
            start,
          );
        }
        this.#explicit.add(value);
      }
      table = value;
    }
    this.#current = table;
  }

  #parseTableArrayHeader(): void {
    const start = this.#pos;
    this.#pos += 2; // [[
    const keys = this.#parseKey();
    if (!this.#text.startsWith("]]", this.#pos)) {
      throw this.#error(
        `Expected "]]" to end the array of tables header, found ${this.#describe()}`,
      );
    }
    this.#pos += 2;
    let table = this.#root;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i]!;
      if (!hasKey(table, key)) {
        const created: Table = {};
        setKey(table, key, created);
        table = created;
        continue;
      }
      let value = table[key];
      if (Array.isArray(value) && this.#tableArrays.has(value)) {
        value = value[value.length - 1];
      }
      if (!isTable(value) || this.#frozen.has(value)) {
        throw this.#error(
          `Cannot define array of tables "${keys.join(".")}": "${
            keys.slice(0, i + 1).join(".")
          }" is already a value`,
          start,
        );
      }
      table = value;
    }
    const last = keys[keys.length - 1]!;
    const entry: Table = {};
    if (!hasKey(table, last)) {
      const array = [entry];
      this.#tableArrays.add(array);
      setKey(table, last, array);
    } else {
      const value = table[last];
      if (!Array.isArray(value) || !this.#tableArrays.has(value)) {
        throw this.#error(
          `Cannot define array of tables "${
            keys.join(".")
          }": it is already defined as something else`,
          start,
        );
      }
      value.push(entry);
    }
    this.#explicit.add(entry);
    this.#current = entry;
  }

  // --- Key/value pairs ---

  #parseKeyValue(table: Table): void {
    const start = this.#pos;
    const keys = this.#parseKey();
    if (this.#text[this.#pos] !== "=") {
      throw this.#error(
        `Expected "=" after the key, found ${this.#describe()}`,
      );
    }
    this.#pos++;
    this.#skipWhitespace();
    let target = table;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i]!;
      if (!hasKey(target, key)) {
        const created: Table = {};
        this.#dotted.add(created);
        setKey(target, key, created);
        target = created;
        continue;
      }
      const value = target[key];
      if (
        !isTable(value) || this.#frozen.has(value) || !this.#dotted.has(value)
      ) {
        throw this.#error(
          `Cannot set key "${keys.join(".")}": "${
            keys.slice(0, i + 1).join(".")
          }" is already defined`,
          start,
        );
      }
      target = value;
    }
    const last = keys[keys.length - 1]!;
    if (hasKey(target, last)) {
      throw this.#error(`Duplicate key "${keys.join(".")}"`, start);
    }
    const value = this.#parseValue();
    setKey(target, last, value);
  }

  // --- Values ---

  #parseValue(): unknown {
    const text = this.#text;
    const char = text[this.#pos];
    switch (char) {
      case '"':
        return text.startsWith('"""', this.#pos)
          ? this.#parseMultilineBasicString()
          : this.#parseBasicString();
      case "'":
        return text.startsWith("'''", this.#pos)
          ? this.#parseMultilineLiteralString()
          : this.#parseLiteralString();
      case "[":
        return this.#parseArray();
      case "{":
        return this.#parseInlineTable();
      case "t":
        if (text.startsWith("true", this.#pos)) {
          this.#pos += 4;
          return true;
        }
        break;
      case "f":
        if (text.startsWith("false", this.#pos)) {
          this.#pos += 5;
          return false;
        }
        break;
    }
    if (char === undefined || char === "\n" || char === "\r" || char === "#") {
      throw this.#error("Expected a value");
    }
    return this.#parseNumberOrDate();
  }

  #parseEscape(): string {
    const text = this.#text;
    const char = text[this.#pos + 1];
    const simple: Record<string, string> = {
      b: "\b",
      t: "\t",
      n: "\n",
      f: "\f",
      r: "\r",
      e: "\x1b",
      '"': '"',
      "\\": "\\",
    };
    if (char !== undefined && char in simple && char !== "e") {
      this.#pos += 2;
      return simple[char]!;
    }
    if (char === "u" || char === "U") {
      const length = char === "u" ? 4 : 8;
      const hex = text.slice(this.#pos + 2, this.#pos + 2 + length);
      if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) {
        throw this.#error(`Invalid unicode escape "\\${char}${hex}"`);
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw this.#error(
          `Invalid unicode escape "\\${char}${hex}": not a scalar value`,
        );
      }
      this.#pos += 2 + length;
      return String.fromCodePoint(code);
    }
    throw this.#error(`Invalid escape sequence "\\${char ?? ""}"`);
  }

  #checkChar(code: number, multiline: boolean): void {
    if (
      (code < 0x20 && code !== 0x09 && !(multiline && code === 0x0a)) ||
      code === 0x7f
    ) {
      if (code === 0x0a) throw this.#error("Unterminated string");
      throw this.#error("Control characters must be escaped in strings");
    }
  }

  #parseBasicString(): string {
    const text = this.#text;
    this.#pos++; // "
    let out = "";
    while (true) {
      const char = text[this.#pos];
      if (char === undefined) throw this.#error("Unterminated string");
      if (char === '"') {
        this.#pos++;
        return out;
      }
      if (char === "\\") {
        out += this.#parseEscape();
        continue;
      }
      this.#checkChar(text.charCodeAt(this.#pos), false);
      out += char;
      this.#pos++;
    }
  }

  #parseLiteralString(): string {
    const text = this.#text;
    this.#pos++; // '
    const start = this.#pos;
    while (true) {
      const char = text[this.#pos];
      if (char === undefined) throw this.#error("Unterminated string");
      if (char === "'") {
        this.#pos++;
        return text.slice(start, this.#pos - 1);
      }
      this.#checkChar(text.charCodeAt(this.#pos), false);
      this.#pos++;
    }
  }

  /** Counts the quotes closing a multi-line string; 0 if they do not close it. */
  #closingQuotes(quote: string): number {
    let count = 0;
    while (this.#text[this.#pos + count] === quote) count++;
    if (count < 3) return 0;
    if (count > 5) {
      throw this.#error("Too many quotes at the end of a multi-line string");
    }
    return count;
  }

  #parseMultilineBasicString(): string {
    const text = this.#text;
    this.#pos += 3;
    this.#newline(); // a newline right after the delimiter is trimmed
    let out = "";
    while (true) {
      const char = text[this.#pos];
      if (char === undefined) {
        throw this.#error("Unterminated multi-line string");
      }
      if (char === '"') {
        const count = this.#closingQuotes('"');
        if (count > 0) {
          out += '"'.repeat(count - 3);
          this.#pos += count;
          return out;
        }
        out += char;
        this.#pos++;
        continue;
      }
      if (char === "\\") {
        // A line-ending backslash trims the newline and following whitespace.
        let look = this.#pos + 1;
        while (text[look] === " " || text[look] === "\t") look++;
        if (
          text[look] === "\n" ||
          (text[look] === "\r" && text[look + 1] === "\n")
        ) {
          this.#pos = look;
          while (true) {
            const c = text[this.#pos];
            if (c === " " || c === "\t") this.#pos++;
            else if (!this.#newline()) break;
          }
          continue;
        }
        out += this.#parseEscape();
        continue;
      }
      if (char === "\r" && text[this.#pos + 1] === "\n") {
        out += "\n";
        this.#pos += 2;
        continue;
      }
      this.#checkChar(text.charCodeAt(this.#pos), true);
      out += char;
      this.#pos++;
    }
  }

  #parseMultilineLiteralString(): string {
    const text = this.#text;
    this.#pos += 3;
    this.#newline();
    let out = "";
    while (true) {
      const char = text[this.#pos];
      if (char === undefined) {
        throw this.#error("Unterminated multi-line string");
      }
      if (char === "'") {
        const count = this.#closingQuotes("'");
        if (count > 0) {
          out += "'".repeat(count - 3);
          this.#pos += count;
          return out;
        }
        out += char;
        this.#pos++;
        continue;
      }
      if (char === "\r" && text[this.#pos + 1] === "\n") {
        out += "\n";
        this.#pos += 2;
        continue;
      }
      this.#checkChar(text.charCodeAt(this.#pos), true);
      out += char;
      this.#pos++;
    }
  }

  #parseArray(): unknown[] {
    this.#pos++; // [
    const array: unknown[] = [];
    while (true) {
      this.#skipArrayWhitespace();
      if (this.#text[this.#pos] === "]") break;
      array.push(this.#parseValue());
      this.#skipArrayWhitespace();
      const char = this.#text[this.#pos];
      if (char === ",") {
        this.#pos++;
        continue;
      }
      if (char === "]") break;
      throw this.#error(
        `Expected "," or "]" in the array, found ${this.#describe()}`,
      );
    }
    this.#pos++; // ]
    this.#frozen.add(array);
    return array;
  }

  #parseInlineTable(): Table {
    this.#pos++; // {
    const table: Table = {};
    this.#skipWhitespace();
    if (this.#text[this.#pos] === "}") {
      this.#pos++;
      this.#freeze(table);
      return table;
    }
    while (true) {
      this.#skipWhitespace();
      this.#parseKeyValue(table);
      this.#skipWhitespace();
      const char = this.#text[this.#pos];
      if (char === ",") {
        this.#pos++;
        this.#skipWhitespace();
        if (this.#text[this.#pos] === "}") {
          throw this.#error("Trailing commas are not allowed in inline tables");
        }
        continue;
      }
      if (char === "}") {
        this.#pos++;
        this.#freeze(table);
        return table;
      }
      throw this.#error(
        `Expected "," or "}" in the inline table, found ${this.#describe()}`,
      );
    }
  }

  #freeze(table: Table): void {
    this.#frozen.add(table);
    for (const value of Object.values(table)) {
      if (isTable(value)) this.#freeze(value);
    }
  }

  #parseNumberOrDate(): unknown {
    const text = this.#text;
    const start = this.#pos;
    // Dates and times: digits followed by "-" or ":" at a fixed place.
    const dateMatch =
      /^(\d{4})-(\d{2})-(\d{2})(?:([Tt ])(\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?)?/
        .exec(text.slice(start, start + 40));
    if (dateMatch) {
      const [whole] = dateMatch;
      const [, year, month, day, , hour, minute, second, fraction, offset] =
        dateMatch;
      this.#checkDate(+year!, +month!, +day!, start);
      if (hour === undefined) {
        this.#pos = start + 10;
        this.#checkValueEnd();
        return new Date(`${year}-${month}-${day}`);
      }
      this.#checkTime(+hour, +minute!, +second!, start);
      if (offset && offset.length > 1) {
        const [oh, om] = offset.slice(1).split(":").map(Number);
        if (oh! > 23 || om! > 59) {
          throw this.#error("Invalid time offset", start);
        }
      }
      this.#pos = start + whole.length;
      this.#checkValueEnd();
      const ms = fraction ? fraction.slice(0, 4).padEnd(4, "0") : "";
      const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${ms}${
        (offset ?? "").toUpperCase()
      }`;
      return new Date(iso);
    }
    const timeMatch = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?/.exec(
      text.slice(start, start + 40),
    );
    if (timeMatch) {
      this.#checkTime(+timeMatch[1]!, +timeMatch[2]!, +timeMatch[3]!, start);
      this.#pos = start + timeMatch[0].length;
      this.#checkValueEnd();
      return timeMatch[0];
    }

    let end = start;
    while (end < text.length && /[0-9A-Za-z_+.\-]/.test(text[end]!)) end++;
    const token = text.slice(start, end);
    this.#pos = end;
    const value = this.#numberValue(token);
    if (value === undefined) {
      this.#pos = start;
      throw this.#error(
        token === ""
          ? `Expected a value, found ${this.#describe()}`
          : `Invalid value "${token}"`,
      );
    }
    return value;
  }

  #checkValueEnd(): void {
    const char = this.#text[this.#pos];
    if (char !== undefined && /[0-9A-Za-z_.:+\-]/.test(char)) {
      throw this.#error(`Invalid date or time value`);
    }
  }

  #checkDate(year: number, month: number, day: number, pos: number): void {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
    if (
      month < 1 || month > 12 || day < 1 || days === undefined || day > days
    ) {
      throw this.#error("Invalid date", pos);
    }
  }

  #checkTime(hour: number, minute: number, second: number, pos: number): void {
    if (hour > 23 || minute > 59 || second > 60) {
      throw this.#error("Invalid time", pos);
    }
  }

  #numberValue(token: string): number | undefined {
    switch (token) {
      case "inf":
      case "+inf":
        return Number.POSITIVE_INFINITY;
      case "-inf":
        return Number.NEGATIVE_INFINITY;
      case "nan":
      case "+nan":
      case "-nan":
        return Number.NaN;
    }
    const prefixed = /^0([xob])((?:[0-9A-Fa-f]_?)*[0-9A-Fa-f])$/.exec(token);
    if (prefixed) {
      const digits = prefixed[2]!.replaceAll("_", "");
      const base = prefixed[1] === "x" ? 16 : prefixed[1] === "o" ? 8 : 2;
      const valid = base === 16
        ? /^[0-9A-Fa-f]+$/
        : base === 8
        ? /^[0-7]+$/
        : /^[01]+$/;
      if (!valid.test(digits) || prefixed[2]!.includes("__")) return undefined;
      return parseInt(digits, base);
    }
    if (/^[+-]?(?:0|[1-9](?:_?[0-9])*)$/.test(token)) {
      return Number(token.replaceAll("_", ""));
    }
    if (
      /^[+-]?(?:0|[1-9](?:_?[0-9])*)(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?$/
        .test(token) && /[.eE]/.test(token)
    ) {
      return Number(token.replaceAll("_", ""));
    }
    return undefined;
  }
}
