//! Checking sheets the translators filled (`glossary-check` on a CSV/TSV/XLIFF sheet):
//! one report row per problem, exit 1 when errors were found.

use super::common::{close_sink, error, guarded, open_sink, warning, Outcome};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use toolkit::export::{Format, RecordWriter};
use toolkit::glossary::Glossary;
use toolkit::input::Source;
use toolkit::qa::{check_sheet, read_sheet, Problem, PROBLEM_COLUMNS};

/// How a sheet check reports and ends.
pub struct Strictness {
    /// No closing summary on stderr.
    pub quiet: bool,
    /// Exit 1 on warnings too, not only on errors (`--strict`).
    pub strict: bool,
}

/// Check the sheets `inputs` together against `glossary`, read from `glossary_path` or
/// built in (consistency is checked across
/// all of them, as a CAT tool checks a project), and write the problems to `output` (or
/// stdout) in `format`. A sheet that cannot be read is reported and the others are still
/// checked; that makes the outcome `Failed` (exit 2). Otherwise `Problems` (exit 1) when
/// any problem is an error (or, with `--strict`, any problem at all), `Ok` otherwise.
pub fn run(
    inputs: &[PathBuf],
    glossary: &Glossary,
    glossary_path: Option<&Path>,
    output: Option<&Path>,
    format: Format,
    how: Strictness,
) -> Outcome {
    let mut rows = Vec::new();
    let mut failed = 0;
    for p in inputs {
        match read_sheet(p) {
            Ok(s) => {
                if let Some(how) = &s.decoded {
                    warning(format!("{}: {how}", s.path.display()));
                }
                rows.extend(s.rows)
            }
            Err(e) => {
                error(e);
                failed += 1;
            }
        }
    }
    let problems = check_sheet(&rows, glossary);
    let sources: Vec<Source> = inputs.iter().cloned().map(Source::File).collect();
    let mut sink = match open_sink(output, &guarded(&sources, glossary_path)) {
        Ok(s) => s,
        Err(o) => return o,
    };
    if let Err(e) = write_problems(&mut sink, &problems, format, output.is_some()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return sink.failed(&e);
        }
    }
    if let Err(o) = close_sink(sink) {
        return o;
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    if !how.quiet {
        eprintln!(
            "toolkit: {} row(s) checked in {} sheet(s): {} error(s), {} warning(s)",
            rows.len(),
            inputs.len() - failed,
            errors,
            problems.len() - errors
        );
    }
    if failed > 0 {
        Outcome::Failed
    } else if errors > 0 || (how.strict && !problems.is_empty()) {
        Outcome::Problems
    } else {
        Outcome::Ok
    }
}

/// Write the report; a CSV file gets a byte order mark so that Excel shows the Arabic.
pub fn write_problems(
    out: &mut dyn Write,
    problems: &[Problem],
    format: Format,
    bom: bool,
) -> io::Result<()> {
    let mut w = RecordWriter::new(out, format, bom)?;
    if let Some(raw) = w.raw().filter(|_| format == Format::Text) {
        // Aligned columns, for reading in a terminal: place, severity, check, message.
        let places: Vec<String> = problems
            .iter()
            .map(|p| format!("{}:{}", p.doc, p.sent))
            .collect();
        let place_w = places.iter().map(|p| p.chars().count()).max().unwrap_or(0);
        let severity_w = problems.iter().map(|p| p.severity.len()).max().unwrap_or(0);
        let check_w = problems.iter().map(|p| p.check.len()).max().unwrap_or(0);
        for (p, place) in problems.iter().zip(&places) {
            let term = if p.source_term.is_empty() {
                String::new()
            } else {
                format!("{}: ", p.source_term)
            };
            let found = if p.found.is_empty() {
                String::new()
            } else {
                format!(", found {}", p.found)
            };
            writeln!(
                raw,
                "{place:<place_w$}  {:<severity_w$}  {:<check_w$}  {term}expected {}{found}",
                p.severity, p.check, p.expected
            )?;
        }
    } else if problems.is_empty() {
        w.write_header(&PROBLEM_COLUMNS)?;
    } else {
        for p in problems {
            w.write(p)?;
        }
    }
    w.finish().map(|_| ())
}
