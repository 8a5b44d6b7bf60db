//! The Essex Arabic Summaries Corpus (El-Haj, Kruschwitz and Fox, 2010) and the
//! protocol the project is measured with (`../shared/data/easc-dev/PROVENANCE.md`):
//!
//! - layout: `Articles/TopicN/<one .txt or .TXT>`, `MTurk/TopicN/D*.M.250.A.*` (five
//!   human extractive summaries);
//! - budget W = the mean word count of the five summaries; a system picks whole
//!   sentences, best first, stopping before the total would exceed W; the picked
//!   sentences are joined in article order;
//! - ROUGE-1, ROUGE-2 and ROUGE-L F1 against each summary, averaged over the five, then
//!   over topics, with the tokens of [`super::rouge`].
//!
//! Articles go through the real pipeline (`analyze`: language forced to Arabic, the
//! project's segmenter) and the real summarizer (`--words floor(W)`, its own word
//! counts); the protocol then walks the summary in rank order and stops before its own
//! token count would pass W. So the numbers measure what `toolkit summarize --words`
//! outputs.

use super::rouge::{mean_r1, mean_scores, tokens, Interner, Reference, Scores};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::pipeline::analyze;
use crate::segment::{segment, Kind, Segmentation, Sentence};
use crate::summarize::features::{prepare, Prepared};
use crate::summarize::{Budget, Features, Method, Options, Weights};
use std::path::{Path, PathBuf};

/// One topic: an article and its reference summaries.
#[derive(Debug, Clone)]
pub struct Topic {
    /// `TopicN`.
    pub name: String,
    /// The article file.
    pub path: PathBuf,
    /// The article text.
    pub article: String,
    /// The five summaries, in file name order.
    pub summaries: Vec<String>,
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    Ok(crate::input::decode(&bytes[..], path)?.text)
}

/// Read a file that must hold words, as the protocol counts them: an empty summary
/// would score every system 0 against it and shrink the budget, an empty article has
/// nothing to pick; either means the topic is broken, not short.
fn read_words(path: &Path, what: &str) -> Result<String> {
    let text = read_text(path)?;
    if tokens(&text).is_empty() {
        return Err(Error::Usage(format!(
            "{}: the {what} has no words",
            path.display()
        )));
    }
    Ok(text)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    v.sort();
    Ok(v)
}

/// The topic number of `TopicN` (topics sort by number, not by name).
fn topic_number(name: &str) -> u32 {
    name.trim_start_matches("Topic").parse().unwrap_or(u32::MAX)
}

/// What [`load`] found: the topics that could be read, and a problem for each topic
/// that could not (named, so that one broken topic does not lose the others).
#[derive(Debug, Default)]
pub struct Loaded {
    /// Topics in topic number order.
    pub topics: Vec<Topic>,
    /// One error per skipped topic, naming its folder or file.
    pub skipped: Vec<Error>,
}

/// Read every topic of an EASC folder (`Articles/` and `MTurk/` inside `dir`), in topic
/// number order. A topic without exactly one article, without summaries, or with a file
/// that cannot be read is skipped and reported in [`Loaded::skipped`]; only a folder
/// that is not an EASC folder at all, or holds no readable topic, is an error.
pub fn load(dir: &Path) -> Result<Loaded> {
    let articles = dir.join("Articles");
    let mturk = dir.join("MTurk");
    for d in [&articles, &mturk] {
        if !d.is_dir() {
            return Err(Error::Usage(format!(
                "{}: not found; an EASC folder holds Articles/ and MTurk/",
                d.display()
            )));
        }
    }
    let mut loaded = Loaded::default();
    for tdir in sorted_entries(&articles)? {
        // Hidden folders (.git, a desktop's metadata) are not topics, as hidden files
        // are not inputs anywhere else.
        if !tdir.is_dir() || crate::input::is_hidden(&tdir) {
            continue;
        }
        match load_topic(&tdir, &mturk) {
            Ok(t) => loaded.topics.push(t),
            Err(e) => loaded.skipped.push(e),
        }
    }
    if loaded.topics.is_empty() {
        let why = match loaded.skipped.first() {
            Some(e) => format!(" (first problem: {e})"),
            None => String::new(),
        };
        return Err(Error::Usage(format!(
            "{}: no readable topics found{why}",
            articles.display()
        )));
    }
    loaded.topics.sort_by_key(|t| topic_number(&t.name));
    Ok(loaded)
}

/// Read one topic: the article in `tdir` and its summaries in `mturk/<topic name>`.
fn load_topic(tdir: &Path, mturk: &Path) -> Result<Topic> {
    let name = tdir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let files: Vec<PathBuf> = sorted_entries(tdir)?
        .into_iter()
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")))
        .collect();
    let [path] = files.as_slice() else {
        return Err(Error::Usage(format!(
            "{}: expected one .txt article, found {}",
            tdir.display(),
            files.len()
        )));
    };
    let sdir = mturk.join(&name);
    let summaries: Vec<String> = if sdir.is_dir() {
        sorted_entries(&sdir)?
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().contains(".M.250.A."))
            })
            .map(|p| read_words(&p, "summary"))
            .collect::<Result<_>>()?
    } else {
        Vec::new()
    };
    if summaries.is_empty() {
        return Err(Error::Usage(format!(
            "{}: no summaries (D*.M.250.A.*) for {name}",
            sdir.display()
        )));
    }
    Ok(Topic {
        article: read_words(path, "article")?,
        path: path.clone(),
        name,
        summaries,
    })
}

