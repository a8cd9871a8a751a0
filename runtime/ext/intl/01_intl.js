// `Intl.NumberFormat`, `Intl.PluralRules`, `Intl.getCanonicalLocales` and the `toLocaleString` of numbers
// and BigInts (ECMA-402), installed on the engine's `Intl` object by `99_main.js`. Options are read in the order and with the checks the spec
// gives (getters run in that order, bad values throw the spec's RangeError/TypeError);
// locale data and formatting are the Rust ops' (ICU4X). Styles and notations other than
// `decimal`/`standard` are refused with a RangeError rather than formatted wrongly.
import { primordials } from "ext:core/mod.js";
import {
  op_intl_canonicalize_locales,
  op_intl_format_number,
  op_intl_plural_categories,
  op_intl_plural_select,
} from "ext:core/ops";

const {
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  BigIntPrototypeToString,
  BigIntPrototypeValueOf,
  MathFloor,
  MathMax,
  MathMin,
  Number,
  NumberIsNaN,
  NumberPrototypeValueOf,
  ObjectCreate,
  ObjectDefineProperties,
  ObjectGetOwnPropertyDescriptors,
  ObjectDefineProperty,
  RangeError,
  RegExpPrototypeTest,
  String,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  Symbol,
  SymbolToStringTag,
  TypeError,
} = primordials;

/** ECMA-402 CanonicalizeLocaleList: a string, or an array-like of strings. */
function canonicalizeLocaleList(locales, withDefault) {
  const list = [];
  if (locales === undefined) {
    // nothing requested
  } else if (typeof locales === "string") {
    ArrayPrototypePush(list, locales);
  } else {
    if (locales === null) throw new TypeError("Cannot convert null to an object");
    const object = Object(locales);
    const length = toLength(object.length);
    for (let k = 0; k < length; k++) {
      if (!(k in object)) continue;
      const value = object[k];
      if (typeof value !== "string" && (typeof value !== "object" || value === null)) {
        throw new TypeError(`Locale must be a string or an object, got ${typeof value}`);
      }
      ArrayPrototypePush(list, String(value));
    }
  }
  return op_intl_canonicalize_locales(list, withDefault);
}

function toLength(value) {
  const number = Number(value);
  if (NumberIsNaN(number) || number <= 0) return 0;
  return MathMin(MathFloor(number), 2 ** 53 - 1);
}

function coerceOptions(options) {
  if (options === undefined) return ObjectCreate(null);
  if (options === null) throw new TypeError("Cannot convert null to an object");
  return Object(options);
}

/** ECMA-402 GetOption for strings. */
function getStringOption(options, property, values, fallback) {
  const value = options[property];
  if (value === undefined) return fallback;
  const string = String(value);
  if (values !== undefined && !ArrayPrototypeIncludes(values, string)) {
    throw new RangeError(`Value ${string} out of range for Intl options property ${property}`);
  }
  return string;
}

/** ECMA-402 DefaultNumberOption. */
function defaultNumberOption(value, minimum, maximum, fallback, property) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (NumberIsNaN(number) || number < minimum || number > maximum) {
    throw new RangeError(`${property} value is out of range.`);
  }
  return MathFloor(number);
}

function getNumberOption(options, property, minimum, maximum, fallback) {
  return defaultNumberOption(options[property], minimum, maximum, fallback, property);
}

const unsupported = (what) =>
  new RangeError(`Intl: ${what} is not supported by x (only decimal numbers in standard notation are)`);

const ROUNDING_MODES = [
  "ceil",
  "floor",
  "expand",
  "trunc",
  "halfCeil",
  "halfFloor",
  "halfExpand",
  "halfTrunc",
  "halfEven",
];

/**
 * ECMA-402 SetNumberFormatDigitOptions for standard notation, with the defaults of the
 * decimal style and of PluralRules (0 and 3 fraction digits): which digits decide the
 * rounding, and how. Options x cannot honour throw a RangeError naming them.
 */
