//! The ops behind `Intl`: canonical locale lists (with the process's default locale),
//! formatting one number with resolved options, and plural categories.

use std::cell::RefCell;
use std::collections::HashMap;

use deno_core::op2;
use deno_error::JsErrorBox;
use fixed_decimal::{
    Decimal, FloatPrecision, SignDisplay, SignedRoundingMode, UnsignedRoundingMode,
};
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_locale::{Locale, LocaleCanonicalizer};
use icu_plurals::{PluralCategory, PluralRules, PluralRulesPreferences};
use serde::Deserialize;

use crate::styles;

/// `CanonicalizeLocaleList`: each tag parsed, canonicalized (case, order, aliases) and
/// listed once. With `with_default`, the host's default locale is appended, so the JS
/// resolves "the first requested locale, else the default" from one call.
#[op2]
#[serde]
pub fn op_intl_canonicalize_locales(
    #[serde] requested: Vec<String>,
    with_default: bool,
) -> Result<Vec<String>, JsErrorBox> {
    let canonicalizer = LocaleCanonicalizer::new_extended();
    let mut out: Vec<String> = Vec::with_capacity(requested.len() + 1);
    for tag in requested {
        let mut locale = Locale::try_from_str(&tag).map_err(|_| {
            JsErrorBox::range_error(format!("Incorrect locale information provided: {tag}"))
        })?;
        canonicalizer.canonicalize(&mut locale);
        let canonical = locale.to_string();
        if !out.contains(&canonical) {
            out.push(canonical);
        }
    }
    if with_default {
        out.push(default_locale());
    }
    Ok(out)
}

/// The locale of the process's environment (`LC_ALL`, `LC_NUMERIC`, `LANG`, as POSIX
/// orders them: `de_DE.UTF-8` is `de-DE`), `en-US` when unset, `C`/`POSIX` or invalid.
fn default_locale() -> String {
    let values: Vec<String> = ["LC_ALL", "LC_NUMERIC", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .collect();
    let values: Vec<&str> = values.iter().map(String::as_str).collect();
    default_locale_from(&values)
}

fn default_locale_from(values: &[&str]) -> String {
    values
        .iter()
        .find(|value| !value.is_empty())
        .and_then(|value| {
            let tag = value
                .split(['.', '@'])
                .next()
                .unwrap_or("")
                .replace('_', "-");
            if tag == "C" || tag == "POSIX" {
                return None;
            }
            Locale::try_from_str(&tag).ok().map(|l| l.to_string())
        })
        .unwrap_or_else(|| "en-US".to_string())
}

/// Options as `01_intl.js` resolved them (ECMA-402 `SetNumberFormatDigitOptions`): either
/// fraction digits or significant digits decide the rounding, never both.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DigitOptions {
    minimum_integer_digits: i16,
    minimum_fraction_digits: Option<i16>,
    maximum_fraction_digits: Option<i16>,
    /// `(minimum, maximum)` when significant digits decide the rounding.
    significant_digits: Option<(i16, i16)>,
    /// `auto`, `always`, `min2` or `false` (absent for plural rules).
    #[serde(default)]
    use_grouping: String,
    /// `auto`, `always`, `never`, `exceptZero` or `negative` (absent for plural rules).
    #[serde(default)]
    sign_display: String,
    /// One of ECMA-402's nine rounding modes (`halfExpand` by default).
    rounding_mode: String,
    /// `auto`, or `stripIfInteger` to drop the fraction of a value that rounds to an integer.
    trailing_zero_display: String,
    /// `decimal` (also when absent), `percent` or `currency` (see `styles.rs`).
    #[serde(default)]
    style: String,
    /// The ISO 4217 code of the `currency` style, upper case.
    #[serde(default)]
    currency: String,
    /// The currency's own fraction digits (ISO 4217), which its formatter always shows.
    #[serde(default)]
    currency_digits: i16,
    /// `symbol`, `narrowSymbol`, `code` or `name`.
    #[serde(default)]
    currency_display: String,
    /// `standard` or `accounting`.
    #[serde(default)]
    currency_sign: String,
    /// `standard` (also when absent), `scientific`, `engineering` or `compact`.
    #[serde(default)]
    notation: String,
    /// `short` or `long`, for the compact notation.
    #[serde(default)]
    compact_display: String,
    /// Compact notation without digit options: the compact formatter rounds, as ECMA-402
    /// specifies for that case.
    #[serde(default)]
    compact_rounding: bool,
}

