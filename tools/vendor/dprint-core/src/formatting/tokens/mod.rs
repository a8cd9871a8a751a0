mod token_finder;

pub use token_finder::TokenCollection;
pub use token_finder::TokenFinder;