function setDigitOptions(options) {
  const minimumIntegerDigits = getNumberOption(options, "minimumIntegerDigits", 1, 21, 1);
  let mnfd = options.minimumFractionDigits;
  let mxfd = options.maximumFractionDigits;
  let mnsd = options.minimumSignificantDigits;
  let mxsd = options.maximumSignificantDigits;
  const roundingIncrement = getNumberOption(options, "roundingIncrement", 1, 5000, 1);
  const roundingMode = getStringOption(options, "roundingMode", ROUNDING_MODES, "halfExpand");
  const roundingPriority = getStringOption(options, "roundingPriority", ["auto", "morePrecision", "lessPrecision"], "auto");
  const trailingZeroDisplay = getStringOption(options, "trailingZeroDisplay", ["auto", "stripIfInteger"], "auto");
  if (roundingIncrement !== 1) throw unsupported(`roundingIncrement ${roundingIncrement}`);
  if (roundingPriority !== "auto") throw unsupported(`roundingPriority "${roundingPriority}"`);
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  let significantDigits = null;
  if (hasSd) {
    mnsd = defaultNumberOption(mnsd, 1, 21, 1, "minimumSignificantDigits");
    mxsd = defaultNumberOption(mxsd, mnsd, 21, 21, "maximumSignificantDigits");
    significantDigits = [mnsd, mxsd];
    mnfd = undefined;
    mxfd = undefined;
  } else if (hasFd) {
    mnfd = defaultNumberOption(mnfd, 0, 100, undefined, "minimumFractionDigits");
    mxfd = defaultNumberOption(mxfd, 0, 100, undefined, "maximumFractionDigits");
    if (mnfd === undefined) mnfd = MathMin(0, mxfd);
    else if (mxfd === undefined) mxfd = MathMax(3, mnfd);
    else if (mnfd > mxfd) throw new RangeError("maximumFractionDigits value is out of range.");
  } else {
    mnfd = 0;
    mxfd = 3;
  }
  return {
    minimumIntegerDigits,
    minimumFractionDigits: mnfd,
    maximumFractionDigits: mxfd,
    significantDigits,
    roundingMode,
    trailingZeroDisplay,
  };
}

/** The digit part of `resolvedOptions()`, in the spec's order. */
function resolvedDigitOptions(out, resolved) {
  out.minimumIntegerDigits = resolved.minimumIntegerDigits;
  if (resolved.significantDigits !== null) {
    out.minimumSignificantDigits = resolved.significantDigits[0];
    out.maximumSignificantDigits = resolved.significantDigits[1];
  } else {
    out.minimumFractionDigits = resolved.minimumFractionDigits;
    out.maximumFractionDigits = resolved.maximumFractionDigits;
  }
}

/** The rounding part of `resolvedOptions()`. */
function resolvedRoundingOptions(out, resolved) {
  out.roundingIncrement = 1;
  out.roundingMode = resolved.roundingMode;
  out.roundingPriority = "auto";
  out.trailingZeroDisplay = resolved.trailingZeroDisplay;
}

/** `supportedLocalesOf` of both services: ICU4X's data falls back from any valid
 * locale to its parent, so every requested one is served. */
function supportedLocalesOf(locales, options = undefined) {
  options = coerceOptions(options);
  getStringOption(options, "localeMatcher", ["lookup", "best fit"], "best fit");
  return canonicalizeLocaleList(locales, false);
}

/** The resolved state of an `Intl.NumberFormat`. */
const resolvedSlot = Symbol("[[resolved]]");
const boundFormatSlot = Symbol("[[boundFormat]]");
/** The resolved state of an `Intl.PluralRules`. */
const pluralSlot = Symbol("[[pluralRules]]");

/**
 * `Intl.NumberFormat` (ECMA-402 section 16). A function rather than a class: the spec
 * lets it be called without `new` (`Intl.NumberFormat("de").format(n)` is common).
 */
