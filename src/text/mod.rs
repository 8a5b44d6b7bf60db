//! Text handling shared by every stage: normalisation for matching and scoring, and
//! tokenisation. Nothing here changes the text a translator sees: all of it produces
//! folded copies that point back into the original through byte offsets.

pub mod hash;
pub mod normalize;
pub mod tokenize;

pub use normalize::{fold, fold_char, fold_with_map, Folded};
pub use tokenize::{word_count, words, Word};

/// A character no one means to type and XML 1.0 cannot hold: a C0 control other than
/// tab, line feed and carriage return (an escape code pasted from a terminal, a form feed
/// from a word processor), or one of the non-characters U+FFFE and U+FFFF.
pub fn is_stray_control(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}
