// `Intl.NumberFormat`, `Intl.PluralRules`, `Intl.getCanonicalLocales` and the `toLocaleString` of numbers
// and BigInts (ECMA-402), installed on the engine's `Intl` object by `99_main.js`. Options are read in the order and with the checks the spec
// gives (getters run in that order, bad values throw the spec's RangeError/TypeError);
// locale data and formatting are the Rust ops' (ICU4X). Styles and notations other than
// `decimal`/`standard` are refused with a RangeError rather than formatted wrongly.
import { primordials } from "ext:core/mod.js";
import {
  op_intl_canonicalize_locales,
  op_intl_datetime_format,
  op_intl_datetime_format_range,
  op_intl_datetime_format_range_to_parts,
  op_intl_datetime_format_to_parts,
  op_intl_datetime_resolve,
  op_intl_collator_compare,
  op_intl_collator_open,
  op_intl_list_format,
  op_intl_locale_expand,
  op_intl_relative_time_format,
  op_intl_segment,
  op_intl_resolve_time_zone,
  op_intl_display_name,
  op_intl_format_number,
  op_intl_format_number_to_parts,
  op_intl_plural_categories,
  op_intl_plural_select,
} from "ext:core/ops";

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  DateNow,
  DatePrototypeGetTime,
  MathAbs,
  BigIntPrototypeToString,
  BigIntPrototypeValueOf,
  MathFloor,
  MathMax,
  MathMin,
  Number,
  NumberIsFinite,
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
  StringPrototypeSplit,
  StringPrototypeEndsWith,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
  SymbolIterator,
  ArrayPrototypeSlice,
  ArrayPrototypeFindIndex,
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

const unsupported = (what) => new RangeError(`Intl: ${what} is not supported by x`);

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
function setDigitOptions(options, mnfdDefault = 0, mxfdDefault = 3, notation = "standard") {
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
    if (mnfd === undefined) mnfd = MathMin(mnfdDefault, mxfd);
    else if (mxfd === undefined) mxfd = MathMax(mxfdDefault, mnfd);
    else if (mnfd > mxfd) throw new RangeError("maximumFractionDigits value is out of range.");
  } else {
    mnfd = mnfdDefault;
    mxfd = mxfdDefault;
  }
  return {
    minimumIntegerDigits,
    minimumFractionDigits: mnfd,
    maximumFractionDigits: mxfd,
    significantDigits,
    roundingMode,
    trailingZeroDisplay,
    // Compact notation with no digit options rounds the compact way (ECMA-402: 0 fraction
    // digits, or 1-2 significant digits, whichever is more precise): the formatter's own.
    compactRounding: notation === "compact" && !hasSd && !hasFd,
  };
}

