//! Checking a sheet the translator filled, the way Xbench or Trados Verifier would, with
//! Arabic names found by the glossary matcher (clitics and spelling variants included).
//!
//! Each row is checked on its own ([`checks`]): untranslated, key terms, numbers, form.
//! Then the sheet as a whole: the same source translated two ways, one name spelled two
//! ways. The report has one row per problem ([`Problem`]).

pub mod checks;
pub mod sheet_reader;

use crate::glossary::{Glossary, NameMatch};
use checks::{Check, Finding, Term};
use serde::Serialize;
use sheet_reader::SheetRow;
use std::collections::HashMap;

pub use sheet_reader::{is_sheet, read_sheet, stdin_is_sheet, SheetData};

/// The report's columns, in order.
pub const PROBLEM_COLUMNS: [&str; 8] = [
    "doc",
    "sent",
    "check",
    "severity",
    "source_term",
    "expected",
    "found",
    "target",
];

/// One problem in one row of a sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The row's document id.
    pub doc: String,
    /// The row's sentence number (or unit id); `rowN` (N the sheet row) for a row whose
    /// `sent` cell is empty (kept boilerplate), as in its XLIFF unit id (see
    /// [`sheet_reader::blank_sent`]).
    pub sent: String,
    /// Which check: untranslated, key-term, number, inconsistency, form.
    pub check: &'static str,
    /// `error` (must be fixed) or `warning` (worth a look).
    pub severity: &'static str,
    /// The source name or number the problem is about.
    pub source_term: String,
    /// What the target should hold.
    pub expected: String,
    /// What it holds instead, if anything close.
    pub found: String,
    /// The row's target, as written.
    pub target: String,
}

impl Problem {
    fn new(row: &SheetRow, f: Finding) -> Self {
        Problem {
            doc: row.doc.clone(),
            sent: row.sent.clone(),
            check: f.check.as_str(),
            severity: if f.error { "error" } else { "warning" },
            source_term: f.source_term,
            expected: f.expected,
            found: f.found,
            target: row.target.clone(),
        }
    }

    /// True for an error (as opposed to a warning).
    pub fn is_error(&self) -> bool {
        self.severity == "error"
    }
}

/// The glossary name a match found, with the target forms it accepts: the entry's
/// target, and the other forms when the target cell lists several (`Turkey|Türkiye`).
pub fn term_of(m: &NameMatch) -> Term {
    Term {
        source: m.term.clone(),
        accepted: m
            .target
            .split('|')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect(),
    }
}

/// Check the rows of a sheet (of one or several files, checked together) against a
/// glossary. Problems come in row order.
pub fn check_sheet(rows: &[SheetRow], glossary: &Glossary) -> Vec<Problem> {
    check_rows(rows, |s| glossary.find(s).iter().map(term_of).collect())
}

/// [`check_sheet`] with any finder of the glossary names of a source sentence, in text
/// order (tests use a small one).
pub fn check_rows(rows: &[SheetRow], find: impl Fn(&str) -> Vec<Term>) -> Vec<Problem> {
    // (row index, finding), sorted at the end so that each row's problems stay together.
    let mut found: Vec<(usize, Finding)> = Vec::new();
    // Per glossary name: how each row spells it, for the consistency check.
    let mut spellings: HashMap<String, Vec<(usize, String, String)>> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        if let Some(f) = checks::untranslated(&row.source, &row.target) {
            // A boilerplate row (`split --keep-boilerplate`: a share button, a link list)
            // is there for context, not for translation: left empty, it is not a problem.
            let skipped_boilerplate = row.target.trim().is_empty()
                && row.cell("kind").trim().eq_ignore_ascii_case("boilerplate");
            if !skipped_boilerplate {
                // Nothing else to say about a row with no translation.
                found.push((i, f));
            }
            continue;
        }
        let mut seen: Vec<String> = Vec::new();
        for term in find(&row.source) {
            if seen.contains(&term.source) {
                continue;
            }
            seen.push(term.source.clone());
            match checks::key_term(&term, &row.target) {
                Ok(u) => spellings
                    .entry(term.source)
                    .or_default()
                    .push((i, u.spelled, u.form)),
                Err(f) => found.push((i, f)),
            }
        }
        found.extend(
            checks::missing_numbers(&row.source, &row.target)
                .into_iter()
                .map(|f| (i, f)),
        );
        found.extend(checks::form(&row.target).into_iter().map(|f| (i, f)));
    }
    found.extend(inconsistent_translations(rows));
    found.extend(inconsistent_spellings(&spellings));
    found.sort_by_key(|(i, f)| (*i, f.check));
    // One inconsistency per row: a sentence translated two ways often spells a name two
    // ways too, and the sentence says more.
    found
        .dedup_by(|b, a| a.0 == b.0 && a.1.check == Check::Inconsistency && b.1.check == a.1.check);
    found
        .into_iter()
        .map(|(i, f)| Problem::new(&rows[i], f))
        .collect()
}

