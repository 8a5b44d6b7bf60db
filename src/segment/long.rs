//! Cutting units that run on far past any real sentence.
//!
//! Text without sentence ends (a transcript, a table pasted as one line, a page whose
//! periods were lost) would otherwise be one "sentence" of any length: a row no
//! translator can work on, more than a spreadsheet cell holds (Excel keeps 32,767
//! characters), and in glossary-check a cell repeated in every match row, so that
//! 200 KB of such text gave a 1 GB sheet. The longest sentence in the EASC articles
//! and the seeds is 935 characters; a unit longer than [`MAX_UNIT_CHARS`] is cut into
//! pieces, each as long as it can be, at a clause mark, else a line break, else a
//! space. Nothing is lost: the pieces cover every visible character of the unit.

use super::lines::is_blank_char;

/// The most characters a unit may have.
pub const MAX_UNIT_CHARS: usize = 2000;

/// Where a cut is best made: after a clause mark, else at a line break, else at a
/// space; a word is cut only when the text has no space at all.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cut {
    InWord,
    Space,
    LineBreak,
    Clause,
}

/// The pieces of `text[start..end]`, each at most [`MAX_UNIT_CHARS`] characters and
/// trimmed of blanks; `None` when the range is short enough to stay whole (nearly every
/// unit: nothing is allocated for it).
pub fn pieces(text: &str, start: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    let unit = &text[start..end];
    // A byte count can only overstate the character count.
    if unit.len() <= MAX_UNIT_CHARS || unit.chars().count() <= MAX_UNIT_CHARS {
        return None;
    }
    let mut out = Vec::new();
    let mut from = start;
    // The unit was trimmed already; between pieces only the white space at a cut goes.
    // Invisible marks stay where they are, so every character of the unit is in a
    // piece, except a stretch of nothing but invisible marks (thousands of zero-width
    // spaces) that would make a row with nothing to read.
    let mut push = |s: usize, e: usize| {
        if text[s..e].chars().any(|c| !is_blank_char(c)) {
            out.push((s, e));
        }
    };
    loop {
        from += text[from..end]
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(end - from);
        if from >= end {
            break;
        }
        let Some(limit) = text[from..end]
            .char_indices()
            .nth(MAX_UNIT_CHARS)
            .map(|(k, _)| from + k)
        else {
            push(from, from + text[from..end].trim_end().len());
            break;
        };
        let cut = best_cut(text, from, limit);
        push(from, from + text[from..cut].trim_end().len());
        from = cut;
    }
    Some(out)
}

/// The byte offset at which the piece starting at `from` ends, at most `limit`: the
/// best kind of cut in the piece's second half, the latest of that kind.
fn best_cut(text: &str, from: usize, limit: usize) -> usize {
    let piece = &text[from..limit];
    let half = piece
        .char_indices()
        .nth(MAX_UNIT_CHARS / 2)
        .map_or(0, |(k, _)| k);
    let mut best: Option<(Cut, usize)> = None;
    let mut prev = '\0';
    for (k, c) in piece.char_indices() {
        if k >= half {
            // White space is where to cut; an invisible mark (a joiner, a direction
            // mark) belongs with its neighbours, and a cut never falls on it.
            let kind = if c.is_whitespace() {
                if matches!(prev, '،' | '؛' | ',' | ';' | ':') {
                    Some(Cut::Clause)
                } else if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}') {
                    Some(Cut::LineBreak)
                } else {
                    Some(Cut::Space)
                }
            } else if !is_blank_char(c) && !is_mark(c) && !joined(prev, c) {
                Some(Cut::InWord)
            } else {
                None
            };
            if let Some(kind) = kind {
                if best.is_none_or(|(b, _)| kind >= b) {
                    best = Some((kind, from + k));
                }
            }
        }
        prev = c;
    }
    // A combining mark never starts a piece: a letter keeps its vowel signs.
    let mut cut = best.map_or(limit, |(_, at)| at);
    while cut < limit && text[cut..].chars().next().is_some_and(is_mark) {
        cut += text[cut..].chars().next().map_or(1, char::len_utf8);
    }
    cut
}