/** The digit part of `resolvedOptions()`, in the spec's order. */
function resolvedDigitOptions(out, resolved) {
  out.minimumIntegerDigits = resolved.minimumIntegerDigits;
  if (resolved.compactRounding) {
    out.minimumFractionDigits = 0;
    out.maximumFractionDigits = 0;
    out.minimumSignificantDigits = 1;
    out.maximumSignificantDigits = 2;
  } else if (resolved.significantDigits !== null) {
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
  out.roundingPriority = resolved.compactRounding ? "morePrecision" : "auto";
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
  let currency = getStringOption(options, "currency", undefined, undefined);
  if (currency !== undefined && !RegExpPrototypeTest(/^[A-Za-z]{3}$/, currency)) {
    throw new RangeError(`Invalid currency code : ${currency}`);
  }
  const currencyDisplay = getStringOption(options, "currencyDisplay", ["code", "symbol", "narrowSymbol", "name"], "symbol");
  const currencySign = getStringOption(options, "currencySign", ["standard", "accounting"], "standard");
  getStringOption(options, "unit", undefined, undefined);
  getStringOption(options, "unitDisplay", ["short", "narrow", "long"], "short");
  if (style === "currency" && currency === undefined) {
    throw new TypeError("Currency code is required with currency style.");
  }
  if (style === "unit") throw unsupported(`style "${style}"`);
  if (currency !== undefined) currency = StringPrototypeToUpperCase(currency);
  const notation = getStringOption(options, "notation", ["standard", "scientific", "engineering", "compact"], "standard");

  // ECMA-402 SetNumberFormatDigitOptions' defaults for the style: a currency's own
  // fraction digits, none for a percentage.
  let mnfdDefault = 0;
  let mxfdDefault = 3;
  if (style === "currency" && notation === "standard") {
    mnfdDefault = mxfdDefault = currencyDigits(currency);
  } else if (style === "percent") {
    mxfdDefault = 0;
  }
  const digits = setDigitOptions(options, mnfdDefault, mxfdDefault, notation);
  const compactDisplay = getStringOption(options, "compactDisplay", ["short", "long"], "short");
  const useGrouping = getUseGrouping(options, notation === "compact" ? "min2" : "auto");
  const signDisplay = getStringOption(options, "signDisplay", ["auto", "never", "always", "exceptZero", "negative"], "auto");
  if (notation !== "standard" && style !== "decimal") throw unsupported(`notation "${notation}" with style "${style}"`);

  self[resolvedSlot] = {
    locale,
    numberingSystem: numberingSystemOf(locale),
    ...digits,
    useGrouping,
    signDisplay,
    style,
    currency: currency ?? "",
    currencyDigits: style === "currency" ? mnfdDefault : 0,
    currencyDisplay,
    currencySign,
    notation,
    compactDisplay,
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

  formatToParts(value) {
    const resolved = this[resolvedSlot];
    if (resolved === undefined) throw new TypeError("Method Intl.NumberFormat.prototype.formatToParts called on incompatible receiver");
    if (typeof value === "bigint") {
      return op_intl_format_number_to_parts(resolved.locale, resolved, 0, BigIntPrototypeToString(value));
    }
    return op_intl_format_number_to_parts(resolved.locale, resolved, Number(value), "");
  }

  resolvedOptions() {
    const resolved = this[resolvedSlot];
    if (resolved === undefined) throw new TypeError("Method Intl.NumberFormat.prototype.resolvedOptions called on incompatible receiver");
    const out = {
      locale: resolved.locale,
      numberingSystem: resolved.numberingSystem,
      style: resolved.style,
    };
    if (resolved.style === "currency") {
      out.currency = resolved.currency;
      out.currencyDisplay = resolved.currencyDisplay;
      out.currencySign = resolved.currencySign;
    }
    resolvedDigitOptions(out, resolved);
    out.useGrouping = resolved.useGrouping === "false" ? false : resolved.useGrouping;
    out.notation = resolved.notation;
    if (resolved.notation === "compact") out.compactDisplay = resolved.compactDisplay;
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
function getUseGrouping(options, fallback = "auto") {
  const value = options.useGrouping;
  if (value === undefined) return fallback;
  if (value === true) return "always";
  if (!value) return "false";
  const string = String(value);
  if (string === "true" || string === "false") return fallback;
  if (!ArrayPrototypeIncludes(["min2", "auto", "always"], string)) {
    throw new RangeError(`Value ${string} out of range for Intl.NumberFormat options property useGrouping`);
  }
  return string;
}

// ISO 4217's minor units of the currencies that do not have two (ECMA-402 CurrencyDigits).
const CURRENCY_DIGITS = {
  __proto__: null,
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0,
  UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

function currencyDigits(currency) {
  return CURRENCY_DIGITS[currency] ?? 2;
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

/** ECMA-402 GetOption for booleans. */
function getBooleanOption(options, property) {
  const value = options[property];
  return value === undefined ? undefined : !!value;
}

/** A Unicode `type` (calendar and numbering system names): 3-8 alphanumerics, dashed. */
function checkUnicodeType(value, property) {
  if (value !== undefined && !RegExpPrototypeTest(/^[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*$/, value)) {
    throw new RangeError(`Invalid ${property}: ${value}`);
  }
}

/** The component options of `Intl.DateTimeFormat`, in the spec's table order. */
const DATE_COMPONENTS = [
  ["weekday", ["narrow", "short", "long"]],
  ["era", ["narrow", "short", "long"]],
  ["year", ["2-digit", "numeric"]],
  ["month", ["2-digit", "numeric", "narrow", "short", "long"]],
  ["day", ["2-digit", "numeric"]],
  ["dayPeriod", ["narrow", "short", "long"]],
  ["hour", ["2-digit", "numeric"]],
  ["minute", ["2-digit", "numeric"]],
  ["second", ["2-digit", "numeric"]],
  ["fractionalSecondDigits", undefined],
  ["timeZoneName", ["short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric"]],
];
const STYLES = ["full", "long", "medium", "short"];
const dateTimeSlot = Symbol("[[dateTimeFormat]]");
const boundDateFormatSlot = Symbol("[[boundDateFormat]]");

/**
 * ECMA-402 CreateDateTimeFormat. `required` and `defaults` are those of the spec's
 * ToDateTimeOptions step: "any"/"all" for the constructor and `toLocaleString`,
 * "date"/"date" and "time"/"time" for `toLocaleDateString`/`toLocaleTimeString`.
 */
function createDateTimeFormat(proto, locales, options, required, defaults) {
  const self = ObjectCreate(proto);
  const requested = canonicalizeLocaleList(locales, true);
  options = coerceOptions(options);
  getStringOption(options, "localeMatcher", ["lookup", "best fit"], "best fit");
  const calendar = getStringOption(options, "calendar", undefined, undefined);
  checkUnicodeType(calendar, "calendar");
  const numberingSystem = getStringOption(options, "numberingSystem", undefined, undefined);
  checkUnicodeType(numberingSystem, "numberingSystem");
  const hour12 = getBooleanOption(options, "hour12");
  let hourCycle = getStringOption(options, "hourCycle", ["h11", "h12", "h23", "h24"], undefined);
  if (hour12 !== undefined) hourCycle = undefined;
  const timeZoneOption = options.timeZone;
  const timeZone = op_intl_resolve_time_zone(timeZoneOption === undefined ? null : String(timeZoneOption));

  const resolved = { locale: requested[0], calendar, numberingSystem, hour12, hourCycle };
  let explicit;
  for (let i = 0; i < DATE_COMPONENTS.length; i++) {
    const { 0: name, 1: values } = DATE_COMPONENTS[i];
    const value = name === "fractionalSecondDigits"
      ? getNumberOption(options, name, 1, 3, undefined)
      : getStringOption(options, name, values, undefined);
    if (value !== undefined) {
      resolved[name] = value;
      explicit ??= name;
    }
  }
  getStringOption(options, "formatMatcher", ["basic", "best fit"], "best fit");
  const dateStyle = getStringOption(options, "dateStyle", STYLES, undefined);
  const timeStyle = getStringOption(options, "timeStyle", STYLES, undefined);
  if (dateStyle !== undefined || timeStyle !== undefined) {
    if (explicit !== undefined) {
      throw new TypeError(`Can't set option ${explicit} when ${dateStyle !== undefined ? "dateStyle" : "timeStyle"} is used`);
    }
    if (required === "date" && timeStyle !== undefined) throw new TypeError("Invalid option : timeStyle");
    if (required === "time" && dateStyle !== undefined) throw new TypeError("Invalid option : dateStyle");
    resolved.dateStyle = dateStyle;
    resolved.timeStyle = timeStyle;
  } else {
    let needDefaults = true;
    if (required === "date" || required === "any") {
      needDefaults &&= resolved.weekday === undefined && resolved.year === undefined &&
        resolved.month === undefined && resolved.day === undefined;
    }
    if (required === "time" || required === "any") {
      needDefaults &&= resolved.dayPeriod === undefined && resolved.hour === undefined &&
        resolved.minute === undefined && resolved.second === undefined &&
        resolved.fractionalSecondDigits === undefined;
    }
    if (needDefaults && (defaults === "date" || defaults === "all")) {
      resolved.year = resolved.month = resolved.day = "numeric";
    }
    if (needDefaults && (defaults === "time" || defaults === "all")) {
      resolved.hour = resolved.minute = resolved.second = "numeric";
    }
  }
  if (hourCycle === "h24") throw new RangeError('x: Intl.DateTimeFormat hourCycle "h24" is not supported yet');
  const answer = op_intl_datetime_resolve(resolved);
  self[dateTimeSlot] = { resolved, timeZone, ...answer };
  return self;
}

/** ECMA-402 `x` argument of the format methods: now, or a time value (TimeClip). */
function timeValue(date) {
  const time = date === undefined ? DateNow() : Number(date);
  if (NumberIsNaN(time) || MathAbs(time) > 8.64e15) throw new RangeError("Invalid time value");
  return time;
}

function dateTimeFormatOf(receiver, method) {
  const state = receiver?.[dateTimeSlot];
  if (state === undefined) {
    throw new TypeError(`Method Intl.DateTimeFormat.prototype.${method} called on incompatible receiver`);
  }
  return state;
}

/** `Intl.DateTimeFormat` (ECMA-402 section 11), callable without `new` like NumberFormat. */
function DateTimeFormat(locales = undefined, options = undefined) {
  return createDateTimeFormat((new.target ?? DateTimeFormat).prototype, locales, options, "any", "date");
}

class DateTimeFormatMethods {
  get format() {
    const state = dateTimeFormatOf(this, "format");
    let bound = this[boundDateFormatSlot];
    if (bound === undefined) {
      bound = (date) => op_intl_datetime_format(state.resolved, state.timeZone, timeValue(date));
      ObjectDefineProperty(bound, "name", { value: "" });
      this[boundDateFormatSlot] = bound;
    }
    return bound;
  }

  formatToParts(date) {
    const state = dateTimeFormatOf(this, "formatToParts");
    return op_intl_datetime_format_to_parts(state.resolved, state.timeZone, timeValue(date));
  }

  formatRange(startDate, endDate) {
    const state = dateTimeFormatOf(this, "formatRange");
    if (startDate === undefined || endDate === undefined) throw new TypeError("startDate and endDate are required");
    return op_intl_datetime_format_range(state.resolved, state.timeZone, timeValue(startDate), timeValue(endDate));
  }

  formatRangeToParts(startDate, endDate) {
    const state = dateTimeFormatOf(this, "formatRangeToParts");
    if (startDate === undefined || endDate === undefined) throw new TypeError("startDate and endDate are required");
    return op_intl_datetime_format_range_to_parts(state.resolved, state.timeZone, timeValue(startDate), timeValue(endDate));
  }

  resolvedOptions() {
    const state = dateTimeFormatOf(this, "resolvedOptions");
    const { resolved } = state;
    const out = {
      locale: resolved.locale,
      calendar: state.calendar,
      numberingSystem: state.numberingSystem,
      timeZone: state.timeZone,
    };
    if (state.hourCycle !== null) {
      out.hourCycle = state.hourCycle;
      out.hour12 = state.hourCycle === "h11" || state.hourCycle === "h12";
    }
    for (let i = 0; i < DATE_COMPONENTS.length; i++) {
      const name = DATE_COMPONENTS[i][0];
      if (resolved[name] === undefined) continue;
      // As V8 does, the widths the locale's pattern has: hours padded or not, minutes and
      // seconds always two digits.
      if (name === "hour") out.hour = state.hourWidth;
      else if (name === "minute" || name === "second") out[name] = "2-digit";
      else out[name] = resolved[name];
    }
    if (resolved.dateStyle !== undefined) out.dateStyle = resolved.dateStyle;
    if (resolved.timeStyle !== undefined) out.timeStyle = resolved.timeStyle;
    return out;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options);
  }
}
ObjectDefineProperties(DateTimeFormat.prototype, ObjectGetOwnPropertyDescriptors(DateTimeFormatMethods.prototype));
ObjectDefineProperty(DateTimeFormat.prototype, "constructor", { value: DateTimeFormat, writable: true, configurable: true });
ObjectDefineProperty(DateTimeFormat, "supportedLocalesOf", { value: supportedLocalesOf, writable: true, configurable: true });
ObjectDefineProperty(DateTimeFormat.prototype, SymbolToStringTag, { value: "Intl.DateTimeFormat", configurable: true });

// `toLocaleString()` with no arguments is the common call: one formatter per method.
const defaultDateFormats = { __proto__: null };

/**
 * `Date.prototype.toLocaleString`/`toLocaleDateString`/`toLocaleTimeString` (ECMA-402
 * section 20.4): `kind` is "any", "date" or "time".
 */
function dateToLocaleString(receiver, locales, options, kind) {
  const time = DatePrototypeGetTime(receiver);
  if (NumberIsNaN(time)) return "Invalid Date";
  const defaults = kind === "any" ? "all" : kind;
  let format;
  if (locales === undefined && options === undefined) {
    format = defaultDateFormats[kind] ??= createDateTimeFormat(DateTimeFormat.prototype, undefined, undefined, kind, defaults);
  } else {
    format = createDateTimeFormat(DateTimeFormat.prototype, locales, options, kind, defaults);
  }
  const state = format[dateTimeSlot];
  return op_intl_datetime_format(state.resolved, state.timeZone, time);
}

/** ECMA-402 GetOptionsObject: undefined is no options, anything but an object is refused. */
function getOptionsObject(options) {
  if (options === undefined) return ObjectCreate(null);
  if (typeof options === "object" && options !== null || typeof options === "function") return options;
  throw new TypeError("Options must be an object");
}

/** Refuses a call without `new` (the services born after ES5 are classes). */
function slotOf(receiver, slot, name, method) {
  const state = receiver?.[slot];
  if (state === undefined) {
    throw new TypeError(`Method Intl.${name}.prototype.${method} called on incompatible receiver`);
  }
  return state;
}

function defineTag(constructor, name) {
  ObjectDefineProperty(constructor.prototype, SymbolToStringTag, { value: `Intl.${name}`, configurable: true });
}

const listSlot = Symbol("[[listFormat]]");

/** `Intl.ListFormat` (ECMA-402 section 13): CLDR's list patterns from ICU4X. */
class ListFormat {
  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales, true);
    options = getOptionsObject(options);
    getStringOption(options, "localeMatcher", ["lookup", "best fit"], "best fit");
    const type = getStringOption(options, "type", ["conjunction", "disjunction", "unit"], "conjunction");
    const style = getStringOption(options, "style", ["long", "short", "narrow"], "long");
    this[listSlot] = { locale: requested[0], type, style };
  }

  format(list) {
    const state = slotOf(this, listSlot, "ListFormat", "format");
    const parts = op_intl_list_format(state.locale, state.type, state.style, stringListFromIterable(list));
    return ArrayPrototypeJoin(ArrayPrototypeMap(parts, (part) => part.value), "");
  }

  formatToParts(list) {
    const state = slotOf(this, listSlot, "ListFormat", "formatToParts");
    return op_intl_list_format(state.locale, state.type, state.style, stringListFromIterable(list));
  }

  resolvedOptions() {
    const state = slotOf(this, listSlot, "ListFormat", "resolvedOptions");
    return { locale: state.locale, type: state.type, style: state.style };
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options);
  }
}
defineTag(ListFormat, "ListFormat");

/** ECMA-402 StringListFromIterable: only strings are accepted. */
function stringListFromIterable(iterable) {
  const list = [];
  if (iterable === undefined) return list;
  for (const value of iterable) {
    if (typeof value !== "string") throw new TypeError(`Iterable yielded ${typeof value} which is not a string`);
    ArrayPrototypePush(list, value);
  }
  return list;
}

const relativeSlot = Symbol("[[relativeTimeFormat]]");
const RELATIVE_UNITS = ["second", "minute", "hour", "day", "week", "month", "quarter", "year"];

/** `Intl.RelativeTimeFormat` (ECMA-402 section 18): CLDR's relative-time patterns. */
class RelativeTimeFormat {
  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales, true);
    options = coerceOptions(options);
    getStringOption(options, "localeMatcher", ["lookup", "best fit"], "best fit");
    const numberingSystem = getStringOption(options, "numberingSystem", undefined, undefined);
    checkUnicodeType(numberingSystem, "numberingSystem");
    let locale = requested[0];
    if (numberingSystem !== undefined && !StringPrototypeIncludes(locale, "-u-")) {
      locale = `${locale}-u-nu-${numberingSystem}`;
    }
    const style = getStringOption(options, "style", ["long", "short", "narrow"], "long");
    const numeric = getStringOption(options, "numeric", ["always", "auto"], "always");
    this[relativeSlot] = { locale, style, numeric, numberingSystem: numberingSystemOf(locale) };
  }

  format(value, unit) {
    const parts = relativeParts(this, "format", value, unit);
    return ArrayPrototypeJoin(ArrayPrototypeMap(parts, (part) => part.value), "");
  }

  formatToParts(value, unit) {
    return relativeParts(this, "formatToParts", value, unit);
  }

  resolvedOptions() {
    const state = slotOf(this, relativeSlot, "RelativeTimeFormat", "resolvedOptions");
    return { locale: state.locale, style: state.style, numeric: state.numeric, numberingSystem: state.numberingSystem };
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options);
  }
}
defineTag(RelativeTimeFormat, "RelativeTimeFormat");

