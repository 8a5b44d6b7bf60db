//! Extractive summaries: sentence scores and a selection. (Work in progress.)

use crate::lang::Lang;
use crate::segment::{Kind, Segmentation};

/// How long the summary should be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Budget {
    /// This many sentences.
    Sentences(usize),
    /// This fraction of the candidate sentences (at least one).
    Ratio(f64),
    /// Whole sentences, best first, stopping before the total would pass this many words.
    Words(usize),
}

/// The score and selection of one unit of a segmentation.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scored {
    /// 0..1.
    pub score: f64,
    /// 1..k for selected sentences.
    pub rank: Option<usize>,
}

/// Score every unit of `seg` (same order as `seg.units`) and select a summary.
pub fn summarize(text: &str, seg: &Segmentation, _lang: Lang, budget: Budget) -> Vec<Scored> {
    let _ = text;
    let n = seg.units.len();
    let k = match budget {
        Budget::Sentences(k) => k,
        Budget::Ratio(r) => ((n as f64) * r).ceil() as usize,
        Budget::Words(_) => 3,
    };
    let mut rank = 0;
    seg.units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let ok = u.kind == Kind::Body && rank < k;
            if ok {
                rank += 1;
            }
            Scored {
                score: 1.0 - i as f64 / n.max(1) as f64,
                rank: ok.then_some(rank),
            }
        })
        .collect()
}
