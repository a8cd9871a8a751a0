/**
 * `printf` and `sprintf` for printing formatted strings to stdout, modelled
 * on Go's `fmt` package.
 *
 * ## Verbs
 *
 * | Verb      | Meaning                                                        |
 * | --------- | -------------------------------------------------------------- |
 * | `%`       | print a literal percent                                        |
 * | `t`       | evaluate arg as boolean, print `true` or `false`               |
 * | `b`       | eval as number, print binary                                   |
 * | `c`       | eval as number, print character corresponding to the codePoint |
 * | `d`       | eval as number, print decimal                                  |
 * | `o`       | eval as number, print octal                                    |
 * | `x X`     | print as hex (ff FF), treat string as list of bytes            |
 * | `e E`     | print number in scientific/exponent format 1.123123e+01        |
 * | `f F`     | print number as float with decimal point and no exponent       |
 * | `g G`     | use %e %E or %f %F depending on size of argument               |
 * | `s`       | interpolate string                                             |
 * | `T`       | type of arg, as returned by `typeof`                           |
 * | `v`       | value of argument in 'default' format (`%#v` inspects)         |
 * | `j`       | argument as formatted by `JSON.stringify`                      |
 * | `i`       | argument as formatted by `Deno.inspect`                        |
 * | `I`       | argument as formatted by `Deno.inspect` in compact format      |
 *
 * ## Width and Precision
 *
 * `%9f` (width 9), `%.9f` (precision 9), `%8.9f`, `%8.f` (precision 0);
 * `*` takes the value from the next argument. For strings the precision is
 * the maximum number of characters.
 *
 * ## Flags
 *
 * `+` always print a sign, `-` pad on the right, `#` alternate format (`0x`
 * for hex, `0` for octal, `0b` for binary, inspect for `%v`), ` ` leave a
 * space for an elided sign, `0` pad with leading zeros, `<` format each
 * element of an array argument.
 *
 * ## Argument indexes
 *
 * `%[2]d %[1]d` uses explicit (one-based) argument indexes.
 *
 * ## Errors
 *
 * Problems are reported inline: `%!(BAD VERB 'z')`, `%!(MISSING 'd')`,
 * `%!(BAD INDEX)`, `%!(EXTRA 'x')`.
 *
 * ```ts
 * import { sprintf } from "@std/fmt/printf";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(sprintf("%d %s", 5, "x"), "5 x");
 * assertEquals(sprintf("%08.3f", Math.PI), "0003.142");
 * ```
 *
 * @module
 */

interface Flags {
  plus: boolean;
  dash: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  lessthan: boolean;
  width: number;
  precision: number;
}

type InspectFn = (v: unknown, o?: Record<string, unknown>) => string;

