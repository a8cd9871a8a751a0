mod graph_node;
mod node_stack;
mod vec_u32_map;

pub use graph_node::*;
pub use node_stack::*;
pub use vec_u32_map::*;
