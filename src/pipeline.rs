//! The pipeline for one document: language, segmentation, names, and the sheet rows.

use crate::document::Document;
use crate::glossary::{Glossary, NameMatch};
use crate::lang::{detect, Lang};
use crate::segment::{segment, Kind, Segmentation, Sentence};
use crate::sheet::Row;

/// A document with its language and segmentation.
#[derive(Debug, Clone)]
pub struct Analyzed {
    /// The document.
    pub doc: Document,
    /// Its language: forced by the caller, declared by the input, or detected.
    pub lang: Lang,
    /// Its units.
    pub seg: Segmentation,
}

/// Decide the language and segment the document.
pub fn analyze(doc: Document, forced: Option<Lang>) -> Analyzed {
    let lang = forced
        .or_else(|| doc.lang.as_deref().and_then(|l| l.parse().ok()))
        .unwrap_or_else(|| detect(&doc.text));
    let seg = segment(&doc.text, lang);
    Analyzed { doc, lang, seg }
}

/// The `names` cell for a list of matches: `term=target` joined by `; `, each name once.
pub fn names_cell(matches: &[NameMatch]) -> String {
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for m in matches {
        if !seen.iter().any(|&(t, _)| t == m.term) {
            seen.push((&m.term, &m.target));
        }
    }
    seen.iter()
        .map(|(t, g)| format!("{t}={g}"))
        .collect::<Vec<_>>()
        .join("; ")
}

impl Analyzed {
    /// The units a sheet shows, in order, each with its index in `seg.units` and its
    /// sentence number (1-based among the units that are not boilerplate; `None` for
    /// boilerplate, listed only with `keep_boilerplate`).
    pub fn numbered_units(
        &self,
        keep_boilerplate: bool,
    ) -> impl Iterator<Item = (usize, Option<usize>, &Sentence)> + '_ {
        let mut sent = 0;
        self.seg.units.iter().enumerate().filter_map(move |(i, u)| {
            if u.kind == Kind::Boilerplate {
                return keep_boilerplate.then_some((i, None, u));
            }
            sent += 1;
            Some((i, Some(sent), u))
        })
    }

    /// The sheet rows of this document (split's output): every unit but boilerplate,
    /// unless `keep_boilerplate`. Summary columns are left empty.
    pub fn rows(&self, glossary: Option<&Glossary>, keep_boilerplate: bool) -> Vec<Row> {
        self.rows_where(glossary, keep_boilerplate, |_| true)
            .into_iter()
            .map(|(_, r)| r)
            .collect()
    }

    /// The rows of the units for which `want(unit index)` holds, each with its unit
    /// index (numbering as in [`Analyzed::rows`]); the others are never built, which
    /// matters when a summary keeps 3 rows out of 300.
    pub fn rows_where(
        &self,
        glossary: Option<&Glossary>,
        keep_boilerplate: bool,
        want: impl Fn(usize) -> bool,
    ) -> Vec<(usize, Row)> {
        let names = |source: &str| glossary.map(|g| g.find(source)).unwrap_or_default();
        self.rows_with(names, keep_boilerplate, want)
    }

    /// [`Analyzed::rows_where`], with the names of each row's source text found by
    /// `names`.
    pub fn rows_with(
        &self,
        names: impl Fn(&str) -> Vec<NameMatch>,
        keep_boilerplate: bool,
        want: impl Fn(usize) -> bool,
    ) -> Vec<(usize, Row)> {
        let mut rows = Vec::new();
        for (i, sent, u) in self.numbered_units(keep_boilerplate) {
            if !want(i) {
                continue;
            }
            let source = u.source_text(&self.doc.text);
            let names = names_cell(&names(&source));
            rows.push((
                i,
                Row {
                    doc: self.doc.id.clone(),
                    sent,
                    para: sent.map(|_| u.para),
                    kind: u.kind,
                    lang: self.lang.code().to_string(),
                    in_summary: None,
                    rank: None,
                    score: None,
                    source,
                    names,
                    target: String::new(),
                    note: String::new(),
                },
            ));
        }
        rows
    }
}
