//! The formatting options, named and defaulted as in Deno's `"fmt"` config (`lineWidth`,
//! `indentWidth`, `useTabs`, `singleQuote`, `proseWrap`, `semiColons`, `quoteProps`, ...),
//! and their translation into each dprint plugin's configuration, setting exactly what
//! `deno fmt` sets so the output is the same byte for byte.
//!
//! Precedence, highest first: command-line flags, the config file, `.editorconfig`, the
//! plugins' Deno presets.

use serde::Deserialize;
use serde_json::Value;

use dprint_core::configuration::NewLineKind as DprintNewLine;
use dprint_plugin_typescript::configuration as ts;

macro_rules! option_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),*
        }
        impl $name {
            /// The spelling used in config files.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }
        }
    };
}

option_enum!(
    /// How Markdown prose is wrapped.
    ProseWrap { Always = "always", Never = "never", Preserve = "preserve" }
);
option_enum!(QuoteProps { AsNeeded = "asNeeded", Consistent = "consistent", Preserve = "preserve" });
option_enum!(NewLineKind { Auto = "auto", Lf = "lf", Crlf = "crlf", System = "system" });
option_enum!(UseBraces { Maintain = "maintain", WhenNotSingleLine = "whenNotSingleLine", Always = "always", PreferNone = "preferNone" });
option_enum!(BracePosition { Maintain = "maintain", SameLine = "sameLine", NextLine = "nextLine", SameLineUnlessHanging = "sameLineUnlessHanging" });
option_enum!(Position { Maintain = "maintain", SameLine = "sameLine", NextLine = "nextLine" });
option_enum!(TrailingCommas { Always = "always", Never = "never", OnlyMultiLine = "onlyMultiLine" });
option_enum!(JsonTrailingCommas { Always = "always", Jsonc = "jsonc", Maintain = "maintain", Never = "never" });
option_enum!(MultiLineParens { Never = "never", Prefer = "prefer", Always = "always" });
option_enum!(SeparatorKind { SemiColon = "semiColon", Comma = "comma" });
option_enum!(SortOrder { Maintain = "maintain", CaseSensitive = "caseSensitive", CaseInsensitive = "caseInsensitive" });

/// Every option of the `"fmt"` section. `None` means "not set here": a lower layer or the
/// plugin's Deno preset decides.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct FmtOptions {
    pub use_tabs: Option<bool>,
    pub line_width: Option<u32>,
    pub indent_width: Option<u8>,
    pub single_quote: Option<bool>,
    pub prose_wrap: Option<ProseWrap>,
    pub semi_colons: Option<bool>,
    pub quote_props: Option<QuoteProps>,
    pub new_line_kind: Option<NewLineKind>,
    pub use_braces: Option<UseBraces>,
    pub brace_position: Option<BracePosition>,
    pub single_body_position: Option<Position>,
    pub next_control_flow_position: Option<Position>,
    pub trailing_commas: Option<TrailingCommas>,
    #[serde(rename = "json.trailingCommas")]
    pub json_trailing_commas: Option<JsonTrailingCommas>,
    pub operator_position: Option<Position>,
    #[serde(rename = "jsx.bracketPosition")]
    pub jsx_bracket_position: Option<Position>,
    #[serde(rename = "jsx.forceNewLinesSurroundingContent")]
    pub jsx_force_new_lines_surrounding_content: Option<bool>,
    #[serde(rename = "jsx.multiLineParens")]
    pub jsx_multi_line_parens: Option<MultiLineParens>,
    #[serde(rename = "typeLiteral.separatorKind")]
    pub type_literal_separator_kind: Option<SeparatorKind>,
    pub space_around: Option<bool>,
    pub space_surrounding_properties: Option<bool>,
    pub sort_named_imports: Option<SortOrder>,
    pub sort_named_exports: Option<SortOrder>,
    /// Read `.editorconfig` files for options not set otherwise (default: yes).
    pub use_editor_config: Option<bool>,
    /// Options of Deno's component formatters (Vue, Angular), which `x` does not have:
    /// accepted so a Deno config loads, and otherwise unused.
    pub vue_component_case: Option<String>,
    pub angular_next_control_flow_same_line: Option<bool>,
}

