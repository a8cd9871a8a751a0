//! The sanitizers' findings in words: what a test left running (async ops, timers,
//! intervals) or open (resources), and, when leak tracing recorded it, where it started.
//! The wording follows Deno's so messages read the same in both runners.

use std::collections::BTreeMap;

use deno_core::stats::{RuntimeActivity, RuntimeActivityDiff, RuntimeActivityType};

/// Lines for `Leaks detected:`, and the notes after them.
pub fn describe(diff: RuntimeActivityDiff) -> (Vec<String>, Vec<String>) {
    let mut details = describe_side(diff.appeared, true);
    details.extend(describe_side(diff.disappeared, false));
    details.sort();
    let needs_trace = details.iter().any(|d| d.ends_with(NO_TRACE_MARK));
    let details = details
        .into_iter()
        .map(|d| d.trim_end_matches(NO_TRACE_MARK).to_string())
        .collect();
    let trailers = if needs_trace {
        vec![
            "To get more details where leaks occurred, run again with the --trace-leaks flag."
                .to_string(),
        ]
    } else {
        vec![]
    };
    (details, trailers)
}

/// Marks a detail that lacks a trace (removed before printing).
const NO_TRACE_MARK: &str = "\u{0}";

fn describe_side(activities: Vec<RuntimeActivity>, appeared: bool) -> Vec<String> {
    // (kind, name, trace) -> count
    let mut groups: BTreeMap<(u8, String, Option<String>), usize> = BTreeMap::new();
    for activity in activities {
        let kind = activity.activity();
        let (name, trace) = match activity {
            RuntimeActivity::AsyncOp(_, trace, name) => {
                (name.to_string(), trace.map(|t| t.to_string()))
            }
            RuntimeActivity::Resource(_, trace, name) => (name, trace.map(|t| t.to_string())),
            RuntimeActivity::Timer(_, trace) | RuntimeActivity::Interval(_, trace) => {
                (String::new(), trace.map(|t| t.to_string()))
            }
        };
        *groups.entry((kind as u8, name, trace)).or_default() += 1;
    }
    let mut out = Vec::new();
    for ((kind, name, trace), count) in groups {
        let kind = match kind {
            0 => RuntimeActivityType::AsyncOp,
            1 => RuntimeActivityType::Resource,
            2 => RuntimeActivityType::Timer,
            _ => RuntimeActivityType::Interval,
        };
        let (one, tense) = if count == 1 {
            (true, "was")
        } else {
            (false, "were")
        };
        let mut text = match kind {
            RuntimeActivityType::Resource => {
                let (what, opened, closed, hint) = resource_words(&name);
                if appeared {
                    format!("{what} was {opened} during the test, but not {closed} during the test. {hint}")
                } else {
                    format!(
                        "{what} was {opened} before the test started, but was {closed} during the test. \
                         Do not close resources in a test that were not created during that test."
                    )
                }
            }
            RuntimeActivityType::AsyncOp => {
                let count_text = if one {
                    "An".to_string()
                } else {
                    count.to_string()
                };
                let plural = if one { "" } else { "s" };
                let phrase = if appeared {
                    "started in this test, but never completed"
                } else {
                    "started before the test, but completed during the test. Async operations should not complete in a test if they were not started in that test"
                };
                match op_words(&name) {
                    Some((operation, hint)) => format!(
                        "{count_text} async operation{plural} to {operation} {tense} {phrase}. This is often caused by not {hint}."
                    ),
                    None => format!("{count_text} async call{plural} to {name} {tense} {phrase}."),
                }
            }
            RuntimeActivityType::Timer | RuntimeActivityType::Interval => {
                let interval = kind == RuntimeActivityType::Interval;
                let noun = if interval { "interval" } else { "timer" };
                let count_text = match (one, interval) {
                    (true, true) => "An".to_string(),
                    (true, false) => "A".to_string(),
                    (false, _) => count.to_string(),
                };
                let plural = if one { "" } else { "s" };
                let phrase = if appeared {
                    "started in this test, but never completed"
                } else {
                    "started before the test, but completed during the test. Intervals and timers should not complete in a test if they were not started in that test"
                };
                let clear = if interval {
                    "clearInterval"
                } else {
                    "clearTimeout"
                };
                format!("{count_text} {noun}{plural} {tense} {phrase}. This is often caused by not calling `{clear}`.")
            }
        };
        if kind != RuntimeActivityType::Resource {
            match trace {
                Some(trace) => {
                    let trace = trim_trace(&trace);
                    text.push_str(&format!(" The operation {tense} started here:\n{trace}"));
                }
                None => text.push_str(NO_TRACE_MARK),
            }
        }
        out.push(text);
    }
    out
}

