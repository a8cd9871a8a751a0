//! `Intl.NumberFormat.prototype.formatToParts`: the text `format` gives, cut into
//! ECMA-402's typed parts. ICU4X's formatters type the digits, separators and signs of a
//! plain number but not a percent sign, a currency or a compact suffix, so the text is
//! read back with the locale's own symbols (its group and decimal separators and signs,
//! learnt from formatting a sample with parts): digits before and after the decimal
//! separator are `integer` and `fraction`, a separator between digits `group` or
//! `decimal`, the signs `minusSign`/`plusSign`, spaces `literal`, and any other run is
//! what the style adds (`currency`, `percentSign`, `compact`; `literal` otherwise).

use std::cell::RefCell;
use std::collections::HashMap;

use deno_error::JsErrorBox;
use fixed_decimal::Decimal;
use writeable::Writeable;

use crate::datetime::FormatPart;
use crate::ops::{cached, with_formatter, PartsCollector};

/// The separators and signs of `locale`'s numbers.
#[derive(Clone)]
struct Symbols {
    group: String,
    decimal: String,
    minus: String,
    plus: String,
}

thread_local! {
    /// By locale: learning them formats two samples, once per locale rather than per call.
    static SYMBOLS: RefCell<HashMap<String, Symbols>> = RefCell::new(HashMap::new());
}

fn symbols(locale: &str) -> Result<Symbols, JsErrorBox> {
    SYMBOLS.with(|cache| {
        cached(
            cache,
            locale.to_string(),
            || learn_symbols(locale),
            Symbols::clone,
        )
    })
}

fn learn_symbols(locale: &str) -> Result<Symbols, JsErrorBox> {
    let parts_of = |sample: &str| {
        let mut value = Decimal::try_from_str(sample).expect("a valid sample");
        if sample.starts_with('+') {
            value.apply_sign_display(fixed_decimal::SignDisplay::Always);
        }
        with_formatter(locale, "always", |f| {
            let mut collector = PartsCollector::default();
            let _ = f.format(&value).write_to_parts(&mut collector);
            collector.leaves
        })
    };
    let find = |leaves: &[(Vec<writeable::Part>, String)], name: &str| {
        leaves
            .iter()
            .find(|(stack, _)| stack.last().is_some_and(|p| p.value == name))
            .map(|(_, text)| text.clone())
            .unwrap_or_default()
    };
    let number = parts_of("-1234.5")?;
    let plus = parts_of("+1")?;
    Ok(Symbols {
        group: find(&number, "group"),
        decimal: find(&number, "decimal"),
        minus: find(&number, "minusSign"),
        plus: find(&plus, "plusSign"),
    })
}

/// What a run of text that is neither digits, separators, signs nor spaces is, in `style`
/// (`decimal`, `percent`, `currency`) and `notation`.
fn other_kind(style: &str, notation: &str, text: &str) -> &'static str {
    if text == "(" || text == ")" {
        return "literal";
    }
    match (style, notation) {
        (_, "compact") => "compact",
        ("currency", _) => "currency",
        ("percent", _) => "percentSign",
        _ => "literal",
    }
}

/// `text` (what `format` wrote in `locale` with these options) as typed parts.
pub fn parts(
    locale: &str,
    style: &str,
    notation: &str,
    text: &str,
) -> Result<Vec<FormatPart>, JsErrorBox> {
    if text.contains("NaN") {
        return Ok(split_special(text, "NaN", "nan"));
    }
    if text.contains('∞') {
        return Ok(split_special(text, "∞", "infinity"));
    }
    let symbols = symbols(locale)?;
    let scientific = notation == "scientific" || notation == "engineering";
    let (significand, exponent) = match text.rfind('E') {
        Some(at) if scientific => (&text[..at], Some(&text[at + 1..])),
        _ => (text, None),
    };
    let mut out = Vec::new();
    scan(significand, &symbols, style, notation, &mut out);
    if let Some(exponent) = exponent {
        push(&mut out, "exponentSeparator", "E");
        let mut rest = Vec::new();
        scan(exponent, &symbols, style, notation, &mut rest);
        for part in rest {
            let kind = match part.kind {
                "minusSign" => "exponentMinusSign",
                "integer" => "exponentInteger",
                other => other,
            };
            push(&mut out, kind, &part.value);
        }
    }
    Ok(merge_currency_names(out))
}

fn push(out: &mut Vec<FormatPart>, kind: &'static str, text: &str) {
    // Runs of one kind that the scan met piecewise are one part (a currency's letters, a
    // literal of several spaces); digit parts never follow one another.
    if let Some(last) = out.last_mut() {
        if last.kind == kind && matches!(kind, "literal" | "currency" | "compact" | "percentSign") {
            last.value.push_str(text);
            return;
        }
    }
    out.push(FormatPart {
        kind,
        value: text.to_string(),
    });
}

