//! `toolkit export`: convert sheets and glossaries to the formats CAT tools open.
//!
//! A sheet (CSV, TSV, `;`-CSV or XLIFF) becomes XLIFF 1.2, TSV or CSV; a glossary (CSV,
//! TSV or TBX) becomes TBX-Basic, an OmegaT glossary, or a CSV or TSV glossary. Which of
//! the two a file is comes from its content (an `<xliff>` or `<martif>`/`<tbx>` root; a
//! header with `source` or one starting with two language codes), so that the wrong
//! `--to` for it is refused with the ones that fit.

use super::common::{error, guarded, warning, write_whole, Outcome};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use toolkit::error::Error;
use toolkit::export::omegat::{unreadable_terms, write_omegat};
use toolkit::export::tbx::{parse_tbx, write_tbx};
use toolkit::export::termbase::TermBase;
use toolkit::export::xliff::{parse_names, read_xliff, write_xliff, xliff_problem};
use toolkit::export::{root_element, Format, RecordWriter};
use toolkit::glossary::Glossary;
use toolkit::input::{decode, read_all, Source};
use toolkit::pipeline::names_cell;
use toolkit::qa::sheet_reader::{header_names, is_xliff, parse_delimited};
use toolkit::qa::SheetData;

/// What `--to` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum To {
    /// XLIFF 1.2, one trans-unit per sentence (sheet input).
    Xliff,
    /// Tab-separated sheet, or glossary for glossary input.
    Tsv,
    /// Comma-separated sheet, or glossary (ar,en,variants,type,note) for glossary input.
    Csv,
    /// TBX-Basic termbase (glossary input).
    Tbx,
    /// OmegaT glossary: source TAB target TAB comment (glossary input).
    Omegat,
}

/// Arguments of `toolkit export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The sheet (CSV/TSV/XLIFF) or glossary (CSV/TSV/TBX); `-` reads it from stdin.
    input: PathBuf,
    /// The format to write.
    #[arg(long, value_enum)]
    to: To,
    /// Write to this file instead of stdout (written whole or not at all).
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Source language of the XLIFF, a BCP 47 code such as ar or ar-SA (default: the
    /// sheet's, else each document's `lang`, else the glossary's).
    #[arg(long, value_name = "CODE", value_parser = language_tag)]
    source_lang: Option<String>,
    /// Target language of the XLIFF, a BCP 47 code such as en or en-US (default: the
    /// sheet's, else the glossary's).
    #[arg(long, value_name = "CODE", value_parser = language_tag)]
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
    match export(&a) {
        Ok(()) => Outcome::Ok,
        Err(o) => o,
    }
}

/// A `--source-lang` or `--target-lang` value: a language code XLIFF can carry.
fn language_tag(s: &str) -> Result<String, String> {
    if toolkit::export::xliff::is_language_tag(s) {
        Ok(s.to_string())
    } else {
        Err(format!(
            "'{}' is no language code: give one such as ar, en or en-US",
            s.escape_debug()
        ))
    }
}

/// Print a library error and fail.
fn failed(e: impl std::fmt::Display) -> Outcome {
    error(e);
    Outcome::Failed
}

/// The input file read whole and decoded; `path` names it in messages (`<stdin>` for `-`).
struct Input {
    path: PathBuf,
    text: String,
    stdin: bool,
}

fn read_input(a: &Args) -> Result<Input, Outcome> {
    let stdin = a.input.as_os_str() == "-";
    if stdin && io::stdin().is_terminal() {
        return Err(failed(
            "export -: stdin is a terminal; pipe a sheet or glossary in (cat sheet.csv | toolkit export - --to xliff) or name the file",
        ));
    }
    let (path, bytes) = read_all(&a.input).map_err(failed)?;
    let decoded = decode(bytes, &path).map_err(failed)?;
    if let Some(w) = decoded.warning {
        warning(format!("{}: {w}", path.display()));
    }
    Ok(Input {
        path,
        text: decoded.text,
        stdin,
    })
}

