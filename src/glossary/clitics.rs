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

/// The readings of the front of a word, shortest first: an optional conjunction (و ف),
/// an optional preposition (ب ل ك), an optional article (ال), with ل + ال written لل.
/// Worked out from the first letters directly (no list of 23 sequences to compare), as
/// this runs for most words of every text.
#[derive(Debug, Clone, Copy)]
pub struct Strips {
    items: [Strip; 8],
    len: u8,
    next: u8,
}

impl Iterator for Strips {
    type Item = Strip;

    #[inline]
    fn next(&mut self) -> Option<Strip> {
        let s = *self.items[..self.len as usize].get(self.next as usize)?;
        self.next += 1;
        Some(s)
    }
}

/// Every proclitic reading of the folded `word` that leaves at least `min_rest` letters,
/// shortest strip first.
pub fn strips(word: &str, min_rest: usize) -> Strips {
    let none = Strip {
        len: 0,
        article: false,
        restore_article: false,
    };
    let mut out = Strips {
        items: [none; 8],
        len: 0,
        next: 0,
    };
    let mut c = ['\0'; 5];
    for (slot, ch) in c.iter_mut().zip(word.chars()) {
        *slot = ch;
    }
    if !matches!(c[0], 'و' | 'ف' | 'ب' | 'ل' | 'ك' | 'ا') {
        return out;
    }
    // Every proclitic letter takes two bytes in UTF-8.
    let mut add = |chars: usize, article: bool, restore_article: bool| {
        let rest = word.get(chars * 2..).unwrap_or("");
        if chars > 0 && rest.chars().nth(min_rest.saturating_sub(1)).is_some() {
            out.items[out.len as usize] = Strip {
                len: chars * 2,
                article,
                restore_article,
            };
            out.len += 1;
        }
    };
    for conj in 0..=1 {
        if conj == 1 && !matches!(c[0], 'و' | 'ف') {
            continue;
        }
        for prep in 0..=1 {
            if prep == 1 && !matches!(c[conj], 'ب' | 'ل' | 'ك') {
                continue;
            }
            let at = conj + prep;
            add(at, false, false);
            if prep == 1 && c[conj] == 'ل' {
                // لل: ل + ال with its alef dropped.
                if c[at] == 'ل' {
                    add(at + 1, true, true);
                }
            } else if c[at] == 'ا' && c.get(at + 1) == Some(&'ل') {
                add(at + 2, true, false);
            }
        }
    }
    // Shortest first (a handful of items: insertion sort).
    let items = &mut out.items[..out.len as usize];
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1].len > items[j].len {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
    out
}

/// Call `f` with the word as `strip` reads it (ال put back where the strip asks for it),
/// without allocating for short words.
pub fn with_reading<R>(word: &str, strip: Strip, f: impl FnOnce(&str) -> R) -> R {
    let rest = &word[strip.len..];
    if !strip.restore_article {
        return f(rest);
    }
    let mut buf = [0u8; 64];
    let article = "ال".as_bytes();
    if article.len() + rest.len() <= buf.len() {
        buf[..article.len()].copy_from_slice(article);
        buf[article.len()..article.len() + rest.len()].copy_from_slice(rest.as_bytes());
        let s = std::str::from_utf8(&buf[..article.len() + rest.len()]).expect("two whole strings");
        f(s)
    } else {
        f(&format!("ال{rest}"))
    }
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

    #[test]
    fn there_are_23_sequences() {
        // Every sequence on a long enough word, each read once.
        let mut all = std::collections::BTreeSet::new();
        for w in [
            "الاسم",
            "بالاسم",
            "كالاسم",
            "لللاسم",
            "والاسم",
            "وبالاسم",
            "وكالاسم",
            "وللاسم",
            "فالاسم",
            "فبالاسم",
            "فكالاسم",
            "فللاسم",
        ] {
            for s in strips(w, 2) {
                all.insert(w[..s.len].to_string() + if s.restore_article { "+" } else { "" });
            }
        }
        assert_eq!(all.len(), 23, "{all:?}");
    }
}
