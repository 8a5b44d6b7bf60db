//! The bilingual names glossary: loading, matching through clitics and spelling
//! variants, unknown names.
//!
//! - [`load`]: CSV/TSV files with a header naming the languages (`ar,en`) and optional
//!   `variants`, `type`, `note` columns; errors name file, row and column.
//! - [`matcher`]: longest-first matching of folded word runs through a hash of keys;
//!   proclitics (و ف ب ل ك ال) are taken off only when the rest is a key.
//! - [`variants`]: spellings close to an entry (consonant skeleton plus a weighted edit
//!   distance), never for common words ([`common_words`]).
//! - [`unknown`]: name-like words the glossary lacks, grouped across documents.
//!
//! Folding (diacritics, tatweel, alef forms, ى/ي, ة/ه, NFKC, digits, invisible
//! characters) is for matching only: every match points back at the text as written.

pub mod clitics;
pub mod common_words;
pub mod load;
pub mod matcher;
pub mod unknown;
pub mod variants;

use crate::error::{Error, Result};
use matcher::{Hit, Index, Tokens};
use serde::Serialize;
use std::fmt;
use std::path::Path;
use std::sync::{Arc, LazyLock};
pub use unknown::{Candidate, UnknownName, UnknownNames};

/// How a name occurrence matched its glossary entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// The text is the entry (its term or a listed variant), character for character.
    Exact,
    /// Equal after folding (diacritics, tatweel, alef forms, spaces...).
    Normalized,
    /// Equal after stripping proclitics (و ف ب ل ك ال).
    Clitic,
    /// A spelling close to the entry but not listed.
    Variant,
}

impl MatchKind {
    /// The lower-case name used in sheets.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Normalized => "normalized",
            MatchKind::Clitic => "clitic",
            MatchKind::Variant => "variant",
        }
    }
}

impl fmt::Display for MatchKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
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
    /// Index of the entry in [`Glossary::entries`].
    pub entry: usize,
}

/// One row of a glossary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The source term (first column).
    pub source: String,
    /// Its translation (second column).
    pub target: String,
    /// Other source spellings (`variants` column, `|`-separated).
    pub variants: Vec<String>,
    /// What it names: person, place, country, city, organization, media... (`type`).
    pub kind: String,
    /// Free text for the translator (`note`).
    pub note: String,
    /// 1-based row in the file (the header is row 1).
    pub row: usize,
}

/// What [`Glossary::scan`] finds in one text.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// Glossary names, in text order, not overlapping.
    pub matches: Vec<NameMatch>,
    /// Name-like runs of words the glossary does not know.
    pub unknown: Vec<Candidate>,
}

/// A loaded glossary, indexed for matching.
#[derive(Default)]
pub struct Glossary {
    name: String,
    source_lang: String,
    target_lang: String,
    entries: Vec<Entry>,
    warnings: Vec<String>,
    index: Index,
}

impl fmt::Debug for Glossary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Glossary")
            .field("name", &self.name)
            .field(
                "languages",
                &format_args!("{}-{}", self.source_lang, self.target_lang),
            )
            .field("entries", &self.entries.len())
            .field("forms", &self.index.forms.len())
            .finish()
    }
}

/// The built-in glossary's text (`glossaries/ar-en.csv`).
pub const BUILTIN_CSV: &str = include_str!("../../glossaries/ar-en.csv");

static BUILTIN: LazyLock<Arc<Glossary>> = LazyLock::new(|| {
    Arc::new(
        Glossary::from_text(Path::new("glossaries/ar-en.csv"), BUILTIN_CSV)
            .expect("the built-in glossary is checked by the tests"),
    )
});

impl Glossary {
    /// The Arabic–English glossary built into the binary (`glossaries/ar-en.csv`),
    /// loaded once per process.
    pub fn builtin() -> Arc<Glossary> {
        Arc::clone(&BUILTIN)
    }

    /// Load a CSV, TSV or TBX glossary file (UTF-8 with or without BOM, UTF-16, or
    /// Windows-1256). Warnings (duplicates...) are kept in [`Glossary::warnings`].
    pub fn from_path(path: &Path) -> Result<Glossary> {
        // TBX goes through the same loader and checks as CSV.
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("tbx"))
        {
            let tb = crate::export::tbx::read_tbx(path)?;
            return Glossary::from_text(path, &tb.to_csv());
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let decoded = crate::input::decode(&bytes[..], path)?;
        let mut g = Glossary::from_text(path, &decoded.text)?;
        if let Some(w) = decoded.warning {
            g.warnings.insert(0, format!("{}: {w}", path.display()));
        }
        Ok(g)
    }

    /// Load a glossary from its text; `path` names it in messages, and its extension
    /// (`.tsv`, `.csv`) picks the delimiter (otherwise the header line decides).
    pub fn from_text(path: &Path, text: &str) -> Result<Glossary> {
        let mut parsed = load::parse(path, text)?;
        let name = path.display().to_string();
        let (index, warnings) = Index::build(&parsed.entries, &name);
        parsed.warnings.extend(warnings);
        Ok(Glossary {
            name,
            source_lang: parsed.source_lang,
            target_lang: parsed.target_lang,
            entries: parsed.entries,
            warnings: parsed.warnings,
            index,
        })
    }

