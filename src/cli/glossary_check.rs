//! `toolkit glossary-check`: the glossary names in the inputs (one row per occurrence),
//! and with `--out-dir` the names the glossary lacks (`unknown.csv`) and how often each
//! entry was used (`usage.csv`).

use super::common::{error, for_each_document, is_same_file, run_with, warning, Common, Outcome};
use serde::{Serialize, Serializer};
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use toolkit::export::{AtomicFile, Format, RecordWriter};
use toolkit::glossary::{Candidate, Glossary, MatchKind, UnknownName, UnknownNames};
use toolkit::pipeline::Analyzed;

/// Arguments of `toolkit glossary-check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    common: Common,
    /// Also write unknown.csv (name-like words the glossary lacks) and usage.csv (hits per
    /// glossary entry) into this folder, created if needed.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// Exit with status 1 when variant spellings or unknown names were found (for a
    /// filled sheet: when any problem was found, warnings included).
    #[arg(long)]
    strict: bool,
}

/// The columns of the match rows.
pub const COLUMNS: [&str; 11] = [
    "doc", "sent", "start", "end", "surface", "term", "target", "type", "match", "score",
    "sentence",
];

/// One name occurrence.
#[derive(Debug, Clone, Serialize)]
pub struct MatchRow {
    /// Document id.
    pub doc: String,
    /// Sentence number, as in `toolkit split` (empty for kept boilerplate).
    pub sent: Option<usize>,
    /// Char offset of the surface in the sentence.
    pub start: usize,
    /// Char offset just past it.
    pub end: usize,
    /// The text as it stands, clitics included.
    pub surface: String,
    /// The glossary term.
    pub term: String,
    /// Its translation.
    pub target: String,
    /// The entry's type (person, place...).
    #[serde(rename = "type")]
    pub kind: String,
    /// exact, normalized, clitic or variant.
    #[serde(rename = "match")]
    pub how: MatchKind,
    /// 1.00, or a variant's similarity.
    #[serde(serialize_with = "two_decimals")]
    pub score: f64,
    /// The sentence.
    pub sentence: String,
}

/// A similarity rounded to two decimals, written as a number (see `sheet::Row::score`).
fn two_decimals<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((v * 100.0).round() / 100.0)
}

/// What one document yields.
struct DocResult {
    doc: String,
    /// The document's language code.
    lang: &'static str,
    rows: Vec<MatchRow>,
    /// The entry of each row.
    entries: Vec<usize>,
    /// Unknown-name candidates, sentence by sentence: the sentence number, the sentence
    /// and its candidates (the batch weighs them together: see `UnknownNames`).
    unknown: Vec<(usize, String, Vec<Candidate>)>,
}

/// A glossary whose source language is none of the documents' (`en,ar` given for Arabic
/// articles: the header the wrong way round) matches nothing; when nothing matched, say
/// so rather than report zero names as if the articles had none.
fn language_mismatch(
    glossary: &Glossary,
    builtin: bool,
    names: usize,
    langs: &std::collections::BTreeSet<&str>,
) -> Option<String> {
    let source = glossary.source_lang();
    let code = source_code(glossary);
    let known: Vec<&str> = langs.iter().copied().filter(|&l| l != "und").collect();
    if names > 0 || known.is_empty() || known.contains(&code.as_str()) {
        return None;
    }
    let docs = known.join(", ");
    Some(if builtin {
        format!(
            "the built-in glossary is {source}–{}, but the documents are in {docs}: no entry can match them; pass --glossary with a glossary whose first column is {}",
            glossary.target_lang(),
            known[0]
        )
    } else {
        format!(
            "no name matched: the glossary's source language is '{source}' (its first column), but the documents are in {docs}. Is the header the wrong way round? It starts with the documents' language, such as {},{source}",
            known[0]
        )
    })
}

/// The glossary's source language as a code (`ara`, `arabic`, `ar-EG` are `ar`; a code
/// we do not know, as written).
fn source_code(glossary: &Glossary) -> String {
    let source = glossary.source_lang();
    source
        .parse::<toolkit::lang::Lang>()
        .map_or(source.to_ascii_lowercase(), |l| l.code().to_string())
}

/// What cannot run for a glossary whose source language is not Arabic: spelling variants
/// and unknown names rest on Arabic letters, clitics and the Arabic common-word list, so
/// with another source language only listed spellings match and unknown.csv stays empty.
/// Said once, rather than leaving an empty report to look like "nothing missing".
fn arabic_only_note(glossary: &Glossary, out_dir: bool) -> Option<String> {
    let code = source_code(glossary);
    if code == "ar" {
        return None;
    }
    let unknown = if out_dir {
        "; unknown.csv stays empty"
    } else {
        ""
    };
    Some(format!(
        "spelling variants and unknown names are found for Arabic sources only: with this '{}' glossary only the spellings it lists match{unknown}",
        glossary.source_lang()
    ))
}

