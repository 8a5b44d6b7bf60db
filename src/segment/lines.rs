//! Cutting a document into lines, with every kind of line break.

use crate::text::normalize::is_invisible;

/// One non-blank line: the byte range of its visible content (leading and trailing
/// whitespace and invisible characters trimmed), and whether a blank line precedes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Byte offset of the first visible character.
    pub start: usize,
    /// Byte offset just past the last visible character.
    pub end: usize,
    /// True when one or more blank lines (or the start of the document) come before it.
    pub after_blank: bool,
}

/// True for characters that do not count as content: whitespace (no-break spaces
/// included) and invisible marks.
#[inline]
pub fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// `text[s..e]` without the blanks around it (`None` when it is all blank), except the
/// direction controls the kept text needs to stay paired: an isolate or embedding
/// (`U+2066..U+2068`, `U+202A..U+202E`) that opens before the text and closes inside
/// it, or opens inside and closes after. Trimming one half away left the translator a
/// lone closing mark, which upsets the display of everything after it.
pub fn trim(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let piece = &text[s..e];
    let mut a = s + piece.find(|c: char| !is_blank_char(c))?;
    let mut b = s + piece
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_blank_char(c))
        .map_or(piece.len(), |(j, c)| j + c.len_utf8());
    // Every direction control is E2 80 xx or E2 81 xx: most text has no E2 byte at all,
    // or a few (dashes, quotes), and is done with one fast search.
    let has_controls = memchr::memchr_iter(0xE2, &text.as_bytes()[s..e]).any(|k| {
        let c = text[s + k..].chars().next().unwrap_or(' ');
        ISOLATES.contains(&c) || EMBEDDINGS.contains(&c) || c == PDI || c == PDF
    });
    if !has_controls {
        return Some((a, b));
    }
    for (opens, closes) in [(&ISOLATES[..], PDI), (&EMBEDDINGS[..], PDF)] {
        // Closers inside with no opener inside, and openers inside never closed there.
        let (mut unopened, mut open) = (0usize, 0usize);
        for c in text[a..b].chars() {
            if opens.contains(&c) {
                open += 1;
            } else if c == closes {
                if open > 0 {
                    open -= 1;
                } else {
                    unopened += 1;
                }
            }
        }
        for (k, c) in text[s..a].char_indices().rev() {
            if unopened == 0 {
                break;
            }
            if opens.contains(&c) {
                unopened -= 1;
                a = s + k;
            }
        }
        let end = b;
        for (k, c) in text[end..e].char_indices() {
            if open == 0 {
                break;
            }
            if c == closes {
                open -= 1;
                b = end + k + c.len_utf8();
            }
        }
    }
    Some((a, b))
}

/// Left-to-right, right-to-left and first-strong isolates, closed by [`PDI`].
const ISOLATES: [char; 3] = ['\u{2066}', '\u{2067}', '\u{2068}'];
/// Pop directional isolate.
const PDI: char = '\u{2069}';
/// Embeddings and overrides, closed by [`PDF`].
const EMBEDDINGS: [char; 4] = ['\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}'];
/// Pop directional formatting.
const PDF: char = '\u{202C}';

/// Every character that breaks a line: LF and CR (CRLF is one break), then the Unicode
/// line and paragraph separators and NEL, which most text never uses.
pub const LINE_BREAKS: [char; 5] = ['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'];

/// The non-blank lines of `text`. Line breaks are LF, CRLF, CR, U+2028, U+2029 and NEL.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut after_blank = true;
    let bytes = text.as_bytes();
    let mut line_start = 0;
    let mut i = 0;
    let mut push = |s: usize, e: usize, after_blank: &mut bool| match trim(text, s, e) {
        None => *after_blank = true,
        Some((start, end)) => {
            out.push(Line {
                start,
                end,
                after_blank: *after_blank,
            });
            *after_blank = false;
        }
    };
    // Most text breaks lines with CR and LF only: then jump from one to the next.
    let unicode_breaks = LINE_BREAKS[2..].iter().any(|&b| text.contains(b));
    if !unicode_breaks {
        while let Some(k) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
            let at = i + k;
            let brk = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            push(line_start, at, &mut after_blank);
            i = at + brk;
            line_start = i;
        }
        push(line_start, bytes.len(), &mut after_blank);
        return out;
    }
    while i < bytes.len() {
        let b = bytes[i];
        let brk = match b {
            b'\n' => 1,
            b'\r' => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                }
            }
            // U+2028 / U+2029 (E2 80 A8/A9) and NEL (C2 85).
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                3
            }
            0xC2 if bytes.get(i + 1) == Some(&0x85) => 2,
            _ => 0,
        };
        if brk > 0 {
            push(line_start, i, &mut after_blank);
            i += brk;
            line_start = i;
        } else {
            i += 1;
        }
    }
    push(line_start, bytes.len(), &mut after_blank);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimming_keeps_direction_controls_paired() {
        let units = |t: &str| -> Vec<String> {
            crate::segment::segment(t, crate::lang::Lang::Ar)
                .units
                .iter()
                .map(|u| u.raw(t).to_string())
                .collect()
        };
        // An isolate opening the line and closing inside the first sentence stays with
        // it; one inside a sentence is untouched; unpaired marks are trimmed as before.
        let t = "\u{2067}قال باشينيان\u{2069} إن الوضع خطير. وأضاف أن \u{2066}Reuters\u{2069} نقلت ذلك.\u{200F}\n";
        assert_eq!(
            units(t),
            [
                "\u{2067}قال باشينيان\u{2069} إن الوضع خطير.",
                "وأضاف أن \u{2066}Reuters\u{2069} نقلت ذلك."
            ]
        );
        // An embedding opened inside and closed after the last visible character.
        let t = "\u{200F} وقال \u{202B}الوزير إن المحادثات ستستمر.\u{202C} \n";
        assert_eq!(
            units(t),
            ["وقال \u{202B}الوزير إن المحادثات ستستمر.\u{202C}"]
        );
        let blank = " \u{2067} \u{2069} ";
        assert_eq!(trim(blank, 0, blank.len()), None);
    }

    /// Lines a, b, c, d, e, with a blank line before a and before d: with every kind of
    /// line break (the general path), and with CR and LF only (the memchr path).
    #[test]
    fn all_line_endings_and_blank_lines() {
        for t in [
            "a\r\nb\rc\n\n \u{00A0}\u{200F}\nd\u{2028}e",
            "a\r\nb\rc\n\n \u{00A0}\u{200F}\nd\ne\r",
        ] {
            let l = lines(t);
            let texts: Vec<_> = l.iter().map(|l| &t[l.start..l.end]).collect();
            assert_eq!(texts, ["a", "b", "c", "d", "e"], "{t:?}");
            let blanks: Vec<_> = l.iter().map(|l| l.after_blank).collect();
            assert_eq!(blanks, [true, false, false, true, false], "{t:?}");
        }
    }
}