/// Formats `value` (or, when `bigint` is not empty, that BigInt's decimal digits) in
/// `locale` with `options`.
#[op2]
#[string]
pub fn op_intl_format_number(
    #[string] locale: &str,
    #[serde] options: DigitOptions,
    value: f64,
    #[string] bigint: &str,
) -> Result<String, JsErrorBox> {
    format_number(locale, &options, value, bigint)
}

/// `formatToParts`: what `op_intl_format_number` writes, as typed parts.
#[op2]
#[serde]
pub fn op_intl_format_number_to_parts(
    #[string] locale: &str,
    #[serde] options: DigitOptions,
    value: f64,
    #[string] bigint: &str,
) -> Result<Vec<crate::datetime::FormatPart>, JsErrorBox> {
    let text = format_number(locale, &options, value, bigint)?;
    let style = if options.style.is_empty() {
        "decimal"
    } else {
        &options.style
    };
    crate::number_parts::parts(locale, style, &options.notation, &text)
}

fn format_number(
    locale: &str,
    options: &DigitOptions,
    value: f64,
    bigint: &str,
) -> Result<String, JsErrorBox> {
    let sign_display = match options.sign_display.as_str() {
        "always" => SignDisplay::Always,
        "never" => SignDisplay::Never,
        "exceptZero" => SignDisplay::ExceptZero,
        "negative" => SignDisplay::Negative,
        _ => SignDisplay::Auto,
    };
    let mut decimal = if !bigint.is_empty() {
        Decimal::try_from_str(bigint)
            .map_err(|_| JsErrorBox::type_error(format!("not a BigInt: {bigint}")))?
    } else if value.is_nan() {
        return Ok("NaN".to_string());
    } else if value.is_infinite() {
        let mut sign = Decimal::from(if value > 0.0 { 1 } else { -1 });
        sign.apply_sign_display(sign_display);
        let formatted = with_formatter(locale, &options.use_grouping, |f| {
            f.format(&sign).to_string()
        })?;
        // The sign as the locale writes it, with infinity where its digit was (the digit
        // is the locale's own, not always an ASCII 1).
        return Ok(formatted
            .chars()
            .map(|c| if c.is_numeric() { '∞' } else { c })
            .collect());
    } else {
        Decimal::try_from_f64(value, FloatPrecision::RoundTrip)
            .map_err(|_| JsErrorBox::range_error(format!("cannot format {value}")))?
    };
    if options.style == "percent" {
        decimal.multiply_pow10(2);
    }
    let format_decimal = |decimal: &Decimal| {
        with_formatter(locale, &options.use_grouping, |f| {
            f.format(decimal).to_string()
        })
    };
    match options.notation.as_str() {
        "scientific" | "engineering" => {
            let engineering = options.notation == "engineering";
            let round_significand = |significand: &mut Decimal| {
                round(significand, options);
                significand.apply_sign_display(sign_display);
            };
            return styles::scientific(&decimal, engineering, round_significand, format_decimal);
        }
        "compact" => {
            decimal.apply_sign_display(sign_display);
            let long = options.compact_display == "long";
            let round_significand = |significand: &mut Decimal| round(significand, options);
            return styles::compact(
                locale,
                long,
                &decimal,
                options.compact_rounding,
                round_significand,
            );
        }
        _ => {}
    }
    round(&mut decimal, options);
    decimal.apply_sign_display(sign_display);
    match options.style.as_str() {
        "percent" => styles::percent(locale, &decimal),
        "currency" => {
            let own_digits = Some(options.currency_digits);
            let custom_digits = options.significant_digits.is_some()
                || options.minimum_fraction_digits != own_digits
                || options.maximum_fraction_digits != own_digits;
            // The currency formatter re-rounds to the currency's digits: other digit options
            // put the number formatted here where its own would be.
            let custom = if custom_digits {
                let mut absolute = decimal.clone();
                absolute.set_sign(fixed_decimal::Sign::None);
                Some((format_decimal(&absolute)?, options.currency_digits))
            } else {
                None
            };
            styles::currency(
                locale,
                &options.currency,
                &options.currency_display,
                options.currency_sign == "accounting",
                &decimal,
                custom,
            )
        }
        _ => format_decimal(&decimal),
    }
}

