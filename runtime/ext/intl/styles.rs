//! `Intl.NumberFormat`'s styles and notations beyond a plain decimal number: `percent`
//! (ICU4X's percent formatter), `currency` with each `currencyDisplay` and
//! `currencySign` (its currency formatter, CLDR symbols, names and patterns), and the
//! `scientific`, `engineering` and `compact` notations. `ops.rs` rounds the value first
//! (ECMA-402's digit options) except where a formatter's own rounding is the spec's.
//!
//! Known differences from V8: a currency *name* (`currencyDisplay: "name"`) is shown with
//! at most the currency's CLDR fraction digits (the formatter re-rounds; the other displays
//! take other digit options), the exponent separator is "E" in every locale, and the `unit`
//! style is not supported.

use std::cell::RefCell;
use std::collections::HashMap;

use deno_error::JsErrorBox;
use fixed_decimal::Decimal;
use icu_decimal::options::CompactDecimalFormatterOptions;
use icu_decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu_experimental::dimension::currency::formatter::{
    CurrencyFormatter, CurrencyFormatterPreferences,
};
use icu_experimental::dimension::currency::options::{CurrencyFormatterOptions, CurrencyUsage};
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::percent::formatter::{
    PercentFormatter, PercentFormatterPreferences,
};

use crate::ops::{cached, parse_locale};

/// A currency formatter's identity: locale, ISO code, display, accounting.
type CurrencyKey = (String, String, String, bool);

thread_local! {
    static PERCENT: RefCell<HashMap<String, PercentFormatter<DecimalFormatter>>> =
        RefCell::new(HashMap::new());
    static CURRENCY: RefCell<HashMap<CurrencyKey, CurrencyFormatter<DecimalFormatter>>> =
        RefCell::new(HashMap::new());
    static COMPACT: RefCell<HashMap<(String, bool), CompactDecimalFormatter>> =
        RefCell::new(HashMap::new());
}

fn no_data(what: &str, locale: &str, error: impl std::fmt::Display) -> JsErrorBox {
    JsErrorBox::range_error(format!("no {what} data for {locale}: {error}"))
}

/// `value` (already multiplied by 100 and rounded) as a percentage.
pub fn percent(locale: &str, value: &Decimal) -> Result<String, JsErrorBox> {
    PERCENT.with(|cache| {
        cached(
            cache,
            locale.to_string(),
            || {
                let prefs = PercentFormatterPreferences::from(&parse_locale(locale)?);
                PercentFormatter::try_new(prefs, Default::default())
                    .map_err(|e| no_data("percent format", locale, e))
            },
            |f| f.format(value).to_string(),
        )
    })
}

/// `value` (rounded) as an amount of `currency` (an ISO 4217 code), shown as `display`
/// (`symbol`, `narrowSymbol`, `code` or `name`), negative amounts in accounting form
/// when `accounting`. ICU4X's formatter always shows the currency's own fraction digits
/// (`digits`); with `custom` = (the absolute value formatted with other digit options,
/// `digits`), the amount is formatted as one unit of the currency with `value`'s sign
/// and that unit's digits are replaced by `custom`'s.
pub fn currency(
    locale: &str,
    currency: &str,
    display: &str,
    accounting: bool,
    value: &Decimal,
    custom: Option<(String, i16)>,
) -> Result<String, JsErrorBox> {
    let Some((digits, own_digits)) = custom else {
        return currency_formatted(locale, currency, display, accounting, value);
    };
    // What the formatter is given, and the digits it writes for it (those are replaced).
    // `name` picks its plural form from the number itself ("1 US dollar"), so it gets the
    // value; the other displays get one unit with the value's sign.
    let (sample, written) = if display == "name" {
        let mut own = value.clone();
        own.set_sign(fixed_decimal::Sign::None);
        own.absolute.trim_end();
        own.absolute.pad_end(-own_digits);
        (value.clone(), own)
    } else {
        let mut one = Decimal::from(1);
        one.absolute.pad_end(-own_digits);
        let mut sample = one.clone();
        sample.set_sign(value.sign());
        (sample, one)
    };
    let written = crate::ops::format_plain(locale, &written)?;
    let formatted = currency_formatted(locale, currency, display, accounting, &sample)?;
    Ok(formatted.replacen(&written, &digits, 1))
}

fn currency_formatted(
    locale: &str,
    currency: &str,
    display: &str,
    accounting: bool,
    value: &Decimal,
) -> Result<String, JsErrorBox> {
    CURRENCY.with(|cache| {
        cached(
            cache,
            (
                locale.to_string(),
                currency.to_string(),
                display.to_string(),
                accounting,
            ),
            || {
                let code =
                    CurrencyType::try_from_str(&currency.to_ascii_lowercase()).map_err(|_| {
                        JsErrorBox::range_error(format!("Invalid currency code : {currency}"))
                    })?;
                let prefs = CurrencyFormatterPreferences::from(&parse_locale(locale)?);
                let options = CurrencyFormatterOptions::from(if accounting {
                    CurrencyUsage::Accounting
                } else {
                    CurrencyUsage::Standard
                });
                match display {
                    "name" => CurrencyFormatter::try_new_name(prefs, code),
                    "code" => CurrencyFormatter::try_new_code(prefs, code, options),
                    "narrowSymbol" => {
                        CurrencyFormatter::try_new_symbol_narrow(prefs, code, options)
                    }
                    _ => CurrencyFormatter::try_new_symbol(prefs, code, options),
                }
                .map_err(|e| no_data("currency format", locale, e))
            },
            |f| f.format_fixed_decimal(value).to_string(),
        )
    })
}