impl FmtOptions {
    /// Reads the `"fmt"` section of a config file (absent: all defaults). Unknown keys and
    /// wrong values are errors, as in Deno.
    pub fn from_config(section: Option<&Value>) -> anyhow::Result<FmtOptions> {
        let Some(section) = section else {
            return Ok(FmtOptions::default());
        };
        let Some(map) = section.as_object() else {
            anyhow::bail!("the \"fmt\" configuration must be an object, found {section}");
        };
        let mut map = map.clone();
        // The file lists are read by `x_config::files`.
        map.remove("include");
        map.remove("exclude");
        if map.remove("files").is_some() {
            eprintln!("Warning: \"files\" configuration in \"fmt\" was removed in Deno 2, use \"include\" and \"exclude\" instead.");
        }
        // The nested `"options": {...}` form is deprecated but still read when the flat
        // form sets nothing.
        let nested = map.remove("options");
        let flat: FmtOptions = serde_json::from_value(Value::Object(map))
            .map_err(|e| anyhow::anyhow!("invalid \"fmt\" configuration: {e}"))?;
        match nested {
            Some(nested) if flat == FmtOptions::default() => {
                eprintln!("Warning: \"options\" configuration is deprecated. Please use \"flat\" options instead.");
                serde_json::from_value(nested)
                    .map_err(|e| anyhow::anyhow!("invalid \"fmt.options\" configuration: {e}"))
            }
            Some(_) => {
                eprintln!("Warning: \"options\" configuration is deprecated and ignored by \"flat\" options.");
                Ok(flat)
            }
            None => Ok(flat),
        }
    }

    /// `other`'s set options win over this one's (flags over config).
    pub fn overridden_by(mut self, other: &FmtOptions) -> FmtOptions {
        macro_rules! take {
            ($($field:ident),*) => { $( if other.$field.is_some() { self.$field = other.$field; } )* };
        }
        take!(
            use_tabs,
            line_width,
            indent_width,
            single_quote,
            prose_wrap,
            semi_colons,
            quote_props,
            new_line_kind,
            use_braces,
            brace_position,
            single_body_position,
            next_control_flow_position,
            trailing_commas,
            json_trailing_commas,
            operator_position,
            jsx_bracket_position,
            jsx_force_new_lines_surrounding_content,
            jsx_multi_line_parens,
            type_literal_separator_kind,
            space_around,
            space_surrounding_properties,
            sort_named_imports,
            sort_named_exports,
            use_editor_config
        );
        self
    }

    fn new_line(&self) -> Option<DprintNewLine> {
        self.new_line_kind.map(|kind| match kind {
            NewLineKind::Auto => DprintNewLine::Auto,
            NewLineKind::Lf => DprintNewLine::LineFeed,
            NewLineKind::Crlf => DprintNewLine::CarriageReturnLineFeed,
            NewLineKind::System if cfg!(windows) => DprintNewLine::CarriageReturnLineFeed,
            NewLineKind::System => DprintNewLine::LineFeed,
        })
    }

