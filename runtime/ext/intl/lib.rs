//! `Intl` for the QuickJS engine, which has none: `NumberFormat` (decimal, percent and
//! currency styles; standard, scientific, engineering and compact notations),
//! `DisplayNames` (languages, regions, scripts),
//! `PluralRules`, `DateTimeFormat`, `RelativeTimeFormat`, `ListFormat`, `Segmenter`,
//! `Collator`, `Locale` and `getCanonicalLocales` (ECMA-402), and the locale-aware
//! `toLocaleString` of numbers, BigInts and Dates, `toLocaleDateString`/`toLocaleTimeString`
//! and `String.prototype.localeCompare`. Every locale's data comes from ICU4X's compiled
//! CLDR data; time zones from the zoneinfo64 database the engine carries for Temporal.
//! `01_intl.js` follows ECMA-402's option reading and hands the ops a resolved locale and
//! options; the ops (`ops.rs` numbers and plurals, `datetime.rs` dates, `text.rs` lists,
//! relative times, segments, collation and likely subtags) do the locale work.
//!
//! What is missing throws rather than answers wrongly: `NumberFormat`'s `unit` style,
//! `DateTimeFormat`'s `hourCycle: "h24"` and `DisplayNames` of currencies, calendars and
//! date-time fields throw a `RangeError` naming them; `DurationFormat` and
//! `supportedValuesOf` are absent.
//!
//! Clients: `x_worker` registers it; `99_main.js` puts the services on the engine's `Intl`
//! object (loaded on first use) and the locale methods on the built-in prototypes.

mod datetime;
mod display_names;
mod number_parts;
mod ops;
mod styles;
mod text;

deno_core::extension!(
    x_ext_intl,
    ops = [
        ops::op_intl_canonicalize_locales,
        ops::op_intl_format_number,
        ops::op_intl_format_number_to_parts,
        ops::op_intl_plural_select,
        ops::op_intl_plural_categories,
        datetime::op_intl_resolve_time_zone,
        datetime::op_intl_datetime_resolve,
        datetime::op_intl_datetime_format,
        datetime::op_intl_datetime_format_to_parts,
        datetime::op_intl_datetime_format_range,
        datetime::op_intl_datetime_format_range_to_parts,
        text::op_intl_list_format,
        text::op_intl_relative_time_format,
        text::op_intl_segment,
        text::op_intl_collator_open,
        text::op_intl_collator_compare,
        text::op_intl_locale_expand,
        display_names::op_intl_display_name,
    ],
    customizer = |ext: &mut deno_core::Extension| {
        ext.lazy_loaded_esm_files = x_ext_embed::esm!(x_ext_intl, "01_intl.js");
    },
);
