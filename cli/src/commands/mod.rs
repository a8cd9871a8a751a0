//! One module per subcommand.

pub mod ci;
pub mod coverage;
pub mod deploy;
pub mod doc;
pub mod eval;
pub mod fmt;
pub mod install;
pub mod lint;
pub mod lsp;
pub mod platform;
pub mod run;
pub mod serve;
pub mod task;
pub mod test;
