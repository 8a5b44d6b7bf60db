//! `toolkit summarize`: the summary sentences of the inputs, as a sheet.

use super::common::{for_each_document, run_records, run_with, warning, Common, Outcome};
use std::io::Write;
use toolkit::export::Format;
use toolkit::glossary::Glossary;
use toolkit::pipeline::Analyzed;
use toolkit::segment::Kind;
use toolkit::sheet::{Row, COLUMNS};
use toolkit::summarize::features::{find_names, prepare, prepare_for_digest, Prepared};
use toolkit::summarize::{rank, Budget, Method, Options, Scored};

/// Arguments of `toolkit summarize`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    common: Common,
    /// Summary length in sentences (default 3, or 5 with --digest).
    #[arg(long, value_name = "N", conflicts_with_all = ["ratio", "words"])]
    sentences: Option<usize>,
    /// Summary length as a fraction of the sentences (0 < R <= 1; at least one sentence).
    #[arg(long, value_name = "R", conflicts_with = "words")]
    ratio: Option<f64>,
    /// Summary length in words: whole sentences, best first, never passing N words (the
    /// default method passes over a sentence that does not fit and fills the rest with
    /// ones that do; the baseline methods stop at the first that does not fit). N may
    /// have decimals, such as a mean length (92.4 allows 92 words).
    #[arg(long, value_name = "N", value_parser = word_budget)]
    words: Option<usize>,
    /// Write every sentence, with in_summary, rank and score filled.
    #[arg(long)]
    all: bool,
    /// Scorer: default (position, paragraph starts, centrality, title, names, length,
    /// no repeats), lead, para-first, lexrank or centroid.
    #[arg(long, default_value = "default", value_name = "METHOD")]
    method: String,
    /// Summarize all inputs together (one story from several outlets): one summary that
    /// does not repeat what several of them say; rows keep their doc.
    #[arg(long)]
    digest: bool,
    /// Cosine similarity above which a sentence repeats one already picked (0..1;
    /// 1 keeps repeats).
    #[arg(long, default_value_t = 0.5, value_name = "X")]
    redundancy: f32,
}

/// `--words N`: a whole number of words, or a decimal such as the mean length of some
/// reference summaries, taken down to whole words ("never passing 92.4 words" is "at
/// most 92"). Zero is refused later with the other budget checks.
fn word_budget(s: &str) -> Result<usize, String> {
    if let Ok(n) = s.parse::<usize>() {
        return Ok(n);
    }
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 => Ok(x.floor() as usize),
        _ => Err(format!("'{s}' is not a number of words")),
    }
}

impl Args {
    fn options(&self) -> Result<Options, String> {
        let method: Method = self.method.parse()?;
        let budget = match (self.sentences, self.ratio, self.words) {
            (Some(0), _, _) => return Err("--sentences: must be at least 1".into()),
            (Some(n), _, _) => Budget::Sentences(n),
            (_, Some(r), _) if !(r > 0.0 && r <= 1.0) => {
                return Err(format!("--ratio: {r} is not in (0, 1]"))
            }
            (_, Some(r), _) => Budget::Ratio(r),
            (_, _, Some(0)) => return Err("--words: must be at least 1".into()),
            (_, _, Some(w)) => Budget::Words(w),
            _ => Budget::Sentences(if self.digest { 5 } else { 3 }),
        };
        if !(0.0..=1.0).contains(&self.redundancy) {
            return Err(format!(
                "--redundancy: {} is not in [0, 1]",
                self.redundancy
            ));
        }
        Ok(Options {
            method,
            budget,
            redundancy: self.redundancy,
            ..Options::default()
        })
    }
}