/// A topic ready for scoring many times: its candidates (with protocol word counts),
/// their tokens, the references and the budget.
#[derive(Debug, Clone)]
pub struct Ready {
    /// The topic's name.
    pub name: String,
    /// The article's candidates, as `summarize` sees them.
    pub prepared: Prepared,
    /// Protocol token ids of each candidate.
    pub tokens: Vec<Vec<u32>>,
    /// The reference summaries.
    pub refs: Vec<Reference>,
    /// W: the mean word count of the references.
    pub budget: f64,
}

impl Ready {
    /// Segment and prepare a topic. With `line_breaks`, every line is segmented on its
    /// own, so that a line break always ends a sentence: the splitting behind
    /// PROVENANCE.md's reference numbers, which cuts hard-wrapped sentences into pieces
    /// (the project's segmenter joins them, as the annotators saw them).
    pub fn new(t: &Topic, line_breaks: bool) -> Ready {
        let doc = Document::new(
            t.name.clone(),
            t.article.clone(),
            t.path.display().to_string(),
        );
        let mut a = analyze(doc, Some(Lang::Ar));
        if line_breaks {
            a.seg = per_line(&a.doc.text);
        }
        // The built-in glossary, as `toolkit summarize` uses it: eval measures the command.
        let glossary = crate::glossary::Glossary::builtin();
        let prepared = prepare(&a.doc.text, &a.seg, Lang::Ar, Some(&glossary));
        let mut interner = Interner::default();
        let tokens: Vec<Vec<u32>> = prepared
            .candidates
            .iter()
            .map(|c| interner.ids(a.seg.units[c.unit].raw(&a.doc.text)))
            .collect();
        let refs: Vec<Reference> = t
            .summaries
            .iter()
            .map(|s| Reference::new(interner.ids(s)))
            .collect();
        let budget = refs.iter().map(|r| r.tokens.len()).sum::<usize>() as f64 / refs.len() as f64;
        Ready {
            name: t.name.clone(),
            prepared,
            tokens,
            refs,
            budget,
        }
    }

    /// The protocol budget as a word budget: "stop before the total exceeds W" with a
    /// whole number of words is "stop before it exceeds floor(W)".
    pub fn word_budget(&self) -> Budget {
        Budget::Words(self.budget.floor() as usize)
    }

    /// The protocol's walk over a ranking (candidate indices, best first): whole
    /// sentences, stopping before the total of protocol tokens would exceed W. The
    /// summarizer counts words a little differently (a lone tatweel is a word to it), so
    /// this can cut a summary short; on the development split it never does.
    pub fn protocol(&self, ranked: &[usize]) -> Vec<usize> {
        let w = self.budget.floor() as usize;
        let mut used = 0;
        let mut out = Vec::new();
        for &i in ranked {
            if used + self.tokens[i].len() > w {
                break;
            }
            used += self.tokens[i].len();
            out.push(i);
        }
        out
    }

    /// The summary tokens for the picked candidates, joined in article order.
    pub fn summary(&self, picked: &[usize]) -> Vec<u32> {
        let mut p = picked.to_vec();
        p.sort_unstable();
        p.iter()
            .flat_map(|&i| self.tokens[i].iter().copied())
            .collect()
    }
}

/// Options for `method` with this topic's budget.
fn options(r: &Ready, method: Method, weights: &Weights) -> Options {
    Options {
        method,
        budget: r.word_budget(),
        weights: *weights,
        ..Options::default()
    }
}

/// The summary of `method` on one topic with precomputed features, as the protocol takes
/// it from the summarizer's ranking.
pub fn picked(r: &Ready, f: &Features, method: Method, weights: &Weights) -> Vec<usize> {
    let o = options(r, method, weights);
    r.protocol(&f.pick(&f.scores(method, weights, o.budget), &o))
}

/// Run `method` on one topic with precomputed features; all three scores.
pub fn score_topic(r: &Ready, f: &Features, method: Method, weights: &Weights) -> Scores {
    mean_scores(&r.summary(&picked(r, f, method, weights)), &r.refs)
}

/// ROUGE-1 F only (the cheap score used while tuning).
pub fn r1_topic(r: &Ready, f: &Features, weights: &Weights) -> f64 {
    mean_r1(&r.summary(&picked(r, f, Method::Default, weights)), &r.refs)
}

