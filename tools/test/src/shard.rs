//! `--shard=I/N`: this run's share of the test files, chosen from the file list alone,
//! before any module is loaded (no shard pays for another's modules). Without timings the
//! sorted files are dealt round-robin; with `--shard-timings FILE` (a JUnit or JSON report
//! of an earlier run) the longest files are placed first, each on the shard with the least
//! total so far, so shards take about the same time. Either way every file belongs to
//! exactly one shard and the shards together hold every file, on every machine.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// `I/N` (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

impl Shard {
    pub fn parse(text: &str) -> Result<Shard> {
        let Some((index, count)) = text.split_once('/') else {
            bail!("--shard takes INDEX/COUNT, e.g. --shard=1/3 (got {text})");
        };
        let index: usize = index
            .trim()
            .parse()
            .with_context(|| format!("--shard: bad index in {text}"))?;
        let count: usize = count
            .trim()
            .parse()
            .with_context(|| format!("--shard: bad count in {text}"))?;
        if count == 0 || index == 0 || index > count {
            bail!("--shard={text}: the index must be between 1 and the count");
        }
        Ok(Shard { index, count })
    }
}

/// The files of `shard` among `files` (sorted), balanced by `timings` (milliseconds per
/// file) when given.
pub fn select(
    files: &[PathBuf],
    shard: Shard,
    timings: Option<&HashMap<PathBuf, f64>>,
) -> Vec<PathBuf> {
    let assignment = assign(files, shard.count, timings);
    files
        .iter()
        .zip(assignment)
        .filter(|(_, s)| *s == shard.index - 1)
        .map(|(f, _)| f.clone())
        .collect()
}

/// The shard (0-based) of each file.
pub fn assign(
    files: &[PathBuf],
    count: usize,
    timings: Option<&HashMap<PathBuf, f64>>,
) -> Vec<usize> {
    let Some(timings) = timings.filter(|t| !t.is_empty()) else {
        return (0..files.len()).map(|i| i % count).collect();
    };
    // Files the report does not know (new since) count as an average file.
    let known: Vec<f64> = files
        .iter()
        .filter_map(|f| timings.get(f).copied())
        .collect();
    let average = if known.is_empty() {
        1.0
    } else {
        known.iter().sum::<f64>() / known.len() as f64
    };
    let mut order: Vec<usize> = (0..files.len()).collect();
    let weight = |i: usize| timings.get(&files[i]).copied().unwrap_or(average).max(0.0);
    // Longest first; ties by path, so every machine computes the same assignment.
    order.sort_by(|&a, &b| {
        weight(b)
            .total_cmp(&weight(a))
            .then_with(|| files[a].cmp(&files[b]))
    });
    let mut totals = vec![0.0f64; count];
    let mut assignment = vec![0; files.len()];
    for i in order {
        let shard = (0..count)
            .min_by(|&a, &b| totals[a].total_cmp(&totals[b]).then(a.cmp(&b)))
            .unwrap_or(0);
        totals[shard] += weight(i);
        assignment[i] = shard;
    }
    assignment
}

/// Milliseconds per test file from an earlier report: a JUnit file (a `<testsuite>`'s
/// `time`, or the sum of its cases') or this runner's JSON lines (`fileEnd` objects).
/// Names are resolved against `cwd` (`./a_test.ts`) or read as `file:` URLs.
pub fn read_timings(path: &Path, cwd: &Path) -> Result<HashMap<PathBuf, f64>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let entries = if text.trim_start().starts_with('<') {
        junit_timings(&text)
    } else {
        json_timings(&text)
    };
    let mut timings = HashMap::new();
    for (name, ms) in entries {
        let file = match url::Url::parse(&name) {
            Ok(url) if url.scheme() == "file" => match url.to_file_path() {
                Ok(path) => path,
                Err(_) => continue,
            },
            Ok(_) => continue,
            Err(_) => {
                let joined = cwd.join(&name);
                std::path::absolute(&joined)
                    .map(|p| normalize(&p))
                    .unwrap_or(joined)
            }
        };
        *timings.entry(file).or_insert(0.0) += ms;
    }
    if timings.is_empty() {
        bail!(
            "{} holds no per-file durations (expected a JUnit report or x test's JSON lines)",
            path.display()
        );
    }
    Ok(timings)
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn json_timings(text: &str) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    for line in text.lines() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if value["type"] != "fileEnd" {
            continue;
        }
        let name = value["origin"].as_str().or_else(|| value["file"].as_str());
        if let (Some(name), Some(ms)) = (name, value["durationMs"].as_f64()) {
            out.push((name.to_string(), ms));
        }
    }
    out
}