function relativeParts(receiver, method, value, unit) {
  const state = slotOf(receiver, relativeSlot, "RelativeTimeFormat", method);
  value = Number(value);
  unit = String(unit);
  if (!NumberIsFinite(value)) throw new RangeError("Invalid value for relative time");
  let singular = unit;
  if (StringPrototypeEndsWith(unit, "s") && ArrayPrototypeIncludes(RELATIVE_UNITS, StringPrototypeSlice(unit, 0, -1))) {
    singular = StringPrototypeSlice(unit, 0, -1);
  }
  if (!ArrayPrototypeIncludes(RELATIVE_UNITS, singular)) {
    throw new RangeError(`Invalid unit argument for ${method}() '${unit}'`);
  }
  return op_intl_relative_time_format(state.locale, state.style, singular, state.numeric === "auto", value);
}

const segmenterSlot = Symbol("[[segmenter]]");
const segmentsSlot = Symbol("[[segments]]");

/** `Intl.Segmenter` (ECMA-402 section 19): UAX #29 boundaries from ICU4X. */
class Segmenter {
  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales, true);
    options = getOptionsObject(options);
    getStringOption(options, "localeMatcher", ["lookup", "best fit"], "best fit");
    const granularity = getStringOption(options, "granularity", ["grapheme", "word", "sentence"], "grapheme");
    this[segmenterSlot] = { locale: requested[0], granularity };
  }

  segment(string) {
    const state = slotOf(this, segmenterSlot, "Segmenter", "segment");
    const segments = ObjectCreate(SegmentsPrototype);
    segments[segmentsSlot] = { input: String(string), granularity: state.granularity, cut: undefined };
    return segments;
  }

  resolvedOptions() {
    const state = slotOf(this, segmenterSlot, "Segmenter", "resolvedOptions");
    return { locale: state.locale, granularity: state.granularity };
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options);
  }
}
defineTag(Segmenter, "Segmenter");

