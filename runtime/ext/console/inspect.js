// The value formatter behind `console.log` and `Deno.inspect`.
//
// Output follows Deno 2.x byte for byte for the common cases (Deno's formatter is in
// turn modelled on Node's `util.inspect`). Plain JavaScript, no imports: this module is
// evaluated during the runtime's bootstrap, before `Deno` exists, so it only captures
// language intrinsics at load time. Engine facts that plain JavaScript cannot observe
// (promise state, proxy targets, iterator previews, ...) come from `setInternals`; when
// one is missing the output degrades (e.g. `Promise { <unknown> }`) instead of throwing.

// deno-lint-ignore-file no-control-regex

// ---------------------------------------------------------------------------------------
// Intrinsics, captured once so that later changes to globals by programs do not affect us.

const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);
const getOwnDesc = Object.getOwnPropertyDescriptor;
const getterOf = (proto, key) => {
  const desc = getOwnDesc(proto, key);
  return desc && desc.get ? uncurryThis(desc.get) : undefined;
};
const methodOf = (proto, key) => {
  const desc = proto ? getOwnDesc(proto, key) : undefined;
  return desc && typeof desc.value === "function" ? uncurryThis(desc.value) : undefined;
};

const ObjectPrototype = Object.prototype;
const ObjectKeys = Object.keys;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectIsExtensible = Object.isExtensible;
const ObjectIs = Object.is;
const ObjectPrototypeHasOwnProperty = uncurryThis(ObjectPrototype.hasOwnProperty);
const ObjectPrototypePropertyIsEnumerable = uncurryThis(ObjectPrototype.propertyIsEnumerable);
const ObjectPrototypeToString = uncurryThis(ObjectPrototype.toString);
const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const ReflectHas = Reflect.has;
const FunctionPrototypeToString = uncurryThis(Function.prototype.toString);
const ArrayIsArray = Array.isArray;
const ArrayPrototypePush = uncurryThis(Array.prototype.push);
const ArrayPrototypePop = uncurryThis(Array.prototype.pop);
const ArrayPrototypeJoin = uncurryThis(Array.prototype.join);
const ArrayPrototypeSort = uncurryThis(Array.prototype.sort);
const ArrayPrototypeSplice = uncurryThis(Array.prototype.splice);
const ArrayPrototypeSlice = uncurryThis(Array.prototype.slice);
const ArrayPrototypeIncludes = uncurryThis(Array.prototype.includes);
const ArrayPrototypeIndexOf = uncurryThis(Array.prototype.indexOf);
const ArrayPrototypeUnshift = uncurryThis(Array.prototype.unshift);
const StringPrototypeSlice = uncurryThis(String.prototype.slice);
const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf);
const StringPrototypeLastIndexOf = uncurryThis(String.prototype.lastIndexOf);
const StringPrototypeIncludes = uncurryThis(String.prototype.includes);
const StringPrototypeStartsWith = uncurryThis(String.prototype.startsWith);
const StringPrototypeEndsWith = uncurryThis(String.prototype.endsWith);
const StringPrototypeRepeat = uncurryThis(String.prototype.repeat);
const StringPrototypeReplace = uncurryThis(String.prototype.replace);
const StringPrototypeSplit = uncurryThis(String.prototype.split);
const StringPrototypePadStart = uncurryThis(String.prototype.padStart);
const StringPrototypePadEnd = uncurryThis(String.prototype.padEnd);
const StringPrototypeTrim = uncurryThis(String.prototype.trim);
const StringPrototypeToLowerCase = uncurryThis(String.prototype.toLowerCase);
const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt);
const StringPrototypeCodePointAt = uncurryThis(String.prototype.codePointAt);
const StringPrototypeNormalize = uncurryThis(String.prototype.normalize);
const StringPrototypeToWellFormed = methodOf(String.prototype, "toWellFormed");
const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec);
const RegExpPrototypeTest = uncurryThis(RegExp.prototype.test);
const RegExpPrototypeToString = uncurryThis(RegExp.prototype.toString);
const RegExpPrototypeGetSource = getterOf(RegExp.prototype, "source");
const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
const NumberPrototypeToString = uncurryThis(Number.prototype.toString);
const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);
const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
const SymbolPrototypeGetDescription = getterOf(Symbol.prototype, "description");
const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
const DatePrototypeToISOString = uncurryThis(Date.prototype.toISOString);
const DatePrototypeToString = uncurryThis(Date.prototype.toString);
const ErrorPrototypeToString = uncurryThis(Error.prototype.toString);
const MathMin = Math.min;
const MathMax = Math.max;
const MathSqrt = Math.sqrt;
const MathRound = Math.round;
const MathFloor = Math.floor;
const NumberIsNaN = Number.isNaN;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const JSONStringify = JSON.stringify;
const SafeMap = Map;
const SafeSet = Set;
const MapPrototypeGet = uncurryThis(Map.prototype.get);
const MapPrototypeSet = uncurryThis(Map.prototype.set);
const MapPrototypeGetSize = getterOf(Map.prototype, "size");
const MapPrototypeEntries = uncurryThis(Map.prototype.entries);
const SetPrototypeGetSize = getterOf(Set.prototype, "size");
const SetPrototypeValues = uncurryThis(Set.prototype.values);
const SetPrototypeHas = uncurryThis(Set.prototype.has);
const SetPrototypeAdd = uncurryThis(Set.prototype.add);
const MapIteratorPrototype = ObjectGetPrototypeOf(new Map().entries());
const SetIteratorPrototype = ObjectGetPrototypeOf(new Set().values());
const MapIteratorPrototypeNext = uncurryThis(MapIteratorPrototype.next);
const SetIteratorPrototypeNext = uncurryThis(SetIteratorPrototype.next);
const WeakMapPrototypeHas = uncurryThis(WeakMap.prototype.has);
const WeakSetPrototypeHas = uncurryThis(WeakSet.prototype.has);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetSymbolToStringTag = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const TypedArrayPrototypeGetLength = getterOf(TypedArrayPrototype, "length");
const ArrayBufferPrototypeGetByteLength = getterOf(ArrayBuffer.prototype, "byteLength");
const SharedArrayBufferPrototypeGetByteLength = typeof SharedArrayBuffer === "function"
  ? getterOf(SharedArrayBuffer.prototype, "byteLength")
  : undefined;
const DataViewPrototypeGetBuffer = getterOf(DataView.prototype, "buffer");
const PromisePrototype = Promise.prototype;
const Uint8ArrayCtor = Uint8Array;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {});
const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {});

const customInspectSymbol = Symbol.for("Deno.customInspect");
const privateCustomInspectSymbol = Symbol.for("Deno.privateCustomInspect");
const nodeCustomInspectSymbol = Symbol.for("nodejs.util.inspect.custom");

// Names of the global constructors that are part of the language (prototype properties of
// instances of these are never listed by `showHidden`).
const builtInObjects = new SafeSet();
for (const name of ObjectGetOwnPropertyNames(globalThis)) {
  if (RegExpPrototypeTest(/^[A-Z][a-zA-Z0-9]+$/, name)) {
    const desc = getOwnDesc(globalThis, name);
    if (desc && typeof desc.value === "function") SetPrototypeAdd(builtInObjects, name);
  }
}

// ---------------------------------------------------------------------------------------
// Engine helpers injected by the runtime.

const internals = { __proto__: null };

/**
 * Installs engine helpers (all optional; a member set to null or undefined removes it):
 * - getPromiseDetails(promise) -> [state (0 pending, 1 fulfilled, 2 rejected), result]
 *   (deno_core: core.getPromiseDetails)
 * - getProxyDetails(value) -> [target, handler] for a proxy, null otherwise
 *   (core.getProxyDetails)
 * - isModuleNamespaceObject(value) (core.isModuleNamespaceObject)
 * - previewEntries(value, isIterator): for a Map/Set iterator (isIterator true) the remaining
 *   entries as [entries, isKeyValue] (entries flat, key, value, ... when isKeyValue); for a
 *   WeakMap/WeakSet (false) the flat entries (Deno's op_preview_entries)
 * - getOwnNonIndexProperties(value, filter) with filter 0 = all, 2 = enumerable only
 *   (op_get_non_index_property_names)
 * - getConstructorName(value) (op_get_constructor_name)
 * - getCwd() -> the working directory, used to dim it in colored stack traces
 * - brand checks named as in deno_core's core (isMap, isSet, isDate, isRegExp, isNativeError,
 *   isPromise, isTypedArray, isArgumentsObject, isAsyncFunction, isGeneratorFunction,
 *   isMapIterator, isSetIterator, isWeakMap, isWeakSet, isDataView, isArrayBuffer,
 *   isSharedArrayBuffer, is*Object for boxed primitives); plain-JS checks are used otherwise.
 */