fn check_document(a: Analyzed, glossary: &Glossary, keep_boilerplate: bool) -> DocResult {
    let mut out = DocResult {
        doc: a.doc.id.clone(),
        lang: a.lang.code(),
        rows: Vec::new(),
        entries: Vec::new(),
        unknown: Vec::new(),
    };
    for (_, sent, u) in a.numbered_units(keep_boilerplate) {
        let sentence = u.source_text(&a.doc.text);
        let scan = glossary.scan(&sentence);
        // Char offsets, counted once along the sentence.
        let (mut byte, mut chars) = (0, 0);
        let mut to_char = |b: usize| {
            chars += sentence[byte..b].chars().count();
            byte = b;
            chars
        };
        for m in scan.matches {
            let (start, end) = (to_char(m.start), to_char(m.end));
            out.entries.push(m.entry);
            out.rows.push(MatchRow {
                doc: out.doc.clone(),
                sent,
                start,
                end,
                surface: m.surface,
                term: m.term,
                target: m.target,
                kind: glossary.entries()[m.entry].kind.clone(),
                how: m.kind,
                score: m.score,
                sentence: sentence.clone(),
            });
        }
        if let Some(sent) = sent.filter(|_| !scan.unknown.is_empty()) {
            out.unknown.push((sent, sentence, scan.unknown));
        }
    }
    out
}

/// Hits of one glossary entry.
#[derive(Debug, Default)]
struct Usage {
    hits: usize,
    /// Documents with a hit, and the last one (documents arrive one after another).
    docs: usize,
    last_doc: String,
    by_kind: [usize; 4],
    surfaces: Vec<(String, usize)>,
}

/// Everything gathered over all documents.
#[derive(Default)]
struct Totals {
    docs: usize,
    /// The documents' languages.
    langs: std::collections::BTreeSet<&'static str>,
    names: usize,
    variants: usize,
    usage: HashMap<usize, Usage>,
    unknown: UnknownNames,
}

impl Totals {
    fn add(&mut self, r: DocResult) -> Vec<MatchRow> {
        self.docs += 1;
        self.langs.insert(r.lang);
        for (row, &entry) in r.rows.iter().zip(&r.entries) {
            self.names += 1;
            self.variants += usize::from(row.how == MatchKind::Variant);
            let u = self.usage.entry(entry).or_default();
            u.hits += 1;
            if u.docs == 0 || u.last_doc != r.doc {
                u.docs += 1;
                u.last_doc.clone_from(&r.doc);
            }
            u.by_kind[row.how as usize] += 1;
            match u.surfaces.iter_mut().find(|(s, _)| *s == row.surface) {
                Some(slot) => slot.1 += 1,
                None => u.surfaces.push((row.surface.clone(), 1)),
            }
        }
        for (sent, sentence, found) in &r.unknown {
            self.unknown.add_sentence(&r.doc, *sent, sentence, found);
        }
        r.rows
    }
}