/** The boundaries of a Segments object, computed once on first use. */
function cutOf(segments) {
  segments.cut ??= op_intl_segment(segments.granularity, segments.input);
  return segments.cut;
}

/** ECMA-402 CreateSegmentDataObject for the segment `k` (between boundaries k and k+1). */
function segmentData(segments, k) {
  const { boundaries, wordLike } = cutOf(segments);
  const start = boundaries[k];
  const data = {
    segment: StringPrototypeSlice(segments.input, start, boundaries[k + 1]),
    index: start,
    input: segments.input,
  };
  if (segments.granularity === "word") data.isWordLike = wordLike[k];
  return data;
}

const SegmentsPrototype = {
  containing(index) {
    const segments = slotOf(this, segmentsSlot, "Segmenter", "segment().containing");
    let n = index === undefined ? 0 : Number(index);
    n = NumberIsNaN(n) ? 0 : n < 0 ? -MathFloor(-n) : MathFloor(n);
    if (n < 0 || n >= segments.input.length) return undefined;
    const { boundaries } = cutOf(segments);
    const k = ArrayPrototypeFindIndex(boundaries, (at) => at > n) - 1;
    return segmentData(segments, k);
  },
  [SymbolIterator]() {
    const segments = slotOf(this, segmentsSlot, "Segmenter", "segment()[Symbol.iterator]");
    const iterator = ObjectCreate(SegmentIteratorPrototype);
    iterator[segmentsSlot] = { segments, k: 0 };
    return iterator;
  },
};
ObjectDefineProperty(SegmentsPrototype, SymbolIterator, { enumerable: false });
ObjectDefineProperty(SegmentsPrototype, "containing", { enumerable: false });

