//! Several documents as one pool of sentences: one vocabulary, one IDF, one centroid.
//! A single document is a pool of one; a digest (`--digest`) pools every input, so that
//! what several outlets report weighs more and is picked once.

use super::centrality::{normalize, Sparse};
use super::features::{Bag, Prepared};
use std::collections::HashMap;

/// Candidates of several documents over one vocabulary.
#[derive(Debug, Clone, Default)]
pub struct Pool {
    /// For each pooled candidate: (document, candidate index in that document).
    pub owner: Vec<(usize, usize)>,
    /// TF-IDF vector of each pooled candidate.
    pub vecs: Vec<Sparse>,
    /// TF-IDF vector of each document's title (empty without a title).
    pub titles: Vec<Sparse>,
    /// Size of the shared vocabulary.
    pub vocab_len: usize,
}

/// Map every document's term ids into one vocabulary (sorted terms, so ids never
/// depend on hash order), then weight by IDF over all pooled sentences.
pub fn pool(docs: &[&Prepared]) -> Pool {
    let (bags, titles, vocab_len): (Vec<Bag>, Vec<Bag>, usize) = if docs.len() == 1 {
        let d = docs[0];
        (
            d.candidates.iter().map(|c| c.terms.clone()).collect(),
            vec![d.title.clone()],
            d.vocab_len,
        )
    } else {
        assert!(
            docs.iter().all(|d| d.vocab.len() == d.vocab_len),
            "documents pooled in a digest are made by prepare_for_digest"
        );
        let mut all: Vec<&str> = docs
            .iter()
            .flat_map(|d| d.vocab.iter().map(|t| &**t))
            .collect();
        all.sort_unstable();
        all.dedup();
        let global: HashMap<&str, u32> = all
            .iter()
            .enumerate()
            .map(|(i, &t)| (t, i as u32))
            .collect();
        let mut bags = Vec::new();
        let mut titles = Vec::new();
        for d in docs {
            let map: Vec<u32> = d.vocab.iter().map(|t| global[&**t]).collect();
            let remap = |b: &Bag| {
                let mut out: Bag = b.iter().map(|&(t, c)| (map[t as usize], c)).collect();
                out.sort_unstable();
                out
            };
            bags.extend(d.candidates.iter().map(|c| remap(&c.terms)));
            titles.push(remap(&d.title));
        }
        (bags, titles, all.len())
    };
    let owner = docs
        .iter()
        .enumerate()
        .flat_map(|(d, p)| (0..p.candidates.len()).map(move |c| (d, c)))
        .collect();
    let idf = idf(&bags, vocab_len);
    Pool {
        owner,
        vecs: bags.iter().map(|b| weigh(b, &idf)).collect(),
        titles: titles.iter().map(|b| weigh(b, &idf)).collect(),
        vocab_len,
    }
}

/// IDF of each term over `bags` (a sentence is a "document"): `ln((1 + n) / (1 + df)) + 1`,
/// smoothed so that a term found in every sentence still counts a little.
pub fn idf(bags: &[Bag], vocab_len: usize) -> Vec<f32> {
    let mut df = vec![0u32; vocab_len];
    for b in bags {
        for &(t, _) in b {
            df[t as usize] += 1;
        }
    }
    let n = bags.len() as f32;
    df.into_iter()
        .map(|d| ((1.0 + n) / (1.0 + d as f32)).ln() + 1.0)
        .collect()
}

/// The normalised TF-IDF vector of a bag.
pub fn weigh(bag: &Bag, idf: &[f32]) -> Sparse {
    let mut v: Sparse = bag
        .iter()
        .map(|&(t, c)| (t, c as f32 * idf[t as usize]))
        .collect();
    normalize(&mut v);
    v
}
