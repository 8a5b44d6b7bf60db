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
    // Fast paths: ASCII, and the Arabic letters, tatweel and diacritics (U+0621–U+065F),
    // which are most of the text; Unicode's alphabetic table lookup is slow.
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\x7f' => false,
        '\u{0621}'..='\u{065F}' => true,
        _ => {
            c.is_alphanumeric()
                || is_combining_mark(c)
                || matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{00AD}')
        }
    }
}

/// True for a character that can start a word: a word character that is not a mark
/// hanging on nothing (letters and digits always can).
#[inline]
pub fn starts_word(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '\u{0621}'..='\u{064A}' => true,
        '\0'..='\x7f' => false,
        _ => is_word_char(c) && !is_combining_mark(c) || c.is_alphanumeric(),
    }
}

/// The words of `s`, in order. Punctuation, spaces and symbols separate words.
pub fn words(s: &str) -> impl Iterator<Item = Word<'_>> + '_ {
    let mut iter = s.char_indices().peekable();
    std::iter::from_fn(move || {
        // Skip to the next word character.
        let start = loop {
            let (i, c) = iter.next()?;
            if starts_word(c) {
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
