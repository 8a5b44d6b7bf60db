//! `toolkit eval`: measure summaries against reference corpora.

use super::common::{error, write_whole, Outcome};
use rayon::prelude::*;
use std::path::PathBuf;
use toolkit::eval::easc::{self, Ready};
use toolkit::eval::rouge::Scores;
use toolkit::summarize::{Method, Weights};

/// The corpora `toolkit eval` knows.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The Essex Arabic Summaries Corpus: DIR holds Articles/ and MTurk/. Prints ROUGE-1,
    /// ROUGE-2 and ROUGE-L F1 of each method under the project's protocol (word budget =
    /// mean length of the five human summaries; whole sentences, best first).
    Easc(EascArgs),
}

/// Arguments of `toolkit eval easc`.
#[derive(Debug, clap::Args)]
pub struct EascArgs {
    /// The corpus folder (holding Articles/ and MTurk/).
    dir: PathBuf,
    /// Methods to score, comma-separated (default, lead, para-first, lexrank, centroid);
    /// by default the default method next to lead, para-first and lexrank.
    #[arg(long, value_delimiter = ',', value_name = "METHOD")]
    method: Vec<String>,
    /// Also cross-validate the default scorer's weights in K folds: tune on K-1 folds,
    /// score the held-out one.
    #[arg(long, value_name = "K")]
    folds: Option<usize>,
    /// End a sentence at every line break, as the splitter behind PROVENANCE.md's
    /// reference numbers did (a diagnostic: it cuts hard-wrapped sentences apart).
    #[arg(long)]
    split_lines: bool,
    /// Also print the greedy oracle, which picks sentences knowing the summaries (a
    /// ceiling for extractive methods on this segmentation).
    #[arg(long)]
    oracle: bool,
    /// Print each topic's ROUGE-1 F1 for every method.
    #[arg(long)]
    per_topic: bool,
}

/// Append a line to a report being built (as `println!` would print it).
macro_rules! outln {
    ($out:expr) => {
        $out.push('\n')
    };
    ($out:expr, $($arg:tt)*) => {{
        $out.push_str(&format!($($arg)*));
        $out.push('\n');
    }};
}

/// Run `toolkit eval`.
pub fn run(c: Command) -> Outcome {
    match c {
        Command::Easc(a) => run_easc(a),
    }
}

fn run_easc(a: EascArgs) -> Outcome {
    let methods: Vec<Method> = if a.method.is_empty() {
        vec![
            Method::Default,
            Method::Lead,
            Method::ParaFirst,
            Method::LexRank,
        ]
    } else {
        match a
            .method
            .iter()
            .map(|m| m.parse())
            .collect::<Result<Vec<Method>, _>>()
        {
            Ok(m) => m,
            Err(e) => {
                error(format!("--method: {e}"));
                return Outcome::Failed;
            }
        }
    };
    if a.folds.is_some_and(|k| k < 2) {
        error("--folds: K must be at least 2");
        return Outcome::Failed;
    }
    let loaded = match easc::load(&a.dir) {
        Ok(l) => l,
        Err(e) => {
            error(e);
            return Outcome::Failed;
        }
    };
    // A broken topic is named and left out; the others are still scored, and the exit
    // status says that something was skipped.
    for e in &loaded.skipped {
        error(format!("{e}; topic skipped"));
    }
    let topics = loaded.topics;
    let ready: Vec<Ready> = topics
        .par_iter()
        .map(|t| Ready::new(t, a.split_lines))
        .collect();
    let weights = Weights::default();
    // The report is built whole, then written: a reader that stops early (`| head`)
    // ends the output, not the program.
    let mut out = String::new();
    let skipped = match loaded.skipped.len() {
        0 => String::new(),
        n => format!(" ({n} skipped: see the errors)"),
    };
    outln!(
        out,
        "EASC {}: {} topics{skipped}; ROUGE F1 vs 5 human summaries, budget = their mean length",
        a.dir.display(),
        ready.len()
    );
    // Each method's scores on each topic; the table shows their means.
    let mut columns: Vec<(&str, Vec<Scores>)> = methods
        .iter()
        .map(|&m| {
            let per: Vec<Scores> = ready
                .par_iter()
                .map(|r| easc::evaluate(std::slice::from_ref(r), m, &weights))
                .collect();
            (m.as_str(), per)
        })
        .collect();
    if a.oracle {
        columns.push(("oracle", ready.par_iter().map(easc::oracle_topic).collect()));
    }
    outln!(
        out,
        "{:<12} {:>7} {:>7} {:>7}",
        "method",
        "R1 F",
        "R2 F",
        "RL F"
    );
    for (name, per) in &columns {
        let mut t = Scores::default();
        for &s in per {
            t += s;
        }
        let s = t.mean_of(per.len());
        outln!(out, "{name:<12} {:>7.4} {:>7.4} {:>7.4}", s.r1, s.r2, s.rl);
    }
    // A topic scored 0 is one where the method picked nothing: its first choice was
    // longer than the word budget and it does not look further (lead, para-first). It
    // counts in the mean as 0, which the reader should know.
    for (name, per) in &columns {
        let empty: Vec<&str> = per
            .iter()
            .zip(&ready)
            .filter(|(s, _)| s.r1 == 0.0)
            .map(|(_, r)| r.name.as_str())
            .collect();
        if !empty.is_empty() {
            outln!(
                out,
                "  {name}: {} topic(s) with an empty summary, scored 0 (no sentence it would pick fits the budget): {}",
                empty.len(),
                empty.join(", ")
            );
        }
    }
    if a.per_topic {
        outln!(out);
        let head: String = columns.iter().map(|(n, _)| format!("{n:>11}")).collect();
        outln!(out, "{:<10}{head}   (ROUGE-1 F)", "topic");
        for (t, r) in ready.iter().enumerate() {
            let cells: String = columns
                .iter()
                .map(|(_, p)| format!("{:>11.4}", p[t].r1))
                .collect();
            outln!(out, "{:<10}{cells}", r.name);
        }
    }
    if let Some(k) = a.folds {
        let cv = easc::cross_validate(&ready, k);
        outln!(out);
        outln!(
            out,
            "cross-validation, {} folds ({} weight settings; tuned on the other folds by ROUGE-1):",
            cv.folds,
            easc::grid().len()
        );
        outln!(
            out,
            "{:<12} {:>7.4} {:>7.4} {:>7.4}",
            "default-cv",
            cv.held_out.r1,
            cv.held_out.r2,
            cv.held_out.rl
        );
        for (i, (w, train)) in cv.chosen.iter().enumerate() {
            outln!(out, "  fold {}: {} (train R1 {train:.4})", i + 1, show(w));
        }
        outln!(
            out,
            "  all topics, in-sample best: {} (R1 {:.4})",
            show(&cv.all.0),
            cv.all.1
        );
        outln!(out, "  built-in default weights:   {}", show(&weights));
    }
    match write_whole(None, &[], |stdout| stdout.write_all(out.as_bytes())) {
        Ok(()) if loaded.skipped.is_empty() => Outcome::Ok,
        Ok(()) => {
            error(format!(
                "{} of {} topics skipped",
                loaded.skipped.len(),
                loaded.skipped.len() + ready.len()
            ));
            Outcome::Failed
        }
        Err(o) => o,
    }
}

fn show(w: &Weights) -> String {
    format!(
        "reach={} first={} para={} recur={} centrality={} title={} length={}",
        w.reach, w.first, w.para, w.recur, w.centrality, w.title, w.length
    )
}
