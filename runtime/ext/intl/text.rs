//! The ops behind `Intl.ListFormat` (`icu_list`), `Intl.RelativeTimeFormat`
//! (`icu_experimental`'s relative time on CLDR data), `Intl.Segmenter` (`icu_segmenter`'s
//! UAX #29 rules, with dictionaries and LSTM models for scripts without spaces),
//! `Intl.Collator`/`String.prototype.localeCompare` (`icu_collator`'s UCA tailorings) and
//! `Intl.Locale`'s likely-subtags (`icu_locale`). Offsets handed back are UTF-16 code units,
//! as JS strings count them.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::HashMap;

use deno_core::op2;
use deno_error::JsErrorBox;
use fixed_decimal::{Decimal, FloatPrecision, SignedRoundingMode, UnsignedRoundingMode};
use icu_collator::options::{AlternateHandling, CaseLevel, CollatorOptions, Strength};
use icu_collator::preferences::{CollationCaseFirst, CollationNumericOrdering};
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_experimental::relativetime::options::Numeric;
use icu_experimental::relativetime::{
    RelativeTimeFormatter, RelativeTimeFormatterOptions, RelativeTimeFormatterPreferences,
};
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::{ListFormatter, ListFormatterPreferences};
use icu_locale::LocaleExpander;
use icu_segmenter::options::{SentenceBreakInvariantOptions, WordBreakInvariantOptions};
use icu_segmenter::{GraphemeClusterSegmenter, SentenceSegmenter, WordSegmenter};
use serde::Serialize;
use writeable::Writeable;

use crate::datetime::FormatPart;
use crate::ops::{cached, parse_locale, PartsCollector};

thread_local! {
    static LISTS: RefCell<HashMap<(String, String, String), ListFormatter>> = RefCell::new(HashMap::new());
    static RELATIVE: RefCell<HashMap<(String, String, String, bool), RelativeTimeFormatter>> = RefCell::new(HashMap::new());
    static COLLATORS: RefCell<Collators> = RefCell::new(Collators::default());
}

/// The collators a thread has opened, by number, and the number of each configuration.
#[derive(Default)]
struct Collators {
    opened: Vec<CollatorBorrowed<'static>>,
    by_key: HashMap<String, u32>,
}

fn data_error(what: &str, locale: &str, error: impl std::fmt::Display) -> JsErrorBox {
    JsErrorBox::range_error(format!("no {what} data for {locale}: {error}"))
}

/// `Intl.ListFormat`: `kind` is conjunction, disjunction or unit; `style` long, short or
/// narrow. Answers the parts (element or literal), which `format` joins.
#[op2]
#[serde]
pub fn op_intl_list_format(
    #[string] locale: &str,
    #[string] kind: &str,
    #[string] style: &str,
    #[serde] items: Vec<String>,
) -> Result<Vec<FormatPart>, JsErrorBox> {
    list_format(locale, kind, style, items)
}

fn list_format(
    locale: &str,
    kind: &str,
    style: &str,
    items: Vec<String>,
) -> Result<Vec<FormatPart>, JsErrorBox> {
    let key = (locale.to_string(), kind.to_string(), style.to_string());
    LISTS.with(|cache| {
        cached(
            cache,
            key,
            || {
                let prefs = ListFormatterPreferences::from(&parse_locale(locale)?);
                let length = match style {
                    "short" => ListLength::Short,
                    "narrow" => ListLength::Narrow,
                    _ => ListLength::Wide,
                };
                let options = ListFormatterOptions::default().with_length(length);
                match kind {
                    "disjunction" => ListFormatter::try_new_or(prefs, options),
                    "unit" => ListFormatter::try_new_unit(prefs, options),
                    _ => ListFormatter::try_new_and(prefs, options),
                }
                .map_err(|e| data_error("list", locale, e))
            },
            |formatter| {
                let mut collector = PartsCollector::default();
                let _ = formatter
                    .format(items.iter().map(String::as_str))
                    .write_to_parts(&mut collector);
                collector
                    .parts
                    .into_iter()
                    .filter(|(_, value)| !value.is_empty())
                    .map(|(part, value)| FormatPart {
                        kind: if part == Some(icu_list::parts::ELEMENT) {
                            "element"
                        } else {
                            "literal"
                        },
                        value,
                    })
                    .collect()
            },
        )
    })
}

