/**
 * Internal: the YAML types (tags) and the schemas that group them.
 *
 * @module
 */

/** The kind of node a type applies to. */
export type KindType = "scalar" | "sequence" | "mapping";

/** The named styles a type can be written in. */
export type StyleVariant =
  | "lowercase"
  | "uppercase"
  | "camelcase"
  | "decimal"
  | "binary"
  | "octal"
  | "hexadecimal"
  | "canonical"
  | "empty";

/** The names of the schemas. */
export type SchemaType = "failsafe" | "json" | "core" | "default" | "extended";

/** A YAML type: how to recognize, construct and represent one tag. */
export interface Type {
  tag: string;
  kind: KindType;
  /** Whether the data (text for scalars) can be this type. */
  resolve(data: unknown): boolean;
  /** Makes the value from the data. */
  construct(data: unknown): unknown;
  /** Whether a JS value is of this type, for writing. */
  predicate?(value: unknown): boolean;
  /** Writes a JS value of this type as text. */
  represent?(value: unknown, style?: StyleVariant): string;
  defaultStyle?: StyleVariant;
}

const YAML_TAG = "tag:yaml.org,2002:";

// --- failsafe ---

const str: Type = {
  tag: `${YAML_TAG}str`,
  kind: "scalar",
  resolve: () => true,
  construct: (data) => data ?? "",
};

const seq: Type = {
  tag: `${YAML_TAG}seq`,
  kind: "sequence",
  resolve: () => true,
  construct: (data) => data ?? [],
};

const map: Type = {
  tag: `${YAML_TAG}map`,
  kind: "mapping",
  resolve: () => true,
  construct: (data) => data ?? {},
};

// --- json / core ---

const nullType: Type = {
  tag: `${YAML_TAG}null`,
  kind: "scalar",
  resolve: (data) =>
    data === null || data === "" || data === "~" || data === "null" ||
    data === "Null" || data === "NULL",
  construct: () => null,
  predicate: (value) => value === null,
  represent: (_value, style) => {
    switch (style) {
      case "canonical":
        return "~";
      case "uppercase":
        return "NULL";
      case "camelcase":
        return "Null";
      case "empty":
        return "";
      default:
        return "null";
    }
  },
  defaultStyle: "lowercase",
};

const boolType: Type = {
  tag: `${YAML_TAG}bool`,
  kind: "scalar",
  resolve: (data) =>
    typeof data === "string" &&
    /^(?:true|True|TRUE|false|False|FALSE)$/.test(data),
  construct: (data) => data === "true" || data === "True" || data === "TRUE",
  predicate: (value) => typeof value === "boolean",
  represent: (value, style) => {
    const text = value ? "true" : "false";
    if (style === "uppercase") return text.toUpperCase();
    if (style === "camelcase") return text[0]!.toUpperCase() + text.slice(1);
    return text;
  },
  defaultStyle: "lowercase",
};

const INT_REGEXP =
  /^(?:[-+]?0b[01](?:_?[01])*|[-+]?0o[0-7](?:_?[0-7])*|[-+]?0x[0-9a-fA-F](?:_?[0-9a-fA-F])*|[-+]?[0-9](?:_?[0-9])*)$/;

const intType: Type = {
  tag: `${YAML_TAG}int`,
  kind: "scalar",
  resolve: (data) => typeof data === "string" && INT_REGEXP.test(data),
  construct: (data) => {
    let text = (data as string).replaceAll("_", "");
    let sign = 1;
    if (text[0] === "-" || text[0] === "+") {
      if (text[0] === "-") sign = -1;
      text = text.slice(1);
    }
    if (text === "0") return sign === -1 ? -0 : 0;
    if (text.startsWith("0b")) return sign * parseInt(text.slice(2), 2);
    if (text.startsWith("0o")) return sign * parseInt(text.slice(2), 8);
    if (text.startsWith("0x")) return sign * parseInt(text.slice(2), 16);
    return sign * parseInt(text, 10);
  },
  predicate: (value) =>
    typeof value === "number" && Number.isInteger(value) &&
    !Object.is(value, -0),
  represent: (value, style) => {
    const n = value as number;
    switch (style) {
      case "binary":
        return n >= 0 ? `0b${n.toString(2)}` : `-0b${(-n).toString(2)}`;
      case "octal":
        return n >= 0 ? `0o${n.toString(8)}` : `-0o${(-n).toString(8)}`;
      case "hexadecimal":
        return n >= 0
          ? `0x${n.toString(16).toUpperCase()}`
          : `-0x${(-n).toString(16).toUpperCase()}`;
      default:
        return n.toString(10);
    }
  },
  defaultStyle: "decimal",
};

