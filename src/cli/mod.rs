//! Command-line interface: one file per subcommand, plus the shared document runner.

mod check_sheet;
mod common;
mod eval;
mod export;
mod glossary_check;
mod split;
mod summarize;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Turns foreign-language news into work for human translators: sentences, summaries and
/// glossary names as sheets (CSV) for Excel, LibreOffice or a CAT tool.
#[derive(Debug, Parser)]
#[command(name = "toolkit", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// All sentences of the inputs, as a sheet.
    Split(split::Args),
    /// The summary sentences (or all, with --all), as a sheet.
    Summarize(summarize::Args),
    /// Glossary names found in articles, unknown names and usage; or, given a sheet the
    /// translator filled (.csv, .tsv, .xlf), every place its target breaks the glossary.
    GlossaryCheck(glossary_check::Args),
    /// Measure summaries against a reference corpus.
    #[command(subcommand)]
    Eval(eval::Command),
    /// Convert a sheet or glossary to another format (XLIFF, TSV, TBX, OmegaT).
    Export(export::Args),
}

/// Run the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let outcome = match cli.command {
        Command::Split(a) => split::run(a),
        Command::Summarize(a) => summarize::run(a),
        Command::GlossaryCheck(a) => glossary_check::run(a),
        Command::Eval(c) => eval::run(c),
        Command::Export(a) => export::run(a),
    };
    outcome.exit_code()
}
