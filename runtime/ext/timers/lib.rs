//! The HTML timer functions (`setTimeout`, `setInterval`, `clearTimeout`, `clearInterval`)
//! and `Deno.refTimer`/`Deno.unrefTimer`. The timer wheel itself is deno_core's (one
//! tokio timer for the whole wheel); this extension only maps the web's numeric ids onto it.

deno_core::extension!(
    x_ext_timers,
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(x_ext_timers, "01_timers.js");
    },
);
