pub mod actions;
pub mod condition_helpers;
pub mod condition_resolvers;
pub mod conditions;
pub mod ir_helpers;

mod collections;
mod infinite_reevaluation_protection;
mod print;
mod print_items;
mod printer;
mod thread_state;
#[cfg(feature = "tracing")]
mod tracing;
mod write_items;
mod writer;

pub mod tokens;
pub mod utils;

pub use print::format;
pub use print::print;
#[cfg(feature = "tracing")]
pub use print::trace_printing;
pub use print::PrintOptions;
#[cfg(feature = "tracing")]
pub use print::TracingResult;
pub use print_items::*;
use printer::*;
#[cfg(feature = "tracing")]
use tracing::*;
use write_items::*;