function inspect(v: unknown, options: Record<string, unknown>): string {
  // deno-lint-ignore no-explicit-any
  const fn = (globalThis as any).Deno?.inspect as InspectFn | undefined;
  if (typeof fn === "function") return fn(v, options);
  try {
    return typeof v === "string" ? JSON.stringify(v) : String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

class Printf {
  #format: string;
  #args: unknown[];
  #argNum = 0;
  #haveSeen: boolean[];
  #reordered = false;
  #flags: Flags = Printf.#freshFlags();
  #out = "";

  constructor(format: string, args: unknown[]) {
    this.#format = format;
    this.#args = args;
    this.#haveSeen = Array(args.length).fill(false);
  }

  static #freshFlags(): Flags {
    return {
      plus: false,
      dash: false,
      sharp: false,
      space: false,
      zero: false,
      lessthan: false,
      width: -1,
      precision: -1,
    };
  }

  run(): string {
    const f = this.#format;
    let i = 0;
    while (i < f.length) {
      const c = f[i]!;
      if (c !== "%") {
        this.#out += c;
        i++;
        continue;
      }
      i = this.#directive(i + 1);
    }
    if (!this.#reordered) {
      const extras: string[] = [];
      for (let a = 0; a < this.#args.length; a++) {
        if (!this.#haveSeen[a]) extras.push(`'${String(this.#args[a])}'`);
      }
      if (extras.length > 0) this.#out += `%!(EXTRA ${extras.join(" ")})`;
    }
    return this.#out;
  }

  /** Parses `[n]` at `i`; returns the new position or -1 on a bad index. */
  #index(i: number): number {
    const f = this.#format;
    if (f[i] !== "[") return i;
    const end = f.indexOf("]", i);
    const n = end === -1 ? NaN : Number(f.slice(i + 1, end));
    this.#reordered = true;
    if (!Number.isInteger(n) || n < 1 || n > this.#args.length) {
      this.#badIndex = true;
      return end === -1 ? f.length : end + 1;
    }
    this.#argNum = n - 1;
    return end + 1;
  }

  #badIndex = false;

  #nextArg(): { ok: boolean; value: unknown } {
    if (this.#argNum >= this.#args.length) {
      return { ok: false, value: undefined };
    }
    this.#haveSeen[this.#argNum] = true;
    return { ok: true, value: this.#args[this.#argNum++] };
  }

  #directive(i: number): number {
    const f = this.#format;
    this.#flags = Printf.#freshFlags();
    this.#badIndex = false;
    const flags = this.#flags;
    // Flags.
    for (; i < f.length; i++) {
      const c = f[i];
      if (c === "+") flags.plus = true;
      else if (c === "-") {
        flags.dash = true;
        flags.zero = false;
      } else if (c === "#") flags.sharp = true;
      else if (c === " ") flags.space = true;
      else if (c === "0") flags.zero = !flags.dash;
      else if (c === "<") flags.lessthan = true;
      else break;
    }
    // Width.
    i = this.#index(i);
    if (f[i] === "*") {
      const { ok, value } = this.#nextArg();
      i++;
      if (!ok || typeof value !== "number") {
        this.#out += "%!(BAD WIDTH)";
      } else {
        flags.width = value;
        if (value < 0) {
          flags.width = -value;
          flags.dash = true;
          flags.zero = false;
        }
      }
    } else {
      const start = i;
      while (i < f.length && f[i]! >= "0" && f[i]! <= "9") i++;
      if (i > start) flags.width = Number(f.slice(start, i));
    }
    // Precision.
    if (f[i] === ".") {
      i++;
      i = this.#index(i);
      if (f[i] === "*") {
        const { ok, value } = this.#nextArg();
        i++;
        if (!ok || typeof value !== "number") this.#out += "%!(BAD PREC)";
        else flags.precision = Math.max(0, value);
      } else {
        const start = i;
        while (i < f.length && f[i]! >= "0" && f[i]! <= "9") i++;
        flags.precision = Number(f.slice(start, i) || "0");
      }
    }
    i = this.#index(i);
    if (i >= f.length) {
      this.#out += "%!(NOVERB)";
      return i;
    }
    const verb = f[i]!;
    i++;
    if (verb === "%") {
      this.#out += "%";
      return i;
    }
    if (this.#badIndex) {
      this.#out += "%!(BAD INDEX)";
      return i;
    }
    const { ok, value } = this.#nextArg();
    if (!ok) {
      this.#out += `%!(MISSING '${verb}')`;
      return i;
    }
    if (flags.lessthan && Array.isArray(value)) {
      const parts = value.map((v) => this.#formatVerb(verb, v));
      this.#out += `[ ${parts.join(", ")} ]`;
    } else {
      this.#out += this.#formatVerb(verb, value);
    }
    return i;
  }

  #formatVerb(verb: string, arg: unknown): string {
    switch (verb) {
      case "t":
        return this.#pad(String(Boolean(arg)));
      case "b":
        return this.#integer(arg, 2, false);
      case "c":
        return this.#pad(String.fromCodePoint(Number(arg)));
      case "d":
        return this.#integer(arg, 10, false);
      case "o":
        return this.#integer(arg, 8, false);
      case "x":
        return this.#hex(arg, false);
      case "X":
        return this.#hex(arg, true);
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G":
        return this.#float(verb, arg);
      case "s": {
        let s = String(arg);
        if (this.#flags.precision >= 0) s = s.slice(0, this.#flags.precision);
        return this.#pad(s);
      }
      case "T":
        return this.#pad(typeof arg);
      case "v": {
        if (this.#flags.sharp) {
          const options = this.#flags.precision >= 0
            ? { depth: this.#flags.precision }
            : {};
          return this.#pad(inspect(arg, options));
        }
        let s = String(arg);
        if (this.#flags.precision >= 0) s = s.slice(0, this.#flags.precision);
        return this.#pad(s);
      }
      case "j":
        return this.#pad(JSON.stringify(arg) ?? "undefined");
      case "i":
      case "I":
        return this.#pad(inspect(arg, {
          colors: false,
          compact: verb === "I" ? 3 : false,
          depth: this.#flags.precision >= 0 ? this.#flags.precision : Infinity,
          iterableLimit: Infinity,
        }));
      default:
        return `%!(BAD VERB '${verb}')`;
    }
  }

  #pad(s: string): string {
    const { width, dash } = this.#flags;
    if (width < 0 || s.length >= width) return s;
    return dash ? s.padEnd(width, " ") : s.padStart(width, " ");
  }

  /** Pads a number: zero padding goes between the sign and the digits. */
  #padNum(digits: string, negative: boolean): string {
    const { plus, space, zero, width, dash } = this.#flags;
    let sign = "";
    if (negative) sign = "-";
    else if (plus) sign = "+";
    else if (space) sign = " ";
    if (zero && !dash && width > 0) {
      const len = width - sign.length;
      if (digits.length < len) digits = digits.padStart(len, "0");
    }
    return this.#pad(sign + digits);
  }

  #integer(arg: unknown, radix: number, upper: boolean): string {
    let n: number | bigint;
    if (typeof arg === "bigint") n = arg;
    else n = Number(arg);
    if (typeof n === "number" && !Number.isFinite(n)) return this.#special(n);
    const negative = n < 0;
    let digits = (negative ? -n : n).toString(radix);
    if (upper) digits = digits.toUpperCase();
    if (this.#flags.precision >= 0 && digits.length < this.#flags.precision) {
      digits = digits.padStart(this.#flags.precision, "0");
    }
    if (this.#flags.sharp) {
      if (radix === 2) digits = "0b" + digits;
      else if (radix === 8 && !digits.startsWith("0")) digits = "0" + digits;
      else if (radix === 16) digits = (upper ? "0X" : "0x") + digits;
    }
    return this.#padNum(digits, negative);
  }

  #hex(arg: unknown, upper: boolean): string {
    if (typeof arg === "string") {
      const bytes = new TextEncoder().encode(arg);
      let parts = Array.from(bytes, (b) => b.toString(16).padStart(2, "0"));
      if (this.#flags.precision >= 0) {
        parts = parts.slice(0, this.#flags.precision);
      }
      if (this.#flags.sharp) parts = parts.map((p) => "0x" + p);
      let s = parts.join(this.#flags.space ? " " : "");
      if (upper) s = s.toUpperCase();
      return this.#pad(s);
    }
    return this.#integer(arg, 16, upper);
  }

  #special(n: number): string {
    if (Number.isNaN(n)) return this.#pad("NaN");
    const { plus } = this.#flags;
    const s = n < 0 ? "-Inf" : plus ? "+Inf" : "Inf";
    return this.#pad(s);
  }

  #float(verb: string, arg: unknown): string {
    const n = Number(arg);
    if (!Number.isFinite(n)) return this.#special(n);
    const negative = n < 0 || Object.is(n, -0);
    const abs = Math.abs(n);
    const p = this.#flags.precision;
    let s: string;
    switch (verb) {
      case "e":
      case "E":
        s = expo(abs, p < 0 ? 6 : p);
        break;
      case "f":
      case "F":
        s = abs.toFixed(p < 0 ? 6 : Math.min(p, 100));
        break;
      default: {
        const exp = abs === 0 ? 0 : Math.floor(Math.log10(abs));
        if (p < 0) {
          s = exp < -4 || exp >= 21 ? expo(abs, -1) : String(abs);
        } else {
          const prec = p === 0 ? 1 : p;
          if (exp < -4 || exp >= prec) {
            s = expo(abs, prec - 1);
            if (!this.#flags.sharp) s = s.replace(/\.?0+e/, "e");
          } else {
            s = abs.toPrecision(prec);
            if (!this.#flags.sharp && s.includes(".")) {
              s = s.replace(/\.?0+$/, "");
            }
          }
        }
      }
    }
    if (verb === "E" || verb === "G") s = s.toUpperCase();
    return this.#padNum(s, negative);
  }
}

