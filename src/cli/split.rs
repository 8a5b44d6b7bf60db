//! `toolkit split`: every sentence of the inputs, as a sheet.

use super::common::{run_records, Common, Outcome};
use std::io::Write;
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
    run_records(
        &args.common,
        &ready,
        &COLUMNS,
        |a| a.rows(Some(&glossary), keep),
        write_text,
    )
}

/// The text format: one sentence a line, prefixed with its document, number and kind.
pub fn write_text(rows: &[Row], out: &mut dyn Write) -> std::io::Result<()> {
    if let Some(first) = rows.first() {
        writeln!(out, "# {}", first.doc)?;
    }
    for r in rows {
        let sent = r.sent.map(|s| s.to_string()).unwrap_or_else(|| "-".into());
        writeln!(out, "{sent}\t{}\t{}", r.kind, r.source)?;
    }
    writeln!(out)
}
