//! Word tokens: runs of letters and digits (with the marks and joiners that live inside
//! words), carrying byte offsets into the text they came from.

use unicode_normalization::char::is_combining_mark;

/// One word of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The word as written.
    pub text: &'a str,
}

/// True for a character that belongs inside a word: a letter, a digit, a combining mark
/// (Arabic diacritics), tatweel, or an invisible joiner.
#[inline]
pub fn is_word_char(c: char) -> bool {
    // Arabic letters first: the Unicode tables behind is_alphanumeric are slow for them.
    matches!(c, '\u{0621}'..='\u{064A}')
        || c.is_alphanumeric()
        || is_combining_mark(c)
        || matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{00AD}')
}

/// The words of `s`, in order. Punctuation, spaces and symbols separate words.
pub fn words(s: &str) -> impl Iterator<Item = Word<'_>> + '_ {
    let mut iter = s.char_indices().peekable();
    std::iter::from_fn(move || {
        // Skip to the next word character.
        let start = loop {
            let (i, c) = iter.next()?;
            if matches!(c, '\u{0621}'..='\u{064A}')
                || is_word_char(c) && !is_combining_mark(c)
                || c.is_alphanumeric()
            {
                break i;
            }
        };
        let mut end = s.len();
        while let Some(&(i, c)) = iter.peek() {
            if is_word_char(c) {
                iter.next();
            } else {
                end = i;
                break;
            }
        }
        Some(Word {
            start,
            end,
            text: &s[start..end],
        })
    })
}

/// The number of words in `s` (the unit of `--words` budgets and of EASC's budget).
pub fn word_count(s: &str) -> usize {
    words(s).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_words_keep_their_diacritics_and_clitics() {
        let w: Vec<_> = words("وقال باشينيان: «حلّ دبلوماسي»، الآن.")
            .map(|w| w.text)
            .collect();
        assert_eq!(w, ["وقال", "باشينيان", "حلّ", "دبلوماسي", "الآن"]);
    }

    #[test]
    fn zero_width_joiners_do_not_split() {
        let w: Vec<_> = words("باشي\u{200C}نيان 3.5").map(|w| w.text).collect();
        assert_eq!(w, ["باشي\u{200C}نيان", "3", "5"]);
    }
}