const SegmentIteratorPrototype = {
  next() {
    const state = slotOf(this, segmentsSlot, "Segmenter", "segment() iterator next");
    const { boundaries } = cutOf(state.segments);
    if (state.k >= boundaries.length - 1) return { value: undefined, done: true };
    return { value: segmentData(state.segments, state.k++), done: false };
  },
  [SymbolIterator]() {
    return this;
  },
};
ObjectDefineProperty(SegmentIteratorPrototype, "next", { enumerable: false });
ObjectDefineProperty(SegmentIteratorPrototype, SymbolIterator, { enumerable: false });
ObjectDefineProperty(SegmentIteratorPrototype, SymbolToStringTag, { value: "Segmenter String Iterator", configurable: true });

const collatorSlot = Symbol("[[collator]]");
const boundCompareSlot = Symbol("[[boundCompare]]");

/** The value of `-u-<key>` in a canonical tag, "" for a key without one, else undefined. */
function unicodeKeyword(tag, key) {
  const subtags = StringPrototypeSplit(tag, "-");
  let k = ArrayPrototypeIndexOf(subtags, "u");
  if (k === -1) return undefined;
  for (k++; k < subtags.length && subtags[k].length !== 1; k++) {
    if (subtags[k] !== key) continue;
    const values = [];
    for (k++; k < subtags.length && subtags[k].length > 2; k++) ArrayPrototypePush(values, subtags[k]);
    return ArrayPrototypeJoin(values, "-");
  }
  return undefined;
}

