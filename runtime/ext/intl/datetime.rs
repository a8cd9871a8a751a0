//! The ops behind `Intl.DateTimeFormat` and `Date.prototype.toLocale*String`: an
//! instant's wall-clock fields in an IANA time zone (`temporal_rs` on the zoneinfo64
//! database the engine already carries for Temporal), formatted by `icu_datetime` from
//! either a `dateStyle`/`timeStyle` pair or ECMA-402's component options (mapped through
//! ICU4X's `DateTimeFieldBag`, which matches them to CLDR's patterns as ICU does).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use deno_core::op2;
use deno_error::JsErrorBox;
use icu_calendar::{AnyCalendarKind, Date, Iso};
use icu_datetime::fieldbag::{field, DateTimeFieldBag};
use icu_datetime::fieldsets::builder::{DateFields, FieldSetBuilder, ZoneStyle};
use icu_datetime::fieldsets::enums::CompositeFieldSet;
use icu_datetime::options::{Length, TimePrecision};
use icu_datetime::range::DateRangeFormatter;
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu_locale::extensions::unicode::{key, Value};
use icu_locale::preferences::extensions::unicode::keywords::HourCycle;
use icu_locale::Locale;
use icu_time::zone::UtcOffset;
use icu_time::{DateTime, Time, TimeZone, ZonedDateTime};
use serde::{Deserialize, Serialize};
use temporal_rs::Instant;
use timezone_provider::zoneinfo64::ZoneInfo64TzdbProvider;
use writeable::Writeable;

use crate::ops::{cached, parse_locale, PartsCollector};

/// The options `01_intl.js` resolved (ECMA-402 `CreateDateTimeFormat`): either the two
/// styles or the component options, never both; strings are the spec's values.
#[derive(Deserialize, Debug, Default)]
#[serde(rename_all = "camelCase", default)]
pub struct DateTimeOptions {
    locale: String,
    /// The `calendar` and `numberingSystem` options, which win over the locale's `-u-`
    /// keywords.
    calendar: Option<String>,
    numbering_system: Option<String>,
    /// `h11`, `h12`, `h23` or `h24` when `hour12`/`hourCycle` asked for one.
    hour_cycle: Option<String>,
    /// `hour12: true`: the locale's 12-hour cycle (the spec leaves h11 or h12 to it).
    hour12: Option<bool>,
    date_style: Option<String>,
    time_style: Option<String>,
    weekday: Option<String>,
    era: Option<String>,
    year: Option<String>,
    month: Option<String>,
    day: Option<String>,
    day_period: Option<String>,
    hour: Option<String>,
    minute: Option<String>,
    second: Option<String>,
    fractional_second_digits: Option<u8>,
    time_zone_name: Option<String>,
}

/// What `resolvedOptions()` reports beyond what JS already knows.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResolvedDateTime {
    calendar: String,
    numbering_system: String,
    /// The cycle the formatter's hours follow, when it shows hours.
    hour_cycle: Option<&'static str>,
    /// `2-digit` when the locale's pattern pads hours (`HH`), else `numeric`.
    hour_width: Option<&'static str>,
}

fn unsupported(what: &str) -> JsErrorBox {
    JsErrorBox::range_error(format!(
        "x: Intl.DateTimeFormat {what} is not supported yet"
    ))
}

fn tz_provider() -> &'static ZoneInfo64TzdbProvider<'static> {
    static PROVIDER: OnceLock<ZoneInfo64TzdbProvider<'static>> = OnceLock::new();
    PROVIDER.get_or_init(|| {
        ZoneInfo64TzdbProvider::zoneinfo64_provider_for_testing()
            .expect("bundled zoneinfo64 data is invalid")
    })
}

/// ECMA-402 `timeZone`: an IANA name (any case) or offset, as its canonical spelling;
/// absent, the machine's zone (`TZ`, then `/etc/localtime`), as V8 does.
#[op2]
#[string]
pub fn op_intl_resolve_time_zone(
    #[string] requested: Option<String>,
) -> Result<String, JsErrorBox> {
    match requested {
        Some(name) => canonical_time_zone(&name)
            .ok_or_else(|| JsErrorBox::range_error(format!("Invalid time zone specified: {name}"))),
        None => Ok(default_time_zone()),
    }
}