function NumberFormat(locales = undefined, options = undefined) {
  const self = ObjectCreate((new.target ?? NumberFormat).prototype);
  const requested = canonicalizeLocaleList(locales, true);
  options = coerceOptions(options);
  getStringOption(options, "localeMatcher", ["lookup", "best fit"], "best fit");
  const numberingSystem = getStringOption(options, "numberingSystem", undefined, undefined);
  if (numberingSystem !== undefined && !RegExpPrototypeTest(/^[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*$/, numberingSystem)) {
    throw new RangeError(`Invalid numberingSystem: ${numberingSystem}`);
  }
  let locale = requested[0];
  if (numberingSystem !== undefined && !StringPrototypeIncludes(locale, "-u-")) {
    locale = `${locale}-u-nu-${numberingSystem}`;
  }

  const style = getStringOption(options, "style", ["decimal", "percent", "currency", "unit"], "decimal");
  const currency = getStringOption(options, "currency", undefined, undefined);
  getStringOption(options, "currencyDisplay", ["code", "symbol", "narrowSymbol", "name"], "symbol");
  getStringOption(options, "currencySign", ["standard", "accounting"], "standard");
  getStringOption(options, "unit", undefined, undefined);
  getStringOption(options, "unitDisplay", ["short", "narrow", "long"], "short");
  if (style === "currency" && currency === undefined) {
    throw new TypeError("Currency code is required with currency style.");
  }
  if (style !== "decimal") throw unsupported(`style "${style}"`);
  const notation = getStringOption(options, "notation", ["standard", "scientific", "engineering", "compact"], "standard");

  const digits = setDigitOptions(options);
  getStringOption(options, "compactDisplay", ["short", "long"], "short");
  const useGrouping = getUseGrouping(options);
  const signDisplay = getStringOption(options, "signDisplay", ["auto", "never", "always", "exceptZero", "negative"], "auto");
  if (notation !== "standard") throw unsupported(`notation "${notation}"`);

  self[resolvedSlot] = {
    locale,
    numberingSystem: numberingSystemOf(locale),
    ...digits,
    useGrouping,
    signDisplay,
  };
  return self;
}

class NumberFormatMethods {
  /** A function bound to this formatter, as the spec's `format` getter gives. */
  get format() {
    const resolved = this[resolvedSlot];
    if (resolved === undefined) throw new TypeError("Method get Intl.NumberFormat.prototype.format called on incompatible receiver");
    let bound = this[boundFormatSlot];
    if (bound === undefined) {
      bound = (value) => formatNumber(resolved, value);
      ObjectDefineProperty(bound, "name", { value: "" });
      this[boundFormatSlot] = bound;
    }
    return bound;
  }

  resolvedOptions() {
    const resolved = this[resolvedSlot];
    if (resolved === undefined) throw new TypeError("Method Intl.NumberFormat.prototype.resolvedOptions called on incompatible receiver");
    const out = {
      locale: resolved.locale,
      numberingSystem: resolved.numberingSystem,
      style: "decimal",
    };
    resolvedDigitOptions(out, resolved);
    out.useGrouping = resolved.useGrouping === "false" ? false : resolved.useGrouping;
    out.notation = "standard";
    out.signDisplay = resolved.signDisplay;
    resolvedRoundingOptions(out, resolved);
    return out;
  }
}
ObjectDefineProperties(NumberFormat.prototype, ObjectGetOwnPropertyDescriptors(NumberFormatMethods.prototype));
ObjectDefineProperty(NumberFormat.prototype, "constructor", {
  value: NumberFormat,
  writable: true,
  configurable: true,
});
ObjectDefineProperty(NumberFormat, "supportedLocalesOf", {
  value: supportedLocalesOf,
  writable: true,
  configurable: true,
});

ObjectDefineProperty(NumberFormat.prototype, SymbolToStringTag, {
  value: "Intl.NumberFormat",
  configurable: true,
});

/** `Intl.PluralRules` (ECMA-402 section 17): CLDR plural categories from ICU4X. */
class PluralRules {
  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales, true);
    options = coerceOptions(options);
    getStringOption(options, "localeMatcher", ["lookup", "best fit"], "best fit");
    const type = getStringOption(options, "type", ["cardinal", "ordinal"], "cardinal");
    const notation = getStringOption(options, "notation", ["standard", "scientific", "engineering", "compact"], "standard");
    if (notation !== "standard") throw unsupported(`notation "${notation}"`);
    const digits = setDigitOptions(options);
    this[pluralSlot] = { locale: requested[0], type, ...digits };
  }

  select(value) {
    const resolved = pluralRulesOf(this, "select");
    return op_intl_plural_select(resolved.locale, resolved.type === "ordinal", resolved, Number(value));
  }

  resolvedOptions() {
    const resolved = pluralRulesOf(this, "resolvedOptions");
    const out = { locale: resolved.locale, type: resolved.type, notation: "standard" };
    resolvedDigitOptions(out, resolved);
    out.pluralCategories = op_intl_plural_categories(resolved.locale, resolved.type === "ordinal");
    resolvedRoundingOptions(out, resolved);
    return out;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options);
  }
}

