//! `toolkit split`: every sentence of the inputs, as a sheet.

use super::common::{run_records, Common, Outcome};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use toolkit::sheet::{Row, COLUMNS};

/// Arguments of `toolkit split`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    common: Common,
}

/// Run `toolkit split`.
pub fn run(args: Args) -> Outcome {
    let ready = match args.common.ready() {
        Ok(r) => r,
        Err(o) => return o,
    };
    let glossary = ready.glossary.clone();
    let keep = args.common.keep_boilerplate;
    // For the closing line: what was written and what was left out, so that no input
    // line goes missing without a count.
    let (docs, sentences, boilerplate) = (
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
    );
    let outcome = run_records(
        &args.common,
        &ready,
        &COLUMNS,
        |a| {
            docs.fetch_add(1, Relaxed);
            sentences.fetch_add(a.seg.sentences().count(), Relaxed);
            boilerplate.fetch_add(a.seg.boilerplate_count(), Relaxed);
            a.rows(Some(&glossary), keep)
        },
        write_text,
    );
    let docs = docs.into_inner();
    // Only with -o, and only when it was written: on stdout the rows speak for
    // themselves, and `split | head` ends quietly.
    let written = !matches!(outcome, Outcome::NotWritten);
    if !args.common.quiet && args.common.output.is_some() && docs > 0 && written {
        let boilerplate = match (boilerplate.into_inner(), keep) {
            (0, _) => String::new(),
            (n, true) => format!(", {n} boilerplate line(s) kept as kind boilerplate"),
            (n, false) => {
                format!(", {n} boilerplate line(s) left out (--keep-boilerplate shows them)")
            }
        };
        eprintln!(
            "toolkit: split: {docs} document(s), {} sentence(s){boilerplate}",
            sentences.into_inner()
        );
    }
    outcome
}

/// The text format: one sentence a line, prefixed with its document, number and kind.
pub fn write_text(rows: &[Row], out: &mut dyn Write) -> std::io::Result<()> {
    if let Some(first) = rows.first() {
        writeln!(out, "# {}", super::common::header_id(&first.doc))?;
    }
    for r in rows {
        let sent = r.sent.map(|s| s.to_string()).unwrap_or_else(|| "-".into());
        writeln!(out, "{sent}\t{}\t{}", r.kind, r.source)?;
    }
    writeln!(out)
}
