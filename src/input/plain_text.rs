//! The plain text a markup reader (Markdown, HTML) builds: words as they come, and a
//! paragraph break written once however many blocks end at the same place.

/// The text being built, with paragraph breaks written once however many blocks end.
#[derive(Default)]
pub(super) struct PlainText {
    /// The text so far.
    pub(super) text: String,
}

impl PlainText {
    /// Add `s` as it is.
    pub(super) fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// A blank line, unless the text already ends a paragraph (or has not begun).
    pub(super) fn end_block(&mut self) {
        let trimmed = self.text.trim_end_matches([' ', '\t', '\n']).len();
        self.text.truncate(trimmed);
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
    }

    /// A space between table cells, so that their words do not run together.
    pub(super) fn separate(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
            self.text.push(' ');
        }
    }

    /// The text, ending with one line break unless it is empty.
    pub(super) fn finish(mut self) -> String {
        let trimmed = self.text.trim_end().len();
        self.text.truncate(trimmed);
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.text
    }
}
