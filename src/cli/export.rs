//! `toolkit export`: convert sheets and glossaries to the formats CAT tools open.
//!
//! A sheet (CSV, TSV, `;`-CSV or XLIFF) becomes XLIFF 1.2, TSV or CSV; a glossary (CSV,
//! TSV or TBX) becomes TBX-Basic or an OmegaT glossary.

use super::common::{error, guarded, write_whole, Outcome};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use toolkit::export::omegat::write_omegat;
use toolkit::export::tbx::{read_tbx, write_tbx};
use toolkit::export::termbase::TermBase;
use toolkit::export::xliff::{parse_names, write_xliff, xliff_problem};
use toolkit::export::{Format, RecordWriter};
use toolkit::glossary::Glossary;
use toolkit::input::Source;
use toolkit::pipeline::names_cell;
use toolkit::qa::{read_sheet, SheetData};

/// What `--to` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum To {
    /// XLIFF 1.2, one trans-unit per sentence (sheet input).
    Xliff,
    /// Tab-separated sheet (sheet input).
    Tsv,
    /// Comma-separated sheet (sheet input).
    Csv,
    /// TBX-Basic termbase (glossary input).
    Tbx,
    /// OmegaT glossary: source TAB target TAB comment (glossary input).
    Omegat,
}

/// Arguments of `toolkit export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The sheet (CSV/TSV/XLIFF) or, for --to tbx/omegat, the glossary (CSV/TSV/TBX).
    input: PathBuf,
    /// The format to write.
    #[arg(long, value_enum)]
    to: To,
    /// Write to this file instead of stdout (written whole or not at all).
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Source language of the XLIFF (default: the sheet's, else the glossary's).
    #[arg(long, value_name = "CODE")]
    source_lang: Option<String>,
    /// Target language of the XLIFF (default: the sheet's, else the glossary's).
    #[arg(long, value_name = "CODE")]
    target_lang: Option<String>,
    /// Glossary whose names become XLIFF notes when the sheet has no `names` column
    /// (default: the built-in Arabic–English glossary).
    #[arg(long, value_name = "FILE")]
    glossary: Option<PathBuf>,
    /// Do not start a CSV written with -o with a UTF-8 byte order mark.
    #[arg(long)]
    no_bom: bool,
}

/// Run `toolkit export`.
pub fn run(a: Args) -> Outcome {
    let result = match a.to {
        To::Xliff | To::Tsv | To::Csv => export_sheet(&a),
        To::Tbx | To::Omegat => export_glossary(&a),
    };
    match result {
        Ok(()) => Outcome::Ok,
        Err(o) => o,
    }
}

/// Print a library error and fail.
fn failed(e: impl std::fmt::Display) -> Outcome {
    error(e);
    Outcome::Failed
}

/// Open the output, let `write` fill it, and commit it (see [`write_whole`]).
fn write_output(
    a: &Args,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Outcome> {
    let inputs = guarded(&[Source::File(a.input.clone())], a.glossary.as_deref());
    write_whole(a.output.as_deref(), &inputs, write)
}

fn load_glossary(path: Option<&Path>) -> Result<std::sync::Arc<Glossary>, Outcome> {
    match path {
        None => Ok(Glossary::builtin()),
        Some(p) => Glossary::from_path(p).map(Into::into).map_err(failed),
    }
}

fn export_sheet(a: &Args) -> Result<(), Outcome> {
    let sheet = read_sheet(&a.input).map_err(failed)?;
    match a.to {
        To::Xliff => {
            if let Some(e) = xliff_problem(&sheet) {
                return Err(failed(e));
            }
            let glossary = load_glossary(a.glossary.as_deref())?;
            let (source_lang, target_lang) = languages(a, &sheet, &glossary);
            let has_names = sheet
                .columns
                .iter()
                .any(|c| c.eq_ignore_ascii_case("names"));
            write_output(a, |out| {
                write_xliff(out, &sheet, &source_lang, &target_lang, |r| {
                    if has_names {
                        parse_names(r.cell("names"))
                    } else {
                        parse_names(&names_cell(&glossary.find(&r.source)))
                    }
                })
            })
        }
        _ => {
            let format = if a.to == To::Tsv {
                Format::Tsv
            } else {
                Format::Csv
            };
            let bom = a.output.is_some() && !a.no_bom;
            write_output(a, |out| write_sheet(out, &sheet, format, bom))
        }
    }
}

/// The XLIFF languages: the options, else what the sheet declares (XLIFF attributes, or
/// a `lang` column), else the glossary's.
fn languages(a: &Args, sheet: &SheetData, glossary: &Glossary) -> (String, String) {
    let (gs, gt) = (glossary.source_lang(), glossary.target_lang());
    let column = sheet
        .rows
        .first()
        .and_then(|r| r.get("lang"))
        .filter(|l| !l.is_empty())
        .map(str::to_string);
    let source = a
        .source_lang
        .clone()
        .or_else(|| sheet.source_lang.clone())
        .or(column)
        .unwrap_or_else(|| gs.to_string());
    let target = a
        .target_lang
        .clone()
        .or_else(|| sheet.target_lang.clone())
        .unwrap_or_else(|| gt.to_string());
    (source, target)
}

/// A sheet as CSV or TSV, its columns as they came in.
fn write_sheet(
    out: &mut dyn Write,
    sheet: &SheetData,
    format: Format,
    bom: bool,
) -> io::Result<()> {
    let mut w = RecordWriter::new(out, format, bom)?;
    let columns: Vec<&str> = sheet.columns.iter().map(String::as_str).collect();
    w.write_header(&columns)?;
    for r in &sheet.rows {
        let cells: Vec<&str> = columns.iter().map(|c| r.cell(c)).collect();
        w.write(&cells)?;
    }
    w.finish().map(|_| ())
}

/// A glossary file as a term base: TBX read directly, CSV/TSV through the glossary
/// loader (so that its checks apply).
fn load_termbase(path: &Path) -> Result<TermBase, Outcome> {
    let is_tbx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("tbx"));
    if is_tbx {
        read_tbx(path).map_err(failed)
    } else {
        let g = Glossary::from_path(path).map_err(failed)?;
        Ok(TermBase::from_glossary(&g))
    }
}

fn export_glossary(a: &Args) -> Result<(), Outcome> {
    let tb = load_termbase(&a.input)?;
    let origin = a
        .input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match a.to {
        To::Tbx => write_output(a, |out| write_tbx(out, &tb, &origin)),
        _ => write_output(a, |out| write_omegat(out, &tb)),
    }
}
