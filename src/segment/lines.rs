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
    let mut push = |s: usize, e: usize, after_blank: &mut bool| {
        let piece = &text[s..e];
        match piece.find(|c: char| !is_blank_char(c)) {
            None => *after_blank = true,
            Some(a) => {
                let trimmed_end = piece
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| !is_blank_char(c))
                    .map(|(j, c)| j + c.len_utf8())
                    .unwrap_or(piece.len());
                out.push(Line {
                    start: s + a,
                    end: s + trimmed_end,
                    after_blank: *after_blank,
                });
                *after_blank = false;
            }
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
