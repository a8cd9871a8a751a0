//! The Node built-ins npm packages reach for (`node:buffer`, `node:process`, `node:path`,
//! `node:events`, `node:util`, `node:url`, `node:crypto`, `node:stream`, `node:fs`,
//! `node:os`, `node:assert`, `node:timers`, `node:async_hooks`, ...), as thin JS over the
//! Web APIs and `Deno.*`, and `require()` for CommonJS packages (`module.js`).
//!
//! Clients: `x_worker` registers the extension, imports `mod.js` at snapshot time, and
//! answers a `node:NAME` import with [`builtin_module_source`]; the graph refuses a
//! built-in missing from `x_npm::PROVIDED_BUILTINS` before anything runs (a test keeps
//! that list and [`BUILTIN_FILES`] in step).

pub mod interface;
mod ops;

pub use interface::{CjsHost, CjsModule};

/// Each provided built-in and the `ext:x_ext_node/` file that implements it.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    ("assert", "assert.js"),
    ("assert/strict", "assert.js"),
    ("async_hooks", "async_hooks.js"),
    ("buffer", "buffer.js"),
    ("crypto", "crypto.js"),
    ("events", "events.js"),
    ("fs", "fs.js"),
    ("fs/promises", "fs_promises.js"),
    ("module", "module.js"),
    ("os", "os.js"),
    ("path", "path.js"),
    ("path/posix", "path.js"),
    ("process", "process.js"),
    ("stream", "stream.js"),
    ("string_decoder", "string_decoder.js"),
    ("timers", "timers.js"),
    ("timers/promises", "timers_promises.js"),
    ("url", "url.js"),
    ("util", "util.js"),
    ("util/types", "util_types.js"),
];

/// The ES module a `node:NAME` import loads: the implementation's exports, default
/// included (`None` if `x` does not provide it).
pub fn builtin_module_source(name: &str) -> Option<String> {
    let (_, file) = BUILTIN_FILES.iter().find(|(n, _)| *n == name)?;
    Some(format!(
        "export * from \"ext:x_ext_node/{file}\";\nexport {{ default }} from \"ext:x_ext_node/{file}\";\n"
    ))
}

deno_core::extension!(
    x_ext_node,
    ops = [
        ops::op_node_require_resolve,
        ops::op_node_require_load,
        ops::op_node_hash,
        ops::op_node_hmac,
    ],
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(
            x_ext_node,
            "events.js",
            "buffer.js",
            "path.js",
            "process.js",
            "util_types.js",
            "util.js",
            "url.js",
            "crypto.js",
            "stream.js",
            "string_decoder.js",
            "fs.js",
            "fs_promises.js",
            "os.js",
            "assert.js",
            "timers.js",
            "timers_promises.js",
            "async_hooks.js",
            "module.js",
            "mod.js",
        );
    },
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provided_builtins_match_the_files() {
        let ours: Vec<_> = BUILTIN_FILES.iter().map(|(n, _)| *n).collect();
        assert_eq!(ours, x_npm::PROVIDED_BUILTINS);
    }
}
