mod message;
mod reader_writer;
mod utils;

pub use message::*;
pub use reader_writer::*;
pub use utils::*;
