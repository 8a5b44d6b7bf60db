//! Folding text for matching and scoring only.
//!
//! The fold is the one the field notes and the EASC protocol describe: NFKC; Arabic
//! diacritics (tashkeel, U+064B–U+065F, U+0670, Quranic marks) and tatweel removed;
//! أ إ آ ٱ → ا; ى → ي; ة → ه; Arabic-Indic and Persian digits → ASCII; Persian/Urdu
//! letters → their Arabic counterparts; lower case; no-break and other exotic spaces → a
//! plain space; zero-width characters, direction marks, the byte order mark and soft
//! hyphens removed (so they never split a word). The fold is idempotent.

use unicode_normalization::UnicodeNormalization;

/// What one input character folds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoldedChar {
    /// Nothing: the character is dropped (diacritic, tatweel, zero-width, direction mark).
    Drop,
    /// A plain space (any kind of space character).
    Space,
    /// One character (already lower-cased and folded).
    One(char),
}

/// True for Arabic marks that are dropped when folding (tashkeel, superscript alef,
/// Quranic annotation marks, honorific marks).
#[inline]
pub fn is_arabic_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}')
}

/// True for characters that are invisible and must never split a word: zero-width
/// space/joiners, direction marks and embeddings, the BOM, the soft hyphen.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{061C}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

/// Fold one character that is already in NFKC form (see [`fold_char`] for the rules).
#[inline]
fn fold_nfkc_char(c: char) -> FoldedChar {
    use FoldedChar::*;
    match c {
        '\u{0640}' => Drop, // tatweel
        c if is_arabic_diacritic(c) || is_invisible(c) => Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' => One('ا'),
        'ى' | 'ی' | 'ے' => One('ي'),
        'ة' | 'ۀ' | 'ە' => One('ه'),
        'پ' => One('ب'),
        'چ' => One('ج'),
        'ژ' => One('ز'),
        'ڤ' | 'ڥ' => One('ف'),
        'گ' | 'ک' => One('ك'),
        '\u{0660}'..='\u{0669}' => One(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => One(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{066B}' => One('.'),
        '\u{066C}' => One(','),
        c if c.is_ascii() => {
            if c.is_ascii_whitespace() {
                Space
            } else {
                One(c.to_ascii_lowercase())
            }
        }
        // Arabic has no case: skip the lower-casing tables.
        '\u{0600}'..='\u{06FF}' => One(c),
        c if c.is_whitespace() => Space,
        c => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => One(l),
                // Multi-char lower case (rare: İ): keep the character as it is.
                _ => One(c),
            }
        }
    }
}

/// Fold one character: NFKC (which may expand a presentation form or ligature into
/// several characters), then the Arabic and case folds. Calls `out` once per resulting
/// folded character.
#[inline]
pub fn fold_char(c: char, mut out: impl FnMut(FoldedChar)) {
    // ASCII and the Arabic block (but for the high-hamza letters U+0675–U+0678, which
    // have compatibility decompositions) are already NFKC: skip the normalisation tables.
    if c.is_ascii()
        || (('\u{0600}'..='\u{06FF}').contains(&c) && !('\u{0675}'..='\u{0678}').contains(&c))
    {
        out(fold_nfkc_char(c));
        return;
    }
    // Most Arabic letters are already NFKC; only decompose what needs it.
    if unicode_normalization::is_nfkc_quick(std::iter::once(c))
        == unicode_normalization::IsNormalized::Yes
    {
        out(fold_nfkc_char(c));
    } else {
        for d in std::iter::once(c).nfkc() {
            out(fold_nfkc_char(d));
        }
    }
}

/// Fold a whole string (see the module docs). Runs of spaces are kept as they are; use
/// [`crate::text::words`] to get tokens.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, |f| match f {
            FoldedChar::Drop => {}
            FoldedChar::Space => out.push(' '),
            FoldedChar::One(c) => out.push(c),
        });
    }
    out
}

/// A folded copy of a text that remembers where each of its bytes came from.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original of the character that
    /// produced it; one extra entry at the end holds the original's length.
    pub map: Vec<usize>,
}

impl Folded {
    /// The original byte range that the folded range `start..end` came from
    /// (from the start of the first source character to the end of the last one).
    pub fn original_range(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let ostart = self.map[start];
        let oend = if end == 0 {
            0
        } else {
            // The end is the end of the source character of the last folded byte.
            let last = self.map[end - 1];
            let ch = original[last..].chars().next().map_or(0, char::len_utf8);
            (last + ch).max(self.map[end].min(last + ch))
        };
        (ostart, oend)
    }
}

/// Fold `s` and keep a byte map back into it, for matching names and reporting where
/// they stand in the original text.
pub fn fold_with_map(s: &str) -> Folded {
    let mut text = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        fold_char(c, |f| {
            let ch = match f {
                FoldedChar::Drop => return,
                FoldedChar::Space => ' ',
                FoldedChar::One(c) => c,
            };
            text.push(ch);
            map.extend(std::iter::repeat_n(i, ch.len_utf8()));
        });
    }
    map.push(s.len());
    Folded { text, map }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_arabic_cases_of_the_field_notes() {
        assert_eq!(fold("أذربيجان"), "اذربيجان");
        assert_eq!(fold("آذربيجان"), "اذربيجان");
        assert_eq!(fold("إلهام"), "الهام");
        assert_eq!(fold("بُوتِين"), "بوتين");
        assert_eq!(fold("بوتـــين"), "بوتين");
        assert_eq!(fold("قرة"), "قره");
        assert_eq!(fold("موسى"), "موسي");
        assert_eq!(fold("٨٣٤ و۱۲"), "834 و12");
        assert_eq!(fold("قره\u{00A0}باغ"), "قره باغ");
        assert_eq!(fold("باشي\u{200C}نيان\u{200F}"), "باشينيان");
        assert_eq!(fold("Pashinyan"), "pashinyan");
        // Presentation forms (NFKC): lam-alef ligature.
        assert_eq!(fold("\u{FEFB}"), "لا");
    }

    #[test]
    fn map_points_back_into_the_original() {
        let s = "وبُوتين قال";
        let f = fold_with_map(s);
        assert_eq!(f.text, "وبوتين قال");
        let start = f.text.find("بوتين").unwrap();
        let end = start + "بوتين".len();
        let (os, oe) = f.original_range(start, end, s);
        assert_eq!(&s[os..oe], "بُوتين");
    }

    #[test]
    fn fold_is_idempotent_on_seed_text() {
        for s in [
            "حراك دبلوماسي دولي.. أرمينيا",
            "حيّز",
            "ﻻ",
            "Ünïcödé İstanbul",
        ] {
            let once = fold(s);
            assert_eq!(fold(&once), once, "{s}");
        }
    }
}
