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
    // Fast paths for ASCII and the Arabic block, which is nearly all of our text; the
    // general Unicode tables are slow.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        return is_arabic_block_word_char(c);
    }
    c.is_alphanumeric() || is_combining_mark(c) || matches!(c, '\u{200C}' | '\u{200D}' | '\u{00AD}')
}

/// Within U+0600–U+06FF, everything is a letter, digit or mark except punctuation and
/// symbols (، ؛ ؟ ٪ ٫ ٬ ۔ and the Quranic signs).
#[inline]
fn is_arabic_block_word_char(c: char) -> bool {
    !matches!(c, '\u{0600}'..='\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}' | '\u{06DD}' | '\u{06DE}' | '\u{06E9}')
}

/// True for a character that can start a word (a word char that is not a mark).
#[inline]
fn starts_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        return is_arabic_block_word_char(c)
            && !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}');
    }
    c.is_alphanumeric()
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
    fn tatweel_and_marks_stay_inside_words() {
        let w: Vec<_> = words("بوتـــين، ّ قال").map(|w| w.text).collect();
        assert_eq!(w, ["بوتـــين", "قال"]);
    }

    #[test]
    fn zero_width_joiners_do_not_split() {
        let w: Vec<_> = words("باشي\u{200C}نيان 3.5").map(|w| w.text).collect();
        assert_eq!(w, ["باشي\u{200C}نيان", "3", "5"]);
    }
}
