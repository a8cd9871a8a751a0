mod gen_separated_values;
mod helpers;

pub use gen_separated_values::*;
pub use helpers::*;
