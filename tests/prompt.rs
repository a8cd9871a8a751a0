//! The permission prompt at a real terminal: `x run` gets a pseudo-terminal (openpty) as
//! its stdin, stdout and stderr, and the test answers the questions as a person would.
//! Deno's rules: ask only when stdin and stderr are terminals and `--no-prompt` is not
//! given; `y` grants the one thing, `n` refuses it, `A` grants the whole kind.

#![cfg(unix)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use x_specs::x_binary;

/// A program at a terminal: what it wrote so far, and the terminal to type into.
struct AtTerminal {
    child: std::process::Child,
    output: Arc<Mutex<Vec<u8>>>,
    reader: Option<std::thread::JoinHandle<()>>,
    master: File,
}

impl AtTerminal {
    /// Starts `x ARGS` in `dir` with a new pseudo-terminal as its standard streams (or
    /// only stdout/stderr when `stdin_is_terminal` is false: stdin is then a pipe).
    fn start(dir: &Path, args: &[&str], stdin_is_terminal: bool) -> AtTerminal {
        let (mut master_fd, mut slave_fd) = (0, 0);
        // SAFETY: openpty writes two descriptors into the integers it is given.
        let rc = unsafe {
            libc::openpty(
                &mut master_fd,
                &mut slave_fd,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
        // SAFETY: both descriptors were just opened and are owned here alone.
        let (master, slave) =
            unsafe { (File::from_raw_fd(master_fd), OwnedFd::from_raw_fd(slave_fd)) };
        let stdin = if stdin_is_terminal {
            Stdio::from(slave.try_clone().unwrap())
        } else {
            Stdio::piped()
        };
        let mut command = Command::new(x_binary());
        command
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env_remove("DENO_NO_PROMPT")
            .stdin(stdin)
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        // SAFETY: only async-signal-safe calls between fork and exec: a new session
        // whose controlling terminal is the pseudo-terminal (stdout is its slave side).
        unsafe {
            command.pre_exec(|| {
                libc::setsid();
                libc::ioctl(1, libc::TIOCSCTTY as _, 0);
                Ok(())
            });
        }
        let child = command.spawn().expect("x starts");
        // `command` holds the last copies of the slave side; dropping it lets the master
        // see the end of output once the child exits.
        drop(command);
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = output.clone();
        let mut reading = master.try_clone().unwrap();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // Ends with EIO once every slave descriptor is closed (the child exited).
            while let Ok(n) = reading.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        AtTerminal {
            child,
            output,
            reader: Some(reader),
            master,
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().unwrap()).replace("\r\n", "\n")
    }

    /// Waits for the `n`th question (counting from 1), then types `answer` and Enter.
    fn answer(&mut self, n: usize, answer: &str) {
        loop {
            let text = self.text();
            if text.matches("Allow?").count() >= n && text.trim_end().ends_with('>') {
                break;
            }
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("x ended ({status}) before question {n}:\n{text}");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        self.master
            .write_all(format!("{answer}\r").as_bytes())
            .unwrap();
    }

    /// Waits for the program to end; its exit code and everything it wrote.
    fn finish(mut self) -> (i32, String) {
        let status = self.child.wait().unwrap();
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        (status.code().unwrap_or(-1), self.text())
    }
}

fn program(source: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.ts"), source).unwrap();
    std::fs::write(dir.path().join("data.txt"), "data").unwrap();
    dir
}

const ASKS: &str = r#"
console.log("A", Deno.readTextFileSync("data.txt"));
try { Deno.env.get("HOME"); console.log("B granted"); } catch (e) { console.log("B", e.name); }
console.log("C", Deno.permissions.requestSync({ name: "sys", kind: "hostname" }).state);
console.log("D", Deno.permissions.requestSync({ name: "run" }).state, Deno.permissions.querySync({ name: "run", command: "ls" }).state);
console.log("E", Deno.permissions.querySync({ name: "env", variable: "HOME" }).state);
"#;

#[test]
fn prompts_at_a_terminal_and_follows_the_answers() {
    let dir = program(ASKS);
    let mut tty = AtTerminal::start(dir.path(), &["run", "main.ts"], true);
    tty.answer(1, "y");
    tty.answer(2, "n");
    tty.answer(3, "y");
    tty.answer(4, "A");
    let (code, text) = tty.finish();
    assert_eq!(code, 0, "{text}");
    // The first question, as Deno words it.
    assert!(
        text.contains(concat!(
            "\u{250f} \u{26a0}\u{fe0f}  Deno requests read access to \"data.txt\".\n",
            "\u{2520}\u{2500} Requested by `Deno.readFileSync()` API.\n",
            "\u{2520}\u{2500} Learn more at: https://docs.deno.com/go/--allow-read\n",
            "\u{2520}\u{2500} Run again with --allow-read to bypass this prompt.\n",
            "\u{2517} Allow? [y/n/A] (y = yes, allow; n = no, deny; A = allow all read permissions) > "
        )),
        "{text}"
    );
    for expected in [
        "\u{2705} Granted read access to \"data.txt\".\nA data\n",
        "\u{274c} Denied env access to \"HOME\".\nB NotCapable\n",
        "\u{2705} Granted sys access to \"hostname\".\nC granted\n",
        "\u{2705} Granted all run access.\nD granted granted\n",
        // A refusal is remembered: no second question.
        "E denied\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert_eq!(text.matches("Allow?").count(), 4, "{text}");
}

#[test]
fn an_unrecognized_answer_asks_again() {
    let dir = program(r#"console.log(Deno.permissions.requestSync({ name: "env" }).state);"#);
    let mut tty = AtTerminal::start(dir.path(), &["run", "main.ts"], true);
    tty.answer(1, "maybe");
    tty.answer(2, "y");
    let (code, text) = tty.finish();
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Unrecognized option. Allow?"), "{text}");
    assert!(
        text.contains("\u{2705} Granted env access.\ngranted\n"),
        "{text}"
    );
}

#[test]
fn no_prompt_refuses_without_asking() {
    let dir = program(ASKS);
    let tty = AtTerminal::start(dir.path(), &["run", "--no-prompt", "main.ts"], true);
    let (code, text) = tty.finish();
    assert_eq!(code, 1, "{text}");
    assert!(!text.contains("Allow?"), "{text}");
    assert!(
        text.contains("NotCapable: Requires read access to \"data.txt\", run again with the --allow-read flag"),
        "{text}"
    );
}

#[test]
fn no_prompt_when_stdin_is_not_a_terminal() {
    let dir = program(
        r#"console.log(Deno.permissions.requestSync({ name: "read" }).state);
try { Deno.readTextFileSync("data.txt"); } catch (e) { console.log(e.name, e.message); }"#,
    );
    let tty = AtTerminal::start(dir.path(), &["run", "main.ts"], false);
    let (code, text) = tty.finish();
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("Allow?"), "{text}");
    assert!(
        text.contains("denied\nNotCapable Requires read access to \"data.txt\", run again with the --allow-read flag\n"),
        "{text}"
    );
}

#[test]
fn a_grant_at_the_prompt_covers_only_what_was_asked() {
    let dir = program(
        r#"Deno.readTextFileSync("data.txt");
console.log(Deno.permissions.querySync({ name: "read", path: "data.txt" }).state, Deno.permissions.querySync({ name: "read", path: "/etc" }).state);"#,
    );
    let mut tty = AtTerminal::start(dir.path(), &["run", "main.ts"], true);
    tty.answer(1, "y");
    let (code, text) = tty.finish();
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("granted prompt\n"), "{text}");
}

#[test]
fn a_task_with_permissions_never_prompts_even_at_a_terminal() {
    // A task's set is the program's whole grant: asking at the terminal would let the
    // program widen it, so under `x task` request() is refused without a question.
    let dir = program(
        r#"console.log(Deno.permissions.requestSync({ name: "env" }).state);
console.log((await Deno.permissions.request({ name: "read" })).state);
console.log("A", Deno.readTextFileSync("data.txt"));
try { Deno.readTextFileSync("main.ts"); } catch (e) { console.log(e.name, e.message); }"#,
    );
    std::fs::write(
        dir.path().join("x.json"),
        r#"{ "tasks": { "confined": { "command": "x run main.ts", "permissions": { "read": ["./data.txt"] } } } }"#,
    )
    .unwrap();
    let tty = AtTerminal::start(dir.path(), &["task", "confined"], true);
    let (code, text) = tty.finish();
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("Allow?"), "{text}");
    assert!(
        text.contains(concat!(
            "denied\ndenied\nA data\n",
            "NotCapable Requires read access to \"main.ts\", run again with the --allow-read flag\n"
        )),
        "{text}"
    );
}
