//! Times in the API are RFC 3339 strings in UTC with milliseconds; the store keeps
//! milliseconds since the epoch.

use chrono::{DateTime, SecondsFormat, Utc};

pub fn format(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub fn parse(s: &str) -> Result<i64, String> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.timestamp_millis())
        .map_err(|e| format!("{s:?} is not an RFC 3339 time (like 2025-01-31T12:00:00Z): {e}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trip() {
        assert_eq!(super::format(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(super::parse("1970-01-01T01:00:00+01:00").unwrap(), 0);
        assert_eq!(
            super::parse(&super::format(1_700_000_000_123)).unwrap(),
            1_700_000_000_123
        );
        assert!(super::parse("yesterday").is_err());
    }
}
