//! `toolkit eval`: measure summaries against reference corpora.

use super::common::Outcome;
use std::path::PathBuf;

/// The corpora `toolkit eval` knows.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The Essex Arabic Summaries Corpus: DIR holds Articles/ and MTurk/.
    Easc {
        /// The corpus folder.
        dir: PathBuf,
    },
}

/// Run `toolkit eval`.
pub fn run(_c: Command) -> Outcome {
    super::common::error("eval is not built yet");
    Outcome::Failed
}