/// The attributes of each `<tag ...>` in `text` (no XML library needed for this much).
fn tags<'a>(text: &'a str, tag: &str) -> Vec<HashMap<String, String>> {
    let attribute = regex::Regex::new(r#"([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*"([^"]*)""#)
        .expect("a valid pattern");
    let open = format!("<{tag}");
    let mut out = Vec::new();
    let mut rest: &'a str = text;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        if !after.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/') {
            rest = after;
            continue;
        }
        let end = after.find('>').unwrap_or(after.len());
        let mut attributes = HashMap::new();
        for capture in attribute.captures_iter(&after[..end]) {
            attributes.insert(capture[1].to_string(), unescape(&capture[2]));
        }
        out.push(attributes);
        rest = &after[end..];
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn junit_timings(text: &str) -> Vec<(String, f64)> {
    let mut out: Vec<(String, f64)> = Vec::new();
    let suites = tags(text, "testsuite");
    for suite in &suites {
        if let (Some(name), Some(time)) = (
            suite.get("name"),
            suite.get("time").and_then(|t| t.parse::<f64>().ok()),
        ) {
            out.push((name.clone(), time * 1000.0));
        }
    }
    if out.is_empty() {
        // Suites without a time (Deno's reports): add up their cases.
        let mut sums: Vec<(String, f64)> = Vec::new();
        for case in tags(text, "testcase") {
            let (Some(class), Some(time)) = (
                case.get("classname"),
                case.get("time").and_then(|t| t.parse::<f64>().ok()),
            ) else {
                continue;
            };
            match sums.iter_mut().find(|(name, _)| name == class) {
                Some(entry) => entry.1 += time * 1000.0,
                None => sums.push((class.clone(), time * 1000.0)),
            }
        }
        out = sums;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(n: usize) -> Vec<PathBuf> {
        (0..n)
            .map(|i| PathBuf::from(format!("/p/f{i:03}_test.ts")))
            .collect()
    }

    #[test]
    fn every_file_in_exactly_one_shard() {
        for n in [0, 1, 2, 7, 100, 1001] {
            let mut all = files(n);
            all.sort();
            for count in [1, 2, 3, 8, 13] {
                let mut union: Vec<PathBuf> = Vec::new();
                for index in 1..=count {
                    union.extend(select(&all, Shard { index, count }, None));
                }
                union.sort();
                assert_eq!(union, all, "n={n} count={count}");
            }
        }
    }

    #[test]
    fn timings_balance_and_still_partition() {
        let all = files(40);
        let timings: HashMap<PathBuf, f64> = all
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 5 != 0)
            .map(|(i, f)| (f.clone(), (i * i) as f64))
            .collect();
        let count = 4;
        let mut union = Vec::new();
        let mut totals = Vec::new();
        for index in 1..=count {
            let mine = select(&all, Shard { index, count }, Some(&timings));
            let known: Vec<f64> = timings.values().copied().collect();
            let average = known.iter().sum::<f64>() / known.len() as f64;
            totals.push(
                mine.iter()
                    .map(|f| timings.get(f).copied().unwrap_or(average))
                    .sum::<f64>(),
            );
            union.extend(mine);
        }
        union.sort();
        assert_eq!(union, all);
        let max = totals.iter().copied().fold(f64::MIN, f64::max);
        let min = totals.iter().copied().fold(f64::MAX, f64::min);
        let largest = timings.values().copied().fold(0.0, f64::max);
        assert!(max - min <= largest, "unbalanced: {totals:?}");
    }

    #[test]
    fn parses_shard_arguments() {
        assert_eq!(Shard::parse("2/3").unwrap(), Shard { index: 2, count: 3 });
        assert!(Shard::parse("0/3").is_err());
        assert!(Shard::parse("4/3").is_err());
        assert!(Shard::parse("x").is_err());
    }

    #[test]
    fn reads_junit_and_json_timings() {
        let dir = tempfile::tempdir().unwrap();
        let cwd = dir.path();
        let junit = cwd.join("r.xml");
        std::fs::write(
            &junit,
            r#"<testsuites><testsuite name="./a_test.ts" tests="1" time="0.250"><testcase name="x" classname="./a_test.ts" time="0.2"/></testsuite></testsuites>"#,
        )
        .unwrap();
        let timings = read_timings(&junit, cwd).unwrap();
        assert_eq!(timings.get(&cwd.join("a_test.ts")), Some(&250.0));

        let deno = cwd.join("d.xml");
        std::fs::write(
            &deno,
            r#"<testsuites><testsuite name="./b_test.ts" tests="2"><testcase name="x" classname="./b_test.ts" time="0.100"></testcase><testcase name="y" classname="./b_test.ts" time="0.050"/></testsuite></testsuites>"#,
        )
        .unwrap();
        assert_eq!(
            read_timings(&deno, cwd)
                .unwrap()
                .get(&cwd.join("b_test.ts")),
            Some(&150.0)
        );

        let json = cwd.join("r.jsonl");
        std::fs::write(
            &json,
            "{\"type\":\"fileEnd\",\"file\":\"./c_test.ts\",\"durationMs\":12.5}\n",
        )
        .unwrap();
        assert_eq!(
            read_timings(&json, cwd)
                .unwrap()
                .get(&cwd.join("c_test.ts")),
            Some(&12.5)
        );
    }
}