const FLOAT_REGEXP =
  /^(?:[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const floatType: Type = {
  tag: `${YAML_TAG}float`,
  kind: "scalar",
  resolve: (data) =>
    typeof data === "string" && FLOAT_REGEXP.test(data) &&
    !data.endsWith("_"),
  construct: (data) => {
    let text = (data as string).replaceAll("_", "").toLowerCase();
    const sign = text[0] === "-" ? -1 : 1;
    if ("+-".includes(text[0]!)) text = text.slice(1);
    if (text === ".inf") return sign * Number.POSITIVE_INFINITY;
    if (text === ".nan") return Number.NaN;
    return sign * parseFloat(text);
  },
  predicate: (value) =>
    typeof value === "number" &&
    (!Number.isInteger(value) || Object.is(value, -0)),
  represent: (value) => {
    const n = value as number;
    if (Number.isNaN(n)) return ".nan";
    if (n === Number.POSITIVE_INFINITY) return ".inf";
    if (n === Number.NEGATIVE_INFINITY) return "-.inf";
    if (Object.is(n, -0)) return "-0.0";
    const text = n.toString(10);
    // `1e+21` would read back as a string: give it a dot.
    return /^[-+]?[0-9]+e/.test(text) ? text.replace("e", ".e") : text;
  },
  defaultStyle: "lowercase",
};

// --- default ---

const DATE_REGEXP = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const TIMESTAMP_REGEXP =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?$/;

const timestampType: Type = {
  tag: `${YAML_TAG}timestamp`,
  kind: "scalar",
  resolve: (data) =>
    typeof data === "string" &&
    (DATE_REGEXP.test(data) || TIMESTAMP_REGEXP.test(data)),
  construct: (data) => {
    const text = data as string;
    const date = DATE_REGEXP.exec(text);
    if (date) {
      return new Date(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!));
    }
    const m = TIMESTAMP_REGEXP.exec(text);
    if (!m) throw new Error("Cannot construct timestamp: invalid format");
    const [
      ,
      year,
      month,
      day,
      hour,
      minute,
      second,
      fraction,
      zone,
      sign,
      tzHour,
      tzMinute,
    ] = m;
    let ms = 0;
    if (fraction) ms = +fraction.slice(0, 3).padEnd(3, "0");
    let time = Date.UTC(
      +year!,
      +month! - 1,
      +day!,
      +hour!,
      +minute!,
      +second!,
      ms,
    );
    if (zone && zone !== "Z") {
      const offset = (+tzHour! * 60 + +(tzMinute ?? 0)) * 60000;
      time -= sign === "-" ? -offset : offset;
    }
    return new Date(time);
  },
  predicate: (value) => value instanceof Date,
  represent: (value) => (value as Date).toISOString(),
};

const mergeType: Type = {
  tag: `${YAML_TAG}merge`,
  kind: "scalar",
  resolve: (data) => data === "<<" || data === null,
  construct: (data) => data,
};

const BASE64 =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

const binaryType: Type = {
  tag: `${YAML_TAG}binary`,
  kind: "scalar",
  resolve: (data) => {
    if (data === null) return false;
    const text = String(data).replace(/[\r\n=]/g, "");
    for (const char of text) {
      if (BASE64.indexOf(char) === -1 || char === "=") return false;
    }
    return text.length % 4 !== 1;
  },
  construct: (data) => {
    const text = String(data ?? "").replace(/[\r\n=]/g, "");
    const bytes: number[] = [];
    let bits = 0;
    let buffer = 0;
    for (const char of text) {
      buffer = (buffer << 6) | BASE64.indexOf(char);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((buffer >> bits) & 0xff);
      }
    }
    return new Uint8Array(bytes);
  },
  predicate: (value) => value instanceof Uint8Array,
  represent: (value) => {
    const bytes = value as Uint8Array;
    let out = "";
    for (let i = 0; i < bytes.length; i += 3) {
      const a = bytes[i]!, b = bytes[i + 1], c = bytes[i + 2];
      out += BASE64[a >> 2];
      out += BASE64[((a & 3) << 4) | ((b ?? 0) >> 4)];
      out += b === undefined ? "=" : BASE64[((b & 15) << 2) | ((c ?? 0) >> 6)];
      out += c === undefined ? "=" : BASE64[c & 63];
    }
    return out;
  },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === "[object Object]";
}