/// ECMA-402 rounding to the resolved digits (`ApplyUnsignedRoundingMode` is
/// `fixed_decimal`'s), then the zeros the minimums ask for.
fn round(decimal: &mut Decimal, options: &DigitOptions) {
    let mode = rounding_mode(&options.rounding_mode);
    let top = |decimal: &Decimal| {
        if decimal.absolute.is_zero() {
            0
        } else {
            decimal.absolute.nonzero_magnitude_start()
        }
    };
    match options.significant_digits {
        Some((min, max)) => {
            decimal.round_with_mode(top(decimal) - max + 1, mode);
            // Rounding up may have added a digit (9.99 → 10.0): count from the new top.
            let top = top(decimal);
            decimal.absolute.trim_end();
            decimal.absolute.pad_end(top - min + 1);
        }
        None => {
            let max = options.maximum_fraction_digits.unwrap_or(3);
            decimal.round_with_mode(-max, mode);
            decimal.absolute.trim_end();
            decimal
                .absolute
                .pad_end(-options.minimum_fraction_digits.unwrap_or(0));
        }
    }
    if options.trailing_zero_display == "stripIfInteger" {
        decimal.absolute.trim_end_if_integer();
    }
    decimal.absolute.pad_start(options.minimum_integer_digits);
}

fn rounding_mode(name: &str) -> SignedRoundingMode {
    use SignedRoundingMode as Signed;
    use UnsignedRoundingMode as Unsigned;
    match name {
        "ceil" => Signed::Ceil,
        "floor" => Signed::Floor,
        "expand" => Signed::Unsigned(Unsigned::Expand),
        "trunc" => Signed::Unsigned(Unsigned::Trunc),
        "halfCeil" => Signed::HalfCeil,
        "halfFloor" => Signed::HalfFloor,
        "halfTrunc" => Signed::Unsigned(Unsigned::HalfTrunc),
        "halfEven" => Signed::Unsigned(Unsigned::HalfEven),
        _ => Signed::Unsigned(Unsigned::HalfExpand),
    }
}

/// `Intl.PluralRules.prototype.select`: the CLDR category of `value` once rounded as the
/// options say (1 and 1.0 may differ), cardinal or ordinal.
#[op2]
#[string]
pub fn op_intl_plural_select(
    #[string] locale: &str,
    ordinal: bool,
    #[serde] options: DigitOptions,
    value: f64,
) -> Result<&'static str, JsErrorBox> {
    plural_select(locale, ordinal, &options, value)
}

fn plural_select(
    locale: &str,
    ordinal: bool,
    options: &DigitOptions,
    value: f64,
) -> Result<&'static str, JsErrorBox> {
    if !value.is_finite() {
        return Ok("other");
    }
    let mut decimal = Decimal::try_from_f64(value, FloatPrecision::RoundTrip)
        .map_err(|_| JsErrorBox::range_error(format!("cannot select a plural for {value}")))?;
    round(&mut decimal, options);
    with_plural_rules(locale, ordinal, |rules| {
        category_name(rules.category_for(&decimal))
    })
}

/// The categories the locale's rules use, in CLDR's order (`resolvedOptions`).
#[op2]
#[serde]
pub fn op_intl_plural_categories(
    #[string] locale: &str,
    ordinal: bool,
) -> Result<Vec<&'static str>, JsErrorBox> {
    with_plural_rules(locale, ordinal, |rules| {
        rules.categories().map(category_name).collect()
    })
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

thread_local! {
    /// Formatters by locale and grouping, plural rules by locale and type: making one reads
    /// the locale's data, so a loop of `toLocaleString` calls makes it once.
    static FORMATTERS: RefCell<HashMap<(String, String), DecimalFormatter>> = RefCell::new(HashMap::new());
    static PLURAL_RULES: RefCell<HashMap<(String, bool), PluralRules>> = RefCell::new(HashMap::new());
}