/// One piece of `Intl.RelativeTimeFormat.prototype.formatToParts`.
#[derive(Serialize)]
pub struct RelativePart {
    #[serde(rename = "type")]
    kind: &'static str,
    value: String,
    /// The singular unit, on the number's pieces.
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
}

/// `Intl.RelativeTimeFormat`: `value` `unit`s (singular: day, week, ...) from now, rounded
/// as a default `NumberFormat` would (at most three fraction digits).
#[op2]
#[serde]
pub fn op_intl_relative_time_format(
    #[string] locale: &str,
    #[string] style: &str,
    #[string] unit: &str,
    auto: bool,
    value: f64,
) -> Result<Vec<RelativePart>, JsErrorBox> {
    relative_time_format(locale, style, unit, auto, value)
}

fn relative_time_format(
    locale: &str,
    style: &str,
    unit: &str,
    auto: bool,
    value: f64,
) -> Result<Vec<RelativePart>, JsErrorBox> {
    let key = (
        locale.to_string(),
        style.to_string(),
        unit.to_string(),
        auto,
    );
    let mut decimal = Decimal::try_from_f64(value, FloatPrecision::RoundTrip)
        .map_err(|_| JsErrorBox::range_error(format!("Invalid value {value}")))?;
    decimal.round_with_mode(
        -3,
        SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand),
    );
    decimal.absolute.trim_end();
    RELATIVE.with(|cache| {
        cached(
            cache,
            key,
            || make_relative(locale, style, unit, auto),
            |formatter| {
                let mut collector = PartsCollector::default();
                let _ = formatter.format(decimal).write_to_parts(&mut collector);
                collector
                    .leaves
                    .into_iter()
                    .map(|(stack, value)| {
                        let number = stack
                            .last()
                            .filter(|p| p.category == "decimal")
                            .map(|p| p.value);
                        match number {
                            Some(kind) => RelativePart {
                                kind: decimal_part_name(kind),
                                value,
                                unit: Some(unit.to_string()),
                            },
                            None => RelativePart {
                                kind: "literal",
                                value,
                                unit: None,
                            },
                        }
                    })
                    .fold(Vec::new(), |mut out: Vec<RelativePart>, part| {
                        match out.last_mut() {
                            Some(last) if last.kind == "literal" && part.kind == "literal" => {
                                last.value.push_str(&part.value)
                            }
                            _ => out.push(part),
                        }
                        out
                    })
            },
        )
    })
}

/// ECMA-402's names for `icu_decimal`'s parts.
fn decimal_part_name(name: &str) -> &'static str {
    match name {
        "integer" => "integer",
        "fraction" => "fraction",
        "decimal" => "decimal",
        "group" => "group",
        "minusSign" => "minusSign",
        "plusSign" => "plusSign",
        _ => "literal",
    }
}

fn make_relative(
    locale: &str,
    style: &str,
    unit: &str,
    auto: bool,
) -> Result<RelativeTimeFormatter, JsErrorBox> {
    let prefs = RelativeTimeFormatterPreferences::from(&parse_locale(locale)?);
    let mut options = RelativeTimeFormatterOptions::default();
    options.numeric = Some(if auto { Numeric::Auto } else { Numeric::Always });
    macro_rules! by_unit {
        ($($unit:literal => $long:ident, $short:ident, $narrow:ident;)*) => {
            match unit {
                $($unit => match style {
                    "short" => RelativeTimeFormatter::$short(prefs, options),
                    "narrow" => RelativeTimeFormatter::$narrow(prefs, options),
                    _ => RelativeTimeFormatter::$long(prefs, options),
                },)*
                _ => return Err(JsErrorBox::range_error(format!("Invalid unit argument for format() '{unit}'"))),
            }
        };
    }
    by_unit! {
        "second" => try_new_long_second, try_new_short_second, try_new_narrow_second;
        "minute" => try_new_long_minute, try_new_short_minute, try_new_narrow_minute;
        "hour" => try_new_long_hour, try_new_short_hour, try_new_narrow_hour;
        "day" => try_new_long_day, try_new_short_day, try_new_narrow_day;
        "week" => try_new_long_week, try_new_short_week, try_new_narrow_week;
        "month" => try_new_long_month, try_new_short_month, try_new_narrow_month;
        "quarter" => try_new_long_quarter, try_new_short_quarter, try_new_narrow_quarter;
        "year" => try_new_long_year, try_new_short_year, try_new_narrow_year;
    }
    .map_err(|e| data_error("relative time", locale, e))
}