/** `Intl.Collator` (ECMA-402 section 10): UCA with CLDR's tailorings from ICU4X. */
class Collator {
  constructor(locales = undefined, options = undefined) {
    const requested = canonicalizeLocaleList(locales, true);
    options = coerceOptions(options);
    const usage = getStringOption(options, "usage", ["sort", "search"], "sort");
    getStringOption(options, "localeMatcher", ["lookup", "best fit"], "best fit");
    const collation = getStringOption(options, "collation", undefined, undefined);
    checkUnicodeType(collation, "collation");
    const numericOption = getBooleanOption(options, "numeric");
    const caseFirstOption = getStringOption(options, "caseFirst", ["upper", "lower", "false"], undefined);
    const locale = requested[0];
    const kn = unicodeKeyword(locale, "kn");
    const numeric = numericOption ?? (kn === "" || kn === "true");
    const caseFirst = caseFirstOption ?? unicodeKeyword(locale, "kf") ?? "false";
    const sensitivity = getStringOption(options, "sensitivity", ["base", "accent", "case", "variant"], "variant");
    const ignorePunctuation = getBooleanOption(options, "ignorePunctuation") ?? false;
    const id = op_intl_collator_open(locale, sensitivity, caseFirst, numeric, ignorePunctuation);
    this[collatorSlot] = { locale, usage, sensitivity, ignorePunctuation, numeric, caseFirst, id };
  }

  get compare() {
    const state = slotOf(this, collatorSlot, "Collator", "compare");
    let bound = this[boundCompareSlot];
    if (bound === undefined) {
      bound = (x, y) => compareStrings(state, String(x), String(y));
      ObjectDefineProperty(bound, "name", { value: "" });
      this[boundCompareSlot] = bound;
    }
    return bound;
  }

  resolvedOptions() {
    const state = slotOf(this, collatorSlot, "Collator", "resolvedOptions");
    return {
      locale: state.locale,
      usage: state.usage,
      sensitivity: state.sensitivity,
      ignorePunctuation: state.ignorePunctuation,
      collation: "default",
      numeric: state.numeric,
      caseFirst: state.caseFirst,
    };
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options);
  }
}
defineTag(Collator, "Collator");

function compareStrings(state, x, y) {
  return op_intl_collator_compare(state.id, x, y);
}

let defaultCollator;

/** `String.prototype.localeCompare` (ECMA-402 section 19.1.1). */
function stringLocaleCompare(receiver, that, locales, options) {
  if (receiver === undefined || receiver === null) {
    throw new TypeError("String.prototype.localeCompare called on null or undefined");
  }
  const collator = locales === undefined && options === undefined
    ? (defaultCollator ??= new Collator())
    : new Collator(locales, options);
  const x = typeof receiver === "string" ? receiver : String(receiver);
  const y = typeof that === "string" ? that : String(that);
  return compareStrings(collator[collatorSlot], x, y);
}

const localeSlot = Symbol("[[locale]]");
const LOCALE_KEYWORDS = [
  ["calendar", "ca"],
  ["collation", "co"],
  ["hourCycle", "hc"],
  ["caseFirst", "kf"],
  ["numeric", "kn"],
  ["numberingSystem", "nu"],
];

/** Splits a canonical tag into its language, script, region, variants and the rest. */
function splitTag(tag) {
  const subtags = StringPrototypeSplit(tag, "-");
  const out = { language: subtags[0], script: undefined, region: undefined, variants: [], extensions: [] };
  let k = 1;
  if (k < subtags.length && RegExpPrototypeTest(/^[A-Za-z]{4}$/, subtags[k])) out.script = subtags[k++];
  if (k < subtags.length && RegExpPrototypeTest(/^([A-Za-z]{2}|[0-9]{3})$/, subtags[k])) out.region = subtags[k++];
  while (k < subtags.length && subtags[k].length > 1) ArrayPrototypePush(out.variants, subtags[k++]);
  out.extensions = ArrayPrototypeSlice(subtags, k);
  return out;
}