/// Run `toolkit summarize`.
pub fn run(args: Args) -> Outcome {
    let ready = match args.common.ready() {
        Ok(r) => r,
        Err(o) => return o,
    };
    let opts = match args.options() {
        Ok(o) => o,
        Err(e) => {
            super::common::error(e);
            return Outcome::Failed;
        }
    };
    let glossary = ready.glossary.clone();
    let keep = args.common.keep_boilerplate;
    // The text format decides for itself what to show, so it gets every row.
    let all = args.all || ready.format == Format::Text;
    let text = |rows: &[Row], out: &mut dyn Write| write_text(rows, args.all, out);
    if !args.digest {
        return run_records(
            &args.common,
            &ready,
            &COLUMNS,
            |a| {
                let p = prepare(&a.doc.text, &a.seg, a.lang, Some(&glossary));
                let scored = rank(&[&p], &opts).pop().unwrap_or_default();
                explain_empty(&a, &p, &scored, &opts);
                rows(&a, &scored, &glossary, keep, all)
            },
            text,
        );
    }
    run_with(
        &args.common,
        &ready,
        &COLUMNS,
        |expanded, emit| {
            // A digest needs every document before it can pick anything.
            let mut docs: Vec<(Analyzed, Prepared)> = Vec::new();
            let (tally, result) = for_each_document(
                &args.common,
                &ready,
                expanded,
                |a| {
                    let p = prepare_for_digest(&a.doc.text, &a.seg, a.lang, Some(&glossary));
                    (a, p)
                },
                |d| {
                    docs.push(d);
                    Ok(())
                },
            );
            if result.is_err() {
                return (tally, result);
            }
            let prepared: Vec<&Prepared> = docs.iter().map(|(_, p)| p).collect();
            let scored = rank(&prepared, &opts);
            if prepared.iter().all(|p| p.candidates.is_empty()) && !docs.is_empty() {
                warning("nothing to summarize: the inputs hold no body sentences");
            }
            for ((a, _), s) in docs.iter().zip(&scored) {
                let r = rows(a, s, &glossary, keep, all);
                if !r.is_empty() {
                    if let Err(e) = emit(r) {
                        return (tally, Err(e));
                    }
                }
            }
            (tally, Ok(()))
        },
        text,
    )
}

/// Explain on stderr why a document got no summary.
fn explain_empty(a: &Analyzed, p: &Prepared, scored: &[Scored], opts: &Options) {
    if scored.iter().any(|s| s.rank.is_some()) {
        return;
    }
    let id = &a.doc.id;
    if p.candidates.is_empty() {
        let doc = &a.doc.text;
        let mut body = a
            .seg
            .units
            .iter()
            .filter(|u| u.kind == Kind::Body)
            .peekable();
        let has_body = body.peek().is_some();
        let wordless = has_body && body.all(|u| toolkit::text::words(u.raw(doc)).next().is_none());
        let what = if a.seg.units.is_empty() {
            "no text"
        } else if wordless {
            "its body sentences hold no words, only punctuation or symbols"
        } else if a.seg.units.iter().any(|u| u.kind == Kind::Title) {
            "only a title and no body sentences"
        } else if a.seg.units.iter().all(|u| u.kind == Kind::Boilerplate) {
            "only boilerplate"
        } else {
            "no body sentences"
        };
        warning(format!("{id}: nothing to summarize: {what}"));
    } else if let Budget::Words(w) = opts.budget {
        let shortest = p.candidates.iter().map(|c| c.words).min().unwrap_or(0);
        if shortest > w {
            warning(format!(
                "{id}: no sentence fits in {w} words (the shortest has {shortest}); raise --words"
            ));
        } else {
            // Only the baselines stop at a first sentence that does not fit.
            warning(format!(
                "{id}: no sentence fits in {w} words (the best one by --method {} is longer; the shortest has {shortest}); raise --words or use --method default",
                opts.method
            ));
        }
    }
}

/// The sheet rows of one document with the summary columns filled; only the summary
/// unless `all`.
fn rows(a: &Analyzed, scored: &[Scored], glossary: &Glossary, keep: bool, all: bool) -> Vec<Row> {
    let names = |source: &str| find_names(source, a.lang, glossary);
    a.rows_with(names, keep, |i| all || scored[i].rank.is_some())
        .into_iter()
        .map(|(i, mut r)| {
            r.score = Some(scored[i].score);
            r.rank = scored[i].rank;
            r.in_summary = Some(u8::from(scored[i].rank.is_some()));
            r
        })
        .collect()
}

/// The text format: a readable summary per document (the headline, then the summary
/// sentences in document order; documents that gave none are left out); with --all,
/// every sentence, the summary ones marked with their rank.
fn write_text(rows: &[Row], all: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let Some(first) = rows.first() else {
        return Ok(());
    };
    let picked = rows.iter().filter(|r| r.rank.is_some()).count();
    if picked == 0 && !all {
        // Nothing from this document (a digest took its facts from others).
        return Ok(());
    }
    let total = rows.iter().filter(|r| r.sent.is_some()).count();
    writeln!(
        out,
        "# {} ({picked} of {total} sentences)",
        super::common::header_id(&first.doc)
    )?;
    if !all {
        if let Some(t) = rows.iter().find(|r| r.kind == Kind::Title) {
            writeln!(out, "{}", t.source)?;
        }
    }
    writeln!(out)?;
    for r in rows {
        match (r.rank, all) {
            (Some(k), true) => writeln!(out, "[{k}] {}", r.source)?,
            (None, true) => writeln!(out, "    {}", r.source)?,
            (Some(_), false) => writeln!(out, "{}", r.source)?,
            (None, false) => {}
        }
    }
    writeln!(out)
}