/// Where `Intl.Segmenter` cuts `input`: the UTF-16 offsets of every boundary (0 and the
/// length included) and, for words, whether each segment is word-like.
#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Segmentation {
    boundaries: Vec<u32>,
    word_like: Vec<bool>,
}

#[op2]
#[serde]
pub fn op_intl_segment(#[string] granularity: &str, #[string] input: &str) -> Segmentation {
    segment(granularity, input)
}

fn segment(granularity: &str, input: &str) -> Segmentation {
    let utf16: Vec<u16> = input.encode_utf16().collect();
    let mut out = Segmentation::default();
    match granularity {
        "word" => {
            let mut iter =
                WordSegmenter::new_auto(WordBreakInvariantOptions::default()).segment_utf16(&utf16);
            while let Some(at) = iter.next() {
                if at > 0 {
                    out.word_like.push(iter.is_word_like());
                }
                out.boundaries.push(at as u32);
            }
        }
        "sentence" => {
            out.boundaries = SentenceSegmenter::new(SentenceBreakInvariantOptions::default())
                .segment_utf16(&utf16)
                .map(|at| at as u32)
                .collect();
        }
        _ => {
            out.boundaries = GraphemeClusterSegmenter::new()
                .segment_utf16(&utf16)
                .map(|at| at as u32)
                .collect();
        }
    }
    if out.boundaries.first() != Some(&0) {
        out.boundaries.insert(0, 0);
    }
    out
}

/// The most distinct collators (locale + options) one thread keeps: a collator is
/// opened once per configuration and then compared with by number, and a program that
/// made collators for ever more distinct tags must not grow the table without bound.
const MAX_COLLATORS: usize = 4096;

/// A collator for `locale` with ECMA-402's options, opened once per thread and
/// configuration; the answer is its number for [`op_intl_collator_compare`].
/// `sensitivity` is base, accent, case or variant; `case_first` upper, lower or false.
#[op2(fast)]
pub fn op_intl_collator_open(
    #[string] locale: &str,
    #[string] sensitivity: &str,
    #[string] case_first: &str,
    numeric: bool,
    ignore_punctuation: bool,
) -> Result<u32, JsErrorBox> {
    collator_open(locale, sensitivity, case_first, numeric, ignore_punctuation)
}

fn collator_open(
    locale: &str,
    sensitivity: &str,
    case_first: &str,
    numeric: bool,
    ignore_punctuation: bool,
) -> Result<u32, JsErrorBox> {
    let key = format!(
        "{locale}\u{0}{sensitivity}\u{0}{case_first}\u{0}{numeric}\u{0}{ignore_punctuation}"
    );
    COLLATORS.with(|collators| {
        let mut collators = collators.borrow_mut();
        if let Some(&id) = collators.by_key.get(&key) {
            return Ok(id);
        }
        if collators.opened.len() >= MAX_COLLATORS {
            return Err(JsErrorBox::range_error(format!(
                "x: more than {MAX_COLLATORS} distinct Intl.Collator configurations on one thread"
            )));
        }
        let mut prefs = CollatorPreferences::from(&parse_locale(locale)?);
        if numeric {
            prefs.numeric_ordering = Some(CollationNumericOrdering::True);
        }
        prefs.case_first = match case_first {
            "upper" => Some(CollationCaseFirst::Upper),
            "lower" => Some(CollationCaseFirst::Lower),
            "false" => Some(CollationCaseFirst::False),
            _ => prefs.case_first,
        };
        let mut options = CollatorOptions::default();
        options.strength = Some(match sensitivity {
            "base" | "case" => Strength::Primary,
            "accent" => Strength::Secondary,
            _ => Strength::Tertiary,
        });
        if sensitivity == "case" {
            options.case_level = Some(CaseLevel::On);
        }
        if ignore_punctuation {
            options.alternate_handling = Some(AlternateHandling::Shifted);
        }
        let collator = CollatorBorrowed::try_new(prefs, options)
            .map_err(|e| data_error("collation", locale, e))?;
        let id = collators.opened.len() as u32;
        collators.opened.push(collator);
        collators.by_key.insert(key, id);
        Ok(id)
    })
}

/// `Intl.Collator.prototype.compare` with collator `id` (from
/// [`op_intl_collator_open`]): -1, 0 or 1. Sorting calls it n log n times, so it takes
/// nothing but the two strings.
#[op2(fast)]
pub fn op_intl_collator_compare(
    #[smi] id: u32,
    #[string] a: &str,
    #[string] b: &str,
) -> Result<i32, JsErrorBox> {
    collator_compare(id, a, b)
}

