//! Embeds an extension's ES modules in the binary.
//!
//! deno_core 0.413's `extension!(esm = [...])` records file *paths* and reads the files
//! when the runtime starts (it expects a snapshot made at build time). `x` makes its
//! snapshot at run time, from an installed binary that has no source tree beside it, so
//! every extension swaps its file list for this one, whose code is `include_str!`'d.
//! The code must be 7-bit ASCII (deno_core stores it as one-byte strings): write other
//! characters as `\u` escapes.
//!
//! ```ignore
//! deno_core::extension!(x_ext_timers, customizer = |ext: &mut deno_core::Extension| {
//!     ext.esm_files = x_ext_embed::esm!(x_ext_timers, "01_timers.js");
//! });
//! ```

#[doc(hidden)]
pub use deno_core;

/// `esm!(extension_name, "file.js", ...)`: the files as embedded `ext:<name>/<file>` modules.
#[macro_export]
macro_rules! esm {
    ($name:ident, $($file:literal),+ $(,)?) => {
        {
            const FILES: &[$crate::deno_core::ExtensionFileSource] = &[
                $(
                    $crate::deno_core::ExtensionFileSource::new(
                        concat!("ext:", stringify!($name), "/", $file),
                        $crate::deno_core::ascii_str_include!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $file)),
                    )
                ),+
            ];
            ::std::borrow::Cow::Borrowed(FILES)
        }
    };
}