/// `value` in compact notation (`1.2K`, `1.2 thousand` when `long`). With
/// `own_rounding` the formatter rounds as ECMA-402 does by default for compact notation
/// (whole numbers from two integer digits, else two significant digits); otherwise
/// `round` applies the caller's digit options to the significand.
pub fn compact(
    locale: &str,
    long: bool,
    value: &Decimal,
    own_rounding: bool,
    round: impl Fn(&mut Decimal),
) -> Result<String, JsErrorBox> {
    COMPACT.with(|cache| {
        cached(
            cache,
            (locale.to_string(), long),
            || {
                let prefs = (&parse_locale(locale)?).into();
                let options = CompactDecimalFormatterOptions::default();
                if long {
                    CompactDecimalFormatter::try_new_long(prefs, options)
                } else {
                    CompactDecimalFormatter::try_new_short(prefs, options)
                }
                .map_err(|e| no_data("compact number format", locale, e))
            },
            |f| {
                if own_rounding || value.absolute.is_zero() {
                    let mut value = value.clone();
                    if !own_rounding {
                        round(&mut value);
                    }
                    return f.format(&value).to_string();
                }
                let scaled = |exponent: u8| {
                    let mut significand = value.clone();
                    significand.multiply_pow10(-i16::from(exponent));
                    round(&mut significand);
                    significand
                };
                let mut exponent =
                    f.compact_exponent_for_magnitude(value.absolute.nonzero_magnitude_start());
                let mut significand = scaled(exponent);
                // Rounding may carry the significand into the next magnitude (999.96K to
                // 1000K): then the rounded value's exponent is the one to use.
                if !significand.absolute.is_zero() {
                    let magnitude =
                        significand.absolute.nonzero_magnitude_start() + i16::from(exponent);
                    let rounded = f.compact_exponent_for_magnitude(magnitude);
                    if rounded != exponent {
                        exponent = rounded;
                        significand = scaled(exponent);
                    }
                }
                if let Ok(formatted) = f.format_with_exponent(&significand, exponent) {
                    return formatted.to_string();
                }
                f.format(value).to_string()
            },
        )
    })
}

/// `value` in scientific notation (one integer digit) or, with `engineering`, with an
/// exponent that is a multiple of three; `round` applies the digit options to the
/// significand, `format` writes a decimal in the locale.
pub fn scientific(
    value: &Decimal,
    engineering: bool,
    round: impl Fn(&mut Decimal),
    format: impl Fn(&Decimal) -> Result<String, JsErrorBox>,
) -> Result<String, JsErrorBox> {
    let step = if engineering { 3 } else { 1 };
    let exponent_for = |magnitude: i16| magnitude.div_euclid(step) * step;
    let mut exponent = if value.absolute.is_zero() {
        0
    } else {
        exponent_for(value.absolute.nonzero_magnitude_start())
    };
    let mut significand = value.clone();
    significand.multiply_pow10(-exponent);
    round(&mut significand);
    // 9.9996 rounds to 10.000: one more power of ten, and round again from the value.
    if !significand.absolute.is_zero() && significand.absolute.nonzero_magnitude_start() >= step {
        exponent += step;
        significand = value.clone();
        significand.multiply_pow10(-exponent);
        round(&mut significand);
    }
    Ok(format!(
        "{}E{}",
        format(&significand)?,
        format(&Decimal::from(exponent))?
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decimal(s: &str) -> Decimal {
        Decimal::try_from_str(s).unwrap()
    }

    #[test]
    fn percent_and_currency_follow_the_locale() {
        assert_eq!(percent("en", &decimal("26")).unwrap(), "26%");
        assert_eq!(percent("de", &decimal("26")).unwrap(), "26\u{a0}%");
        assert_eq!(
            currency("en-US", "USD", "symbol", false, &decimal("1234.50"), None).unwrap(),
            "$1,234.50"
        );
        let custom = Some(("1,235".to_string(), 2));
        assert_eq!(
            currency("en-US", "USD", "symbol", false, &decimal("1235"), custom).unwrap(),
            "$1,235"
        );
        assert_eq!(
            currency("de-DE", "EUR", "symbol", false, &decimal("1234.50"), None).unwrap(),
            "1.234,50\u{a0}€"
        );
        assert_eq!(
            currency("en-US", "USD", "code", false, &decimal("2.00"), None).unwrap(),
            "USD\u{a0}2.00"
        );
        assert_eq!(
            currency("en-US", "USD", "name", false, &decimal("2.00"), None).unwrap(),
            "2.00 US dollars"
        );
        assert_eq!(
            currency("en-US", "USD", "symbol", true, &decimal("-2.00"), None).unwrap(),
            "($2.00)"
        );
        assert!(currency("en", "US", "symbol", false, &decimal("1"), None).is_err());
    }

    #[test]
    fn compact_and_scientific_notations() {
        let none = |_: &mut Decimal| {};
        assert_eq!(
            compact("en", false, &decimal("1234567"), true, none).unwrap(),
            "1.2M"
        );
        assert_eq!(
            compact("en", true, &decimal("1234567"), true, none).unwrap(),
            "1.2 million"
        );
        let plain = |d: &Decimal| Ok(d.to_string());
        let three = |d: &mut Decimal| {
            d.round(-3);
            d.absolute.trim_end();
            d.absolute.trim_start();
        };
        assert_eq!(
            scientific(&decimal("123456"), false, three, plain).unwrap(),
            "1.235E5"
        );
        assert_eq!(
            scientific(&decimal("123456"), true, three, plain).unwrap(),
            "123.456E3"
        );
        assert_eq!(
            scientific(&decimal("0.00012"), false, three, plain).unwrap(),
            "1.2E-4"
        );
        assert_eq!(
            scientific(&decimal("9.9996"), false, three, plain).unwrap(),
            "1E1"
        );
    }
}