/// Run `toolkit glossary-check`.
pub fn run(args: Args) -> Outcome {
    let common = &args.common;
    let ready = match common.ready() {
        Ok(r) => r,
        Err(o) => return o,
    };
    // A sheet the translator filled is checked row by row against the glossary; articles
    // are searched for names. A run does one or the other.
    // (is_sheet_input reads the file: once per input.)
    let (mut sheets, articles): (Vec<PathBuf>, Vec<PathBuf>) = common
        .inputs
        .iter()
        .map(PathBuf::from)
        .partition(|p| is_sheet_input(p));
    // A sheet named twice, or `-` twice (stdin can be read once), is checked once, as
    // articles are read once.
    let mut seen = std::collections::HashSet::new();
    sheets.retain(|p| seen.insert(p.canonicalize().unwrap_or_else(|_| p.clone())));
    if !sheets.is_empty() {
        if !articles.is_empty() {
            let list = |ps: &[PathBuf]| {
                let names: Vec<String> = ps.iter().map(|p| p.display().to_string()).collect();
                names.join(", ")
            };
            error(format!(
                "give either articles or filled sheets to glossary-check, not both in one run (sheets: {}; articles: {})",
                list(&sheets),
                list(&articles)
            ));
            return Outcome::Failed;
        }
        if let Some(dir) = &args.out_dir {
            error(format!(
                "--out-dir {}: a filled sheet's check writes one report (to stdout, or to -o FILE); --out-dir is for articles",
                dir.display()
            ));
            return Outcome::Failed;
        }
        if ready.lang.is_some() {
            warning("--lang is not used when checking a filled sheet: names are found in the source column whatever its language");
        }
        return super::check_sheet::run(
            &sheets,
            &ready.glossary,
            common.glossary.as_deref(),
            common.output.as_deref(),
            ready.format,
            super::check_sheet::Strictness {
                quiet: common.quiet,
                strict: args.strict,
            },
        );
    }
    if let Some(dir) = &args.out_dir {
        if dir.exists() && !dir.is_dir() {
            error(format!(
                "--out-dir {}: is a file, not a folder; name a folder (it is made if missing)",
                dir.display()
            ));
            return Outcome::Failed;
        }
        if let Err(e) = std::fs::create_dir_all(dir) {
            error(format!("--out-dir {}: {e}", dir.display()));
            return Outcome::Failed;
        }
        // The report files must not replace the glossary or an input, as for -o, nor the
        // -o output itself (written first, it would be replaced by the report).
        let inputs = common.inputs.iter().map(PathBuf::from);
        let protected: Vec<PathBuf> = common.glossary.iter().cloned().chain(inputs).collect();
        for name in [UNKNOWN_REPORT, USAGE_REPORT] {
            let out = dir.join(name);
            if let Some(p) = protected.iter().find(|p| is_same_file(p, &out)) {
                error(format!(
                    "--out-dir {}: {name} would replace {}, an input; choose another folder",
                    dir.display(),
                    p.display()
                ));
                return Outcome::Failed;
            }
            if let Some(o) = common.output.as_ref().filter(|o| same_place(o, &out)) {
                error(format!(
                    "-o {}: --out-dir {} writes its {name} there; choose another -o path",
                    o.display(),
                    dir.display()
                ));
                return Outcome::Failed;
            }
        }
    }
    let glossary = ready.glossary.clone();
    let keep = common.keep_boilerplate;
    let mut totals = Totals::default();
    let outcome = run_with(
        common,
        &ready,
        &COLUMNS,
        |expanded, emit| {
            for_each_document(
                common,
                &ready,
                expanded,
                |a| check_document(a, &glossary, keep),
                |r| emit(totals.add(r)),
            )
        },
        write_text,
    );
    if totals.docs == 0 {
        return outcome;
    }
    if matches!(outcome, Outcome::NotWritten) {
        if args.out_dir.is_some() {
            error("the --out-dir reports were not written either, so that they match no output");
        }
        return outcome;
    }
    let used = totals.usage.len();
    let unknown = std::mem::take(&mut totals.unknown).finish(&glossary);
    if let Some(dir) = &args.out_dir {
        let bom = !common.no_bom;
        let written = write_csv(
            &dir.join(UNKNOWN_REPORT),
            bom,
            &UNKNOWN_COLUMNS,
            unknown.iter().map(UnknownRow::from),
        )
        .and_then(|_| {
            write_csv(
                &dir.join(USAGE_REPORT),
                bom,
                &USAGE_COLUMNS,
                usage_rows(&glossary, &totals.usage),
            )
        });
        if let Err(e) = written {
            error(e);
            return Outcome::Failed;
        }
    }
    let builtin = common.glossary.is_none();
    if let Some(w) = language_mismatch(&glossary, builtin, totals.names, &totals.langs) {
        warning(w);
    }
    if let Some(note) = arabic_only_note(&glossary, args.out_dir.is_some()) {
        warning(note);
    }
    if !common.quiet {
        eprintln!(
            "toolkit: glossary-check: {} document(s), {} name(s) of {} glossary entries, {} variant spelling(s), {} unknown name(s)",
            totals.docs,
            totals.names,
            used,
            totals.variants,
            unknown.len()
        );
    }
    match outcome {
        Outcome::Ok if args.strict && (totals.variants > 0 || !unknown.is_empty()) => {
            Outcome::Problems
        }
        o => o,
    }
}

/// The text format: one name a line under its document.
fn write_text(rows: &[MatchRow], out: &mut dyn Write) -> io::Result<()> {
    if let Some(first) = rows.first() {
        writeln!(out, "# {}", super::common::header_id(&first.doc))?;
    }
    for r in rows {
        let sent = r.sent.map(|s| s.to_string()).unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "{sent}:{}-{}\t{}\t{} = {}\t{} {:.2}",
            r.start, r.end, r.surface, r.term, r.target, r.how, r.score
        )?;
    }
    Ok(())
}

/// Write `rows` as a CSV file that appears whole or not at all.
fn write_csv<T: Serialize>(
    path: &Path,
    bom: bool,
    columns: &[&str],
    rows: impl Iterator<Item = T>,
) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let mut file = AtomicFile::create(path).map_err(|e| e.to_string())?;
    {
        let mut w = RecordWriter::new(&mut file, Format::Csv, bom).map_err(|e| fail(&e))?;
        let mut any = false;
        for r in rows {
            w.write(&r).map_err(|e| fail(&e))?;
            any = true;
        }
        if !any {
            w.write_header(columns).map_err(|e| fail(&e))?;
        }
        w.finish().map_err(|e| fail(&e))?;
    }
    file.commit().map_err(|e| e.to_string())
}

