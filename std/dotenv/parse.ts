/**
 * Parses the text of a `.env` file.
 *
 * @module
 */

const KEY_REGEXP = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

interface Entry {
  value: string;
  expand: boolean;
}

function unescapeDoubleQuoted(text: string): string {
  return text.replace(/\\([nrt"'\\$`])/g, (_, char: string) => {
    switch (char) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "\t";
      case "$":
        // Kept escaped until variables are expanded.
        return "\\$";
      default:
        return char;
    }
  });
}

function readEnv(name: string): string | undefined {
  try {
    return Deno.env.get(name);
  } catch {
    return undefined;
  }
}

function expandValue(
  value: string,
  lookup: (name: string) => string | undefined,
): string {
  return value.replace(
    /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-((?:[^{}\\]|\\.)*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, braced?: string, fallback?: string, bare?: string) => {
      if (match === "\\$") return "$";
      const name = (braced ?? bare)!;
      const found = lookup(name);
      if (found !== undefined && found !== "") return found;
      if (fallback !== undefined) return expandValue(fallback, lookup);
      return found ?? "";
    },
  );
}

/**
 * Parses the text of a `.env` file into an object.
 *
 * - `KEY=value` lines, optionally prefixed with `export `; blank lines and
 *   lines starting with `#` are skipped, as are lines that are not
 *   assignments.
 * - Unquoted values are trimmed, and a ` #` starts a comment.
 * - Single-quoted values are taken as they are.
 * - Double-quoted values may span lines and understand `\n`, `\r`, `\t`,
 *   `\"` and `\\`.
 * - Unquoted and double-quoted values expand `$NAME`, `${NAME}` and
 *   `${NAME:-default}`, from the file's own keys and then from the
 *   environment (when readable); `\$` is a literal `$`.
 *
 * @example Usage
 * ```ts
 * import { parse } from "@std/dotenv/parse";
 * import { assertEquals } from "@std/assert";
 *
 * const env = parse("GREETING=hello world\nNAME='Deno'\nMESSAGE=\"${GREETING}, $NAME\\n\"");
 * assertEquals(env, { GREETING: "hello world", NAME: "Deno", MESSAGE: "hello world, Deno\n" });
 * ```
 *
 * @param text The text of the file.
 * @returns The keys and values.
 */
export function parse(text: string): Record<string, string> {
  const entries = new Map<string, Entry>();
  const source = text.replace(/\r\n?/g, "\n");
  let pos = 0;
  while (pos < source.length) {
    let lineEnd = source.indexOf("\n", pos);
    if (lineEnd === -1) lineEnd = source.length;
    const line = source.slice(pos, lineEnd);
    const match = line.match(/^\s*(?:export\s+)?([^\s=#]+)\s*=[ \t]*/);
    if (!match || !KEY_REGEXP.test(match[1]!)) {
      pos = lineEnd + 1;
      continue;
    }
    const key = match[1]!;
    const valueStart = pos + match[0].length;
    const quote = source[valueStart];
    if (quote === '"' || quote === "'" || quote === "`") {
      // Find the closing quote, possibly on a later line.
      let end = valueStart + 1;
      while (end < source.length && source[end] !== quote) {
        if (quote === '"' && source[end] === "\\") end++;
        end++;
      }
      if (end < source.length) {
        const raw = source.slice(valueStart + 1, end);
        entries.set(key, {
          value: quote === '"' ? unescapeDoubleQuoted(raw) : raw,
          expand: quote === '"',
        });
        // Skip the rest of the closing line (a comment, perhaps).
        const next = source.indexOf("\n", end);
        pos = next === -1 ? source.length : next + 1;
        continue;
      }
    }
    let value = source.slice(valueStart, lineEnd);
    const comment = value.search(/(^|\s)#/);
    if (comment !== -1) value = value.slice(0, comment);
    entries.set(key, { value: value.trim(), expand: true });
    pos = lineEnd + 1;
  }

  const result: Record<string, string> = {};
  const expanded = new Map<string, string>();
  const active = new Set<string>();
  const resolve = (name: string): string | undefined => {
    if (expanded.has(name)) return expanded.get(name);
    const entry = entries.get(name);
    if (entry === undefined || active.has(name)) return readEnv(name);
    active.add(name);
    const value = entry.expand
      ? expandValue(entry.value, resolve)
      : entry.value;
    active.delete(name);
    expanded.set(name, value);
    return value;
  };
  for (const key of entries.keys()) result[key] = resolve(key)!;
  return result;
}
