//! The HTML timer functions (`setTimeout`, `setInterval`, `clearTimeout`, `clearInterval`)
//! and `Deno.refTimer`/`Deno.unrefTimer`. The timer wheel itself is deno_core's (one
//! tokio timer for the whole wheel); this extension only maps the web's numeric ids onto it.

deno_core::extension!(x_ext_timers, esm = ["01_timers.js"]);
