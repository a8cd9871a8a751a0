//! Link settings for the `x` executable.
//!
//! On Linux with glibc the executable's relative relocations are packed (DT_RELR): x is a
//! position-independent executable, and its ~130k relative relocations (vtables, and the
//! ICU data tables `Intl` carries) were a 3 MB `.rela.dyn` table the loader read at every
//! start. Packed, the table is ~45 KB. Kept position-independent on purpose: the same
//! executable hosts other people's code (`x platform serve`), where address-space
//! randomisation is worth more than the pages a non-PIE link would save.

fn main() {
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os == "linux" && target_env == "gnu" {
        // GNU ld ≥ 2.38 and glibc ≥ 2.36 (Debian 12 has both); an older ld warns and
        // ignores the option.
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
