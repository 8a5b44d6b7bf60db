//! Text handling shared by every stage: normalisation for matching and scoring, and
//! tokenisation. Nothing here changes the text a translator sees: all of it produces
//! folded copies that point back into the original through byte offsets.

pub mod hash;
pub mod normalize;
pub mod tokenize;

pub use normalize::{fold, fold_char, fold_with_map, Folded};
pub use tokenize::{word_count, words, Word};