/// The value most rows share; a tie goes to the one seen first.
fn majority<'a>(values: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(c, _)| *c == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    counts
        .iter()
        .fold(None, |best: Option<(&str, usize)>, &(v, n)| match best {
            Some((_, b)) if b >= n => best,
            _ => Some((v, n)),
        })
        .map(|(v, _)| v)
}

/// The same source sentence (after folding) translated two ways: each row that differs
/// from the translation most rows give is reported, with that translation expected.
fn inconsistent_translations(rows: &[SheetRow]) -> Vec<(usize, Finding)> {
    let mut groups: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        if checks::untranslated(&r.source, &r.target).is_some() {
            continue;
        }
        let key = crate::text::fold(&checks::squash(&r.source));
        let group = groups.entry(key.clone()).or_default();
        if group.is_empty() {
            order.push(key);
        }
        group.push((i, checks::squash(&r.target)));
    }
    let mut out = Vec::new();
    for key in order {
        let group = &groups[&key];
        let Some(usual) = majority(group.iter().map(|(_, t)| t.as_str())) else {
            continue;
        };
        for (i, t) in group.iter().filter(|(_, t)| t != usual) {
            out.push((*i, Finding::new(Check::Inconsistency, "", usual, t)));
        }
    }
    out
}

/// One glossary name written two ways across the sheet (NATO and Nato, or two accepted
/// forms): the rows that differ from the usual spelling are reported.
fn inconsistent_spellings(
    spellings: &HashMap<String, Vec<(usize, String, String)>>,
) -> Vec<(usize, Finding)> {
    let mut out = Vec::new();
    for (term, uses) in spellings {
        let Some(usual) = majority(uses.iter().map(|(_, s, _)| s.as_str())) else {
            continue;
        };
        for (i, s, _) in uses.iter().filter(|(_, s, _)| s != usual) {
            out.push((*i, Finding::new(Check::Inconsistency, term, usual, s)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [(&str, &str); 4] = [
        ("باشينيان", "Pashinyan"),
        ("أذربيجان", "Azerbaijan"),
        ("ناتو", "NATO"),
        ("ناغورنو قره باغ", "Nagorno-Karabakh"),
    ];

    /// A finder that knows three names, exactly as written.
    fn find(s: &str) -> Vec<Term> {
        let mut out = Vec::new();
        for (term, target) in NAMES {
            for (start, _) in s.match_indices(term) {
                let term = Term {
                    source: term.into(),
                    accepted: vec![target.into()],
                };
                out.push((start, term));
            }
        }
        out.sort_by_key(|(start, _)| *start);
        out.into_iter().map(|(_, t)| t).collect()
    }

    fn row(sent: usize, source: &str, target: &str) -> SheetRow {
        SheetRow {
            row: sent + 1,
            doc: "d".into(),
            sent: sent.to_string(),
            sent_blank: false,
            source: source.into(),
            target: target.into(),
            extra: vec![],
        }
    }

    fn report(rows: &[SheetRow]) -> Vec<(String, &'static str, String)> {
        check_rows(rows, find)
            .into_iter()
            .map(|p| (p.sent, p.check, p.found))
            .collect()
    }

    #[test]
    fn a_row_without_sentence_number_is_named_by_its_sheet_row() {
        // A kept boilerplate line on row 7: no `sent`; "d:1" would point at sentence 1.
        let sheet = sheet_reader::parse_delimited(
            std::path::Path::new("s.csv"),
            &format!(
                "doc,sent,source,target\n{}d,,المصدر: وكالات,\n",
                ",,,\n".repeat(5)
            ),
        )
        .unwrap();
        let credit = sheet.rows[0].clone();
        assert_eq!((credit.row, credit.cell("sent")), (7, ""));
        assert_eq!(
            report(&[credit]),
            [("row7".to_string(), "untranslated", String::new())]
        );
    }

    /// `split --keep-boilerplate` rows left empty are context, not missing translations;
    /// a boilerplate row the translator did fill is checked like any other.
    #[test]
    fn empty_boilerplate_rows_are_not_untranslated() {
        let sheet = sheet_reader::parse_delimited(
            std::path::Path::new("s.csv"),
            "doc,sent,kind,source,target\n\
             d,,boilerplate,اقرأ أيضا: باشينيان يدعو للنفير,\n\
             d,,boilerplate,شارك الخبر,شارك الخبر\n\
             d,,credit,المصدر: وكالات,\n",
        )
        .unwrap();
        let checks: Vec<&str> = report(&sheet.rows).into_iter().map(|r| r.1).collect();
        assert_eq!(checks, ["untranslated", "untranslated"]);
        let rows = &sheet.rows;
        assert_eq!(report(&rows[..1]), []);
        assert_eq!(report(&rows[1..2])[0].0, "row3");
    }

    #[test]
    fn correct_rows_give_nothing() {
        let rows = [
            row(
                1,
                "قال باشينيان إن 62 قتيلا",
                "Pashinyan said 62 were killed",
            ),
            row(2, "ناتو وأذربيجان", "NATO and Azerbaijan"),
        ];
        assert!(report(&rows).is_empty(), "{:?}", report(&rows));
    }

    #[test]
    fn each_broken_row_is_reported_once_with_its_check() {
        let rows = [
            row(1, "قال باشينيان", "Pashinian said"),
            row(2, "سقوط 62 قتيلا", "dozens were killed"),
            row(3, "قال باشينيان", ""),
            row(4, "ناتو", "NATO"),
            row(5, "قال ناتو", "Nato said"),
            row(6, "ناتو", "NATO"),
        ];
        let got = report(&rows);
        assert_eq!(
            got,
            [
                ("1".into(), "key-term", "Pashinian".into()),
                ("2".into(), "number", "".into()),
                ("3".into(), "untranslated", "".into()),
                ("5".into(), "inconsistency", "Nato".into()),
            ]
        );
    }

    #[test]
    fn one_inconsistency_per_row() {
        let rows = [row(1, "ناتو", "NATO"), row(2, "ناتو", "Nato")];
        assert_eq!(
            report(&rows),
            [("2".into(), "inconsistency", "Nato".into())]
        );
    }

    #[test]
    fn severities() {
        let p = check_rows(&[row(1, "ناتو", "the the NATO")], find);
        assert_eq!((p[0].check, p[0].severity), ("form", "warning"));
        let p = check_rows(&[row(1, "ناتو", "")], find);
        assert!(p[0].is_error());
        // A name misspelled is an error; one with a space for its hyphen, a warning.
        let p = check_rows(&[row(1, "باشينيان", "Pashinian")], find);
        assert_eq!((p[0].check, p[0].severity), ("key-term", "error"));
        let p = check_rows(&[row(6, "في ناغورنو قره باغ", "in Nagorno Karabakh")], find);
        assert_eq!(
            (p[0].check, p[0].severity, p[0].found.as_str()),
            ("key-term", "warning", "Nagorno Karabakh")
        );
    }
}
