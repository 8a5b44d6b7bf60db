//! The unit of work: one article.

/// One article as read from a file, a folder, stdin or a JSON Lines record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Identifier: the file stem, or the `id` of a JSON Lines record.
    pub id: String,
    /// The decoded text, exactly as written (line endings included); for a Markdown file,
    /// the text without its markup (see `input::is_markdown_extension`).
    pub text: String,
    /// The language the input declared (JSON `lang`), if any; detection fills the rest.
    pub lang: Option<String>,
    /// Where it came from, for messages: a path, `path:line` for JSON Lines, or `<stdin>`.
    pub origin: String,
}

impl Document {
    /// A document with no declared language.
    pub fn new(id: impl Into<String>, text: impl Into<String>, origin: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            lang: None,
            origin: origin.into(),
        }
    }
}