function joinTag(parts) {
  let tag = parts.language;
  if (parts.script !== undefined) tag += `-${parts.script}`;
  if (parts.region !== undefined) tag += `-${parts.region}`;
  for (let i = 0; i < parts.variants.length; i++) tag += `-${parts.variants[i]}`;
  return tag;
}

/** Sets `-u-<key>-<value>` in a canonical tag's extensions (the tag is canonicalized after). */
function withKeyword(tag, key, value) {
  const parts = splitTag(tag);
  const extensions = parts.extensions;
  let u = ArrayPrototypeIndexOf(extensions, "u");
  if (u === -1) {
    ArrayPrototypePush(extensions, "u");
    u = extensions.length - 1;
  }
  let end = u + 1;
  while (end < extensions.length && extensions[end].length !== 1) end++;
  const before = ArrayPrototypeSlice(extensions, 0, u + 1);
  const keywords = ArrayPrototypeSlice(extensions, u + 1, end);
  const after = ArrayPrototypeSlice(extensions, end);
  const at = ArrayPrototypeIndexOf(keywords, key);
  const out = [];
  for (let i = 0; i < keywords.length; i++) {
    if (i === at) {
      for (i++; i < keywords.length && keywords[i].length > 2; i++);
      i--;
      continue;
    }
    ArrayPrototypePush(out, keywords[i]);
  }
  ArrayPrototypePush(out, key, ...StringPrototypeSplit(value, "-"));
  return `${joinTag(parts)}-${ArrayPrototypeJoin([...before, ...out, ...after], "-")}`;
}

/** `Intl.Locale` (ECMA-402 section 14). */
class Locale {
  constructor(tag, options = undefined) {
    if (new.target === undefined) throw new TypeError("Constructor Intl.Locale requires 'new'");
    if (typeof tag !== "string" && (typeof tag !== "object" || tag === null)) {
      throw new TypeError("First argument to Intl.Locale constructor can't be empty or missing");
    }
    tag = tag?.[localeSlot] ?? String(tag);
    options = coerceOptions(options);
    let canonical = canonicalizeLocaleList(tag, false)[0];
    const parts = splitTag(canonical);
    const language = getStringOption(options, "language", undefined, undefined);
    const script = getStringOption(options, "script", undefined, undefined);
    const region = getStringOption(options, "region", undefined, undefined);
    if (language !== undefined && !RegExpPrototypeTest(/^([A-Za-z]{2,3}|[A-Za-z]{5,8})$/, language)) throw new RangeError(`Incorrect locale information provided`);
    if (script !== undefined && !RegExpPrototypeTest(/^[A-Za-z]{4}$/, script)) throw new RangeError(`Incorrect locale information provided`);
    if (region !== undefined && !RegExpPrototypeTest(/^([A-Za-z]{2}|[0-9]{3})$/, region)) throw new RangeError(`Incorrect locale information provided`);
    if (language !== undefined || script !== undefined || region !== undefined) {
      parts.language = language ?? parts.language;
      parts.script = script ?? parts.script;
      parts.region = region ?? parts.region;
      const rest = parts.extensions.length ? `-${ArrayPrototypeJoin(parts.extensions, "-")}` : "";
      canonical = canonicalizeLocaleList(joinTag(parts) + rest, false)[0];
    }
    for (let i = 0; i < LOCALE_KEYWORDS.length; i++) {
      const { 0: name, 1: key } = LOCALE_KEYWORDS[i];
      let value;
      if (name === "numeric") {
        value = getBooleanOption(options, name);
        if (value !== undefined) value = String(value);
      } else if (name === "hourCycle") {
        value = getStringOption(options, name, ["h11", "h12", "h23", "h24"], undefined);
      } else if (name === "caseFirst") {
        value = getStringOption(options, name, ["upper", "lower", "false"], undefined);
      } else {
        value = getStringOption(options, name, undefined, undefined);
        checkUnicodeType(value, name);
      }
      if (value !== undefined) canonical = withKeyword(canonical, key, value);
    }
    this[localeSlot] = canonicalizeLocaleList(canonical, false)[0];
  }

  maximize() {
    return new Locale(op_intl_locale_expand(localeOf(this, "maximize"), true));
  }

  minimize() {
    return new Locale(op_intl_locale_expand(localeOf(this, "minimize"), false));
  }

  toString() {
    return localeOf(this, "toString");
  }

  get baseName() {
    return joinTag(splitTag(localeOf(this, "baseName")));
  }

  get language() {
    return splitTag(localeOf(this, "language")).language;
  }

  get script() {
    return splitTag(localeOf(this, "script")).script;
  }

  get region() {
    return splitTag(localeOf(this, "region")).region;
  }

