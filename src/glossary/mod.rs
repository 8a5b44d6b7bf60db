//! The bilingual names glossary: loading, matching through clitics and spelling
//! variants, unknown names. (Work in progress: this module is being filled in.)

mod access;
pub use access::Entry;

use crate::error::Result;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;

/// How a name occurrence matched its glossary entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// The text is the entry, character for character.
    Exact,
    /// Equal after folding (diacritics, tatweel, alef forms, spaces...).
    Normalized,
    /// Equal after stripping proclitics (و ف ب ل ك ال).
    Clitic,
    /// A spelling close to the entry but not listed.
    Variant,
}

/// One name found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NameMatch {
    /// Byte offset of the surface form (clitics included) in the searched text.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// The text as it stands, clitics included.
    pub surface: String,
    /// The glossary entry's source form.
    pub term: String,
    /// The glossary entry's target form.
    pub target: String,
    /// How it matched.
    pub kind: MatchKind,
    /// 1.0, or the similarity for variants.
    pub score: f64,
}

/// A loaded glossary.
#[derive(Debug, Default)]
pub struct Glossary {}

impl Glossary {
    /// The Arabic–English glossary built into the binary.
    pub fn builtin() -> Arc<Glossary> {
        Arc::new(Glossary::default())
    }

    /// Load a CSV or TSV glossary file.
    pub fn from_path(_path: &Path) -> Result<Glossary> {
        Ok(Glossary::default())
    }

    /// Every name occurrence in `text`, in order.
    pub fn find(&self, _text: &str) -> Vec<NameMatch> {
        Vec::new()
    }
}
