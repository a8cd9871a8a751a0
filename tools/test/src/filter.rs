//! `--filter`: a test runs when its name contains the text, or, written `/like this/`,
//! matches the regular expression (as in Deno).

use regex::Regex;

#[derive(Debug, Clone, Default)]
pub enum TestFilter {
    #[default]
    All,
    Substring(String),
    Regex(Regex),
}

impl TestFilter {
    pub fn parse(text: Option<&str>) -> anyhow::Result<TestFilter> {
        let Some(text) = text else {
            return Ok(TestFilter::All);
        };
        if text.len() >= 2 && text.starts_with('/') && text.ends_with('/') {
            let pattern = &text[1..text.len() - 1];
            let regex = Regex::new(pattern)
                .map_err(|e| anyhow::anyhow!("--filter {text}: invalid regular expression: {e}"))?;
            return Ok(TestFilter::Regex(regex));
        }
        Ok(TestFilter::Substring(text.to_string()))
    }

    pub fn matches(&self, name: &str) -> bool {
        match self {
            TestFilter::All => true,
            TestFilter::Substring(text) => name.contains(text.as_str()),
            TestFilter::Regex(regex) => regex.is_match(name),
        }
    }

    pub fn is_active(&self) -> bool {
        !matches!(self, TestFilter::All)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substring_and_regex() {
        let f = TestFilter::parse(Some("add")).unwrap();
        assert!(f.matches("adds numbers") && !f.matches("subtracts"));
        let f = TestFilter::parse(Some("/^a.d$/")).unwrap();
        assert!(f.matches("and") && !f.matches("band"));
        assert!(TestFilter::parse(Some("/(/")).is_err());
        assert!(TestFilter::parse(None).unwrap().matches("anything"));
    }
}