/// Runs `f` on the cached value for `key` in `cache`, made with `make` when missing. The
/// caches are small (a program uses a few locales); past 64 entries one starts afresh.
pub(crate) fn cached<K, V, R>(
    cache: &RefCell<HashMap<K, V>>,
    key: K,
    make: impl FnOnce() -> Result<V, JsErrorBox>,
    f: impl FnOnce(&V) -> R,
) -> Result<R, JsErrorBox>
where
    K: std::hash::Hash + Eq + Clone,
{
    let mut map = cache.borrow_mut();
    if !map.contains_key(&key) {
        let value = make()?;
        if map.len() >= 64 {
            map.clear();
        }
        map.insert(key.clone(), value);
    }
    Ok(f(&map[&key]))
}

pub(crate) fn parse_locale(locale: &str) -> Result<Locale, JsErrorBox> {
    Locale::try_from_str(locale).map_err(|_| {
        JsErrorBox::range_error(format!("Incorrect locale information provided: {locale}"))
    })
}

fn with_plural_rules<R>(
    locale: &str,
    ordinal: bool,
    f: impl FnOnce(&PluralRules) -> R,
) -> Result<R, JsErrorBox> {
    PLURAL_RULES.with(|cache| {
        cached(
            cache,
            (locale.to_string(), ordinal),
            || {
                let prefs = PluralRulesPreferences::from(&parse_locale(locale)?);
                let rules = if ordinal {
                    PluralRules::try_new_ordinal(prefs)
                } else {
                    PluralRules::try_new_cardinal(prefs)
                };
                rules.map_err(|e| {
                    JsErrorBox::range_error(format!("no plural rules for {locale}: {e}"))
                })
            },
            f,
        )
    })
}

/// `value` in `locale` with the default grouping (what the currency formatter writes).
pub(crate) fn format_plain(locale: &str, value: &Decimal) -> Result<String, JsErrorBox> {
    with_formatter(locale, "auto", |f| f.format(value).to_string())
}

pub(crate) fn with_formatter<R>(
    locale: &str,
    grouping: &str,
    f: impl FnOnce(&DecimalFormatter) -> R,
) -> Result<R, JsErrorBox> {
    FORMATTERS.with(|cache| {
        cached(
            cache,
            (locale.to_string(), grouping.to_string()),
            || {
                let strategy = match grouping {
                    "always" => GroupingStrategy::Always,
                    "min2" => GroupingStrategy::Min2,
                    "false" => GroupingStrategy::Never,
                    _ => GroupingStrategy::Auto,
                };
                DecimalFormatter::try_new(
                    DecimalFormatterPreferences::from(&parse_locale(locale)?),
                    DecimalFormatterOptions::from(strategy),
                )
                .map_err(|e| {
                    JsErrorBox::range_error(format!("no number format data for {locale}: {e}"))
                })
            },
            f,
        )
    })
}

/// A `PartsWrite` sink keeping each run of text with the outermost part it is in (what
/// `formatToParts` mostly types it as) and with all of them (the number inside a relative
/// time, the field inside one end of a range); text outside any part is `None`, a literal.
#[derive(Default)]
pub(crate) struct PartsCollector {
    pub parts: Vec<(Option<writeable::Part>, String)>,
    /// Each run of text with every part it is in, outermost first.
    pub leaves: Vec<(Vec<writeable::Part>, String)>,
    stack: Vec<writeable::Part>,
}

impl std::fmt::Write for PartsCollector {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let outer = self.stack.first().copied();
        match self.parts.last_mut() {
            Some((part, text)) if *part == outer => text.push_str(s),
            _ => self.parts.push((outer, s.to_string())),
        }
        match self.leaves.last_mut() {
            Some((stack, text)) if *stack == self.stack => text.push_str(s),
            _ => self.leaves.push((self.stack.clone(), s.to_string())),
        }
        Ok(())
    }
}

impl writeable::PartsWrite for PartsCollector {
    type SubPartsWrite = Self;

