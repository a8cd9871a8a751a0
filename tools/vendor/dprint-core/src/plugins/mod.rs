mod plugin_handler;
mod plugin_info;

#[cfg(feature = "process")]
pub mod process;
#[cfg(feature = "wasm")]
pub mod wasm;

pub use plugin_handler::*;
pub use plugin_info::*;
