//! `Intl.DisplayNames` for languages, regions and scripts: CLDR's names in a locale, from
//! `icu_experimental`'s display-names data. `01_intl.js` checks and canonicalizes the code
//! first; an answer of `None` is "no name" (the JS applies `fallback`).

use std::cell::RefCell;
use std::collections::HashMap;

use deno_core::op2;
use deno_error::JsErrorBox;
use icu_experimental::displaynames::multi::{
    LocaleDisplayNamesFormatter, RegionDisplayNames, ScriptDisplayNames,
};
use icu_experimental::displaynames::{
    DisplayNamesOptions, DisplayNamesPreferences, LanguageDisplay, Style,
};
use icu_locale::subtags::{Region, Script};
use icu_locale::Locale;

use crate::ops::{cached, parse_locale};

/// A names service's identity: locale, style, and for languages whether dialect names are
/// used (`en-GB` as "British English" rather than "English (United Kingdom)").
type Key = (String, String, bool);

thread_local! {
    static REGIONS: RefCell<HashMap<Key, RegionDisplayNames>> = RefCell::new(HashMap::new());
    static SCRIPTS: RefCell<HashMap<Key, ScriptDisplayNames>> = RefCell::new(HashMap::new());
    static LANGUAGES: RefCell<HashMap<Key, LocaleDisplayNamesFormatter>> =
        RefCell::new(HashMap::new());
}

fn options(style: &str, dialect: bool) -> DisplayNamesOptions {
    let mut options = DisplayNamesOptions::default();
    options.style = Some(match style {
        "narrow" => Style::Narrow,
        "short" => Style::Short,
        _ => Style::Long,
    });
    options.language_display = if dialect {
        LanguageDisplay::Dialect
    } else {
        LanguageDisplay::Standard
    };
    options
}

fn no_data(locale: &str, error: impl std::fmt::Display) -> JsErrorBox {
    JsErrorBox::range_error(format!("no display names for {locale}: {error}"))
}

/// The name of `code` (already canonical: `US`, `Latn`, `en-GB`) of `kind` (`region`,
/// `script` or `language`) in `locale`, or `None` when CLDR has none.
#[op2]
#[string]
pub fn op_intl_display_name(
    #[string] locale: &str,
    #[string] kind: &str,
    #[string] style: &str,
    dialect: bool,
    #[string] code: &str,
) -> Result<Option<String>, JsErrorBox> {
    display_name(locale, kind, style, dialect, code)
}

fn display_name(
    locale: &str,
    kind: &str,
    style: &str,
    dialect: bool,
    code: &str,
) -> Result<Option<String>, JsErrorBox> {
    let key = (locale.to_string(), style.to_string(), dialect);
    let prefs = || -> Result<DisplayNamesPreferences, JsErrorBox> {
        Ok(DisplayNamesPreferences::from(&parse_locale(locale)?))
    };
    let invalid = || JsErrorBox::range_error(format!("invalid {kind} code: {code}"));
    match kind {
        "region" => {
            let region = Region::try_from_str(code).map_err(|_| invalid())?;
            REGIONS.with(|cache| {
                cached(
                    cache,
                    key,
                    || {
                        RegionDisplayNames::try_new(prefs()?, options(style, dialect))
                            .map_err(|e| no_data(locale, e))
                    },
                    |names| names.of(region).map(str::to_string),
                )
            })
        }
        "script" => {
            let script = Script::try_from_str(code).map_err(|_| invalid())?;
            SCRIPTS.with(|cache| {
                cached(
                    cache,
                    key,
                    || {
                        ScriptDisplayNames::try_new(prefs()?, options(style, dialect))
                            .map_err(|e| no_data(locale, e))
                    },
                    |names| names.of(script).map(str::to_string),
                )
            })
        }
        _ => {
            let language = Locale::try_from_str(code).map_err(|_| invalid())?;
            LANGUAGES.with(|cache| {
                cached(
                    cache,
                    key,
                    || {
                        LocaleDisplayNamesFormatter::try_new(prefs()?, options(style, dialect))
                            .map_err(|e| no_data(locale, e))
                    },
                    // The formatter falls back to the code itself: that is "no name".
                    |names| Some(names.of(&language).into_owned()).filter(|name| name != code),
                )
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(locale: &str, kind: &str, style: &str, dialect: bool, code: &str) -> Option<String> {
        display_name(locale, kind, style, dialect, code).unwrap()
    }

    #[test]
    fn regions_scripts_and_languages() {
        assert_eq!(
            name("en", "region", "long", true, "US").as_deref(),
            Some("United States")
        );
        assert_eq!(
            name("de", "region", "long", true, "DE").as_deref(),
            Some("Deutschland")
        );
        assert_eq!(
            name("en", "script", "long", true, "Latn").as_deref(),
            Some("Latin")
        );
        assert_eq!(
            name("en", "language", "long", true, "fr").as_deref(),
            Some("French")
        );
        assert_eq!(
            name("en", "language", "long", true, "en-GB").as_deref(),
            Some("British English")
        );
        assert_eq!(
            name("en", "language", "long", false, "en-GB").as_deref(),
            Some("English (United Kingdom)")
        );
        assert_eq!(
            name("en", "region", "long", true, "ZZ"),
            name("en", "region", "long", true, "ZZ")
        );
    }
}
