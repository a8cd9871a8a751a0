//! The process model of `x test`: one pristine test runtime per run, made in this
//! process before any test code runs, and one `fork` of this process per test file. The
//! child runs the file on its copy of the runtime and exits; the parent only reads pipes.
//!
//! Why fork: a runtime restored from the startup snapshot still costs 10-20 ms to make,
//! and the engine leaks ~0.8 MB per dropped runtime and caps runtimes per thread (see
//! DESIGN.md, "Engine hazards"). A fork costs well under a millisecond, the child's copy
//! is private (copy-on-write), and everything the child allocated - including what the
//! engine leaks - goes back to the system when it exits. The parent never makes a second
//! runtime, so neither limit is ever reached however many files there are.
//!
//! Each child gets two pipes. Its fds 1 and 2 are the *output* pipe, which also carries
//! the events (JSON lines, see `event.rs`), each behind [`EVENT_MARK`]: one stream keeps
//! output and events in the order they happened (the child flushes its output before it
//! writes an event). The *alive* pipe carries nothing; it reaches end of file when the
//! child exits (a subprocess the test started may keep the output pipe open longer).

use std::fs::File;
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

use x_worker::TestRuntime;

use crate::child::{run_file, FileJob};
use crate::event::Event;

/// How a file's process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
}

/// The parent's side of the run: hands out files and hears what the children say.
pub trait Scheduler {
    /// The next file to run (`slot` identifies it in the callbacks), if any now.
    fn next_job(&mut self) -> Option<(usize, FileJob)>;
    fn on_output(&mut self, slot: usize, bytes: &[u8]);
    fn on_event(&mut self, slot: usize, event: Event);
    /// The file's process is gone (after its last event and output).
    fn on_exit(&mut self, slot: usize, exit: Exit, killed: bool);
    /// Stop starting files and kill the running ones (`--fail-fast`).
    fn should_stop(&self) -> bool;
}

/// Starts an event in the output stream; the event's JSON follows, up to a newline.
pub const EVENT_MARK: &[u8] = b"\x1e\x1fx-test-event:";

struct Child {
    pid: libc::pid_t,
    slot: usize,
    alive: File,
    output: File,
    /// Output read but not yet handed on: a possibly incomplete event or mark at its end.
    pending: Vec<u8>,
    alive_open: bool,
    output_open: bool,
    killed: bool,
}

fn pipe() -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: both descriptors were just created and are owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

fn set_nonblocking(fd: RawFd) {
    // SAFETY: plain fcntl on a descriptor we own.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
    }
}

/// Forks a child for `job`. In the child this never returns.
fn spawn(
    template: &mut TestRuntime,
    slot: usize,
    job: &FileJob,
    running: &[Child],
) -> std::io::Result<Child> {
    let (alive_read, alive_write) = pipe()?;
    let (output_read, output_write) = pipe()?;
    // Whatever this process still buffers would otherwise be printed twice.
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: this process has a single thread that does anything at this point (the
    // caller's; the tokio runtime used for the graph is idle), so the child's copy of
    // memory is consistent. The child only uses its copy of the test runtime and exits
    // with `_exit`, never returning into the parent's code.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(std::io::Error::last_os_error());
    }
    if pid == 0 {
        let code = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            // SAFETY: descriptors of this process; 1 and 2 become the output pipe.
            unsafe {
                libc::dup2(output_write.as_raw_fd(), 1);
                libc::dup2(output_write.as_raw_fd(), 2);
            }
            for other in running {
                // SAFETY: the other children's pipes are not this child's business; closing
                // our copies keeps their ends of file from depending on us.
                unsafe {
                    libc::close(other.alive.as_raw_fd());
                    libc::close(other.output.as_raw_fd());
                }
            }
            drop(alive_read);
            drop(output_read);
            // Events go to the output pipe too; `alive_write` stays open until `_exit`.
            let events = File::from(output_write);
            run_file(template, job, events);
            drop(alive_write);
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().flush();
            0
        }))
        .unwrap_or(101);
        // SAFETY: ends the child without running the parent's destructors or exit hooks.
        unsafe { libc::_exit(code) };
    }
    drop(alive_write);
    drop(output_write);
    set_nonblocking(alive_read.as_raw_fd());
    set_nonblocking(output_read.as_raw_fd());
    Ok(Child {
        pid,
        slot,
        alive: File::from(alive_read),
        output: File::from(output_read),
        pending: Vec::new(),
        alive_open: true,
        output_open: true,
        killed: false,
    })
}