    /// The TypeScript/JavaScript configuration: the Deno preset, then each set option.
    pub fn typescript(&self) -> ts::Configuration {
        let mut b = ts::ConfigurationBuilder::new();
        b.deno();
        if let Some(v) = self.use_tabs {
            b.use_tabs(v);
        }
        if let Some(v) = self.line_width {
            b.line_width(v);
        }
        if let Some(v) = self.indent_width {
            b.indent_width(v);
        }
        if self.single_quote == Some(true) {
            b.quote_style(ts::QuoteStyle::PreferSingle);
        }
        if let Some(v) = self.semi_colons {
            b.semi_colons(if v {
                ts::SemiColons::Prefer
            } else {
                ts::SemiColons::Asi
            });
        }
        if let Some(v) = self.quote_props {
            b.quote_props(match v {
                QuoteProps::AsNeeded => ts::QuoteProps::AsNeeded,
                QuoteProps::Consistent => ts::QuoteProps::Consistent,
                QuoteProps::Preserve => ts::QuoteProps::Preserve,
            });
        }
        if let Some(v) = self.new_line() {
            b.new_line_kind(v);
        }
        if let Some(v) = self.use_braces {
            b.use_braces(match v {
                UseBraces::Maintain => ts::UseBraces::Maintain,
                UseBraces::WhenNotSingleLine => ts::UseBraces::WhenNotSingleLine,
                UseBraces::Always => ts::UseBraces::Always,
                UseBraces::PreferNone => ts::UseBraces::PreferNone,
            });
        }
        if let Some(v) = self.brace_position {
            b.brace_position(match v {
                BracePosition::Maintain => ts::BracePosition::Maintain,
                BracePosition::SameLine => ts::BracePosition::SameLine,
                BracePosition::NextLine => ts::BracePosition::NextLine,
                BracePosition::SameLineUnlessHanging => ts::BracePosition::SameLineUnlessHanging,
            });
        }
        if let Some(v) = self.single_body_position {
            b.single_body_position(same_or_next(v));
        }
        if let Some(v) = self.next_control_flow_position {
            b.next_control_flow_position(match v {
                Position::Maintain => ts::NextControlFlowPosition::Maintain,
                Position::SameLine => ts::NextControlFlowPosition::SameLine,
                Position::NextLine => ts::NextControlFlowPosition::NextLine,
            });
        }
        if let Some(v) = self.trailing_commas {
            b.trailing_commas(match v {
                TrailingCommas::Always => ts::TrailingCommas::Always,
                TrailingCommas::Never => ts::TrailingCommas::Never,
                TrailingCommas::OnlyMultiLine => ts::TrailingCommas::OnlyMultiLine,
            });
        }
        if let Some(v) = self.operator_position {
            let v = match v {
                Position::Maintain => ts::OperatorPosition::Maintain,
                Position::SameLine => ts::OperatorPosition::SameLine,
                Position::NextLine => ts::OperatorPosition::NextLine,
            };
            // The Deno preset sets these per node kind, so a general setting would lose.
            b.binary_expression_operator_position(v);
            b.conditional_expression_operator_position(v);
            b.conditional_type_operator_position(v);
        }
        if let Some(v) = self.jsx_bracket_position {
            b.jsx_bracket_position(same_or_next(v));
        }
        if let Some(v) = self.jsx_force_new_lines_surrounding_content {
            b.jsx_force_new_lines_surrounding_content(v);
        }
        if let Some(v) = self.jsx_multi_line_parens {
            b.jsx_multi_line_parens(match v {
                MultiLineParens::Never => ts::JsxMultiLineParens::Never,
                MultiLineParens::Prefer => ts::JsxMultiLineParens::Prefer,
                MultiLineParens::Always => ts::JsxMultiLineParens::Always,
            });
        }
        if let Some(v) = self.type_literal_separator_kind {
            b.type_literal_separator_kind(match v {
                SeparatorKind::Comma => ts::SemiColonOrComma::Comma,
                SeparatorKind::SemiColon => ts::SemiColonOrComma::SemiColon,
            });
        }
        if let Some(v) = self.space_around {
            b.space_around(v);
        }
        if let Some(v) = self.space_surrounding_properties {
            b.space_surrounding_properties(v);
            b.import_declaration_space_surrounding_named_imports(v);
            b.export_declaration_space_surrounding_named_exports(v);
        }
        if let Some(v) = self.sort_named_imports {
            b.import_declaration_sort_named_imports(sort_order(v));
        }
        if let Some(v) = self.sort_named_exports {
            b.export_declaration_sort_named_exports(sort_order(v));
        }
        b.build()
    }

