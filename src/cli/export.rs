//! `toolkit export`: convert sheets and glossaries to the formats CAT tools open.

use super::common::Outcome;
use std::path::PathBuf;

/// Arguments of `toolkit export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The sheet or glossary to convert.
    input: PathBuf,
}

/// Run `toolkit export`.
pub fn run(_a: Args) -> Outcome {
    super::common::error("export is not built yet");
    Outcome::Failed
}