/// Reads what is there now; false at end of file.
fn drain(file: &mut File, mut sink: impl FnMut(&[u8])) -> bool {
    let mut buffer = [0u8; 64 * 1024];
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return false,
            Ok(n) => sink(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return true,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return false,
        }
    }
}

/// Reads the output pipe and hands on output and events in their order. With `last`
/// (the process is gone), whatever is left is output.
fn drain_output(child: &mut Child, scheduler: &mut dyn Scheduler, last: bool) {
    if child.output_open {
        let mut incoming = Vec::new();
        child.output_open = drain(&mut child.output, |bytes| incoming.extend_from_slice(bytes));
        child.pending.extend_from_slice(&incoming);
    }
    let slot = child.slot;
    let consumed = split_stream(
        &child.pending,
        last || !child.output_open,
        |piece| match piece {
            Piece::Output(bytes) => scheduler.on_output(slot, bytes),
            Piece::Event(json) => match serde_json::from_slice::<Event>(json) {
                Ok(event) => scheduler.on_event(slot, event),
                Err(error) => scheduler.on_output(
                    slot,
                    format!("x test: unreadable event from the test process: {error}\n").as_bytes(),
                ),
            },
        },
    );
    child.pending.drain(..consumed);
}

/// A piece of a child's output stream.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    Output(&'a [u8]),
    Event(&'a [u8]),
}

