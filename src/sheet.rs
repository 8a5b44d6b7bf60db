//! The sheet: the one data model every command produces or reads. One row per
//! sentence, columns `doc, sent, para, kind, lang, in_summary, rank, score, source,
//! names, target, note` (see DESIGN.md).

use crate::segment::Kind;
use serde::{Deserialize, Serialize, Serializer};

/// The sheet's column names, in order.
pub const COLUMNS: [&str; 12] = [
    "doc",
    "sent",
    "para",
    "kind",
    "lang",
    "in_summary",
    "rank",
    "score",
    "source",
    "names",
    "target",
    "note",
];

/// One row of a sheet: one sentence (or title, heading, caption...) of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// Document id (file stem or JSON id).
    pub doc: String,
    /// 1-based sentence number in the document; empty for boilerplate rows.
    pub sent: Option<usize>,
    /// 1-based paragraph number; empty for boilerplate rows.
    pub para: Option<usize>,
    /// What the unit is.
    pub kind: Kind,
    /// Language code of the document.
    pub lang: String,
    /// 1 if the sentence is in the summary, 0 if not; empty when not summarised.
    pub in_summary: Option<u8>,
    /// 1..k for summary sentences, by importance; empty otherwise.
    pub rank: Option<usize>,
    /// 0..1 sentence score; empty when not summarised.
    #[serde(serialize_with = "four_decimals")]
    pub score: Option<f64>,
    /// The sentence exactly as written (line breaks inside it become spaces).
    pub source: String,
    /// Glossary names found in the sentence: `source form=target form` joined by `; `.
    pub names: String,
    /// Left empty for the translator.
    pub target: String,
    /// Left empty for the translator.
    pub note: String,
}

/// The score rounded to four decimals, written as a number (JSON Lines consumers get a
/// number, not a string; CSV shows `0.6758`, or `1.0`).
fn four_decimals<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) => s.serialize_f64((x * 1e4).round() / 1e4),
        None => s.serialize_none(),
    }
}

/// A whole sheet: rows in document order, documents in input order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    /// The rows.
    pub rows: Vec<Row>,
}