export function setInternals(obj) {
  if (obj == null) return;
  for (const key of ReflectOwnKeys(obj)) {
    if (typeof key !== "string") continue;
    let value;
    try {
      value = obj[key];
    } catch {
      continue;
    }
    if (typeof value === "function") internals[key] = value;
    else if (value == null) delete internals[key];
  }
}

function callInternal(name, ...args) {
  const fn = internals[name];
  if (typeof fn !== "function") return undefined;
  try {
    return ReflectApply(fn, undefined, args);
  } catch {
    return undefined;
  }
}

function hasInternal(name) {
  return typeof internals[name] === "function";
}

// ---------------------------------------------------------------------------------------
// Brand checks that work in plain JavaScript, preferring injected helpers.

function brand(name, fallback) {
  return (value) => {
    const fn = internals[name];
    if (typeof fn === "function") {
      try {
        return !!fn(value);
      } catch {
        // fall through to the plain check
      }
    }
    return fallback(value);
  };
}

function doesNotThrow(fn, value) {
  if (fn === undefined) return false;
  try {
    fn(value);
    return true;
  } catch {
    return false;
  }
}

const isMap = brand("isMap", (v) => doesNotThrow(MapPrototypeGetSize, v));
const isSet = brand("isSet", (v) => doesNotThrow(SetPrototypeGetSize, v));
const isWeakMap = brand("isWeakMap", (v) => doesNotThrow((x) => WeakMapPrototypeHas(x, {}), v));
const isWeakSet = brand("isWeakSet", (v) => doesNotThrow((x) => WeakSetPrototypeHas(x, {}), v));
const isTypedArray = brand("isTypedArray", (v) => TypedArrayPrototypeGetSymbolToStringTag(v) !== undefined);
const isArrayBuffer = brand("isArrayBuffer", (v) => doesNotThrow(ArrayBufferPrototypeGetByteLength, v));
const isSharedArrayBuffer = brand(
  "isSharedArrayBuffer",
  (v) => doesNotThrow(SharedArrayBufferPrototypeGetByteLength, v),
);
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isDataView = brand("isDataView", (v) => doesNotThrow(DataViewPrototypeGetBuffer, v));
const isDate = brand("isDate", (v) => doesNotThrow(DatePrototypeGetTime, v));
const isRegExp = brand("isRegExp", (v) => v !== RegExp.prototype && doesNotThrow(RegExpPrototypeGetSource, v));
const isNumberObject = brand("isNumberObject", (v) => doesNotThrow(NumberPrototypeValueOf, v));
const isStringObject = brand("isStringObject", (v) => doesNotThrow(StringPrototypeValueOf, v));
const isBooleanObject = brand("isBooleanObject", (v) => doesNotThrow(BooleanPrototypeValueOf, v));
const isBigIntObject = brand("isBigIntObject", (v) => doesNotThrow(BigIntPrototypeValueOf, v));
const isSymbolObject = brand("isSymbolObject", (v) => doesNotThrow(SymbolPrototypeValueOf, v));
const isBoxedPrimitive = (v) =>
  isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
const isArgumentsObject = brand("isArgumentsObject", (v) => builtinTag(v) === "Arguments");
const isPromise = brand("isPromise", (v) => {
  if (builtinTag(v) === "Promise") return true;
  try {
    let proto = ObjectGetPrototypeOf(v);
    for (let i = 0; proto !== null && i < 1000; i++) {
      if (proto === PromisePrototype) return true;
      proto = ObjectGetPrototypeOf(proto);
    }
  } catch {
    // ignore
  }
  return false;
});
const isMapIterator = brand("isMapIterator", (v) => hasInPrototypeChain(v, MapIteratorPrototype));
const isSetIterator = brand("isSetIterator", (v) => hasInPrototypeChain(v, SetIteratorPrototype));

function isNativeError(value) {
  if (hasInternal("isNativeError")) {
    const result = callInternal("isNativeError", value);
    if (result !== undefined) return !!result;
  }
  if (typeof Error.isError === "function") {
    try {
      return Error.isError(value);
    } catch {
      // ignore
    }
  }
  return builtinTag(value) === "Error";
}

function isError(value) {
  if (isNativeError(value)) return true;
  try {
    return value instanceof Error;
  } catch {
    return false;
  }
}

function hasInPrototypeChain(value, proto) {
  try {
    let p = ObjectGetPrototypeOf(value);
    for (let i = 0; p !== null && i < 1000; i++) {
      if (p === proto) return true;
      p = ObjectGetPrototypeOf(p);
    }
  } catch {
    // ignore
  }
  return false;
}

// Object.prototype.toString's tag, ignoring a Symbol.toStringTag the value may carry.
function builtinTag(value) {
  let tagged;
  try {
    tagged = ObjectPrototypeToString(value);
  } catch {
    return "";
  }
  const tag = StringPrototypeSlice(tagged, 8, -1);
  if (tag === "Arguments" || tag === "Error" || tag === "Promise" || tag === "Module") {
    // Only trust it when no Symbol.toStringTag could have produced it.
    try {
      if (value[SymbolToStringTag] === tag && tag !== "Module") return "";
    } catch {
      return "";
    }
  }
  return tag;
}