fn canonical_time_zone(name: &str) -> Option<String> {
    let upper = name.to_ascii_uppercase();
    // V8 reports the UTC aliases as plain "UTC".
    if matches!(
        upper.as_str(),
        "UTC"
            | "ETC/UTC"
            | "ETC/GMT"
            | "GMT"
            | "ETC/UCT"
            | "UCT"
            | "ETC/UNIVERSAL"
            | "ETC/ZULU"
            | "ZULU"
            | "UNIVERSAL"
            | "ETC/GREENWICH"
            | "GREENWICH"
            | "ETC/GMT0"
            | "GMT0"
            | "ETC/GMT+0"
            | "ETC/GMT-0"
            | "GMT+0"
            | "GMT-0"
    ) {
        return Some("UTC".to_string());
    }
    let provider = tz_provider();
    let zone = temporal_rs::TimeZone::try_from_identifier_str_with_provider(name, provider).ok()?;
    zone.identifier_with_provider(provider).ok()
}

fn default_time_zone() -> String {
    let from_env = std::env::var("TZ")
        .ok()
        .map(|tz| tz.trim_start_matches(':').to_string());
    let from_file = || {
        let target = std::fs::read_link("/etc/localtime").ok()?;
        let target = target.to_string_lossy().into_owned();
        let at = target.find("zoneinfo/")?;
        Some(target[at + "zoneinfo/".len()..].to_string())
    };
    from_env
        .filter(|tz| !tz.is_empty())
        .or_else(from_file)
        .and_then(|name| canonical_time_zone(&name))
        .unwrap_or_else(|| "UTC".to_string())
}

/// The calendar, numbering system and hour cycle the formatter for `options` uses.
#[op2]
#[serde]
pub fn op_intl_datetime_resolve(
    #[serde] options: DateTimeOptions,
) -> Result<ResolvedDateTime, JsErrorBox> {
    let key = format!("{options:?}");
    let shows_hours = options.hour.is_some() || options.time_style.is_some();
    let (calendar, hours) = with_formatter(&key, &options, |formatter| {
        let calendar = calendar_name(formatter.calendar().kind());
        let hours = shows_hours.then(|| hour_cycle_of(formatter));
        (calendar, hours)
    })?;
    let locale = locale_with_keywords(&options)?;
    let numbering_system = locale
        .extensions
        .unicode
        .keywords
        .get(&key!("nu"))
        .map(|value| value.to_string())
        .unwrap_or_else(|| "latn".to_string());
    Ok(ResolvedDateTime {
        calendar: calendar.to_string(),
        numbering_system,
        hour_cycle: hours.map(|(cycle, _)| cycle),
        hour_width: hours.map(|(_, width)| width),
    })
}

/// The hour cycle a formatter follows and whether it pads hours, read off how it writes
/// midnight, 1:00 and 13:00 (ICU4X does not expose the pattern's hour symbol).
fn hour_cycle_of(formatter: &DateTimeFormatter<CompositeFieldSet>) -> (&'static str, &'static str) {
    let hour_at = |hour: u8| {
        let fields = LocalFields {
            year: 2000,
            month: 1,
            day: 1,
            hour,
            minute: 0,
            second: 0,
            millisecond: 0,
            offset_seconds: 0,
        };
        let parts = format_parts(formatter, &fields, "UTC").unwrap_or_default();
        parts
            .into_iter()
            .find(|part| part.kind == "hour")
            .map(|part| part.value)
            .unwrap_or_default()
    };
    let width = if hour_at(1).chars().count() == 2 {
        "2-digit"
    } else {
        "numeric"
    };
    let cycle = match (hour_at(0).trim_start_matches('0'), hour_at(13).as_str()) {
        ("12", _) => "h12",
        ("24", _) => "h24",
        (_, "13") => "h23",
        _ => "h11",
    };
    (cycle, width)
}

