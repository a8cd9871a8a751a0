//! Where `Deno.env` reads and writes. `x run` uses the process environment
//! ([`RealEnv`]); a platform tenant gets its own variables (its project's settings) and
//! must never see or change the host process's.

use std::collections::HashMap;
use std::sync::Arc;

pub trait EnvStore: Send + Sync + 'static {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str);
    fn delete(&self, key: &str);
    fn to_map(&self) -> HashMap<String, String>;
}

/// The handle ops find in `OpState`.
#[derive(Clone)]
pub struct ProcessEnv(pub Arc<dyn EnvStore>);

/// The process environment.
pub struct RealEnv;

impl EnvStore for RealEnv {
    fn get(&self, key: &str) -> Option<String> {
        std::env::var_os(key).map(|v| v.to_string_lossy().into_owned())
    }

    fn set(&self, key: &str, value: &str) {
        // SAFETY: the runtime's JS thread is the only one that changes the environment
        // while a program runs (Deno does the same).
        unsafe { std::env::set_var(key, value) }
    }

    fn delete(&self, key: &str) {
        // SAFETY: as for set.
        unsafe { std::env::remove_var(key) }
    }

    fn to_map(&self) -> HashMap<String, String> {
        std::env::vars_os()
            .map(|(k, v)| {
                (
                    k.to_string_lossy().into_owned(),
                    v.to_string_lossy().into_owned(),
                )
            })
            .collect()
    }
}
