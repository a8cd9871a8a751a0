/**
 * Internal value formatter used by assertion messages. Uses `Deno.inspect`
 * when the runtime provides it, otherwise a built-in formatter that mimics its
 * multi-line, sorted output.
 *
 * @module
 */

type Inspect = (value: unknown, options: Record<string, unknown>) => string;

/**
 * Formats a value for display in assertion messages (multi-line, sorted keys,
 * trailing commas).
 *
 * @param v The value to format.
 * @returns The formatted string.
 */
export function format(v: unknown): string {
  // deno-lint-ignore no-explicit-any
  const inspect = (globalThis as any).Deno?.inspect as Inspect | undefined;
  if (typeof inspect === "function") {
    return inspect(v, {
      depth: Infinity,
      sorted: true,
      trailingComma: true,
      compact: false,
      iterableLimit: Infinity,
      getters: true,
      strAbbreviateSize: Infinity,
    });
  }
  return fallbackFormat(v);
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function quote(s: string): string {
  const escaped = s
    .replaceAll("\\", "\\\\")
    .replaceAll("\n", "\\n")
    .replaceAll("\r", "\\r")
    .replaceAll("\t", "\\t")
    .replaceAll("\b", "\\b")
    .replaceAll("\f", "\\f")
    .replaceAll("\v", "\\v");
  if (!escaped.includes('"')) return `"${escaped}"`;
  if (!escaped.includes("'")) return `'${escaped}'`;
  if (!escaped.includes("`") && !escaped.includes("${")) {
    return `\`${escaped}\``;
  }
  return `"${escaped.replaceAll('"', '\\"')}"`;
}

function formatKey(key: string | symbol): string {
  if (typeof key === "symbol") return String(key);
  return IDENT.test(key) ? key : quote(key);
}

function block(
  open: string,
  items: string[],
  close: string,
  pad: string,
): string {
  if (items.length === 0) return `${open}${close}`;
  const inner = items.map((i) => `${pad}  ${i},`).join("\n");
  return `${open}\n${inner}\n${pad}${close}`;
}

/**
 * The formatter used when `Deno.inspect` is not available.
 *
 * @param value The value to format.
 * @returns The formatted string.
 */
export function fallbackFormat(value: unknown): string {
  const seen = new Set<object>();
  function fmt(v: unknown, pad: string): string {
    switch (typeof v) {
      case "string":
        return quote(v);
      case "number":
        return Object.is(v, -0) ? "-0" : String(v);
      case "bigint":
        return `${v}n`;
      case "symbol":
      case "boolean":
      case "undefined":
        return String(v);
      case "function": {
        const src = Function.prototype.toString.call(v);
        if (src.startsWith("class")) {
          return `[class ${v.name || "(anonymous)"}]`;
        }
        return v.name ? `[Function: ${v.name}]` : "[Function (anonymous)]";
      }
    }
    if (v === null) return "null";
    const obj = v as object;
    if (seen.has(obj)) return "[Circular]";
    if (obj instanceof Date) {
      return isNaN(obj.getTime()) ? "Invalid Date" : obj.toISOString();
    }
    if (obj instanceof RegExp) return String(obj);
    if (obj instanceof Error) return obj.stack ?? `${obj.name}: ${obj.message}`;
    seen.add(obj);
    try {
      const inner = pad + "  ";
      if (Array.isArray(obj)) {
        const items: string[] = [];
        for (let i = 0; i < obj.length; i++) {
          items.push(i in obj ? fmt(obj[i], inner) : "<1 empty item>");
        }
        return block("[", items, "]", pad);
      }
      if (ArrayBuffer.isView(obj) && !(obj instanceof DataView)) {
        const arr = obj as unknown as ArrayLike<unknown>;
        const items = Array.from(arr, (x) => fmt(x, inner));
        return block(
          `${obj.constructor.name}(${arr.length}) [`,
          items,
          "]",
          pad,
        );
      }
      if (obj instanceof Map) {
        const items = [...obj].map(([k, val]) =>
          `${fmt(k, inner)} => ${fmt(val, inner)}`
        );
        return block(`Map(${obj.size}) {`, items, "}", pad);
      }
      if (obj instanceof Set) {
        const items = [...obj].map((x) => fmt(x, inner));
        return block(`Set(${obj.size}) {`, items, "}", pad);
      }
      const proto = Object.getPrototypeOf(obj);
      let prefix = "";
      if (proto === null) prefix = "[Object: null prototype] ";
      else if (proto !== Object.prototype) {
        const name = proto.constructor?.name;
        if (name) prefix = `${name} `;
      }
      const keys = Object.keys(obj);
      const items = keys.map((k) =>
        `${formatKey(k)}: ${fmt((obj as Record<string, unknown>)[k], inner)}`
      );
      for (const s of Object.getOwnPropertySymbols(obj)) {
        if (!Object.prototype.propertyIsEnumerable.call(obj, s)) continue;
        items.push(
          `${formatKey(s)}: ${fmt((obj as Record<symbol, unknown>)[s], inner)}`,
        );
      }
      items.sort();
      return block(`${prefix}{`, items, "}", pad);
    } finally {
      seen.delete(obj);
    }
  }
  return fmt(value, "");
}
