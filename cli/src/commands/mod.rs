//! One module per subcommand.

pub mod eval;
pub mod fmt;
pub mod lint;
pub mod platform;
pub mod run;
pub mod test;