fn calendar_name(kind: AnyCalendarKind) -> &'static str {
    match kind {
        AnyCalendarKind::Buddhist => "buddhist",
        AnyCalendarKind::Chinese => "chinese",
        AnyCalendarKind::Coptic => "coptic",
        AnyCalendarKind::Dangi => "dangi",
        AnyCalendarKind::Ethiopian => "ethiopic",
        AnyCalendarKind::EthiopianAmeteAlem => "ethioaa",
        AnyCalendarKind::Hebrew => "hebrew",
        AnyCalendarKind::Indian => "indian",
        AnyCalendarKind::HijriTabularTypeIIFriday => "islamic-civil",
        AnyCalendarKind::HijriTabularTypeIIThursday => "islamic-tbla",
        AnyCalendarKind::HijriUmmAlQura => "islamic-umalqura",
        AnyCalendarKind::Iso => "iso8601",
        AnyCalendarKind::Japanese => "japanese",
        AnyCalendarKind::Persian => "persian",
        AnyCalendarKind::Roc => "roc",
        _ => "gregory",
    }
}

/// An instant's wall-clock fields in a zone.
struct LocalFields {
    year: i32,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    millisecond: u16,
    offset_seconds: i32,
}

fn local_fields(epoch_ms: f64, zone: &str) -> Result<LocalFields, JsErrorBox> {
    if !epoch_ms.is_finite() || epoch_ms.abs() > 8.64e15 {
        return Err(JsErrorBox::range_error("Invalid time value"));
    }
    let provider = tz_provider();
    let time_zone = temporal_rs::TimeZone::try_from_identifier_str_with_provider(zone, provider)
        .map_err(|_| JsErrorBox::range_error(format!("Invalid time zone specified: {zone}")))?;
    let instant = Instant::from_epoch_milliseconds(epoch_ms.floor() as i64)
        .map_err(|_| JsErrorBox::range_error("Invalid time value"))?;
    let zoned = instant
        .to_zoned_date_time_iso_with_provider(time_zone, provider)
        .map_err(|e| JsErrorBox::range_error(format!("cannot place the date in {zone}: {e}")))?;
    Ok(LocalFields {
        year: zoned.year(),
        month: zoned.month(),
        day: zoned.day(),
        hour: zoned.hour(),
        minute: zoned.minute(),
        second: zoned.second(),
        millisecond: zoned.millisecond(),
        offset_seconds: (zoned.offset_nanoseconds() / 1_000_000_000) as i32,
    })
}

/// A run of formatted text and the `icu_datetime` part it is (none for a literal).
type RawPart = (Option<writeable::Part>, String);

/// One piece of `formatToParts`' answer.
#[derive(Serialize, Debug, Default, Clone)]
pub struct FormatPart {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub value: String,
}

/// `format(date)`: the instant `epoch_ms` in `zone`.
#[op2]
#[string]
pub fn op_intl_datetime_format(
    #[serde] options: DateTimeOptions,
    #[string] zone: &str,
    epoch_ms: f64,
) -> Result<String, JsErrorBox> {
    let fields = local_fields(epoch_ms, zone)?;
    let key = format!("{options:?}");
    with_formatter(&key, &options, |formatter| {
        let input = zoned(&fields, zone)?;
        Ok(web_spaces(
            formatter.format(&input).write_to_string().into_owned(),
        ))
    })?
}

/// `formatToParts(date)`: the same text cut into ECMA-402's typed parts.
#[op2]
#[serde]
pub fn op_intl_datetime_format_to_parts(
    #[serde] options: DateTimeOptions,
    #[string] zone: &str,
    epoch_ms: f64,
) -> Result<Vec<FormatPart>, JsErrorBox> {
    let fields = local_fields(epoch_ms, zone)?;
    let key = format!("{options:?}");
    with_formatter(&key, &options, |formatter| {
        format_parts(formatter, &fields, zone)
    })?
}

