//! `toolkit glossary-check`: glossary names found, unknown names and usage.

use super::common::{Common, Outcome};

/// Arguments of `toolkit glossary-check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    common: Common,
}

/// Run `toolkit glossary-check`.
pub fn run(_args: Args) -> Outcome {
    super::common::error("glossary-check is not built yet");
    Outcome::Failed
}