fn scan(text: &str, symbols: &Symbols, style: &str, notation: &str, out: &mut Vec<FormatPart>) {
    let mut rest = text;
    let mut after_decimal = false;
    let mut previous_digit = false;
    let starts_digit = |s: &str| s.chars().next().is_some_and(char::is_numeric);
    while let Some(c) = rest.chars().next() {
        if c.is_numeric() {
            let end = rest.find(|c: char| !c.is_numeric()).unwrap_or(rest.len());
            push(
                out,
                if after_decimal { "fraction" } else { "integer" },
                &rest[..end],
            );
            rest = &rest[end..];
            previous_digit = true;
            continue;
        }
        let symbol = [(&symbols.decimal, "decimal"), (&symbols.group, "group")]
            .into_iter()
            .find(|(s, _)| {
                !s.is_empty()
                    && previous_digit
                    && rest.starts_with(s.as_str())
                    && starts_digit(&rest[s.len()..])
            });
        if let Some((s, kind)) = symbol {
            if kind == "decimal" {
                after_decimal = true;
            }
            push(out, kind, s);
            rest = &rest[s.len()..];
            previous_digit = false;
            continue;
        }
        previous_digit = false;
        let sign = [(&symbols.minus, "minusSign"), (&symbols.plus, "plusSign")]
            .into_iter()
            .find(|(s, _)| !s.is_empty() && rest.starts_with(s.as_str()));
        if let Some((s, kind)) = sign {
            push(out, kind, s);
            rest = &rest[s.len()..];
            continue;
        }
        let len = c.len_utf8();
        let kind = if c.is_whitespace() {
            "literal"
        } else {
            other_kind(style, notation, &rest[..len])
        };
        push(out, kind, &rest[..len]);
        rest = &rest[len..];
    }
}

/// A currency's name of several words ("US dollars") is one part.
fn merge_currency_names(parts: Vec<FormatPart>) -> Vec<FormatPart> {
    let mut out: Vec<FormatPart> = Vec::with_capacity(parts.len());
    let mut iter = parts.into_iter().peekable();
    while let Some(part) = iter.next() {
        let is_gap = part.kind == "literal" && part.value.chars().all(char::is_whitespace);
        let between_currency = out.last().is_some_and(|p| p.kind == "currency")
            && iter.peek().is_some_and(|p| p.kind == "currency");
        if is_gap && between_currency {
            let next = iter.next().expect("peeked");
            let last = out.last_mut().expect("checked");
            last.value.push_str(&part.value);
            last.value.push_str(&next.value);
            continue;
        }
        out.push(part);
    }
    out
}

/// NaN and infinity: the special value's part, signs and the style's text around it.
fn split_special(text: &str, special: &str, kind: &'static str) -> Vec<FormatPart> {
    let at = text.find(special).unwrap_or(0);
    let mut out = Vec::new();
    let literal = |out: &mut Vec<FormatPart>, s: &str| {
        for c in s.chars() {
            let kind = match c {
                '-' | '\u{2212}' => "minusSign",
                '+' => "plusSign",
                _ => "literal",
            };
            let mut buf = [0u8; 4];
            push(out, kind, c.encode_utf8(&mut buf));
        }
    };
    literal(&mut out, &text[..at]);
    push(&mut out, kind, special);
    literal(&mut out, &text[at + special.len()..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(locale: &str, style: &str, notation: &str, text: &str) -> String {
        parts(locale, style, notation, text)
            .unwrap()
            .iter()
            .map(|p| format!("{}:{}", p.kind, p.value))
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn each_style_types_its_text() {
        assert_eq!(
            show("en", "decimal", "standard", "-1,234.5"),
            "minusSign:-|integer:1|group:,|integer:234|decimal:.|fraction:5"
        );
        assert_eq!(
            show("en", "currency", "standard", "-$1,234.50"),
            "minusSign:-|currency:$|integer:1|group:,|integer:234|decimal:.|fraction:50"
        );
        assert_eq!(
            show("de", "currency", "standard", "1.234,50\u{a0}€"),
            "integer:1|group:.|integer:234|decimal:,|fraction:50|literal:\u{a0}|currency:€"
        );
        assert_eq!(
            show("en", "currency", "standard", "2.00 US dollars"),
            "integer:2|decimal:.|fraction:00|literal: |currency:US dollars"
        );
        assert_eq!(
            show("de", "percent", "standard", "-50\u{a0}%"),
            "minusSign:-|integer:50|literal:\u{a0}|percentSign:%"
        );
        assert_eq!(
            show("de", "decimal", "compact", "1,2\u{a0}Mio."),
            "integer:1|decimal:,|fraction:2|literal:\u{a0}|compact:Mio."
        );
        assert_eq!(
            show("en", "decimal", "scientific", "-1.235E-4"),
            "minusSign:-|integer:1|decimal:.|fraction:235|exponentSeparator:E|exponentMinusSign:-|exponentInteger:4"
        );
        assert_eq!(
            show("en", "decimal", "standard", "-∞"),
            "minusSign:-|infinity:∞"
        );
    }
}