/// Splits `buffer` into output and events; returns how many bytes were handed on. An
/// event without its newline yet, or a tail that may be the start of a mark, waits for
/// more unless `at_end`.
fn split_stream(buffer: &[u8], at_end: bool, mut sink: impl FnMut(Piece)) -> usize {
    let mut start = 0;
    loop {
        let rest = &buffer[start..];
        match find(rest, EVENT_MARK) {
            Some(at) => {
                if at > 0 {
                    sink(Piece::Output(&rest[..at]));
                }
                let body = &rest[at + EVENT_MARK.len()..];
                match body.iter().position(|b| *b == b'\n') {
                    Some(end) => {
                        sink(Piece::Event(&body[..end]));
                        start += at + EVENT_MARK.len() + end + 1;
                    }
                    None => {
                        start += at;
                        if at_end {
                            sink(Piece::Output(&buffer[start..]));
                            return buffer.len();
                        }
                        return start;
                    }
                }
            }
            None => {
                // Keep a tail that could be the beginning of a mark.
                let keep = if at_end { 0 } else { partial_mark_len(rest) };
                let end = rest.len() - keep;
                if end > 0 {
                    sink(Piece::Output(&rest[..end]));
                }
                return start + end;
            }
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The length of the longest suffix of `bytes` that is a proper prefix of the mark.
fn partial_mark_len(bytes: &[u8]) -> usize {
    (1..EVENT_MARK.len().min(bytes.len() + 1))
        .rev()
        .find(|n| bytes.ends_with(&EVENT_MARK[..*n]))
        .unwrap_or(0)
}

fn wait(pid: libc::pid_t) -> Exit {
    let mut status = 0;
    loop {
        // SAFETY: waits for our own child.
        let r = unsafe { libc::waitpid(pid, &mut status, 0) };
        if r == pid {
            break;
        }
        if r < 0 && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            return Exit::Code(-1);
        }
    }
    if libc::WIFSIGNALED(status) {
        Exit::Signal(libc::WTERMSIG(status))
    } else {
        Exit::Code(libc::WEXITSTATUS(status))
    }
}

/// Runs every job the scheduler hands out, at most `concurrency` at a time.
pub fn run(
    template: &mut TestRuntime,
    concurrency: usize,
    scheduler: &mut dyn Scheduler,
) -> std::io::Result<()> {
    let concurrency = concurrency.max(1);
    let mut running: Vec<Child> = Vec::new();
    loop {
        if scheduler.should_stop() {
            for child in running.iter_mut().filter(|c| !c.killed) {
                // SAFETY: signals our own child.
                unsafe { libc::kill(child.pid, libc::SIGKILL) };
                child.killed = true;
            }
        } else {
            while running.len() < concurrency {
                let Some((slot, job)) = scheduler.next_job() else {
                    break;
                };
                let child = spawn(template, slot, &job, &running)?;
                running.push(child);
            }
        }
        if running.is_empty() {
            if scheduler.should_stop() {
                return Ok(());
            }
            match scheduler.next_job() {
                Some((slot, job)) => {
                    let child = spawn(template, slot, &job, &running)?;
                    running.push(child);
                }
                None => return Ok(()),
            }
        }

        let mut fds: Vec<libc::pollfd> = Vec::with_capacity(running.len() * 2);
        for child in &running {
            let alive = if child.alive_open {
                child.alive.as_raw_fd()
            } else {
                -1
            };
            let output = if child.output_open {
                child.output.as_raw_fd()
            } else {
                -1
            };
            fds.push(libc::pollfd {
                fd: alive,
                events: libc::POLLIN,
                revents: 0,
            });
            fds.push(libc::pollfd {
                fd: output,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        // SAFETY: `fds` is a valid array of pollfd of the given length.
        let ready = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, 1000) };
        if ready < 0 {
            let error = std::io::Error::last_os_error();
            if error.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(error);
        }
        for (index, child) in running.iter_mut().enumerate() {
            let alive_ready = fds[index * 2].revents != 0;
            let output_ready = fds[index * 2 + 1].revents != 0;
            if output_ready {
                drain_output(child, scheduler, false);
            }
            if alive_ready {
                let mut ignored = Vec::new();
                child.alive_open =
                    drain(&mut child.alive, |bytes| ignored.extend_from_slice(bytes));
            }
        }
        let mut index = 0;
        while index < running.len() {
            // The alive pipe closes when the process exits. Its output pipe may outlive it
            // (a subprocess it started can hold it): what was written before the exit is in
            // the pipe now; later writes are not the test's.
            if running[index].alive_open {
                index += 1;
                continue;
            }
            let mut child = running.swap_remove(index);
            let exit = wait(child.pid);
            drain_output(&mut child, scheduler, true);
            scheduler.on_exit(child.slot, exit, child.killed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(chunks: &[&[u8]]) -> Vec<String> {
        let mut pending = Vec::new();
        let mut out = Vec::new();
        for (i, chunk) in chunks.iter().enumerate() {
            pending.extend_from_slice(chunk);
            let at_end = i == chunks.len() - 1;
            let n = split_stream(&pending, at_end, |piece| match piece {
                Piece::Output(b) => out.push(format!("o:{}", String::from_utf8_lossy(b))),
                Piece::Event(b) => out.push(format!("e:{}", String::from_utf8_lossy(b))),
            });
            pending.drain(..n);
        }
        out
    }

    #[test]
    fn output_and_events_keep_their_order() {
        let mark = String::from_utf8(EVENT_MARK.to_vec()).unwrap();
        let stream = format!("a\n{mark}{{\"x\":1}}\nb{mark}{{}}\nc");
        assert_eq!(
            split(&[stream.as_bytes()]),
            ["o:a\n", "e:{\"x\":1}", "o:b", "e:{}", "o:c"]
        );
        // Split anywhere, even inside the mark or the event: same pieces, output maybe cut.
        for cut in 1..stream.len() {
            let (left, right) = stream.as_bytes().split_at(cut);
            let pieces = split(&[left, right]);
            let events: Vec<_> = pieces
                .iter()
                .filter(|p| p.starts_with("e:"))
                .cloned()
                .collect();
            assert_eq!(events, ["e:{\"x\":1}", "e:{}"], "cut at {cut}");
            let output: String = pieces.iter().filter_map(|p| p.strip_prefix("o:")).collect();
            assert_eq!(output, "a\nbc", "cut at {cut}");
        }
    }
}