  get variants() {
    const variants = splitTag(localeOf(this, "variants")).variants;
    return variants.length ? ArrayPrototypeJoin(variants, "-") : undefined;
  }

  get calendar() {
    return unicodeKeyword(localeOf(this, "calendar"), "ca");
  }

  get collation() {
    return unicodeKeyword(localeOf(this, "collation"), "co");
  }

  get hourCycle() {
    return unicodeKeyword(localeOf(this, "hourCycle"), "hc");
  }

  get caseFirst() {
    return unicodeKeyword(localeOf(this, "caseFirst"), "kf");
  }

  get numeric() {
    const value = unicodeKeyword(localeOf(this, "numeric"), "kn");
    return value === "" || value === "true";
  }

  get numberingSystem() {
    return unicodeKeyword(localeOf(this, "numberingSystem"), "nu");
  }
}
defineTag(Locale, "Locale");

function localeOf(receiver, method) {
  return slotOf(receiver, localeSlot, "Locale", method);
}

const displayNamesSlot = Symbol("[[displayNames]]");
const DISPLAY_TYPES = ["language", "region", "script", "currency", "calendar", "dateTimeField"];

/**
 * ECMA-402 CanonicalCodeForDisplayNames for the types x has names for: a RangeError for
 * a code that is not well-formed, else the code in canonical case.
 */
function canonicalDisplayCode(type, code) {
  if (type === "region") {
    if (!RegExpPrototypeTest(/^([A-Za-z]{2}|[0-9]{3})$/, code)) throw new RangeError(`invalid region code: ${code}`);
    return StringPrototypeToUpperCase(code);
  }
  if (type === "script") {
    if (!RegExpPrototypeTest(/^[A-Za-z]{4}$/, code)) throw new RangeError(`invalid script code: ${code}`);
    return StringPrototypeToUpperCase(StringPrototypeSlice(code, 0, 1)) +
      StringPrototypeToLowerCase(StringPrototypeSlice(code, 1));
  }
  // A unicode_language_id: language, then optional script, region and variants; no
  // extensions, and not the "root" locale.
  if (
    !RegExpPrototypeTest(
      /^([A-Za-z]{2,3}|[A-Za-z]{5,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$/,
      code,
    ) || StringPrototypeToLowerCase(code) === "root"
  ) {
    throw new RangeError(`invalid language code: ${code}`);
  }
  return op_intl_canonicalize_locales([code], false)[0];
}

/**
 * `Intl.DisplayNames` (ECMA-402 section 12) for languages, regions and scripts, from
 * CLDR's names. The currency, calendar and dateTimeField types throw a RangeError
 * naming them (x has no data for them) rather than answer with the code.
 */
class DisplayNames {
  constructor(locales = undefined, options = undefined) {
    if (new.target === undefined) throw new TypeError("Constructor Intl.DisplayNames requires 'new'");
    const requested = canonicalizeLocaleList(locales, true);
    if (options === undefined) throw new TypeError("Intl.DisplayNames: options with a type are required");
    options = getOptionsObject(options);
    getStringOption(options, "localeMatcher", ["lookup", "best fit"], "best fit");
    const style = getStringOption(options, "style", ["narrow", "short", "long"], "long");
    const type = getStringOption(options, "type", DISPLAY_TYPES, undefined);
    if (type === undefined) throw new TypeError("Intl.DisplayNames: the type option is required");
    const fallback = getStringOption(options, "fallback", ["code", "none"], "code");
    const languageDisplay = getStringOption(options, "languageDisplay", ["dialect", "standard"], "dialect");
    if (type !== "language" && type !== "region" && type !== "script") throw unsupported(`Intl.DisplayNames type "${type}"`);
    this[displayNamesSlot] = { locale: requested[0], style, type, fallback, languageDisplay };
  }

  of(code) {
    const state = slotOf(this, displayNamesSlot, "DisplayNames", "of");
    if (code === undefined) throw new RangeError("Intl.DisplayNames.prototype.of: a code is required");
    code = canonicalDisplayCode(state.type, String(code));
    const name = op_intl_display_name(state.locale, state.type, state.style, state.languageDisplay === "dialect", code);
    if (name !== null && name !== undefined) return name;
    return state.fallback === "code" ? code : undefined;
  }

  resolvedOptions() {
    const state = slotOf(this, displayNamesSlot, "DisplayNames", "resolvedOptions");
    const out = { locale: state.locale, style: state.style, type: state.type, fallback: state.fallback };
    if (state.type === "language") out.languageDisplay = state.languageDisplay;
    return out;
  }

  static supportedLocalesOf(locales, options = undefined) {
    return supportedLocalesOf(locales, options);
  }
}
defineTag(DisplayNames, "DisplayNames");

export {
  bigintToLocaleString,
  Collator,
  DateTimeFormat,
  DisplayNames,
  ListFormat,
  Locale,
  RelativeTimeFormat,
  Segmenter,
  stringLocaleCompare,
  dateToLocaleString,
  getCanonicalLocales,
  NumberFormat,
  numberToLocaleString,
  PluralRules,
};