function pluralRulesOf(receiver, method) {
  const resolved = receiver?.[pluralSlot];
  if (resolved === undefined) {
    throw new TypeError(`Method Intl.PluralRules.prototype.${method} called on incompatible receiver`);
  }
  return resolved;
}

ObjectDefineProperty(PluralRules.prototype, SymbolToStringTag, {
  value: "Intl.PluralRules",
  configurable: true,
});

/** ECMA-402 GetBooleanOrStringNumberFormatOption for `useGrouping`. */
function getUseGrouping(options) {
  const value = options.useGrouping;
  if (value === undefined) return "auto";
  if (value === true) return "always";
  if (!value) return "false";
  const string = String(value);
  if (string === "true" || string === "false") return "auto";
  if (!ArrayPrototypeIncludes(["min2", "auto", "always"], string)) {
    throw new RangeError(`Value ${string} out of range for Intl.NumberFormat options property useGrouping`);
  }
  return string;
}

function numberingSystemOf(locale) {
  const at = StringPrototypeIndexOf(locale, "-nu-");
  if (at === -1) return "latn";
  const rest = StringPrototypeSlice(locale, at + 4);
  const end = StringPrototypeIndexOf(rest, "-");
  return end === -1 ? rest : StringPrototypeSlice(rest, 0, end);
}

/** Formats a Number or BigInt (anything else is converted with ToNumber). */
function formatNumber(resolved, value) {
  if (typeof value === "bigint") {
    return op_intl_format_number(resolved.locale, resolved, 0, BigIntPrototypeToString(value));
  }
  return op_intl_format_number(resolved.locale, resolved, Number(value), "");
}

/** `Intl.getCanonicalLocales`. */
function getCanonicalLocales(locales) {
  return canonicalizeLocaleList(locales, false);
}

// `toLocaleString()` with no arguments is by far the common call: one formatter for it.
let defaultFormat;

/** `Number.prototype.toLocaleString` (ECMA-402, section 19.2.1). */
function numberToLocaleString(receiver, locales, options) {
  const value = NumberPrototypeValueOf(receiver);
  if (locales === undefined && options === undefined) {
    defaultFormat ??= new NumberFormat();
    return formatNumber(defaultFormat[resolvedSlot], value);
  }
  return formatNumber(new NumberFormat(locales, options)[resolvedSlot], value);
}

/** `BigInt.prototype.toLocaleString`. */
function bigintToLocaleString(receiver, locales, options) {
  const value = BigIntPrototypeValueOf(receiver);
  return formatNumber(new NumberFormat(locales, options)[resolvedSlot], value);
}

export { bigintToLocaleString, getCanonicalLocales, NumberFormat, numberToLocaleString, PluralRules };