/// What an input file holds, from its content.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// A sheet: XLIFF, or a header with a `source` column.
    Sheet { xliff: bool, header: String },
    /// A glossary: TBX, or a header starting with two language codes.
    Glossary { tbx: bool, header: String },
    /// Neither, as far as can be told: the reader `--to` asks for says what is wrong
    /// (an XML reader for XML).
    Unknown { xml: bool },
}

fn kind_of(input: &Input) -> Kind {
    let (path, text) = (&input.path, input.text.as_str());
    let ext = toolkit::input::extension(path);
    let body = text.strip_prefix('\u{FEFF}').unwrap_or(text).trim_start();
    if body.starts_with('<') || ext == "tbx" || is_xliff(path, text) {
        let header = String::new();
        return match root_element(body).as_deref() {
            Some("xliff") => Kind::Sheet {
                xliff: true,
                header,
            },
            Some("martif" | "tbx") => Kind::Glossary { tbx: true, header },
            _ if ext == "tbx" => Kind::Glossary { tbx: true, header },
            _ if is_xliff(path, text) => Kind::Sheet {
                xliff: true,
                header,
            },
            _ => Kind::Unknown { xml: true },
        };
    }
    let line = body.lines().next().unwrap_or("");
    let cells = header_names(line);
    let header = cells.join(",");
    if cells.iter().any(|c| c.eq_ignore_ascii_case("source")) {
        return Kind::Sheet {
            xliff: false,
            header,
        };
    }
    // A glossary's header: the glossary loader, given the header line alone, gets past it
    // (to "a header but no entries", row 2) only when it starts with two language codes.
    match Glossary::from_text(path, &format!("{line}\n")) {
        Err(Error::Glossary { row: 1, .. }) => Kind::Unknown { xml: false },
        _ => Kind::Glossary { tbx: false, header },
    }
}

fn export(a: &Args) -> Result<(), Outcome> {
    let input = read_input(a)?;
    let name = input.path.display();
    match (kind_of(&input), a.to) {
        (Kind::Glossary { tbx, header }, To::Xliff) => {
            let what = if tbx {
                "a TBX glossary".to_string()
            } else {
                format!("a glossary (header {header})")
            };
            Err(failed(format!(
                "{name} is {what}; --to xliff takes a sheet (a header with source and target, or an XLIFF file); for a glossary use --to tbx, --to omegat, --to csv or --to tsv"
            )))
        }
        (Kind::Sheet { xliff, header }, To::Tbx | To::Omegat) => {
            let what = if xliff {
                "an XLIFF sheet".to_string()
            } else {
                format!("a sheet (header {header})")
            };
            let to = if a.to == To::Tbx { "tbx" } else { "omegat" };
            Err(failed(format!(
                "{name} is {what}; --to {to} takes a glossary (a header such as ar,en, or a TBX file); for a sheet use --to xliff, --to csv or --to tsv"
            )))
        }
        (Kind::Glossary { tbx, .. }, _) => export_glossary(a, &input, tbx),
        (Kind::Sheet { xliff, .. }, _) => export_sheet(a, &input, xliff),
        (Kind::Unknown { xml }, To::Xliff | To::Tsv | To::Csv) => export_sheet(a, &input, xml),
        (Kind::Unknown { xml }, To::Tbx | To::Omegat) => export_glossary(a, &input, xml),
    }
}

