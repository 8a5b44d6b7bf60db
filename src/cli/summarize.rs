//! `toolkit summarize`: the summary sentences of the inputs, as a sheet.

use super::common::{run_records, Common, Outcome};
use toolkit::sheet::COLUMNS;
use toolkit::summarize::{summarize, Budget};

/// Arguments of `toolkit summarize`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    common: Common,
    /// Summary length in sentences.
    #[arg(long, value_name = "N")]
    sentences: Option<usize>,
    /// Write every sentence, with the summary marked.
    #[arg(long)]
    all: bool,
}

/// Run `toolkit summarize`.
pub fn run(args: Args) -> Outcome {
    let ready = match args.common.ready() {
        Ok(r) => r,
        Err(o) => return o,
    };
    let glossary = ready.glossary.clone();
    let budget = Budget::Sentences(args.sentences.unwrap_or(3));
    let all = args.all;
    run_records(
        &args.common,
        &ready,
        &COLUMNS,
        |a| {
            let scores = summarize(&a.doc.text, &a.seg, a.lang, budget);
            let mut rows = a.rows(Some(&glossary), false);
            let kept: Vec<_> = a
                .seg
                .units
                .iter()
                .zip(scores)
                .filter(|(u, _)| u.kind != toolkit::segment::Kind::Boilerplate)
                .map(|(_, s)| s)
                .collect();
            for (r, s) in rows.iter_mut().zip(kept) {
                r.score = Some(s.score);
                r.rank = s.rank;
                r.in_summary = Some(u8::from(s.rank.is_some()));
            }
            rows.retain(|r| all || r.rank.is_some());
            rows
        },
        super::split::write_text,
    )
}