/** Formats in exponent notation with a two-digit (at least) exponent. */
function expo(n: number, precision: number): string {
  const s = precision < 0 ? n.toExponential() : n.toExponential(precision);
  return s.replace(/e([+-])(\d)$/, "e$10$2");
}

/**
 * Converts and formats a variable number of `args` as is specified by
 * `format`. `sprintf` returns the formatted string.
 *
 * See the module documentation for the available verbs.
 *
 * @example Usage
 * ```ts
 * import { sprintf } from "@std/fmt/printf";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(sprintf("%d", 9), "9");
 * assertEquals(sprintf("%o", 9), "11");
 * assertEquals(sprintf("%f", 4), "4.000000");
 * assertEquals(sprintf("%.3f", 0.9999), "1.000");
 * ```
 *
 * @param format The format string to use
 * @param args The arguments to format
 * @returns The formatted string
 */
export function sprintf(format: string, ...args: unknown[]): string {
  return new Printf(format, args).run();
}

/**
 * Converts and format a variable number of `args` as is specified by
 * `format`. `printf` writes the formatted string to standard output.
 *
 * See the module documentation for the available verbs.
 *
 * @example Usage
 * ```ts no-assert
 * import { printf } from "@std/fmt/printf";
 *
 * printf("%d", 9); // Prints "9"
 * printf("%.3f", 0.9999); // Prints "1.000"
 * ```
 *
 * @param format The format string to use
 * @param args The arguments to format
 */
export function printf(format: string, ...args: unknown[]): void {
  const s = sprintf(format, ...args);
  // deno-lint-ignore no-explicit-any
  const stdout = (globalThis as any).Deno?.stdout;
  if (stdout && typeof stdout.writeSync === "function") {
    const bytes = new TextEncoder().encode(s);
    let written = 0;
    while (written < bytes.length) {
      written += stdout.writeSync(bytes.subarray(written));
    }
  } else {
    // deno-lint-ignore no-console
    console.log(s);
  }
}
