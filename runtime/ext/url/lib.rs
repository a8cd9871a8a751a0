//! `URL`, `URLSearchParams` and `URLPattern` (WHATWG URL and URL Pattern standards). Parsing
//! is the `url` and `urlpattern` crates' (never hand-written): one op call per parse or
//! setter hands the JS the serialization and the component offsets, and every getter is a
//! slice of that string in JS.
//!
//! Clients: `x_worker` registers it (after `x_ext_web`, whose WebIDL helpers the JS uses)
//! and exposes the globals in `99_main.js`.

mod ops;

deno_core::extension!(
    x_ext_url,
    ops = [
        ops::op_url_parse,
        ops::op_url_reparse,
        ops::op_url_parse_search_params,
        ops::op_url_stringify_search_params,
        ops::op_urlpattern_parse,
        ops::op_urlpattern_process_match_input,
    ],
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(x_ext_url, "00_url.js", "01_urlpattern.js");
    },
);