fn zoned(
    fields: &LocalFields,
    zone: &str,
) -> Result<ZonedDateTime<Iso, icu_time::TimeZoneInfo<icu_time::zone::models::AtTime>>, JsErrorBox>
{
    let invalid = |_| JsErrorBox::range_error("Invalid time value");
    let date = Date::try_new_iso(fields.year, fields.month, fields.day).map_err(invalid)?;
    let time = Time::try_new(
        fields.hour,
        fields.minute,
        fields.second,
        u32::from(fields.millisecond) * 1_000_000,
    )
    .map_err(|_| JsErrorBox::range_error("Invalid time value"))?;
    let offset = UtcOffset::try_from_seconds(fields.offset_seconds).ok();
    let id = if zone == "UTC" {
        TimeZone::from_iana_id("Etc/UTC")
    } else {
        TimeZone::from_iana_id(zone)
    };
    let zone = id.with_offset(offset).at_date_time(DateTime { date, time });
    Ok(ZonedDateTime { date, time, zone })
}

fn format_parts(
    formatter: &DateTimeFormatter<CompositeFieldSet>,
    fields: &LocalFields,
    zone: &str,
) -> Result<Vec<FormatPart>, JsErrorBox> {
    let input = zoned(fields, zone)?;
    let mut collector = PartsCollector::default();
    formatter
        .format(&input)
        .write_to_parts(&mut collector)
        .map_err(|_| JsErrorBox::generic("formatting failed"))?;
    Ok(typed_parts(collector.parts))
}

/// ECMA-402's name for an `icu_datetime` part.
fn part_name(part: Option<writeable::Part>) -> &'static str {
    match part.map(|p| p.value) {
        None => "literal",
        Some("era") => "era",
        Some("year") => "year",
        Some("relatedYear") => "relatedYear",
        Some("yearName") => "yearName",
        Some("month") => "month",
        Some("day") => "day",
        Some("weekday") => "weekday",
        Some("dayPeriod") => "dayPeriod",
        Some("hour") => "hour",
        Some("minute") => "minute",
        Some("second") => "second",
        Some("timeZoneName") => "timeZoneName",
        _ => "literal",
    }
}

/// CLDR writes a narrow no-break space before AM/PM and thin spaces around range dashes;
/// V8 writes plain spaces (pages parse and compare these strings), and so does x.
fn web_spaces(text: String) -> String {
    if text.contains(['\u{202f}', '\u{2009}']) {
        text.replace(['\u{202f}', '\u{2009}'], " ")
    } else {
        text
    }
}

/// Typed parts, with the fraction of a second split off and adjacent literals merged.
fn typed_parts(parts: Vec<RawPart>) -> Vec<FormatPart> {
    let mut out: Vec<FormatPart> = Vec::with_capacity(parts.len());
    for (part, value) in parts {
        let kind = part_name(part);
        let value = web_spaces(value);
        if value.is_empty() {
            continue;
        }
        // ICU4X writes seconds and their fraction as one field; ECMA-402 splits them.
        if kind == "second" {
            if let Some(at) = value.find(|c: char| !c.is_numeric()) {
                let separator_len = value[at..].chars().next().map_or(1, char::len_utf8);
                out.push(FormatPart {
                    kind: "second",
                    value: value[..at].to_string(),
                });
                out.push(FormatPart {
                    kind: "literal",
                    value: value[at..at + separator_len].to_string(),
                });
                out.push(FormatPart {
                    kind: "fractionalSecond",
                    value: value[at + separator_len..].to_string(),
                });
                continue;
            }
        }
        match out.last_mut() {
            Some(last) if kind == "literal" && last.kind == "literal" => {
                last.value.push_str(&value)
            }
            _ => out.push(FormatPart { kind, value }),
        }
    }
    out
}

/// `formatRange(start, end)`: the two instants as one range, the fields they share
/// written once (CLDR's interval formats).
#[op2]
#[string]
pub fn op_intl_datetime_format_range(
    #[serde] options: DateTimeOptions,
    #[string] zone: &str,
    start: f64,
    end: f64,
) -> Result<String, JsErrorBox> {
    let (start, end) = (local_fields(start, zone)?, local_fields(end, zone)?);
    let key = format!("{options:?}");
    with_range_formatter(&key, &options, |formatter| {
        let (start, end) = (zoned(&start, zone)?, zoned(&end, zone)?);
        Ok(web_spaces(
            formatter
                .format(&start, &end)
                .write_to_string()
                .into_owned(),
        ))
    })?
}

