//! Arabic proclitics: the conjunctions و ف, the prepositions ب ل ك and the article ال,
//! which are written attached to the word they introduce (وباشينيان, لمجموعة مينسك,
//! والولايات المتحدة, للأمم المتحدة).
//!
//! A leading و ف ب ل ك is just as often part of a foreign name (واشنطن, فرنسا, بوتين,
//! لافروف, كييف), so nothing here decides that a letter *is* a clitic: [`strips`] lists
//! every way the front of a word could be clitics, and the matcher keeps a strip only when
//! what remains is a glossary key.

/// One way to read the front of a (folded) word as proclitics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Strip {
    /// Bytes removed from the front of the folded word.
    pub len: usize,
    /// The removed letters include the article ال (so the rest is a bare noun).
    pub article: bool,
    /// The strip ends in لل, which is ل + ال with the alef dropped: the rest must be
    /// read with ال put back in front (للأمم المتحدة → ل + الأمم المتحدة).
    pub restore_article: bool,
}

/// The proclitic sequences, in folded form, shortest first: an optional conjunction
/// (و ف), an optional preposition (ب ل ك), an optional article (ال), with ل + ال written
/// لل.
const SEQUENCES: [(&str, bool, bool); 23] = [
    ("و", false, false),
    ("ف", false, false),
    ("ب", false, false),
    ("ل", false, false),
    ("ك", false, false),
    ("ال", true, false),
    ("لل", true, true),
    ("وب", false, false),
    ("ول", false, false),
    ("وك", false, false),
    ("فب", false, false),
    ("فل", false, false),
    ("فك", false, false),
    ("وال", true, false),
    ("فال", true, false),
    ("بال", true, false),
    ("كال", true, false),
    ("ولل", true, true),
    ("فلل", true, true),
    ("وبال", true, false),
    ("وكال", true, false),
    ("فبال", true, false),
    ("فكال", true, false),
];

/// Letters a proclitic sequence can start with (to skip most words at once).
#[inline]
fn may_have_proclitic(word: &str) -> bool {
    matches!(word.chars().next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك' | 'ا'))
}

/// Every proclitic reading of the folded `word` that leaves at least `min_rest` letters,
/// shortest strip first.
pub fn strips(word: &str, min_rest: usize) -> impl Iterator<Item = Strip> + '_ {
    let possible = may_have_proclitic(word);
    SEQUENCES
        .iter()
        .filter(move |_| possible)
        .filter(move |(p, _, _)| {
            word.starts_with(p)
                && word[p.len()..]
                    .chars()
                    .nth(min_rest.saturating_sub(1))
                    .is_some()
        })
        .map(|&(p, article, restore_article)| Strip {
            len: p.len(),
            article,
            restore_article,
        })
}

/// The word with `strip` applied, `ال` put back where the strip asks for it.
pub fn apply(word: &str, strip: Strip) -> std::borrow::Cow<'_, str> {
    let rest = &word[strip.len..];
    if strip.restore_article {
        std::borrow::Cow::Owned(format!("ال{rest}"))
    } else {
        std::borrow::Cow::Borrowed(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readings(w: &str) -> Vec<String> {
        strips(w, 2).map(|s| apply(w, s).into_owned()).collect()
    }

    #[test]
    fn lists_every_reading_shortest_first() {
        assert_eq!(readings("وللندن"), ["للندن", "لندن", "الندن"]);
        assert_eq!(readings("للامم"), ["لامم", "الامم"]);
        assert_eq!(readings("فبالكرملين"), ["بالكرملين", "الكرملين", "كرملين"]);
        assert_eq!(readings("الناتو"), ["ناتو"]);
    }

    #[test]
    fn words_that_cannot_carry_clitics_have_no_readings() {
        assert!(readings("موسكو").is_empty());
        assert!(readings("باكو").len() == 1); // ب + اكو: a reading, kept only if اكو were a key
        assert!(readings("وب").is_empty());
    }
}
