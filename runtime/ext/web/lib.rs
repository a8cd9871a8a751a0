//! The Web platform's core globals: `DOMException`, `Event`/`EventTarget` and the event
//! classes the runtime dispatches, `AbortController`/`AbortSignal`, `TextEncoder`/
//! `TextDecoder`, `atob`/`btoa`, `structuredClone`, `performance` and `navigator`.
//!
//! The JS follows the WHATWG/W3C specs (DOM, Encoding, HTML, High Resolution Time, User
//! Timing); the byte-level work (every encoding, base64, the clock) is done here in Rust so
//! that a large input costs one op call, not a JS loop (QuickJS has no JIT).
//! `00_webidl.js` holds the WebIDL conversions the other extensions (`x_ext_url`, ...) share.
//!
//! Clients: `x_worker` registers it and exposes the globals in `99_main.js`.

mod ops;

pub use ops::TimeOrigin;

deno_core::extension!(
    x_ext_web,
    ops = [
        ops::op_web_now,
        ops::op_web_time_origin,
        ops::op_web_hardware_concurrency,
        ops::op_web_language,
        ops::op_web_user_agent,
        ops::op_web_platform,
        ops::op_encoding_normalize_label,
        ops::op_encoding_encode,
        ops::op_encoding_encode_into,
        ops::op_encoding_decode_single,
        ops::op_encoding_new_decoder,
        ops::op_encoding_decode_stream,
        ops::op_encoding_free_decoder,
        ops::op_structured_clone_fast,
        ops::op_structured_clone_kind,
        ops::op_base64_atob,
        ops::op_base64_btoa,
    ],
    state = |state| {
        state.put(TimeOrigin::now());
        state.put(ops::Decoders::default());
    },
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(
            x_ext_web,
            "00_webidl.js",
            "00_infra.js",
            "01_dom_exception.js",
            "02_event.js",
            "03_abort_signal.js",
            "05_base64.js",
            "06_structured_clone.js",
            "08_text_encoding.js",
            "15_performance.js",
            "16_navigator.js",
            "17_global_scope.js",
        );
    },
);
