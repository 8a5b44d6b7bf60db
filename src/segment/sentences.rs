//! Sentence boundaries inside a block of running text.
use crate::lang::Lang;

/// Split `text[start..end]` into sentences; returns byte ranges in `text`.
pub fn split(_text: &str, start: usize, end: usize, _lang: Lang) -> Vec<(usize, usize)> {
    vec![(start, end)]
}
