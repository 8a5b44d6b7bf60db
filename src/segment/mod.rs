//! Article structure and sentence splitting.
//!
//! A document is cut into lines; each line is classified (title, subtitle, heading,
//! caption, body, credit, boilerplate — see [`structure`]); a body line that the page
//! broke in the middle of a sentence is joined to the next; body text is split into
//! sentences by the rules of [`sentences`]. Every unit carries byte and char offsets
//! into the document text, units are ordered and never overlap, and together they
//! cover every visible character of the input.

mod boilerplate;
mod lines;
mod long;
mod sentences;
mod structure;

use crate::lang::Lang;
pub use lines::is_blank_char;
use lines::LINE_BREAKS;
pub use long::MAX_UNIT_CHARS;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a unit of an article is (the sheet's `kind` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The headline.
    Title,
    /// A deck or standfirst right under the headline.
    Subtitle,
    /// A section heading inside the article.
    Heading,
    /// A photo caption.
    Caption,
    /// A sentence of running text.
    Body,
    /// A source credit or dateline.
    Credit,
    /// Site furniture: notices, "read more" blocks, related-article lists.
    Boilerplate,
}

impl Kind {
    /// The lower-case name used in sheets.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Title => "title",
            Kind::Subtitle => "subtitle",
            Kind::Heading => "heading",
            Kind::Caption => "caption",
            Kind::Body => "body",
            Kind::Credit => "credit",
            Kind::Boilerplate => "boilerplate",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim() {
            "title" => Kind::Title,
            "subtitle" => Kind::Subtitle,
            "heading" => Kind::Heading,
            "caption" => Kind::Caption,
            "body" => Kind::Body,
            "credit" => Kind::Credit,
            "boilerplate" => Kind::Boilerplate,
            other => return Err(format!("unknown kind '{other}'")),
        })
    }
}

/// One unit of a document: a sentence, or a whole title, heading, caption, credit or
/// boilerplate line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character in the document text.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Char offset of the first character.
    pub char_start: usize,
    /// Char offset just past the last character.
    pub char_end: usize,
    /// 1-based paragraph number (boilerplate lines are not counted as paragraphs and get 0).
    pub para: usize,
    /// What the unit is.
    pub kind: Kind,
}

impl Sentence {
    /// The unit exactly as written in `doc` (line breaks included).
    pub fn raw<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }

    /// The unit as a sheet shows it: exactly as written, except that each line break
    /// (CRLF, CR or LF, with the spaces around it) becomes one space.
    pub fn source_text(&self, doc: &str) -> String {
        one_line(self.raw(doc))
    }
}

/// Replace each line break, with the whitespace around it, by one space.
pub fn one_line(s: &str) -> String {
    // One fast single-character search per break (a search for a set of characters
    // decodes every character).
    if !LINE_BREAKS.iter().any(|&b| s.contains(b)) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split(LINE_BREAKS).enumerate() {
        let piece = line.trim_matches(|c: char| c.is_whitespace());
        if piece.is_empty() {
            continue;
        }
        if i > 0 && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(piece);
    }
    out
}

/// A document cut into units.
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    /// Every unit in document order, boilerplate included.
    pub units: Vec<Sentence>,
    /// How many passages ran past [`MAX_UNIT_CHARS`] without a sentence end and were
    /// cut into several units (the caller tells the user).
    pub cut: usize,
}

impl Segmentation {
    /// The units that are not boilerplate, in order: the sheet's rows.
    pub fn sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.units.iter().filter(|s| s.kind != Kind::Boilerplate)
    }

    /// How many units are boilerplate.
    pub fn boilerplate_count(&self) -> usize {
        self.units
            .iter()
            .filter(|s| s.kind == Kind::Boilerplate)
            .count()
    }
}

/// Cut `text` into units: structure first, then sentences in body text.
pub fn segment(text: &str, lang: Lang) -> Segmentation {
    let lines = lines::lines(text);
    let blocks = structure::classify(text, &lines, lang);
    let mut units = Vec::new();
    let mut cut = 0;
    let mut push = |s: usize, e: usize, para: usize, kind: Kind| match long::pieces(text, s, e) {
        Some(pieces) if pieces.len() > 1 => {
            // Thousands of characters on one line are running text, whatever their
            // place made them look like (a first line is taken for the headline): its
            // rows are body rows, not a dozen titles. Boilerplate stays boilerplate.
            let kind = if kind == Kind::Boilerplate {
                kind
            } else {
                Kind::Body
            };
            cut += 1;
            units.extend(pieces.into_iter().map(|(s, e)| (s, e, para, kind)));
        }
        Some(pieces) => units.extend(pieces.into_iter().map(|(s, e)| (s, e, para, kind))),
        None => units.push((s, e, para, kind)),
    };
    for block in &blocks {
        if block.kind == Kind::Body || block.kind == Kind::Subtitle {
            for (s, e) in sentences::split(text, block.start, block.end, lang) {
                push(s, e, block.para, block.kind);
            }
        } else {
            push(block.start, block.end, block.para, block.kind);
        }
    }
    // Char offsets in one pass over the text.
    let mut out = Vec::with_capacity(units.len());
    let mut chars_before = 0usize;
    let mut pos = 0usize;
    for (start, end, para, kind) in units {
        chars_before += text[pos..start].chars().count();
        let len = text[start..end].chars().count();
        out.push(Sentence {
            start,
            end,
            char_start: chars_before,
            char_end: chars_before + len,
            para,
            kind,
        });
        chars_before += len;
        pos = end;
    }
    Segmentation { units: out, cut }
}