const omapType: Type = {
  tag: `${YAML_TAG}omap`,
  kind: "sequence",
  resolve: (data) => {
    if (data === null) return true;
    const seen = new Set<string>();
    for (const item of data as unknown[]) {
      if (!isPlainObject(item)) return false;
      const keys = Object.keys(item);
      if (keys.length !== 1 || seen.has(keys[0]!)) return false;
      seen.add(keys[0]!);
    }
    return true;
  },
  construct: (data) => data ?? [],
};

const pairsType: Type = {
  tag: `${YAML_TAG}pairs`,
  kind: "sequence",
  resolve: (data) => {
    if (data === null) return true;
    return (data as unknown[]).every((item) =>
      isPlainObject(item) && Object.keys(item).length === 1
    );
  },
  construct: (data) => {
    if (data === null) return [];
    return (data as Record<string, unknown>[]).map((item) => {
      const key = Object.keys(item)[0]!;
      return [key, item[key]];
    });
  },
};

const setType: Type = {
  tag: `${YAML_TAG}set`,
  kind: "mapping",
  resolve: (data) => {
    if (data === null) return true;
    return Object.values(data as Record<string, unknown>).every((value) =>
      value === null
    );
  },
  construct: (data) => data ?? {},
};

// --- extended ---

const regexpType: Type = {
  tag: "tag:yaml.org,2002:js/regexp",
  kind: "scalar",
  resolve: (data) => {
    if (data === null || typeof data !== "string" || data.length === 0) {
      return false;
    }
    if (data[0] === "/") {
      const match = /^\/(.*)\/([gimsuyvd]*)$/s.exec(data);
      return match !== null;
    }
    return true;
  },
  construct: (data) => {
    const text = data as string;
    const match = /^\/(.*)\/([gimsuyvd]*)$/s.exec(text);
    return match ? new RegExp(match[1]!, match[2]) : new RegExp(text);
  },
  predicate: (value) => value instanceof RegExp,
  represent: (value) => (value as RegExp).toString(),
};

const undefinedType: Type = {
  tag: "tag:yaml.org,2002:js/undefined",
  kind: "scalar",
  resolve: () => true,
  construct: () => undefined,
  predicate: (value) => value === undefined,
  represent: () => "",
};

/** A schema: the types resolved implicitly (plain scalars) and by tag. */
export interface Schema {
  /** Types tried, in order, on untagged plain scalars. */
  implicit: Type[];
  /** Types only used when named by a tag. */
  explicit: Type[];
  /** All types, by kind and tag. */
  byTag: Map<string, Type>;
}

function makeSchema(implicit: Type[], explicit: Type[]): Schema {
  const byTag = new Map<string, Type>();
  for (const type of [str, seq, map, ...implicit, ...explicit]) {
    byTag.set(type.tag, type);
  }
  return { implicit, explicit: [str, seq, map, ...explicit], byTag };
}

const FAILSAFE = makeSchema([], []);
const CORE_IMPLICIT = [nullType, boolType, intType, floatType];
const JSON = makeSchema(CORE_IMPLICIT, []);
const DEFAULT_IMPLICIT = [...CORE_IMPLICIT, timestampType, mergeType];
const DEFAULT_EXPLICIT = [binaryType, omapType, pairsType, setType];
const DEFAULT = makeSchema(DEFAULT_IMPLICIT, DEFAULT_EXPLICIT);
const EXTENDED = makeSchema(DEFAULT_IMPLICIT, [
  ...DEFAULT_EXPLICIT,
  regexpType,
  undefinedType,
]);

/** Returns the schema of the given name. */
export function getSchema(name: SchemaType = "default"): Schema {
  switch (name) {
    case "failsafe":
      return FAILSAFE;
    case "json":
    case "core":
      return JSON;
    case "default":
      return DEFAULT;
    case "extended":
      return EXTENDED;
    default:
      throw new TypeError(`Unknown schema "${name}"`);
  }
}

/** The tag of `<<` merge keys. */
export const MERGE_TAG = mergeType.tag;