function functionKind(fn) {
  if (hasInternal("isAsyncFunction") || hasInternal("isGeneratorFunction")) {
    const isAsync = !!callInternal("isAsyncFunction", fn);
    const isGen = !!callInternal("isGeneratorFunction", fn);
    return (isAsync ? "Async" : "") + (isGen ? "Generator" : "");
  }
  if (hasInPrototypeChain(fn, AsyncGeneratorFunctionPrototype)) return "AsyncGenerator";
  if (hasInPrototypeChain(fn, AsyncFunctionPrototype)) return "Async";
  if (hasInPrototypeChain(fn, GeneratorFunctionPrototype)) return "Generator";
  if (ObjectGetPrototypeOf(fn) === null) {
    // No prototype chain to go by: look at the source text.
    let src = "";
    try {
      src = FunctionPrototypeToString(fn);
    } catch {
      return "";
    }
    const isAsync = RegExpPrototypeTest(/^async[\s(*]/, src);
    const isGen = RegExpPrototypeTest(/^(async\s*)?(function\s*)?\*/, src) ||
      RegExpPrototypeTest(/^(async\s+)?function\s*\*/, src);
    return (isAsync ? "Async" : "") + (isGen ? "Generator" : "");
  }
  return "";
}

function isModuleNamespaceObject(value) {
  if (hasInternal("isModuleNamespaceObject")) {
    const result = callInternal("isModuleNamespaceObject", value);
    if (result !== undefined) return !!result;
  }
  try {
    if (ObjectGetPrototypeOf(value) !== null || ObjectIsExtensible(value)) return false;
    const desc = getOwnDesc(value, SymbolToStringTag);
    return desc !== undefined && desc.value === "Module" && !desc.writable && !desc.enumerable &&
      !desc.configurable;
  } catch {
    return false;
  }
}

// [target, handler] for a proxy, null for a revoked proxy, undefined otherwise.
function getProxyDetails(value) {
  if (!hasInternal("getProxyDetails")) return undefined;
  let details;
  try {
    details = internals.getProxyDetails(value);
  } catch {
    return undefined;
  }
  if (details === null || details === undefined) return undefined;
  if (ArrayIsArray(details)) {
    if (details[0] === null || details[1] === null) return null;
    return details;
  }
  return [details, undefined];
}

// ---------------------------------------------------------------------------------------
// Colors.

const styles = {
  __proto__: null,
  special: "cyan",
  number: "yellow",
  bigint: "yellow",
  boolean: "yellow",
  undefined: "grey",
  null: "bold",
  string: "green",
  symbol: "green",
  date: "magenta",
  regexp: "red",
  module: "underline",
  internalError: "red",
  temporal: "magenta",
};

const colorCodes = {
  __proto__: null,
  bold: [1, 22],
  italic: [3, 23],
  underline: [4, 24],
  inverse: [7, 27],
  white: [37, 39],
  grey: [90, 39],
  black: [30, 39],
  blue: [34, 39],
  cyan: [36, 39],
  green: [32, 39],
  magenta: [35, 39],
  red: [31, 39],
  yellow: [33, 39],
};

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colorCodes[style];
    if (color !== undefined) return `\x1b[${color[0]}m${str}\x1b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

const ansiPattern = /\x1b\[[0-9;]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

function stripAnsi(str) {
  return StringPrototypeReplace(str, ansiPattern, "");
}

// ---------------------------------------------------------------------------------------
// Strings.

const defaultQuotes = ['"', "'", "`"];
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const symbolDescriptionRegExp = /^[a-zA-Z_][a-zA-Z_.0-9]*$/;
const controlCharRegExp = /[\x00-\x1f\x7f-\x9f]/;
const controlCharRegExpGlobal = /[\x00-\x1f\x7f-\x9f]/g;
const namedEscapes = {
  __proto__: null,
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\v": "\\v",
};

function hex2(code, upper) {
  const h = StringPrototypePadStart(NumberPrototypeToString(code, 16), 2, "0");
  return upper ? h.toUpperCase() : h;
}

function escapeControlChar(ch) {
  const named = namedEscapes[ch];
  if (named !== undefined) return named;
  return `\\x${hex2(StringPrototypeCharCodeAt(ch, 0), false)}`;
}

function quoteString(str, ctx) {
  const quotes = ctx.quotes ?? defaultQuotes;
  let quote;
  for (let i = 0; i < quotes.length; i++) {
    if (!StringPrototypeIncludes(str, quotes[i])) {
      quote = quotes[i];
      break;
    }
  }
  if (quote === undefined) quote = quotes[0] ?? '"';
  const needsWork = StringPrototypeIncludes(str, quote) || StringPrototypeIncludes(str, "\\");
  if (needsWork) {
    let out = "";
    for (let i = 0; i < str.length; i++) {
      const ch = str[i];
      if (ch === quote || ch === "\\") out += "\\";
      out += ch;
    }
    str = out;
  }
  if (ctx.escapeSequences !== false && RegExpPrototypeTest(controlCharRegExp, str)) {
    str = StringPrototypeReplace(str, controlCharRegExpGlobal, escapeControlChar);
  }
  return `${quote}${str}${quote}`;
}

// Escaping used for property keys shown bare (symbol keys): Node's table.
const keyEscapeRegExp = /[\x00-\x1f\x27\x5c\x7f-\x9f]/;
const keyEscapeRegExpGlobal = /[\x00-\x1f\x27\x5c\x7f-\x9f]/g;
const keyNamedEscapes = {
  __proto__: null,
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\f": "\\f",
  "\r": "\\r",
  "'": "\\'",
  "\\": "\\\\",
};

function escapeKey(str) {
  if (!RegExpPrototypeTest(keyEscapeRegExp, str)) return str;
  return StringPrototypeReplace(str, keyEscapeRegExpGlobal, (ch) => {
    const named = keyNamedEscapes[ch];
    if (named !== undefined) return named;
    return `\\x${hex2(StringPrototypeCharCodeAt(ch, 0), true)}`;
  });
}

function toWellFormed(str) {
  if (StringPrototypeToWellFormed !== undefined) return StringPrototypeToWellFormed(str);
  let out = "";
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < str.length ? StringPrototypeCharCodeAt(str, i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    } else if (!(c >= 0xdc00 && c <= 0xdfff)) {
      continue;
    }
    out += StringPrototypeSlice(str, last, i) + "\ufffd";
    last = i + 1;
  }
  return last === 0 ? str : out + StringPrototypeSlice(str, last);
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

const plainAsciiRegExp = /^[\x20-\x7e]*$/;

// The number of terminal columns a string occupies.
function getStringWidth(str, removeControlChars) {
  if (removeControlChars) str = stripAnsi(str);
  if (RegExpPrototypeTest(plainAsciiRegExp, str)) return str.length;
  str = StringPrototypeNormalize(str, "NFC");
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCodePointAt(str, i);
    if (code > 0xffff) i++;
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------------------
// Options.

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kPending = 0;
const kRejected = 2;

const optionNames = [
  "showHidden",
  "depth",
  "colors",
  "customInspect",
  "showProxy",
  "maxArrayLength",
  "maxStringLength",
  "breakLength",
  "compact",
  "sorted",
  "getters",
  "numericSeparator",
  "indentationLvl",
  "currentDepth",
  "indentLevel",
  "escapeSequences",
  "trailingComma",
  "iterableLimit",
  "strAbbreviateSize",
  "quotes",
];

function createContext(options) {
  const ctx = {
    stylize: stylizeNoColor,
    showHidden: false,
    depth: 4,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: undefined,
    indentationLvl: 0,
    currentDepth: 0,
    indentLevel: 0,
    escapeSequences: true,
    trailingComma: false,
    iterableLimit: 100,
  };
  const hasOptions = options !== null && typeof options === "object";
  // Same key order as Deno's (custom inspect functions receive this object).
  if (hasOptions && options.strAbbreviateSize !== undefined) ctx.strAbbreviateSize = undefined;
  ctx.quotes = defaultQuotes;
  ctx.seen = [];
  ctx.budget = {};
  ctx.inspect = inspect;
  if (hasOptions) {
    for (let i = 0; i < optionNames.length; i++) {
      const name = optionNames[i];
      let value;
      try {
        value = options[name];
      } catch {
        continue;
      }
      if (value !== undefined) ctx[name] = value;
      else if (name === "depth" && ReflectHas(options, "depth")) ctx.depth = null;
    }
    if (options.iterableLimit !== undefined) ctx.maxArrayLength = options.iterableLimit;
    if (options.strAbbreviateSize !== undefined) ctx.maxStringLength = options.strAbbreviateSize;
    // Internal state a custom inspect function hands back to `inspect`.
    if (ArrayIsArray(options.seen)) ctx.seen = options.seen;
    if (options.circular instanceof SafeMap) ctx.circular = options.circular;
  }
  if (ctx.depth === Infinity) ctx.depth = null;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  if (ctx.breakLength === null) ctx.breakLength = Infinity;
  if (!ArrayIsArray(ctx.quotes) || ctx.quotes.length === 0) ctx.quotes = defaultQuotes;
  ctx.stylize = ctx.colors ? stylizeWithColor : stylizeNoColor;
  return ctx;
}

function getUserOptions(ctx) {
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
  };
}

// ---------------------------------------------------------------------------------------
// Public API.

/** Deno.inspect: a string representation of any value. */
export function inspect(value, options) {
  const ctx = createContext(options);
  return toWellFormed(formatValue(ctx, value, 0));
}

/** What console.log(...args) prints, without the trailing newline. */
export function formatLog(args, options) {
  if (args == null) args = [];
  const ctx = createContext(options);
  const first = args[0];
  let a = 0;
  let string = "";

  if (typeof first === "string" && args.length > 1) {
    a++;
    let appended = 0;
    let usedStyle = false;
    let prevCss = null;
    for (let i = 0; i < first.length - 1; i++) {
      if (first[i] !== "%") continue;
      const char = first[++i];
      if (a < args.length) {
        let formatted = null;
        if (char === "s") {
          const value = args[a++];
          formatted = String(value);
        } else if (char === "d" || char === "i") {
          const value = args[a++];
          formatted = typeof value === "symbol" ? "NaN" : `${NumberParseInt(value)}`;
        } else if (char === "f") {
          const value = args[a++];
          formatted = typeof value === "symbol" ? "NaN" : `${NumberParseFloat(value)}`;
        } else if (char === "o" || char === "O") {
          formatted = formatValue(ctx, args[a++], 0);
        } else if (char === "j") {
          // undefined (nothing to serialise) leaves the specifier as it is.
          formatted = JSONStringify(args[a++]);
        } else if (char === "c") {
          const value = args[a++];
          if (ctx.colors) {
            const css = parseCss(value);
            formatted = cssToAnsi(css, prevCss);
            if (formatted !== "") {
              usedStyle = true;
              prevCss = css;
            }
          } else {
            formatted = "";
          }
        }
        if (formatted != null) {
          string += StringPrototypeSlice(first, appended, i - 1) + formatted;
          appended = i + 1;
        }
      }
      if (char === "%") {
        string += StringPrototypeSlice(first, appended, i - 1) + "%";
        appended = i + 1;
      }
    }
    string += StringPrototypeSlice(first, appended);
    if (usedStyle) string += "\x1b[0m";
  }

  for (; a < args.length; a++) {
    if (a > 0) string += " ";
    const arg = args[a];
    string += typeof arg === "string" ? arg : formatValue(ctx, arg, 0);
  }

  const indent = ctx.indentLevel;
  if (typeof indent === "number" && indent > 0) {
    const pad = StringPrototypeRepeat("  ", indent);
    string = pad + StringPrototypeReplace(string, /\n/g, `\n${pad}`);
  }
  return toWellFormed(string);
}

// ---------------------------------------------------------------------------------------
// %c: a small CSS subset mapped to ANSI escapes.

// The CSS named colors, as 0xRRGGBB.
const cssNamedColors = {
  __proto__: null,
  aliceblue: 0xf0f8ff,
  antiquewhite: 0xfaebd7,
  aqua: 0x00ffff,
  aquamarine: 0x7fffd4,
  azure: 0xf0ffff,
  beige: 0xf5f5dc,
  bisque: 0xffe4c4,
  black: 0x000000,
  blanchedalmond: 0xffebcd,
  blue: 0x0000ff,
  blueviolet: 0x8a2be2,
  brown: 0xa52a2a,
  burlywood: 0xdeb887,
  cadetblue: 0x5f9ea0,
  chartreuse: 0x7fff00,
  chocolate: 0xd2691e,
  coral: 0xff7f50,
  cornflowerblue: 0x6495ed,
  cornsilk: 0xfff8dc,
  crimson: 0xdc143c,
  cyan: 0x00ffff,
  darkblue: 0x00008b,
  darkcyan: 0x008b8b,
  darkgoldenrod: 0xb8860b,
  darkgray: 0xa9a9a9,
  darkgreen: 0x006400,
  darkgrey: 0xa9a9a9,
  darkkhaki: 0xbdb76b,
  darkmagenta: 0x8b008b,
  darkolivegreen: 0x556b2f,
  darkorange: 0xff8c00,
  darkorchid: 0x9932cc,
  darkred: 0x8b0000,
  darksalmon: 0xe9967a,
  darkseagreen: 0x8fbc8f,
  darkslateblue: 0x483d8b,
  darkslategray: 0x2f4f4f,
  darkslategrey: 0x2f4f4f,
  darkturquoise: 0x00ced1,
  darkviolet: 0x9400d3,
  deeppink: 0xff1493,
  deepskyblue: 0x00bfff,
  dimgray: 0x696969,
  dimgrey: 0x696969,
  dodgerblue: 0x1e90ff,
  firebrick: 0xb22222,
  floralwhite: 0xfffaf0,
  forestgreen: 0x228b22,
  fuchsia: 0xff00ff,
  gainsboro: 0xdcdcdc,
  ghostwhite: 0xf8f8ff,
  gold: 0xffd700,
  goldenrod: 0xdaa520,
  gray: 0x808080,
  green: 0x008000,
  greenyellow: 0xadff2f,
  grey: 0x808080,
  honeydew: 0xf0fff0,
  hotpink: 0xff69b4,
  indianred: 0xcd5c5c,
  indigo: 0x4b0082,
  ivory: 0xfffff0,
  khaki: 0xf0e68c,
  lavender: 0xe6e6fa,
  lavenderblush: 0xfff0f5,
  lawngreen: 0x7cfc00,
  lemonchiffon: 0xfffacd,
  lightblue: 0xadd8e6,
  lightcoral: 0xf08080,
  lightcyan: 0xe0ffff,
  lightgoldenrodyellow: 0xfafad2,
  lightgray: 0xd3d3d3,
  lightgreen: 0x90ee90,
  lightgrey: 0xd3d3d3,
  lightpink: 0xffb6c1,
  lightsalmon: 0xffa07a,
  lightseagreen: 0x20b2aa,
  lightskyblue: 0x87cefa,
  lightslategray: 0x778899,
  lightslategrey: 0x778899,
  lightsteelblue: 0xb0c4de,
  lightyellow: 0xffffe0,
  lime: 0x00ff00,
  limegreen: 0x32cd32,
  linen: 0xfaf0e6,
  magenta: 0xff00ff,
  maroon: 0x800000,
  mediumaquamarine: 0x66cdaa,
  mediumblue: 0x0000cd,
  mediumorchid: 0xba55d3,
  mediumpurple: 0x9370db,
  mediumseagreen: 0x3cb371,
  mediumslateblue: 0x7b68ee,
  mediumspringgreen: 0x00fa9a,
  mediumturquoise: 0x48d1cc,
  mediumvioletred: 0xc71585,
  midnightblue: 0x191970,
  mintcream: 0xf5fffa,
  mistyrose: 0xffe4e1,
  moccasin: 0xffe4b5,
  navajowhite: 0xffdead,
  navy: 0x000080,
  oldlace: 0xfdf5e6,
  olive: 0x808000,
  olivedrab: 0x6b8e23,
  orange: 0xffa500,
  orangered: 0xff4500,
  orchid: 0xda70d6,
  palegoldenrod: 0xeee8aa,
  palegreen: 0x98fb98,
  paleturquoise: 0xafeeee,
  palevioletred: 0xdb7093,
  papayawhip: 0xffefd5,
  peachpuff: 0xffdab9,
  peru: 0xcd853f,
  pink: 0xffc0cb,
  plum: 0xdda0dd,
  powderblue: 0xb0e0e6,
  purple: 0x800080,
  rebeccapurple: 0x663399,
  red: 0xff0000,
  rosybrown: 0xbc8f8f,
  royalblue: 0x4169e1,
  saddlebrown: 0x8b4513,
  salmon: 0xfa8072,
  sandybrown: 0xf4a460,
  seagreen: 0x2e8b57,
  seashell: 0xfff5ee,
  sienna: 0xa0522d,
  silver: 0xc0c0c0,
  skyblue: 0x87ceeb,
  slateblue: 0x6a5acd,
  slategray: 0x708090,
  slategrey: 0x708090,
  snow: 0xfffafa,
  springgreen: 0x00ff7f,
  steelblue: 0x4682b4,
  tan: 0xd2b48c,
  teal: 0x008080,
  thistle: 0xd8bfd8,
  tomato: 0xff6347,
  turquoise: 0x40e0d0,
  violet: 0xee82ee,
  wheat: 0xf5deb3,
  white: 0xffffff,
  whitesmoke: 0xf5f5f5,
  yellow: 0xffff00,
  yellowgreen: 0x9acd32,
};

// Written exactly like this, these use the terminal's own palette.
const ansiColorIndex = {
  __proto__: null,
  black: 0,
  red: 1,
  green: 2,
  yellow: 3,
  blue: 4,
  magenta: 5,
  cyan: 6,
  white: 7,
};

function hexToRgb(n) {
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function clampByte(n) {
  return MathMin(255, MathMax(0, MathRound(n)));
}

const cssNumber = "(-?\\d+(?:\\.\\d+)?)";
const rgbRegExp = new RegExp(
  `^rgba?\\(\\s*${cssNumber}\\s*,\\s*${cssNumber}\\s*,\\s*${cssNumber}\\s*(?:,\\s*${cssNumber}\\s*)?\\)$`,
  "i",
);
const hslRegExp = new RegExp(
  `^hsla?\\(\\s*${cssNumber}\\s*,\\s*${cssNumber}%\\s*,\\s*${cssNumber}%\\s*(?:,\\s*${cssNumber}\\s*)?\\)$`,
  "i",
);

function hslToRgb(h, s, l) {
  h = ((h % 360) + 360) % 360;
  s = MathMin(1, MathMax(0, s / 100));
  l = MathMin(1, MathMax(0, l / 100));
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  let r = 0;
  let g = 0;
  let b = 0;
  if (h < 60) [r, g, b] = [c, x, 0];
  else if (h < 120) [r, g, b] = [x, c, 0];
  else if (h < 180) [r, g, b] = [0, c, x];
  else if (h < 240) [r, g, b] = [0, x, c];
  else if (h < 300) [r, g, b] = [x, 0, c];
  else [r, g, b] = [c, 0, x];
  return [clampByte((r + m) * 255), clampByte((g + m) * 255), clampByte((b + m) * 255)];
}

// An ANSI color name, an [r, g, b] triple, or null when the value is not understood.
function parseCssColor(text) {
  if (text in ansiColorIndex) return text;
  const lower = StringPrototypeToLowerCase(text);
  const named = cssNamedColors[lower];
  if (named !== undefined) return hexToRgb(named);
  let m = RegExpPrototypeExec(/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/, lower);
  if (m !== null) {
    let h = m[1];
    if (h.length <= 4) h = h[0] + h[0] + h[1] + h[1] + h[2] + h[2];
    return hexToRgb(NumberParseInt(StringPrototypeSlice(h, 0, 6), 16));
  }
  m = RegExpPrototypeExec(rgbRegExp, text);
  if (m !== null) {
    return [clampByte(+m[1]), clampByte(+m[2]), clampByte(+m[3])];
  }
  m = RegExpPrototypeExec(hslRegExp, text);
  if (m !== null) return hslToRgb(+m[1], +m[2], +m[3]);
  return null;
}

function colorToRgb(color) {
  return typeof color === "string" ? hexToRgb(cssNamedColors[color]) : color;
}

// `undefined` is "not set"; null is "set to something not understood".
function colorEquals(a, b) {
  if (a === b) return true;
  if (a == null || b == null) return false;
  const x = colorToRgb(a);
  const y = colorToRgb(b);
  return x[0] === y[0] && x[1] === y[1] && x[2] === y[2];
}

function defaultCss() {
  return {
    backgroundColor: undefined,
    color: undefined,
    fontWeight: undefined,
    fontStyle: undefined,
    textDecorationColor: undefined,
    textDecorationLine: [],
  };
}

const textDecorationLines = ["line-through", "overline", "underline"];

function parseCss(cssString) {
  const css = defaultCss();
  const declarations = StringPrototypeSplit(String(cssString), ";");
  for (let i = 0; i < declarations.length; i++) {
    const decl = declarations[i];
    const colon = StringPrototypeIndexOf(decl, ":");
    if (colon === -1) continue;
    const key = StringPrototypeTrim(StringPrototypeSlice(decl, 0, colon));
    const value = StringPrototypeTrim(StringPrototypeSlice(decl, colon + 1));
    if (value === "") continue;
    if (key === "background-color") {
      css.backgroundColor = parseCssColor(value);
    } else if (key === "color") {
      css.color = parseCssColor(value);
    } else if (key === "font-weight") {
      if (value === "bold") css.fontWeight = value;
    } else if (key === "font-style") {
      if (value === "italic" || value === "oblique") css.fontStyle = "italic";
    } else if (key === "text-decoration-line") {
      css.textDecorationLine = [];
      for (const line of StringPrototypeSplit(value, /\s+/)) {
        if (ArrayPrototypeIncludes(textDecorationLines, line)) ArrayPrototypePush(css.textDecorationLine, line);
      }
    } else if (key === "text-decoration-color") {
      const color = parseCssColor(value);
      if (color !== null) css.textDecorationColor = color;
    } else if (key === "text-decoration") {
      css.textDecorationColor = undefined;
      css.textDecorationLine = [];
      for (const part of StringPrototypeSplit(value, /\s+/)) {
        const color = parseCssColor(part);
        if (color !== null) css.textDecorationColor = color;
        else if (ArrayPrototypeIncludes(textDecorationLines, part)) {
          ArrayPrototypePush(css.textDecorationLine, part);
        }
      }
    }
  }
  return css;
}

function cssToAnsi(css, prevCss) {
  prevCss = prevCss ?? defaultCss();
  let ansi = "";
  if (!colorEquals(css.backgroundColor, prevCss.backgroundColor)) {
    const c = css.backgroundColor;
    if (c == null) ansi += "\x1b[49m";
    else if (typeof c === "string") ansi += `\x1b[${40 + ansiColorIndex[c]}m`;
    else ansi += `\x1b[48;2;${c[0]};${c[1]};${c[2]}m`;
  }
  if (!colorEquals(css.color, prevCss.color)) {
    const c = css.color;
    if (c == null) ansi += "\x1b[39m";
    else if (typeof c === "string") ansi += `\x1b[${30 + ansiColorIndex[c]}m`;
    else ansi += `\x1b[38;2;${c[0]};${c[1]};${c[2]}m`;
  }
  if (css.fontWeight !== prevCss.fontWeight) {
    ansi += css.fontWeight === "bold" ? "\x1b[1m" : "\x1b[22m";
  }
  if (css.fontStyle !== prevCss.fontStyle) {
    ansi += css.fontStyle === "italic" ? "\x1b[3m" : "\x1b[23m";
  }
  if (!colorEquals(css.textDecorationColor, prevCss.textDecorationColor)) {
    const c = css.textDecorationColor;
    if (c == null) ansi += "\x1b[59m";
    else {
      const rgb = colorToRgb(c);
      ansi += `\x1b[58;2;${rgb[0]};${rgb[1]};${rgb[2]}m`;
    }
  }
  const lines = css.textDecorationLine;
  const prevLines = prevCss.textDecorationLine;
  const codes = { "line-through": [9, 29], overline: [53, 55], underline: [4, 24] };
  for (let i = 0; i < textDecorationLines.length; i++) {
    const line = textDecorationLines[i];
    const now = ArrayPrototypeIncludes(lines, line);
    if (now !== ArrayPrototypeIncludes(prevLines, line)) ansi += `\x1b[${codes[line][now ? 0 : 1]}m`;
  }
  return ansi;
}

// ---------------------------------------------------------------------------------------
// The formatter.

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== "object" && typeof value !== "function") {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize("null", "null");

  const context = value;
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null) return ctx.stylize("<Revoked Proxy>", "special");
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
    // A proxy of a proxy: show the innermost target.
    for (let i = 0; i < 1000; i++) {
      const inner = getProxyDetails(value);
      if (inner === undefined) break;
      if (inner === null) return ctx.stylize("<Revoked Proxy>", "special");
      value = inner[0];
    }
    if (typeof value !== "object" && typeof value !== "function") {
      return formatPrimitive(ctx.stylize, value, ctx);
    }
  }

  if (ctx.customInspect) {
    let fn;
    if (ReflectHas(value, customInspectSymbol) && typeof (fn = value[customInspectSymbol]) === "function") {
      return String(ReflectApply(fn, value, [inspect, ctx]));
    }
    if (
      ReflectHas(value, privateCustomInspectSymbol) &&
      typeof (fn = value[privateCustomInspectSymbol]) === "function"
    ) {
      return String(ReflectApply(fn, value, [inspect, ctx]));
    }
    const maybeCustom = value[nodeCustomInspectSymbol];
    if (typeof maybeCustom === "function" && maybeCustom !== inspect && !isOwnConstructorPrototype(value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = ReflectApply(maybeCustom, context, [depth, getUserOptions(ctx), inspect]);
      if (ret !== context) {
        if (typeof ret !== "string") return formatValue(ctx, ret, recurseTimes);
        return StringPrototypeReplace(ret, /\n/g, `\n${StringPrototypeRepeat(" ", ctx.indentationLvl)}`);
      }
    }
  }

  if (ArrayPrototypeIncludes(ctx.seen, value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new SafeMap();
      MapPrototypeSet(ctx.circular, value, index);
    } else {
      index = MapPrototypeGet(ctx.circular, value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        MapPrototypeSet(ctx.circular, value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, "special");
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function isOwnConstructorPrototype(value) {
  try {
    const ctor = value.constructor;
    return ctor != null && ctor.prototype === value;
  } catch {
    return false;
  }
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize("Proxy [Array]", "special");
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, "", ["Proxy [", "]"], kArrayExtrasType, recurseTimes);
}

function formatNumber(fn, number) {
  if (ObjectIs(number, -0)) return fn("-0", "number");
  return fn(`${number}`, "number");
}

function formatBigInt(fn, bigint) {
  return fn(`${bigint}n`, "bigint");
}

function formatSymbol(symbol, ctx) {
  const description = SymbolPrototypeGetDescription(symbol);
  if (description === undefined || RegExpPrototypeTest(symbolDescriptionRegExp, description)) {
    return SymbolPrototypeToString(symbol);
  }
  return `Symbol(${quoteString(description, ctx)})`;
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case "string": {
      let trailer = "";
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = StringPrototypeSlice(value, 0, MathMax(0, ctx.maxStringLength));
        trailer = `... ${remaining} more character${remaining > 1 ? "s" : ""}`;
      }
      if (
        ctx.compact !== true &&
        value.length > 16 &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4 &&
        StringPrototypeIncludes(value, "\n")
      ) {
        const lines = StringPrototypeSplit(value, /(?<=\n)/);
        let out = "";
        const sep = ` +\n${StringPrototypeRepeat(" ", ctx.indentationLvl + 2)}`;
        for (let i = 0; i < lines.length; i++) {
          if (i > 0) out += sep;
          out += fn(quoteString(lines[i], ctx), "string");
        }
        return out + trailer;
      }
      return fn(quoteString(value, ctx), "string") + trailer;
    }
    case "number":
      return formatNumber(fn, value);
    case "bigint":
      return formatBigInt(fn, value);
    case "boolean":
      return fn(`${value}`, "boolean");
    case "undefined":
      return fn("undefined", "undefined");
    case "symbol":
      return fn(formatSymbol(value, ctx), "symbol");
    default:
      // Host values such as document.all.
      return fn(String(value), "undefined");
  }
}

function getPrefix(constructor, tag, fallback, size = "") {
  if (constructor === null) {
    if (tag !== "" && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== "" && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    const descriptor = getOwnDesc(obj, "constructor");
    if (
      descriptor !== undefined &&
      typeof descriptor.value === "function" &&
      descriptor.value.name !== "" &&
      isInstanceof(tmp, descriptor.value)
    ) {
      if (
        protoProps !== undefined &&
        (firstProto !== obj || !SetPrototypeHas(builtInObjects, descriptor.value.name))
      ) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  let res = callInternal("getConstructorName", tmp);
  if (typeof res !== "string" || res === "") res = "Object";
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${
      inspect(firstProto, {
        ...ctx,
        customInspect: false,
        depth: -1,
        seen: undefined,
        circular: undefined,
      })
    }>`;
  }
  return `${res} <${protoConstr}>`;
}

function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = getOwnDesc(obj, "constructor");
      if (
        descriptor !== undefined &&
        typeof descriptor.value === "function" &&
        SetPrototypeHas(builtInObjects, descriptor.value.name)
      ) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new SafeSet();
    } else {
      for (let i = 0; i < keys.length; i++) SetPrototypeAdd(keySet, keys[i]);
    }
    keys = ReflectOwnKeys(obj);
    ArrayPrototypePush(ctx.seen, main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (
        key === "constructor" ||
        ObjectPrototypeHasOwnProperty(main, key) ||
        (depth !== 0 && SetPrototypeHas(keySet, key))
      ) {
        continue;
      }
      const desc = getOwnDesc(obj, key);
      if (typeof desc.value === "function") continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      if (ctx.colors) ArrayPrototypePush(output, `\x1b[2m${value}\x1b[22m`);
      else ArrayPrototypePush(output, value);
    }
    ArrayPrototypePop(ctx.seen);
  } while (++depth !== 3);
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) ArrayPrototypePush(keys, symbols[i]);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // Module namespace objects with bindings still in their TDZ.
      if (!isModuleNamespaceObject(value)) throw err;
      keys = ObjectGetOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) ArrayPrototypePush(keys, symbols[i]);
    }
  }
  return keys;
}

function isArrayIndexKey(key) {
  const len = key.length;
  if (len === 0 || len > 10) return false;
  const c0 = StringPrototypeCharCodeAt(key, 0);
  if (c0 < 48 || c0 > 57 || (c0 === 48 && len > 1)) return false;
  for (let i = 1; i < len; i++) {
    const c = StringPrototypeCharCodeAt(key, i);
    if (c < 48 || c > 57) return false;
  }
  return len < 10 || +key < 4294967295;
}

// Own keys that are not array indices (strings, then symbols).
function getOwnNonIndexProperties(value, showHidden) {
  if (hasInternal("getOwnNonIndexProperties")) {
    const keys = callInternal("getOwnNonIndexProperties", value, showHidden ? 0 : 2);
    if (ArrayIsArray(keys)) return keys;
  }
  const all = ReflectOwnKeys(value);
  // Integer keys come first, in ascending order: walk back from the end to skip them.
  let start = all.length;
  while (start > 0) {
    const key = all[start - 1];
    if (typeof key === "string" && isArrayIndexKey(key)) break;
    start--;
  }
  const keys = [];
  for (let i = start; i < all.length; i++) {
    const key = all[i];
    if (typeof key === "string" && isArrayIndexKey(key)) continue;
    if (!showHidden && !ObjectPrototypePropertyIsEnumerable(value, key)) continue;
    ArrayPrototypePush(keys, key);
  }
  return keys;
}

function getStringTag(value) {
  let tag;
  try {
    tag = value[SymbolToStringTag];
  } catch {
    return "";
  }
  return typeof tag === "string" ? tag : "";
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  const tag = getStringTag(value);
  let base = "";
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  let hasIterator = false;
  try {
    hasIterator = !!value[SymbolIterator];
  } catch {
    hasIterator = false;
  }

  if (hasIterator || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== "Array" || tag !== "")
        ? getPrefix(constructor, tag, "Array", `(${value.length})`)
        : "";
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      braces = [`${prefix}[`, "]"];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, "Set", `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, "}"];
    } else if (isMap(value)) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, "Map", `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, "}"];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, "", `(${size})`);
      braces = [`${prefix}[`, "]"];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray;
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces("Map", tag);
      formatter = (ctx, value, recurseTimes) => formatIterator(braces, ctx, value, recurseTimes);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces("Set", tag);
      formatter = (ctx, value, recurseTimes) => formatIterator(braces, ctx, value, recurseTimes);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ["{", "}"];
    if (constructor === "Object") {
      if (isArgumentsObject(value)) {
        braces[0] = "[Arguments] {";
      } else if (tag !== "") {
        braces[0] = `${getPrefix(constructor, tag, "Object")}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (typeof value === "function") {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, "special");
    } else if (isRegExp(value)) {
      base = RegExpPrototypeToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, "RegExp");
      if (prefix !== "RegExp ") base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, "regexp");
      }
    } else if (isDate(value)) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ? DatePrototypeToString(value) : DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, "Date");
      if (prefix !== "Date ") base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, "date");
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? "ArrayBuffer" : "SharedArrayBuffer";
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix + `{ byteLength: ${formatNumber(ctx.stylize, value.byteLength)} }`;
      }
      braces[0] = `${prefix}{`;
      ArrayPrototypeUnshift(keys, "byteLength");
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, "DataView")}{`;
      ArrayPrototypeUnshift(keys, "byteLength", "byteOffset", "buffer");
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, "Promise")}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, "WeakSet")}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, "WeakMap")}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, "Module")}{`;
      const nsKeys = keys;
      formatter = (ctx, value, recurseTimes) => formatNamespaceObject(nsKeys, ctx, value, recurseTimes);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getPrefix(constructor, tag, "Object")}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, "Object")}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = StringPrototypeSlice(getPrefix(constructor, tag, "Object"), 0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, "special");
  }
  recurseTimes += 1;

  ArrayPrototypePush(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) ArrayPrototypePush(output, protoProps[i]);
    }
  } catch (err) {
    // Whatever went wrong below (a throwing custom inspect function, a revoked proxy, a
    // stack overflow) replaces this object's output. Like Deno, the state the failed
    // formatting leaves behind (ctx.seen, ctx.indentationLvl) is not repaired.
    return ctx.stylize(`[Internal Formatting Error] ${describeThrown(err)}`, "internalError");
  }

  if (ctx.circular !== undefined) {
    const index = MapPrototypeGet(ctx.circular, value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, "special");
      if (ctx.compact !== true) base = base === "" ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ArrayPrototypePop(ctx.seen);

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArrayPrototypeSort(output, comparator);
    } else if (keys.length > 1) {
      const sorted = ArrayPrototypeSort(ArrayPrototypeSlice(output, output.length - keys.length), comparator);
      ArrayPrototypeSplice(output, output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function describeThrown(err) {
  let stack;
  try {
    stack = err?.stack;
  } catch {
    stack = undefined;
  }
  if (stack && typeof stack === "string") {
    return StringPrototypeReplace(stack, /(\n[ \t]+at [^\n]*)\n+$/, "$1");
  }
  try {
    return String(err);
  } catch {
    return "Error";
  }
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== "") tag += "] [";
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, "}"];
}