const UNKNOWN_COLUMNS: [&str; 12] = [
    "name",
    "spellings",
    "count",
    "docs",
    "documents",
    "nearest",
    "nearest_target",
    "similarity",
    "evidence",
    "example_doc",
    "example_sent",
    "example",
];

/// A row of unknown.csv.
#[derive(Serialize)]
struct UnknownRow {
    name: String,
    spellings: String,
    count: usize,
    docs: usize,
    documents: String,
    nearest: String,
    nearest_target: String,
    similarity: String,
    evidence: String,
    example_doc: String,
    example_sent: usize,
    example: String,
}

impl From<&UnknownName> for UnknownRow {
    fn from(u: &UnknownName) -> Self {
        let (nearest, nearest_target, similarity) = match &u.nearest {
            Some((t, g, s)) => (t.clone(), g.clone(), format!("{s:.2}")),
            None => Default::default(),
        };
        UnknownRow {
            name: u.name.clone(),
            spellings: counted(&u.spellings),
            count: u.count,
            docs: u.doc_count,
            documents: u.documents.join(" "),
            nearest,
            nearest_target,
            similarity,
            evidence: u.evidence.join(" "),
            example_doc: u.example.0.clone(),
            example_sent: u.example.1,
            example: u.example.2.clone(),
        }
    }
}

/// `a (3) | b (1)`.
fn counted(items: &[(String, usize)]) -> String {
    items
        .iter()
        .map(|(s, n)| format!("{s} ({n})"))
        .collect::<Vec<_>>()
        .join(" | ")
}

const USAGE_COLUMNS: [&str; 11] = [
    "term",
    "target",
    "type",
    "hits",
    "docs",
    "exact",
    "normalized",
    "clitic",
    "variant",
    "forms",
    "row",
];

/// A row of usage.csv.
#[derive(Serialize)]
struct UsageRow {
    term: String,
    target: String,
    #[serde(rename = "type")]
    kind: String,
    hits: usize,
    docs: usize,
    exact: usize,
    normalized: usize,
    clitic: usize,
    variant: usize,
    forms: String,
    row: usize,
}

/// One row per entry that was hit, most hits first (then glossary order).
fn usage_rows<'a>(
    g: &'a Glossary,
    usage: &'a HashMap<usize, Usage>,
) -> impl Iterator<Item = UsageRow> + 'a {
    let mut hit: Vec<(&usize, &Usage)> = usage.iter().collect();
    hit.sort_by(|a, b| b.1.hits.cmp(&a.1.hits).then(a.0.cmp(b.0)));
    hit.into_iter().map(move |(&e, u)| {
        let entry = &g.entries()[e];
        let mut surfaces = u.surfaces.clone();
        surfaces.sort_by_key(|s| std::cmp::Reverse(s.1));
        UsageRow {
            term: entry.source.clone(),
            target: entry.target.clone(),
            kind: entry.kind.clone(),
            hits: u.hits,
            docs: u.docs,
            exact: u.by_kind[MatchKind::Exact as usize],
            normalized: u.by_kind[MatchKind::Normalized as usize],
            clitic: u.by_kind[MatchKind::Clitic as usize],
            variant: u.by_kind[MatchKind::Variant as usize],
            forms: counted(&surfaces),
            row: entry.row,
        }
    })
}

/// A spreadsheet or XLIFF file is always a returned sheet (so that a header without
/// `source` or `target` gets its clear error); a `.txt` file is one when its header row
/// names a `source` column; stdin, and a file without an extension, when theirs names
/// `source` and `target`.
fn is_sheet_input(path: &std::path::Path) -> bool {
    if path == Path::new("-") {
        return toolkit::qa::stdin_is_sheet();
    }
    let ext = toolkit::input::extension(path);
    matches!(ext.as_str(), "csv" | "tsv" | "tab" | "xlf" | "xliff") || toolkit::qa::is_sheet(path)
}

/// The report of unknown names that `--out-dir` writes.
const UNKNOWN_REPORT: &str = "unknown.csv";
/// The report of glossary usage that `--out-dir` writes.
const USAGE_REPORT: &str = "usage.csv";

/// True if two paths name the same place, whether or not a file is there yet: the same
/// file name in the same folder.
fn same_place(a: &std::path::Path, b: &std::path::Path) -> bool {
    let folder = |p: &std::path::Path| {
        let parent = p.parent().filter(|d| !d.as_os_str().is_empty());
        parent
            .unwrap_or(std::path::Path::new("."))
            .canonicalize()
            .ok()
    };
    a.file_name() == b.file_name() && folder(a).is_some_and(|f| Some(f) == folder(b))
}
