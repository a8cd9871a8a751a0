//! `console` and `Deno.inspect`. The formatter (`inspect.js`) follows Deno's output
//! byte for byte for the common cases; `01_console.js` is the `Console` built on it.
//! Output goes through deno_core's print op: stdout for log/info/debug, stderr for
//! error/warn/trace/assert, as in Deno.

deno_core::extension!(
    x_ext_console,
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(x_ext_console, "inspect.js", "01_console.js");
    },
);