    /// The file it came from (`glossaries/ar-en.csv` for the built-in one).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Source language code from the header (`ar`).
    pub fn source_lang(&self) -> &str {
        &self.source_lang
    }

    /// Target language code from the header (`en`).
    pub fn target_lang(&self) -> &str {
        &self.target_lang
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True if the glossary has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Problems found while loading that did not stop it (duplicates, unknown columns,
    /// spellings that fold alike), each naming file and row.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The lookup tables (for the unknown-name report).
    pub(crate) fn index(&self) -> &Index {
        &self.index
    }

    /// Every name occurrence in `text`, in order: exact, normalized, clitic and variant
    /// matches.
    pub fn find(&self, text: &str) -> Vec<NameMatch> {
        self.find_with(text, true)
    }

    /// The names in `text` as the glossary writes them, give or take folding and
    /// clitics (exact, normalized and clitic matches): no guessing of variant spellings.
    pub fn find_exact(&self, text: &str) -> Vec<NameMatch> {
        self.find_with(text, false)
    }

    /// How many names [`Glossary::find_exact`] finds in `text`, whose words `tokens` are
    /// (as [`matcher::tokenize`] cuts them), where `starts[i]` is
    /// [`Glossary::may_start_name`] of word `i`: for callers that have the words already
    /// and meet each distinct word many times.
    pub fn count_exact(&self, text: &str, tokens: &Tokens, starts: &[bool]) -> usize {
        let mut hits = Vec::new();
        self.index.scan_exact_at(text, tokens, starts, &mut hits);
        hits.len()
    }

    /// A number no other glossary loaded by this process has: lets a cache of
    /// [`Glossary::may_start_name`] answers tell glossaries apart.
    pub fn id(&self) -> u64 {
        self.index.id()
    }

    /// False if no name of the glossary can start at a word that folds to `word` (see
    /// [`Glossary::count_exact`]).
    pub fn may_start_name(&self, word: &str) -> bool {
        self.index.may_start(word)
    }

    /// [`Glossary::find`] on `text` cut into `tokens` (by [`matcher::tokenize`]), with
    /// what the caller knows of each word already: the same matches, less work.
    pub fn find_hinted(
        &self,
        text: &str,
        tokens: &Tokens,
        hints: matcher::WordHints<'_>,
    ) -> Vec<NameMatch> {
        let mut hits = Vec::new();
        self.index.scan_hinted(text, tokens, hints, &mut hits);
        hits.iter()
            .map(|h| self.name_match(text, tokens, h))
            .collect()
    }

    fn find_with(&self, text: &str, variants: bool) -> Vec<NameMatch> {
        let mut tokens = Tokens::default();
        matcher::tokenize(text, &mut tokens);
        let mut hits = Vec::new();
        self.index.scan(text, &tokens, variants, &mut hits);
        hits.iter()
            .map(|h| self.name_match(text, &tokens, h))
            .collect()
    }

    /// The names in `text` and the name-like words it does not know.
    pub fn scan(&self, text: &str) -> Scan {
        let mut tokens = Tokens::default();
        matcher::tokenize(text, &mut tokens);
        let mut hits = Vec::new();
        self.index.scan(text, &tokens, true, &mut hits);
        let mut covered = vec![false; tokens.toks.len()];
        for h in &hits {
            covered[h.first..=h.last].iter_mut().for_each(|c| *c = true);
        }
        Scan {
            matches: hits
                .iter()
                .map(|h| self.name_match(text, &tokens, h))
                .collect(),
            unknown: unknown::candidates(text, &tokens, &covered),
        }
    }

    fn name_match(&self, text: &str, t: &Tokens, h: &Hit) -> NameMatch {
        let form = &self.index.forms[h.form as usize];
        let entry = &self.entries[form.entry as usize];
        let (start, end) = (t.toks[h.first].start, t.toks[h.last].end);
        NameMatch {
            start,
            end,
            surface: text[start..end].to_string(),
            term: entry.source.clone(),
            target: entry.target.clone(),
            kind: h.kind,
            score: h.score,
            entry: form.entry as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CLDR cities whose Arabic is also an everyday word are not in the built-in glossary:
    /// "ماهي" is "what is", "جوني" a first name, "ديلي" the "Daily" of newspaper names.
    #[test]
    fn builtin_glossary_leaves_out_cities_that_read_as_common_words() {
        let g = Glossary::builtin();
        let text = "ماهي الخطوة التالية؟ قال جوني لصحيفة ديلي تلغراف إن الوفد وصل إلى باكو.";
        let found: Vec<String> = g.find(text).into_iter().map(|m| m.target).collect();
        assert_eq!(found, ["Baku"]);
    }
}