fn collator_compare(id: u32, a: &str, b: &str) -> Result<i32, JsErrorBox> {
    COLLATORS.with(|collators| {
        let collators = collators.borrow();
        let collator = collators
            .opened
            .get(id as usize)
            .ok_or_else(|| JsErrorBox::type_error("x: unknown collator"))?;
        Ok(match collator.compare(a, b) {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        })
    })
}

/// `Intl.Locale.prototype.maximize`/`minimize`: likely subtags added or removed (the
/// extensions stay as they are).
#[op2]
#[string]
pub fn op_intl_locale_expand(#[string] tag: &str, maximize: bool) -> Result<String, JsErrorBox> {
    locale_expand(tag, maximize)
}

fn locale_expand(tag: &str, maximize: bool) -> Result<String, JsErrorBox> {
    let mut locale = parse_locale(tag)?;
    let expander = LocaleExpander::new_extended();
    if maximize {
        // CLDR's likely subtags take a bare `und` to `en-Latn-US`; ICU4X leaves it.
        if locale.id.language.is_unknown()
            && locale.id.script.is_none()
            && locale.id.region.is_none()
        {
            locale.id.language = icu_locale::subtags::language!("en");
        }
        expander.maximize(&mut locale.id);
    } else {
        expander.minimize(&mut locale.id);
    }
    Ok(locale.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(parts: Vec<FormatPart>) -> String {
        parts.into_iter().map(|p| p.value).collect()
    }

    #[test]
    fn lists_follow_type_and_style() {
        let items = || vec!["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(
            joined(op_intl_list_format_impl(
                "en",
                "conjunction",
                "long",
                items()
            )),
            "a, b, and c"
        );
        assert_eq!(
            joined(op_intl_list_format_impl(
                "en",
                "disjunction",
                "long",
                items()
            )),
            "a, b, or c"
        );
        assert_eq!(
            joined(op_intl_list_format_impl(
                "de",
                "conjunction",
                "long",
                items()
            )),
            "a, b und c"
        );
    }

    fn op_intl_list_format_impl(
        locale: &str,
        kind: &str,
        style: &str,
        items: Vec<String>,
    ) -> Vec<FormatPart> {
        list_format(locale, kind, style, items).unwrap()
    }

    #[test]
    fn relative_times_and_their_parts() {
        let text = |unit: &str, auto: bool, value: f64| -> String {
            relative_time_format("en", "long", unit, auto, value)
                .unwrap()
                .into_iter()
                .map(|p| p.value)
                .collect()
        };
        assert_eq!(text("day", false, 1.0), "in 1 day");
        assert_eq!(text("day", true, 1.0), "tomorrow");
        assert_eq!(text("hour", false, -2.5), "2.5 hours ago");
    }

    #[test]
    fn segments_count_utf16_units() {
        let words = segment("word", "Hi, 👋 you");
        assert_eq!(words.boundaries, [0, 2, 3, 4, 6, 7, 10]);
        assert_eq!(words.word_like, [true, false, false, false, false, true]);
        let graphemes = segment("grapheme", "e\u{301}👍🏽");
        assert_eq!(graphemes.boundaries, [0, 2, 6]);
    }

    #[test]
    fn collation_sensitivity_and_numeric() {
        let compare = |sensitivity: &str, numeric: bool, a: &str, b: &str| {
            let id = collator_open("en", sensitivity, "", numeric, false).unwrap();
            collator_compare(id, a, b).unwrap()
        };
        assert_eq!(compare("variant", false, "a", "B"), -1);
        assert_eq!(compare("base", false, "a", "A"), 0);
        assert_eq!(compare("accent", false, "a", "á"), -1);
        assert_eq!(compare("variant", true, "2", "10"), -1);
        assert_eq!(compare("variant", false, "2", "10"), 1);
        // One configuration, one collator.
        assert_eq!(
            collator_open("en", "base", "", false, false).unwrap(),
            collator_open("en", "base", "", false, false).unwrap()
        );
        assert!(collator_compare(u32::MAX, "a", "b").is_err());
        assert_eq!(locale_expand("en", true).unwrap(), "en-Latn-US");
        assert_eq!(locale_expand("zh-Hant-TW", false).unwrap(), "zh-TW");
        assert_eq!(locale_expand("und", true).unwrap(), "en-Latn-US");
    }
}