/// The greedy oracle on one topic (a diagnostic ceiling, knowing the summaries): add
/// the sentence that most raises the mean ROUGE-1 F within the budget, while one does.
pub fn oracle_topic(r: &Ready) -> Scores {
    let w = r.budget.floor() as usize;
    let mut picked: Vec<usize> = Vec::new();
    let mut used = 0;
    let mut best = 0.0;
    loop {
        let mut step: Option<(usize, f64)> = None;
        for i in 0..r.tokens.len() {
            if picked.contains(&i) || used + r.tokens[i].len() > w {
                continue;
            }
            picked.push(i);
            let s = mean_r1(&r.summary(&picked), &r.refs);
            picked.pop();
            if s > best + 1e-12 && step.is_none_or(|(_, b)| s > b) {
                step = Some((i, s));
            }
        }
        let Some((i, s)) = step else { break };
        picked.push(i);
        used += r.tokens[i].len();
        best = s;
    }
    mean_scores(&r.summary(&picked), &r.refs)
}

/// The mean scores of `method` over `topics`.
pub fn evaluate(topics: &[Ready], method: Method, weights: &Weights) -> Scores {
    let mut total = Scores::default();
    for r in topics {
        let f = Features::new(&[&r.prepared], method);
        total += score_topic(r, &f, method, weights);
    }
    total.mean_of(topics.len())
}

/// The weights tried while tuning: a small grid around what works on news (1,458
/// settings: cross-validation takes a few seconds in a release build).
pub fn grid() -> Vec<Weights> {
    let mut out = Vec::new();
    for reach in [2.0, 4.0, 8.0] {
        for first in [0.0, 0.3, 0.6] {
            for para in [0.0, 0.1, 0.2] {
                for recur in [0.3, 0.6, 1.0] {
                    for centrality in [0.0, 0.2, 0.4] {
                        for title in [0.0, 0.2] {
                            for length in [2.5, 5.0, 10.0] {
                                out.push(Weights {
                                    reach,
                                    first,
                                    para,
                                    recur,
                                    centrality,
                                    title,
                                    length,
                                    ..Weights::default()
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

/// The outcome of cross-validation.
#[derive(Debug, Clone)]
pub struct CrossValidation {
    /// Number of folds.
    pub folds: usize,
    /// Held-out scores, averaged over all topics (each scored by weights tuned
    /// without it).
    pub held_out: Scores,
    /// The weights chosen for each fold, with their mean training ROUGE-1.
    pub chosen: Vec<(Weights, f64)>,
    /// The best weights on all topics (in-sample), with their ROUGE-1.
    pub all: (Weights, f64),
}

/// K-fold cross-validation of the default scorer's weights over [`grid`]: topic i (in
/// topic order) goes to fold `i % k`; for each fold the weights with the best mean
/// ROUGE-1 on the other folds score the fold. Ties go to the earlier grid point.
pub fn cross_validate(topics: &[Ready], k: usize) -> CrossValidation {
    use rayon::prelude::*;
    let k = k.clamp(2, topics.len().max(2));
    let grid = grid();
    let feats: Vec<Features> = topics
        .iter()
        .map(|r| Features::new(&[&r.prepared], Method::Default))
        .collect();
    // r1[g][t]: ROUGE-1 of grid point g on topic t.
    let r1: Vec<Vec<f64>> = grid
        .par_iter()
        .map(|w| {
            topics
                .iter()
                .zip(&feats)
                .map(|(r, f)| r1_topic(r, f, w))
                .collect()
        })
        .collect();
    let best_on = |keep: &dyn Fn(usize) -> bool| -> (usize, f64) {
        let mut best = (0, f64::NEG_INFINITY);
        for (g, row) in r1.iter().enumerate() {
            let (s, n) = row
                .iter()
                .enumerate()
                .filter(|&(t, _)| keep(t))
                .fold((0.0, 0usize), |(s, n), (_, &x)| (s + x, n + 1));
            let mean = s / n.max(1) as f64;
            if mean > best.1 + 1e-12 {
                best = (g, mean);
            }
        }
        best
    };
    let mut held_out = Scores::default();
    let mut chosen = Vec::new();
    for fold in 0..k {
        let (g, train) = best_on(&|t| t % k != fold);
        chosen.push((grid[g], train));
        for (t, r) in topics.iter().enumerate().filter(|&(t, _)| t % k == fold) {
            held_out += score_topic(r, &feats[t], Method::Default, &grid[g]);
        }
    }
    let (g, all) = best_on(&|_| true);
    CrossValidation {
        folds: k,
        held_out: held_out.mean_of(topics.len()),
        chosen,
        all: (grid[g], all),
    }
}

/// Segment each line of `text` on its own (see [`Ready::new`]).
fn per_line(text: &str) -> Segmentation {
    let mut units = Vec::new();
    let mut start = 0;
    let mut para = 0;
    let mut cut = 0;
    for line in text.split_inclusive('\n') {
        let seg = segment(line, Lang::Ar);
        cut += seg.cut;
        if seg.sentences().next().is_some() {
            para += 1;
        }
        units.extend(seg.units.into_iter().map(|u| Sentence {
            start: u.start + start,
            end: u.end + start,
            para: if u.para == 0 { 0 } else { para },
            // A line on its own looks like a headline to the segmenter; here every line
            // is running text.
            kind: if u.kind == Kind::Boilerplate {
                u.kind
            } else {
                Kind::Body
            },
            ..u
        }));
        start += line.len();
    }
    Segmentation { units, cut }
}