/// Open the output, let `write` fill it, and commit it (see [`write_whole`]).
fn write_output(
    a: &Args,
    input: &Input,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Outcome> {
    let files: &[Source] = if input.stdin {
        &[]
    } else {
        &[Source::File(a.input.clone())]
    };
    let inputs = guarded(files, a.glossary.as_deref());
    write_whole(a.output.as_deref(), &inputs, write)
}

fn load_glossary(path: Option<&Path>) -> Result<std::sync::Arc<Glossary>, Outcome> {
    match path {
        None => Ok(Glossary::builtin()),
        Some(p) => Glossary::from_path(p).map(Into::into).map_err(failed),
    }
}

/// CSV or TSV, as `--to` asks.
fn delimited(to: To) -> Format {
    if to == To::Tsv {
        Format::Tsv
    } else {
        Format::Csv
    }
}

fn export_sheet(a: &Args, input: &Input, xliff: bool) -> Result<(), Outcome> {
    let sheet = if xliff {
        read_xliff(&input.path, &input.text)
    } else {
        parse_delimited(&input.path, &input.text)
    }
    .map_err(failed)?;
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
            // Without a language given or declared, each document's own (its `lang`
            // cell), so that a French article in an Arabic batch is not labelled Arabic.
            let declared = a.source_lang.is_some() || sheet.source_lang.is_some();
            let source_of = |r: &toolkit::qa::sheet_reader::SheetRow| match r.get("lang") {
                Some(lang) if !declared && !lang.is_empty() => lang.to_string(),
                _ => source_lang.clone(),
            };
            write_output(a, input, |out| {
                write_xliff(out, &sheet, source_of, &target_lang, |r| {
                    if has_names {
                        parse_names(r.cell("names"))
                    } else {
                        parse_names(&names_cell(&glossary.find(&r.source)))
                    }
                })
            })
        }
        _ => {
            let bom = a.output.is_some() && !a.no_bom;
            write_output(a, input, |out| {
                write_sheet(out, &sheet, delimited(a.to), bom)
            })
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

/// A glossary as a term base. A TBX file is read directly for TBX and OmegaT (so that its
/// admitted target forms are kept); a CSV or TSV glossary, and any glossary written as
/// CSV or TSV, goes through the glossary loader, so that its checks apply and what is
/// written is what the toolkit loads.
fn export_glossary(a: &Args, input: &Input, tbx: bool) -> Result<(), Outcome> {
    let read = if tbx {
        Some(parse_tbx(&input.path, &input.text).map_err(failed)?)
    } else {
        None
    };
    let tb = match (read, a.to) {
        (Some(tb), To::Tbx | To::Omegat) => tb,
        (read, _) => {
            let csv = read.as_ref().map(TermBase::to_csv);
            let text = csv.as_deref().unwrap_or(&input.text);
            let g = Glossary::from_text(&input.path, text).map_err(failed)?;
            // Warnings show even with --quiet: they say what was merged or skipped.
            g.warnings().iter().for_each(warning);
            if let Some(read) = &read {
                dropped_target_forms(&input.path, read);
            }
            TermBase::from_glossary(&g)
        }
    };
    let origin = if input.stdin {
        "stdin".to_string()
    } else {
        a.input
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    match a.to {
        To::Tbx => write_output(a, input, |out| write_tbx(out, &tb, &origin)),
        To::Omegat => {
            let lost = unreadable_terms(&tb);
            if let Some(first) = lost.first() {
                warning(format!(
                    "{} term(s) start with '#' ({first}...): OmegaT reads such a line as a comment and will not show them",
                    lost.len()
                ));
            }
            write_output(a, input, |out| write_omegat(out, &tb))
        }
        _ => {
            let bom = a.output.is_some() && !a.no_bom;
            write_output(a, input, |out| {
                let mut w = RecordWriter::new(out, delimited(a.to), bom)?;
                for r in tb.records() {
                    w.write_cells(&r.each_ref().map(String::as_str))?;
                }
                w.finish().map(|_| ())
            })
        }
    }
}

/// Warn about the admitted target forms of a TBX file, which a CSV or TSV glossary has no
/// column for.
fn dropped_target_forms(path: &Path, tb: &TermBase) {
    let with: Vec<_> = tb
        .entries
        .iter()
        .filter(|e| !e.target_variants.is_empty())
        .collect();
    if let Some(first) = with.first() {
        warning(format!(
            "{}: {} entr{} other target forms ('{}' beside '{}' for '{}'), which a CSV or TSV glossary has no column for; they are left out",
            path.display(),
            with.len(),
            if with.len() == 1 { "y has" } else { "ies have" },
            first.target_variants.join("', '"),
            first.target,
            first.source
        ));
    }
}