/// One piece of `formatRangeToParts`: a typed part and which end it belongs to.
#[derive(Serialize)]
pub struct RangePart {
    #[serde(rename = "type")]
    kind: &'static str,
    value: String,
    source: &'static str,
}

#[op2]
#[serde]
pub fn op_intl_datetime_format_range_to_parts(
    #[serde] options: DateTimeOptions,
    #[string] zone: &str,
    start: f64,
    end: f64,
) -> Result<Vec<RangePart>, JsErrorBox> {
    let (start, end) = (local_fields(start, zone)?, local_fields(end, zone)?);
    let key = format!("{options:?}");
    with_range_formatter(&key, &options, |formatter| {
        let (start, end) = (zoned(&start, zone)?, zoned(&end, zone)?);
        let mut collector = PartsCollector::default();
        formatter
            .format(&start, &end)
            .write_to_parts(&mut collector)
            .map_err(|_| JsErrorBox::generic("formatting failed"))?;
        // Cut into runs by source, each typed as `formatToParts` types a single date.
        let mut runs: Vec<(&'static str, Vec<RawPart>)> = Vec::new();
        for (stack, value) in collector.leaves {
            let mut source = "shared";
            let mut field = None;
            for part in &stack {
                if part.value == "startRange" {
                    source = "startRange";
                } else if part.value == "endRange" {
                    source = "endRange";
                } else if field.is_none() && part.category == "datetime" {
                    field = Some(*part);
                }
            }
            match runs.last_mut() {
                Some((s, parts)) if *s == source => match parts.last_mut() {
                    Some((f, text)) if *f == field => text.push_str(&value),
                    _ => parts.push((field, value)),
                },
                _ => runs.push((source, vec![(field, value)])),
            }
        }
        Ok(runs
            .into_iter()
            .flat_map(|(source, parts)| {
                typed_parts(parts).into_iter().map(move |part| RangePart {
                    kind: part.kind,
                    value: part.value,
                    source,
                })
            })
            .collect())
    })?
}

thread_local! {
    /// Formatters by their options: making one loads the locale's patterns and names.
    static FORMATTERS: RefCell<HashMap<String, DateTimeFormatter<CompositeFieldSet>>> = RefCell::new(HashMap::new());
    static RANGE_FORMATTERS: RefCell<HashMap<String, DateRangeFormatter<CompositeFieldSet>>> = RefCell::new(HashMap::new());
}

fn with_range_formatter<R>(
    key: &str,
    options: &DateTimeOptions,
    f: impl FnOnce(&DateRangeFormatter<CompositeFieldSet>) -> R,
) -> Result<R, JsErrorBox> {
    RANGE_FORMATTERS.with(|cache| {
        cached(
            cache,
            key.to_string(),
            || {
                let (prefs, field_set) = formatter_inputs(options)?;
                DateRangeFormatter::try_new(prefs, field_set).map_err(|e| {
                    JsErrorBox::range_error(format!(
                        "no date range data for {}: {e}",
                        options.locale
                    ))
                })
            },
            f,
        )
    })
}

fn with_formatter<R>(
    key: &str,
    options: &DateTimeOptions,
    f: impl FnOnce(&DateTimeFormatter<CompositeFieldSet>) -> R,
) -> Result<R, JsErrorBox> {
    FORMATTERS.with(|cache| cached(cache, key.to_string(), || make_formatter(options), f))
}

fn make_formatter(
    options: &DateTimeOptions,
) -> Result<DateTimeFormatter<CompositeFieldSet>, JsErrorBox> {
    let (prefs, field_set) = formatter_inputs(options)?;
    DateTimeFormatter::try_new(prefs, field_set).map_err(|e| {
        JsErrorBox::range_error(format!("no date format data for {}: {e}", options.locale))
    })
}

/// The preferences (locale, calendar, numbering system, hour cycle) and field set for
/// `options`.
fn formatter_inputs(
    options: &DateTimeOptions,
) -> Result<(DateTimeFormatterPreferences, CompositeFieldSet), JsErrorBox> {
    let locale = locale_with_keywords(options)?;
    let mut prefs = DateTimeFormatterPreferences::from(&locale);
    if options.hour12 == Some(true) {
        prefs.hour_cycle = Some(HourCycle::H12);
    } else if options.hour12 == Some(false) {
        prefs.hour_cycle = Some(HourCycle::H23);
    } else if let Some(cycle) = &options.hour_cycle {
        prefs.hour_cycle = Some(match cycle.as_str() {
            "h11" => HourCycle::H11,
            "h12" => HourCycle::H12,
            "h23" => HourCycle::H23,
            other => return Err(unsupported(&format!("hourCycle \"{other}\""))),
        });
    }
    let builder = if options.date_style.is_some() || options.time_style.is_some() {
        style_builder(options)
    } else {
        field_bag(options)?.to_field_set_builder()
    };
    let field_set = builder
        .build_composite()
        .map_err(|e| unsupported(&format!("option combination ({e:?})")))?;
    Ok((prefs, field_set))
}

/// The locale with the `calendar` and `numberingSystem` options as its `-u-ca`/`-u-nu`.
fn locale_with_keywords(options: &DateTimeOptions) -> Result<Locale, JsErrorBox> {
    let mut locale = parse_locale(&options.locale)?;
    for (key, value) in [
        (key!("ca"), &options.calendar),
        (key!("nu"), &options.numbering_system),
    ] {
        if let Some(value) = value {
            let value = Value::try_from_str(value).map_err(|_| {
                JsErrorBox::range_error(format!("Invalid calendar or numbering system: {value}"))
            })?;
            locale.extensions.unicode.keywords.set(key, value);
        }
    }
    Ok(locale)
}

/// `dateStyle`/`timeStyle` as CLDR's lengths: full adds the weekday and the zone's long
/// name, long the zone's short name, short drops the seconds.
fn style_builder(options: &DateTimeOptions) -> FieldSetBuilder {
    let length = |style: &str| match style {
        "full" | "long" => Length::Long,
        "medium" => Length::Medium,
        _ => Length::Short,
    };
    let mut builder = FieldSetBuilder::new();
    if let Some(style) = &options.date_style {
        builder.length = Some(length(style));
        builder.date_fields = Some(if style == "full" {
            DateFields::YMDE
        } else {
            DateFields::YMD
        });
    }
    if let Some(style) = &options.time_style {
        if builder.length.is_none() {
            builder.length = Some(length(style));
        }
        builder.time_precision = Some(if style == "short" {
            TimePrecision::Minute
        } else {
            TimePrecision::Second
        });
        builder.zone_style = match style.as_str() {
            "full" => Some(ZoneStyle::SpecificLong),
            "long" => Some(ZoneStyle::SpecificShort),
            _ => None,
        };
    }
    builder
}

/// ECMA-402's component options as ICU4X's field bag.
fn field_bag(options: &DateTimeOptions) -> Result<DateTimeFieldBag, JsErrorBox> {
    let mut bag = DateTimeFieldBag::default();
    let text = |value: &Option<String>| value.as_deref().map(|v| (v == "long", v == "narrow"));
    bag.weekday = text(&options.weekday).map(|(long, narrow)| {
        if long {
            field::Weekday::Long
        } else if narrow {
            field::Weekday::Narrow
        } else {
            field::Weekday::Short
        }
    });
    bag.era = text(&options.era).map(|(long, narrow)| {
        if long {
            field::Era::Long
        } else if narrow {
            field::Era::Narrow
        } else {
            field::Era::Short
        }
    });
    bag.year = options.year.as_deref().map(|v| {
        if v == "2-digit" {
            field::Year::TwoDigit
        } else {
            field::Year::Numeric
        }
    });
    bag.month = options.month.as_deref().map(|v| match v {
        "2-digit" => field::Month::TwoDigit,
        "long" => field::Month::Long,
        "short" => field::Month::Short,
        "narrow" => field::Month::Narrow,
        _ => field::Month::Numeric,
    });
    bag.day = options.day.as_deref().map(|v| {
        if v == "2-digit" {
            field::Day::TwoDigit
        } else {
            field::Day::Numeric
        }
    });
    bag.day_period = options.day_period.as_deref().map(|v| match v {
        "long" => field::DayPeriod::FlexibleLong,
        "narrow" => field::DayPeriod::FlexibleNarrow,
        _ => field::DayPeriod::FlexibleShort,
    });
    bag.hour = options.hour.as_deref().map(|v| {
        if v == "2-digit" {
            field::Hour::TwoDigit
        } else {
            field::Hour::Numeric
        }
    });
    bag.minute = options.minute.as_deref().map(|v| {
        if v == "2-digit" {
            field::Minute::TwoDigit
        } else {
            field::Minute::Numeric
        }
    });
    bag.second = options.second.as_deref().map(|v| {
        if v == "2-digit" {
            field::Second::TwoDigit
        } else {
            field::Second::Numeric
        }
    });
    bag.fractional_second_digits = match options.fractional_second_digits {
        None => None,
        Some(1) => Some(field::FractionalSecondDigits::F1),
        Some(2) => Some(field::FractionalSecondDigits::F2),
        Some(_) => Some(field::FractionalSecondDigits::F3),
    };
    bag.time_zone_name = options.time_zone_name.as_deref().map(|v| match v {
        "long" => field::TimeZoneName::LongSpecific,
        "shortOffset" => field::TimeZoneName::ShortOffset,
        "longOffset" => field::TimeZoneName::LongOffset,
        "shortGeneric" => field::TimeZoneName::ShortGeneric,
        "longGeneric" => field::TimeZoneName::LongGeneric,
        _ => field::TimeZoneName::ShortSpecific,
    });
    Ok(bag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(options: DateTimeOptions, zone: &str, epoch_ms: f64) -> String {
        let fields = local_fields(epoch_ms, zone).unwrap();
        let formatter = make_formatter(&options).unwrap();
        formatter
            .format(&zoned(&fields, zone).unwrap())
            .write_to_string()
            .into_owned()
    }

    // 2020-06-26T00:00:00Z
    const JUNE_26: f64 = 1_593_129_600_000.0;

    #[test]
    fn styles_follow_the_locale() {
        let long_de = DateTimeOptions {
            locale: "de-DE".into(),
            date_style: Some("long".into()),
            ..Default::default()
        };
        assert_eq!(format(long_de, "UTC", JUNE_26), "26. Juni 2020");
        let short_en = DateTimeOptions {
            locale: "en-US".into(),
            date_style: Some("short".into()),
            time_style: Some("short".into()),
            ..Default::default()
        };
        assert_eq!(
            web_spaces(format(short_en, "Asia/Tokyo", JUNE_26)),
            "6/26/20, 9:00 AM"
        );
    }

    #[test]
    fn zones_move_the_wall_clock() {
        let fields = local_fields(JUNE_26, "America/New_York").unwrap();
        assert_eq!(
            (fields.day, fields.hour, fields.offset_seconds),
            (25, 20, -4 * 3600)
        );
        assert_eq!(
            canonical_time_zone("asia/tokyo").as_deref(),
            Some("Asia/Tokyo")
        );
        assert_eq!(canonical_time_zone("Etc/UTC").as_deref(), Some("UTC"));
        assert!(canonical_time_zone("Mars/Olympus").is_none());
    }

    #[test]
    fn parts_split_seconds_from_their_fraction() {
        let options = DateTimeOptions {
            locale: "en-US".into(),
            hour_cycle: Some("h23".into()),
            hour: Some("numeric".into()),
            minute: Some("2-digit".into()),
            second: Some("2-digit".into()),
            fractional_second_digits: Some(3),
            ..Default::default()
        };
        let formatter = make_formatter(&options).unwrap();
        let fields = local_fields(JUNE_26 + 5_123.0, "UTC").unwrap();
        let parts = format_parts(&formatter, &fields, "UTC").unwrap();
        let kinds: Vec<&str> = parts.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                "hour",
                "literal",
                "minute",
                "literal",
                "second",
                "literal",
                "fractionalSecond"
            ]
        );
        assert_eq!(parts[6].value, "123");
    }
}
