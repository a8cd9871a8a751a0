//! `Intl.NumberFormat`, `Intl.PluralRules`, `Intl.getCanonicalLocales` and the locale-aware
//! `Number.prototype.toLocaleString`/`BigInt.prototype.toLocaleString` (ECMA-402), which
//! the QuickJS engine does not have. Locales, their canonical forms and every locale's
//! digits, separators, grouping and plural rules come from ICU4X's compiled CLDR data
//! (`icu_locale`, `icu_decimal`, `icu_plurals`); rounding is `fixed_decimal`'s.
//! `01_intl.js` follows ECMA-402's option reading and hands the ops a resolved locale and
//! options.
//!
//! Only the `decimal` style with standard notation is here; `percent`, `currency`,
//! `unit`, compact and scientific notation throw a `RangeError` naming what is missing
//! rather than format a number wrongly. The other members of `Intl` (`DateTimeFormat`,
//! `Collator`, `ListFormat`, ...) are still the engine's placeholders (v8x's
//! `install_intl_stub`, X_PATCHES 16).
//!
//! Clients: `x_worker` registers it; `99_main.js` puts `NumberFormat`, `PluralRules` and
//! `getCanonicalLocales` on the engine's `Intl` object (loaded on first use) and the
//! `toLocaleString` methods on `Number.prototype` and `BigInt.prototype`.

mod ops;

deno_core::extension!(
    x_ext_intl,
    ops = [
        ops::op_intl_canonicalize_locales,
        ops::op_intl_format_number,
        ops::op_intl_plural_select,
        ops::op_intl_plural_categories,
    ],
    customizer = |ext: &mut deno_core::Extension| {
        ext.lazy_loaded_esm_files = x_ext_embed::esm!(x_ext_intl, "01_intl.js");
    },
);