/// (what, how it starts, how it ends, what to do) for a resource name.
fn resource_words(name: &str) -> (String, &'static str, &'static str, &'static str) {
    let (what, opened, closed, hint) = match name {
        "fsFile" => ("A file", "opened", "closed", "Close the file handle by calling `file.close()`."),
        "fsEvents" => {
            ("A file system watcher", "created", "closed", "Close the file system watcher by calling `watcher.close()`.")
        }
        "fetchRequest" => (
            "A fetch request",
            "started",
            "finished",
            "Await the promise returned from `fetch()` or abort the fetch with an abort signal.",
        ),
        "fetchResponse" => (
            "A fetch response body",
            "created",
            "consumed",
            "Consume or close the response body `ReadableStream`, e.g `await resp.text()` or `await resp.body.cancel()`.",
        ),
        "child" => ("A child process", "started", "closed", "Close the child process by calling `proc.kill()` or `proc.close()`."),
        "childStdin" => {
            ("A child process stdin", "opened", "closed", "Close the child process stdin by calling `proc.stdin.close()`.")
        }
        "childPipe" | "childStdout" | "childStderr" => (
            "A child process pipe",
            "opened",
            "closed",
            "Consume or cancel the child process's output streams, e.g. `await child.stdout.cancel()`.",
        ),
        "signal" => (
            "A signal listener",
            "created",
            "fired/cleared",
            "Clear the signal listener by calling `Deno.removeSignalListener`.",
        ),
        "tcpStream" => ("A TCP connection", "opened/accepted", "closed", "Close the TCP connection by calling `tcpConn.close()`."),
        "tcpListener" => ("A TCP listener", "opened", "closed", "Close the TCP listener by calling `tcpListener.close()`."),
        _ => return (format!("\"{name}\""), "created", "cleaned up", "Close the resource before the end of the test."),
    };
    (what.to_string(), opened, closed, hint)
}

/// (what the op does, what the program probably forgot) for the ops of x's extensions.
fn op_words(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "op_fetch" | "op_fetch_send" => (
            "send a HTTP request",
            "awaiting the result of a `fetch` call",
        ),
        "op_fs_read_file_async" => (
            "read a file",
            "awaiting the result of a `Deno.readFile` call",
        ),
        "op_fs_read_text_file_async" => (
            "read a text file",
            "awaiting the result of a `Deno.readTextFile` call",
        ),
        "op_fs_write_file_async" => (
            "write a file",
            "awaiting the result of a `Deno.writeFile` call",
        ),
        "op_fs_write_text_file_async" => (
            "write a text file",
            "awaiting the result of a `Deno.writeTextFile` call",
        ),
        "op_fs_stat_async" => (
            "get file metadata",
            "awaiting the result of a `Deno.stat` call",
        ),
        "op_fs_read_dir_async" => (
            "read a directory",
            "collecting all items in the async iterable returned from a `Deno.readDir` call",
        ),
        "op_fs_mkdir_async" => (
            "create a directory",
            "awaiting the result of a `Deno.mkdir` call",
        ),
        "op_fs_remove_async" => (
            "remove a file or directory",
            "awaiting the result of a `Deno.remove` call",
        ),
        "op_fs_open_async" => ("open a file", "awaiting the result of a `Deno.open` call"),
        "op_fs_copy_file_async" => (
            "copy a file",
            "awaiting the result of a `Deno.copyFile` call",
        ),
        "op_fs_rename_async" => (
            "rename a file",
            "awaiting the result of a `Deno.rename` call",
        ),
        "op_fs_events_poll" => (
            "get the next file system event",
            "breaking out of a for await loop looping over `Deno.FsEvents`",
        ),
        "op_signal_poll" => (
            "get the next signal",
            "clearing the signal listener with `Deno.removeSignalListener`",
        ),
        "op_spawn_wait" => (
            "wait for a subprocess to exit",
            "awaiting the `status` of a `Deno.Command` child",
        ),
        "op_spawn_output" => (
            "run a subprocess",
            "awaiting the result of a `Deno.Command#output` call",
        ),
        "op_sleep" => ("sleep", "clearing a `setTimeout` or `setInterval` call"),
        _ => return None,
    })
}

/// A leak's trace without the test harness: its frames, and the runner's below them.
fn trim_trace(trace: &str) -> String {
    let mut lines = Vec::new();
    let mut seen_user = false;
    for line in trace.lines() {
        let harness = line.contains("ext:x_ext_testing/");
        if harness && seen_user {
            break;
        }
        if harness {
            continue;
        }
        seen_user |= !line.contains("(ext:") && !line.contains(" ext:");
        lines.push(line);
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leaked_timer_without_a_trace_suggests_trace_leaks() {
        let diff = RuntimeActivityDiff {
            appeared: vec![RuntimeActivity::Timer(1, None)],
            disappeared: vec![],
        };
        let (details, trailers) = describe(diff);
        assert_eq!(
            details,
            vec!["A timer was started in this test, but never completed. This is often caused by not calling `clearTimeout`."]
        );
        assert_eq!(trailers.len(), 1);
    }

    #[test]
    fn a_leaked_file_is_named() {
        let diff = RuntimeActivityDiff {
            appeared: vec![RuntimeActivity::Resource(3, None, "fsFile".into())],
            disappeared: vec![],
        };
        let (details, trailers) = describe(diff);
        assert_eq!(
            details,
            vec!["A file was opened during the test, but not closed during the test. Close the file handle by calling `file.close()`."]
        );
        assert!(trailers.is_empty());
    }
}
