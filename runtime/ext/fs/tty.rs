//! Raw mode for a terminal (`Deno.stdin.setRaw`, `Deno.FsFile.setRaw`): the terminal's
//! settings before the first `setRaw(true)` are kept per file descriptor in `OpState`
//! and put back by `setRaw(false)`. Shared by `x_ext_fs` and `x_ext_process`.

#[cfg(unix)]
use std::collections::HashMap;

use deno_core::OpState;
use deno_error::JsErrorBox;

/// The settings each descriptor had before it was made raw.
#[cfg(unix)]
#[derive(Default)]
struct SavedTermios(HashMap<i32, libc::termios>);

/// Puts terminal `fd` into raw mode (`cbreak` keeps Ctrl-C and friends as signals) or
/// back. Anything but a terminal is Deno's `BadResource: ENOTTY: Not a typewriter`.
pub fn set_raw(state: &mut OpState, fd: i32, raw: bool, cbreak: bool) -> Result<(), JsErrorBox> {
    #[cfg(unix)]
    {
        let os_error = || JsErrorBox::from_err(std::io::Error::last_os_error());
        // SAFETY: isatty/tcgetattr/tcsetattr on a descriptor the caller owns, with a
        // termios struct that lives for the call.
        unsafe {
            if libc::isatty(fd) != 1 {
                return Err(JsErrorBox::new("BadResource", "ENOTTY: Not a typewriter"));
            }
            if !state.has::<SavedTermios>() {
                state.put(SavedTermios::default());
            }
            if raw {
                let mut current: libc::termios = std::mem::zeroed();
                if libc::tcgetattr(fd, &mut current) != 0 {
                    return Err(os_error());
                }
                state
                    .borrow_mut::<SavedTermios>()
                    .0
                    .entry(fd)
                    .or_insert(current);
                let mut t = current;
                t.c_iflag &=
                    !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
                t.c_cflag |= libc::CS8;
                t.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN);
                if !cbreak {
                    t.c_lflag &= !libc::ISIG;
                }
                t.c_cc[libc::VMIN] = 1;
                t.c_cc[libc::VTIME] = 0;
                if libc::tcsetattr(fd, libc::TCSADRAIN, &t) != 0 {
                    return Err(os_error());
                }
            } else if let Some(saved) = state.borrow_mut::<SavedTermios>().0.remove(&fd) {
                if libc::tcsetattr(fd, libc::TCSADRAIN, &saved) != 0 {
                    return Err(os_error());
                }
            }
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        let _ = (state, fd, raw, cbreak);
        Err(JsErrorBox::not_supported())
    }
}