function getFunctionBase(value, constructor, tag) {
  let stringified = "";
  try {
    stringified = FunctionPrototypeToString(value);
  } catch {
    // ignore
  }
  if (StringPrototypeStartsWith(stringified, "class") && StringPrototypeEndsWith(stringified, "}")) {
    const slice = StringPrototypeSlice(stringified, 5, -1);
    const bracketIndex = StringPrototypeIndexOf(slice, "{");
    if (
      bracketIndex !== -1 &&
      (!StringPrototypeIncludes(StringPrototypeSlice(slice, 0, bracketIndex), "(") ||
        RegExpPrototypeExec(/^\s*(?:[\w$]+\s*)?extends\s/, slice) !== null ||
        RegExpPrototypeExec(/^\s*[\w$]*\s*\{/, slice) !== null)
    ) {
      return getClassBase(value, constructor, tag);
    }
  }
  const kind = functionKind(value);
  const type = `${kind}Function`;
  let base = `[${type}`;
  if (constructor === null) base += " (null prototype)";
  let name;
  try {
    name = value.name;
  } catch {
    name = "";
  }
  if (name === "") base += " (anonymous)";
  else base += `: ${typeof name === "string" ? name : safeString(name)}`;
  base += "]";
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function safeString(value) {
  try {
    return String(value);
  } catch {
    return typeof value === "symbol" ? SymbolPrototypeToString(value) : "";
  }
}

function getClassBase(value, constructor, tag) {
  const hasName = ObjectPrototypeHasOwnProperty(value, "name");
  const name = (hasName && value.name) || "(anonymous)";
  let base = `class ${safeString(name)}`;
  if (constructor !== "Function" && constructor !== null) base += ` [${constructor}]`;
  if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${safeString(superName)}`;
  } else {
    base += " extends [null prototype]";
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let primitive;
  let type;
  if (isNumberObject(value)) {
    primitive = NumberPrototypeValueOf(value);
    type = "Number";
  } else if (isStringObject(value)) {
    primitive = StringPrototypeValueOf(value);
    type = "String";
    // Drop the index keys of the characters.
    ArrayPrototypeSplice(keys, 0, primitive.length);
  } else if (isBooleanObject(value)) {
    primitive = BooleanPrototypeValueOf(value);
    type = "Boolean";
  } else if (isBigIntObject(value)) {
    primitive = BigIntPrototypeValueOf(value);
    type = "BigInt";
  } else {
    primitive = SymbolPrototypeValueOf(value);
    type = "Symbol";
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) base += " (null prototype)";
    else base += ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== "" && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(type));
}

// ---------------------------------------------------------------------------------------
// Errors.

function errorToString(err) {
  try {
    return ErrorPrototypeToString(err);
  } catch {
    return "Error";
  }
}

function getStackString(ctx, err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  }
  if (stack) {
    if (typeof stack !== "string") {
      // Shown below the error's own description, laid out as Deno does it.
      const formatted = formatValue(ctx, stack, NaN);
      return `${errorToString(err)}\n${StringPrototypeReplace(formatted, /^/gm, "    ")}`;
    }
    // QuickJS ends the frame list with a newline, and some builds leave out the header
    // line V8 puts first: make such stacks look like V8's.
    if (StringPrototypeEndsWith(stack, "\n") && RegExpPrototypeTest(/(?:^|\n)[ \t]+at [^\n]*\n+$/, stack)) {
      while (StringPrototypeEndsWith(stack, "\n")) stack = StringPrototypeSlice(stack, 0, -1);
    }
    if (RegExpPrototypeTest(/^[ \t]+at /, stack)) stack = `${errorToString(err)}\n${stack}`;
    return stack;
  }
  return errorToString(err);
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ["name", "message", "stack"]) {
      const index = ArrayPrototypeIndexOf(keys, name);
      if (index === -1) continue;
      let included = false;
      try {
        let text = String(err[name]);
        if (name === "stack") text = StringPrototypeReplace(text, /\n+$/, "");
        included = StringPrototypeIncludes(stack, text);
      } catch {
        included = false;
      }
      if (included) ArrayPrototypeSplice(keys, index, 1);
    }
  }
}

function nameToString(name) {
  if (typeof name === "symbol") return "";
  try {
    return `${name}`;
  } catch {
    return "";
  }
}

function improveStack(stack, constructor, name, tag) {
  let len;
  try {
    len = name.length;
  } catch {
    len = undefined;
  }
  const nameStr = nameToString(name);
  if (typeof name !== "string") {
    // A name that is not a string: mark it with the kind of error it is on.
    const kind = StringPrototypeSlice(getPrefix(constructor, tag, "Error"), 0, -1);
    stack = StringPrototypeReplace(stack, nameStr, `${nameStr} [${kind}]`);
  }
  if (
    constructor === null ||
    (typeof name !== "symbol" &&
      StringPrototypeEndsWith(nameStr, "Error") &&
      StringPrototypeStartsWith(stack, nameStr) &&
      (stack.length === len || stack[len] === ":" || stack[len] === "\n"))
  ) {
    let fallback = "Error";
    if (constructor === null) {
      const start = RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/, stack) ||
        RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
      fallback = (start && start[1]) || "";
      len = fallback.length;
      fallback = fallback || "Error";
    }
    const prototype = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prototype) {
      if (StringPrototypeIncludes(prototype, nameStr)) {
        if (len === 0) stack = `${prototype}: ${stack}`;
        else stack = `${prototype}${StringPrototypeSlice(stack, len)}`;
      } else {
        stack = `${prototype} [${nameStr}]${StringPrototypeSlice(stack, len)}`;
      }
    }
  }
  return stack;
}

function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = StringPrototypeSplit(stack, "\n");
  let cause;
  try {
    cause = err.cause;
  } catch {
    cause = undefined;
  }
  // Frames the cause shares with the error are shown once.
  if (cause != null && typeof cause === "object" && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStackStart = StringPrototypeIndexOf(causeStack, "\n    at");
    if (causeStackStart !== -1) {
      const causeFrames = StringPrototypeSplit(StringPrototypeSlice(causeStack, causeStackStart + 1), "\n");
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        ArrayPrototypeSplice(frames, offset + 1, skipped, ctx.stylize(msg, "undefined"));
      }
    }
  }
  return frames;
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)(?:node|ext):.+:\d+:\d+\)?$/;
const nodeModulesRegExp = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

function markNodeModules(ctx, line) {
  let tempLine = "";
  let pos = 0;
  nodeModulesRegExp.lastIndex = 0;
  let match;
  while ((match = RegExpPrototypeExec(nodeModulesRegExp, line)) !== null) {
    tempLine += StringPrototypeSlice(line, pos, match.index + 14);
    tempLine += ctx.stylize(match[1], "module");
    pos = match.index + match[0].length;
  }
  if (pos !== 0) line = tempLine + StringPrototypeSlice(line, pos);
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = StringPrototypeIndexOf(line, workingDirectory);
  let tempLine = "";
  let cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (StringPrototypeSlice(line, cwdStartPos - 7, cwdStartPos) === "file://") {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    const start = line[cwdStartPos - 1] === "(" ? cwdStartPos - 1 : cwdStartPos;
    const end = start !== cwdStartPos && StringPrototypeEndsWith(line, ")") ? -1 : line.length;
    const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    const cwdSlice = StringPrototypeSlice(line, start, workingDirectoryEndPos);
    tempLine += StringPrototypeSlice(line, 0, start);
    tempLine += ctx.stylize(cwdSlice, "undefined");
    tempLine += StringPrototypeSlice(line, workingDirectoryEndPos, end);
    if (end === -1) tempLine += ctx.stylize(")", "undefined");
  } else {
    tempLine += line;
  }
  return tempLine;
}

function getCwd() {
  if (hasInternal("getCwd")) {
    const cwd = callInternal("getCwd");
    return typeof cwd === "string" ? cwd : undefined;
  }
  try {
    const deno = globalThis.Deno;
    if (deno && typeof deno.cwd === "function") return deno.cwd();
  } catch {
    // no permission or no Deno namespace
  }
  return undefined;
}

function pathToFileUrlHref(path) {
  let p = StringPrototypeReplace(path, /\\/g, "/");
  if (!StringPrototypeStartsWith(p, "/")) p = `/${p}`;
  p = StringPrototypeReplace(p, /[%\n\r\t #?]/g, (ch) => `%${hex2(StringPrototypeCharCodeAt(ch, 0), true)}`);
  return `file://${p}`;
}

function formatError(err, constructor, tag, ctx, keys) {
  let name;
  try {
    name = err.name;
  } catch {
    name = undefined;
  }
  if (name == null) name = "Error";
  let stack = getStackString(ctx, err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);

  let hasCause = false;
  try {
    hasCause = "cause" in err;
  } catch {
    hasCause = false;
  }
  if (hasCause && (keys.length === 0 || !ArrayPrototypeIncludes(keys, "cause"))) {
    ArrayPrototypePush(keys, "cause");
  }
  let errors;
  try {
    errors = err.errors;
  } catch {
    errors = undefined;
  }
  if (ArrayIsArray(errors) && (keys.length === 0 || !ArrayPrototypeIncludes(keys, "errors"))) {
    ArrayPrototypePush(keys, "errors");
  }

  stack = improveStack(stack, constructor, name, tag);

  let message;
  try {
    message = err.message;
  } catch {
    message = undefined;
  }
  let pos = -1;
  if (message && typeof message === "string") {
    pos = StringPrototypeIndexOf(stack, message) || -1;
    if (pos !== -1) pos += message.length;
  }
  const stackStart = StringPrototypeIndexOf(stack, "\n    at", pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = StringPrototypeSlice(stack, 0, stackStart);
    const lines = getStackFrames(ctx, err, StringPrototypeSlice(stack, stackStart + 1));
    if (ctx.colors) {
      const workingDirectory = getCwd();
      let esmWorkingDirectory;
      for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (RegExpPrototypeTest(coreModuleRegExp, line)) {
          newStack += `\n${ctx.stylize(line, "undefined")}`;
          continue;
        }
        newStack += "\n";
        line = markNodeModules(ctx, line);
        if (workingDirectory !== undefined) {
          let newLine = markCwd(ctx, line, workingDirectory);
          if (newLine === line) {
            esmWorkingDirectory ??= pathToFileUrlHref(workingDirectory);
            newLine = markCwd(ctx, line, esmWorkingDirectory);
          }
          line = newLine;
        }
        newStack += line;
      }
    } else {
      newStack += `\n${ArrayPrototypeJoin(lines, "\n")}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = StringPrototypeReplace(stack, /\n/g, `\n${StringPrototypeRepeat(" ", ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------------------
// Formatters for the entries of the various kinds of objects.

function getEmptyFormatArray() {
  return [];
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? "s" : ""}`;
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!ObjectPrototypeHasOwnProperty(value, i)) {
      return formatArrayWithHoles(ctx, value, recurseTimes, len, output, i);
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  return output;
}

// Arrays with holes: runs of missing entries are shown as `<N empty items>`.
function formatArrayWithHoles(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!isArrayIndexKey(key)) break;
      const emptyItems = tmp - index;
      const ending = emptyItems > 1 ? "s" : "";
      ArrayPrototypePush(output, ctx.stylize(`<${emptyItems} empty item${ending}>`, "undefined"));
      index = tmp;
      if (output.length === maxLength) break;
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      const ending = remaining > 1 ? "s" : "";
      ArrayPrototypePush(output, ctx.stylize(`<${remaining} empty item${ending}>`, "undefined"));
    }
  } else if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = TypedArrayPrototypeGetLength(value);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  if (maxLength > 0) {
    const isNumber = typeof value[0] === "number";
    for (let i = 0; i < maxLength; ++i) {
      const element = value[i];
      ArrayPrototypePush(
        output,
        isNumber ? formatNumber(ctx.stylize, element) : formatBigInt(ctx.stylize, element),
      );
    }
  }
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"]) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      ArrayPrototypePush(output, `[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const length = SetPrototypeGetSize(value);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const iterator = SetPrototypeValues(value);
  for (let i = 0; i < maxLength; i++) {
    const step = SetIteratorPrototypeNext(iterator);
    if (step.done) break;
    ArrayPrototypePush(output, formatValue(ctx, step.value, recurseTimes));
  }
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const length = MapPrototypeGetSize(value);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const iterator = MapPrototypeEntries(value);
  for (let i = 0; i < maxLength; i++) {
    const step = MapIteratorPrototypeNext(iterator);
    if (step.done) break;
    const k = formatValue(ctx, step.value[0], recurseTimes);
    const v = formatValue(ctx, step.value[1], recurseTimes);
    ArrayPrototypePush(output, `${k} => ${v}`);
  }
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatArrayBuffer(ctx, value) {
  let buffer;
  try {
    buffer = new Uint8ArrayCtor(value);
  } catch {
    return [ctx.stylize("(detached)", "special")];
  }
  const shown = MathMin(MathMax(0, ctx.maxArrayLength), buffer.length);
  let str = "";
  for (let i = 0; i < shown; i++) {
    if (i > 0) str += " ";
    str += hex2(buffer[i], false);
  }
  const remaining = buffer.length - shown;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
  return [`${ctx.stylize("[Uint8Contents]", "special")}: <${str}>`];
}

function formatPromise(ctx, value, recurseTimes) {
  let details;
  if (hasInternal("getPromiseDetails")) details = callInternal("getPromiseDetails", value);
  if (!ArrayIsArray(details)) return [ctx.stylize("<unknown>", "special")];
  const state = details[0];
  if (state === kPending) return [ctx.stylize("<pending>", "special")];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === kRejected ? `${ctx.stylize("<rejected>", "special")} ${str}` : str];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize("<items unknown>", "special")];
}

// previewEntries(iterator, true) -> [entries, isKeyValue]; previewEntries(weakCollection, false)
// -> entries (flat [key, value, ...] for a WeakMap). undefined when the runtime cannot tell.
function previewEntries(value, isIterator) {
  if (!hasInternal("previewEntries")) return undefined;
  const result = callInternal("previewEntries", value, isIterator);
  if (!ArrayIsArray(result)) return undefined;
  if (isIterator) {
    if (result.length === 2 && ArrayIsArray(result[0])) return result;
    return undefined;
  }
  return [result, undefined];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const preview = previewEntries(value, false);
  if (preview === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, preview[0], true);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const preview = previewEntries(value, false);
  if (preview === undefined) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, preview[0], true);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = previewEntries(value, true);
  if (preview === undefined) return formatWeakCollection(ctx);
  const entries = preview[0];
  if (preview[1]) {
    braces[0] = StringPrototypeReplace(braces[0], / Iterator] {$/, " Entries] {");
    return formatMapIterInner(ctx, recurseTimes, entries, false);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, false);
}

function formatSetIterInner(ctx, recurseTimes, entries, weak) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) ArrayPrototypePush(output, formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) ArrayPrototypeSort(output);
  const remaining = entries.length - maxLength;
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, weak) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = [];
  ctx.indentationLvl += 2;
  if (weak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      ArrayPrototypePush(
        output,
        `${formatValue(ctx, entries[pos], recurseTimes)} => ${formatValue(ctx, entries[pos + 1], recurseTimes)}`,
      );
    }
    if (!ctx.sorted) ArrayPrototypeSort(output);
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const res = [formatValue(ctx, entries[pos], recurseTimes), formatValue(ctx, entries[pos + 1], recurseTimes)];
      ArrayPrototypePush(output, reduceToSingleString(ctx, res, "", ["[", "]"], kArrayExtrasType, recurseTimes));
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  return output;
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = [];
  for (let i = 0; i < keys.length; i++) {
    try {
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, keys[i], kObjectType));
    } catch {
      // A binding still in its temporal dead zone.
      const tmp = { [keys[i]]: "" };
      let line = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = StringPrototypeLastIndexOf(line, " ");
      line = StringPrototypeSlice(line, 0, pos + 1) + ctx.stylize("<uninitialized>", "special");
      ArrayPrototypePush(output, line);
    }
  }
  // The keys are done: formatRaw must not list them again.
  keys.length = 0;
  return output;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = " ";
  desc = desc || getOwnDesc(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${StringPrototypeRepeat(" ", ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? "Getter/Setter" : "Getter";
    const s = ctx.stylize;
    const sp = "special";
    if (
      ctx.getters && (ctx.getters === true ||
        (ctx.getters === "get" && desc.set === undefined) ||
        (ctx.getters === "set" && desc.set !== undefined))
    ) {
      let tmp;
      let threw = false;
      try {
        tmp = ReflectApply(desc.get, original, []);
      } catch (err) {
        threw = true;
        let msg;
        try {
          msg = err?.message;
        } catch {
          msg = undefined;
        }
        str = `${s(`[${label}:`, sp)} <Inspection threw (${msg})>${s("]", sp)}`;
      }
      if (!threw) {
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s("null", "null")}${s("]", sp)}`;
        } else if (typeof tmp === "object") {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s("]", sp)}`;
        }
        ctx.indentationLvl -= 2;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize("[Setter]", "special");
  } else {
    str = ctx.stylize("undefined", "undefined");
  }
  if (type === kArrayType) return str;
  if (typeof key === "symbol") {
    name = ctx.stylize(escapeKey(SymbolPrototypeToString(key)), "symbol");
  } else if (key === "__proto__") {
    return `['__proto__']:${extra}${str}`;
  } else if (RegExpPrototypeTest(keyStrRegExp, key)) {
    name = ctx.stylize(key, "name");
  } else {
    name = ctx.stylize(quoteString(key, ctx), "string");
  }
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------------------
// Layout.

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? stripAnsi(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === "" || !StringPrototypeIncludes(base, "\n");
}

// Many short array entries are laid out in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // The "... more items" entry does not take part.
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (
    actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
    (totalLength / actualMax > 5 || maxLength <= 6)
  ) {
    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      ArrayPrototypePush(maxLineLength, lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        const v = value[i];
        if (typeof v !== "number" && typeof v !== "bigint") {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let str = "";
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart
          ? StringPrototypePadStart(`${output[j]}, `, padding, " ")
          : StringPrototypePadEnd(`${output[j]}, `, padding, " ");
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += StringPrototypePadStart(output[j], padding, " ");
      } else {
        str += output[j];
      }
      ArrayPrototypePush(tmp, str);
    }
    if (ctx.maxArrayLength < output.length) ArrayPrototypePush(tmp, output[outputLength]);
    output = tmp;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === "number" && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = ArrayPrototypeJoin(output, ", ");
          if (!StringPrototypeIncludes(joinedOutput, "\n")) {
            return `${base ? `${base} ` : ""}${braces[0]} ${joinedOutput}` + ` ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${StringPrototypeRepeat(" ", ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${ArrayPrototypeJoin(output, `,${indentation}  `)}${
      ctx.trailingComma ? "," : ""
    }${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ""} ${ArrayPrototypeJoin(output, ", ")} ` + braces[1];
  }
  const indentation = StringPrototypeRepeat(" ", ctx.indentationLvl);
  const ln = base === "" && braces[0].length === 1 ? " " : `${base ? ` ${base}` : ""}\n${indentation}  `;
  return `${braces[0]}${ln}${ArrayPrototypeJoin(output, `,\n${indentation}  `)} ${braces[1]}`;
}