    /// The JSON/JSONC configuration.
    pub fn json(&self) -> dprint_plugin_json::configuration::Configuration {
        use dprint_plugin_json::configuration::{ConfigurationBuilder, TrailingCommaKind};
        let mut b = ConfigurationBuilder::new();
        b.deno();
        if let Some(v) = self.json_trailing_commas {
            b.trailing_commas(match v {
                JsonTrailingCommas::Always => TrailingCommaKind::Always,
                JsonTrailingCommas::Jsonc => TrailingCommaKind::Jsonc,
                JsonTrailingCommas::Maintain => TrailingCommaKind::Maintain,
                JsonTrailingCommas::Never => TrailingCommaKind::Never,
            });
        }
        if let Some(v) = self.use_tabs {
            b.use_tabs(v);
        }
        if let Some(v) = self.line_width {
            b.line_width(v);
        }
        if let Some(v) = self.indent_width {
            b.indent_width(v);
        }
        if let Some(v) = self.new_line() {
            b.new_line_kind(v);
        }
        b.build()
    }

    /// The Markdown configuration.
    pub fn markdown(&self) -> dprint_plugin_markdown::configuration::Configuration {
        use dprint_plugin_markdown::configuration::{ConfigurationBuilder, TextWrap};
        let mut b = ConfigurationBuilder::new();
        b.deno();
        if let Some(v) = self.line_width {
            b.line_width(v);
        }
        if let Some(v) = self.prose_wrap {
            b.text_wrap(match v {
                ProseWrap::Always => TextWrap::Always,
                ProseWrap::Never => TextWrap::Never,
                ProseWrap::Preserve => TextWrap::Maintain,
            });
        }
        if let Some(v) = self.new_line() {
            b.new_line_kind(v);
        }
        b.build()
    }
}

fn same_or_next(v: Position) -> ts::SameOrNextLinePosition {
    match v {
        Position::Maintain => ts::SameOrNextLinePosition::Maintain,
        Position::SameLine => ts::SameOrNextLinePosition::SameLine,
        Position::NextLine => ts::SameOrNextLinePosition::NextLine,
    }
}

fn sort_order(v: SortOrder) -> ts::SortOrder {
    match v {
        SortOrder::Maintain => ts::SortOrder::Maintain,
        SortOrder::CaseSensitive => ts::SortOrder::CaseSensitive,
        SortOrder::CaseInsensitive => ts::SortOrder::CaseInsensitive,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_flat_options_and_rejects_unknown_keys() {
        let json: Value = serde_json::json!({ "lineWidth": 100, "singleQuote": true, "proseWrap": "never",
            "json.trailingCommas": "jsonc", "include": ["src"] });
        let options = FmtOptions::from_config(Some(&json)).unwrap();
        assert_eq!(options.line_width, Some(100));
        assert_eq!(options.single_quote, Some(true));
        assert_eq!(options.prose_wrap, Some(ProseWrap::Never));
        assert_eq!(
            options.json_trailing_commas,
            Some(JsonTrailingCommas::Jsonc)
        );
        let err =
            FmtOptions::from_config(Some(&serde_json::json!({ "lineWidht": 1 }))).unwrap_err();
        assert!(err.to_string().contains("lineWidht"), "{err}");
        let err = FmtOptions::from_config(Some(&serde_json::json!({ "proseWrap": "sometimes" })))
            .unwrap_err();
        assert!(err.to_string().contains("sometimes"), "{err}");
    }

    #[test]
    fn flags_override_config() {
        let config = FmtOptions {
            line_width: Some(100),
            use_tabs: Some(true),
            ..Default::default()
        };
        let flags = FmtOptions {
            line_width: Some(60),
            ..Default::default()
        };
        let merged = config.overridden_by(&flags);
        assert_eq!((merged.line_width, merged.use_tabs), (Some(60), Some(true)));
    }

    #[test]
    fn deno_preset_defaults() {
        let ts = FmtOptions::default().typescript();
        assert_eq!(
            (ts.line_width, ts.indent_width, ts.use_tabs),
            (80, 2, false)
        );
        assert_eq!(ts.ignore_file_comment_text, "deno-fmt-ignore-file");
    }
}