/// A combining mark (Arabic vowel signs, accents), a joiner, a variation selector or an
/// emoji skin tone: each belongs to the character before it.
fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}')
}

/// `prev` and `c` are one picture: an emoji after a zero-width joiner (👨‍👩‍👧), or the
/// second letter of a flag (🇦🇲 is two regional indicators).
fn joined(prev: char, c: char) -> bool {
    let regional = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
    prev == '\u{200D}' || (regional(prev) && regional(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Vec<String> {
        let cut = pieces(text, 0, text.len()).unwrap_or_else(|| vec![(0, text.len())]);
        // In order, never overlapping, every visible character kept.
        let mut at = 0;
        for &(s, e) in &cut {
            assert!(s >= at && e > s, "{cut:?}");
            assert!(
                text[at..s].chars().all(is_blank_char),
                "lost {:?}",
                &text[at..s]
            );
            assert!(text[s..e].chars().count() <= MAX_UNIT_CHARS);
            at = e;
        }
        assert!(text[at..].chars().all(is_blank_char));
        cut.iter().map(|&(s, e)| text[s..e].to_string()).collect()
    }

    #[test]
    fn text_with_sentence_ends_is_never_cut() {
        // 5,500 characters in one paragraph: sentences, none cut by the cap.
        let s = "قال الوزير إن المفاوضات ستستأنف، وإن الوفد سيصل غدا. ".repeat(100);
        let seg = crate::segment::segment(&s, crate::lang::Lang::Ar);
        assert_eq!((seg.cut, seg.units.len()), (0, 100));
        // One unit of exactly the cap is whole; one character more is cut.
        let exact: String = "ب".repeat(MAX_UNIT_CHARS);
        assert_eq!(check(&exact).len(), 1);
        assert_eq!(check(&format!("{exact}ب")).len(), 2);
    }

    #[test]
    fn text_without_sentence_ends_is_cut_after_commas() {
        let clause = "وقال المتحدث باسم الحكومة إن الاجتماع سيعقد في العاصمة يريفان، ";
        let text = clause.repeat(200);
        let pieces = check(text.trim_end());
        assert!(pieces.len() >= 4, "{}", pieces.len());
        for p in &pieces[..pieces.len() - 1] {
            assert!(p.ends_with('،'), "{}", &p[p.len() - 20..]);
            assert!(p.chars().count() > MAX_UNIT_CHARS / 2);
        }
    }

    #[test]
    fn without_commas_it_cuts_at_a_space_and_without_spaces_keeps_vowel_signs() {
        let words = "باشينيان ".repeat(600);
        for p in check(&words) {
            assert!(p.ends_with('ن') && p.starts_with('ب'), "{p}");
        }
        // One "word" of 3,000 letters, each with a vowel sign: no sign starts a piece.
        let glued = "بَ".repeat(3000);
        let pieces = check(&glued);
        assert_eq!(pieces.concat(), glued);
        assert!(pieces.iter().all(|p| p.starts_with('ب')));
        // Families and flags stay whole pictures.
        for picture in ["👨\u{200D}👩\u{200D}👧", "🇦🇲", "👍🏽"] {
            let glued = picture.repeat(1500);
            let pieces = check(&glued);
            assert!(
                pieces
                    .iter()
                    .all(|p| p.starts_with(picture) && p.ends_with(picture)),
                "{picture}"
            );
        }
        // A stretch of 2,500 zero-width spaces between words makes no empty row.
        let hidden = format!(
            "{} {} {}",
            "ب".repeat(1500),
            "\u{200B}".repeat(2500),
            "ت".repeat(10)
        );
        let pieces = check(&hidden);
        assert!(
            pieces.iter().all(|p| p.chars().any(|c| !is_blank_char(c))),
            "{}",
            pieces.len()
        );
        // Invisible marks stay in the rows: an isolate around the whole passage opens
        // in the first and closes in the last.
        let isolated = format!("\u{2067}{}\u{2069}", "باكو ".repeat(500));
        let pieces = check(&isolated);
        assert!(pieces[0].starts_with('\u{2067}') && pieces[1].ends_with('\u{2069}'));
    }
}