    fn with_part(
        &mut self,
        part: writeable::Part,
        mut f: impl FnMut(&mut Self) -> std::fmt::Result,
    ) -> std::fmt::Result {
        // A new outermost part starts a new entry even if the previous one had the same type
        // (two adjacent list elements).
        if self.stack.is_empty() {
            self.parts.push((Some(part), String::new()));
        }
        self.stack.push(part);
        let result = f(self);
        self.stack.pop();
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(fraction: (i16, i16), significant: Option<(i16, i16)>) -> DigitOptions {
        DigitOptions {
            minimum_integer_digits: 1,
            minimum_fraction_digits: Some(fraction.0),
            maximum_fraction_digits: Some(fraction.1),
            significant_digits: significant,
            use_grouping: "auto".into(),
            sign_display: "auto".into(),
            rounding_mode: "halfExpand".into(),
            trailing_zero_display: "auto".into(),
            style: String::new(),
            currency: String::new(),
            currency_digits: 0,
            currency_display: String::new(),
            currency_sign: String::new(),
            notation: String::new(),
            compact_display: String::new(),
            compact_rounding: false,
        }
    }

    fn format(locale: &str, options: &DigitOptions, value: f64) -> String {
        format_number(locale, options, value, "").unwrap()
    }

    #[test]
    fn locales_decide_separators_and_grouping() {
        let default = options((0, 3), None);
        assert_eq!(format("en-US", &default, 1234567.891), "1,234,567.891");
        assert_eq!(format("de", &default, 1234567.891), "1.234.567,891");
        assert_eq!(format("fr", &default, 1234.5), "1\u{202f}234,5");
        assert_eq!(format("en-IN", &default, 1234567.0), "12,34,567");
        assert_eq!(format("de", &default, 1.3375), "1,338", "halfExpand");
        assert_eq!(format("en", &default, -0.0), "-0");
        assert_eq!(format("en", &default, f64::NAN), "NaN");
        assert_eq!(format("en", &default, f64::NEG_INFINITY), "-∞");
        assert_eq!(
            format_number("en", &default, 0.0, "12345678901234567890").unwrap(),
            "12,345,678,901,234,567,890"
        );
    }

    #[test]
    fn digits_and_rounding_modes() {
        assert_eq!(format("en", &options((2, 2), None), 1.0), "1.00");
        assert_eq!(format("en", &options((0, 0), None), 2.5), "3");
        assert_eq!(
            format("en", &options((0, 3), Some((1, 3))), 1337.0),
            "1,340"
        );
        assert_eq!(format("en", &options((0, 3), Some((3, 3))), 9.999), "10.0");
        let mut even = options((0, 0), None);
        even.rounding_mode = "halfEven".into();
        assert_eq!(format("en", &even, 2.5), "2");
        let mut strip = options((2, 2), None);
        strip.trailing_zero_display = "stripIfInteger".into();
        assert_eq!(format("en", &strip, 3.0), "3");
        assert_eq!(format("en", &strip, 3.5), "3.50");
        let mut signed = options((0, 3), None);
        signed.sign_display = "always".into();
        signed.minimum_integer_digits = 3;
        assert_eq!(format("en", &signed, 5.0), "+005");
    }

    #[test]
    fn plural_categories_follow_the_rounded_number() {
        let integers = options((0, 0), None);
        let one_decimal = options((1, 1), None);
        assert_eq!(plural_select("en", false, &integers, 1.0).unwrap(), "one");
        assert_eq!(
            plural_select("en", false, &one_decimal, 1.0).unwrap(),
            "other"
        );
        assert_eq!(
            plural_select("en", false, &integers, 1.4).unwrap(),
            "one",
            "1.4 rounds to 1"
        );
        assert_eq!(plural_select("ru", false, &integers, 3.0).unwrap(), "few");
        assert_eq!(plural_select("en", true, &integers, 22.0).unwrap(), "two");
        assert_eq!(
            plural_select("ar", false, &integers, f64::NAN).unwrap(),
            "other"
        );
    }

    #[test]
    fn locale_lists_are_canonical_and_checked() {
        assert_eq!(default_locale_from(&["de_DE.UTF-8"]), "de-DE");
        assert_eq!(default_locale_from(&["C.UTF-8"]), "en-US");
    }
}
