//! ROUGE-1, ROUGE-2 and ROUGE-L F1, with the tokenisation of the EASC protocol
//! (`../shared/data/easc-dev/PROVENANCE.md`).
//!
//! Tokens are runs of letters and digits after NFKC, with Arabic diacritics and tatweel
//! removed, أ إ آ ٱ → ا, ى → ي, ة → ه, and case folded; no stemming, no stopwords. This
//! fold is deliberately *not* [`crate::text::fold`]: that one also folds Persian letters,
//! Arabic-Indic digits and invisible characters, which the protocol does not, and the
//! reference numbers were measured without them.

use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Append the protocol fold of `c` (already NFKC) to `out`.
fn push_folded(c: char, out: &mut String) {
    match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' => out.push('ي'),
        'ة' => out.push('ه'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    }
}

/// The protocol's tokens of `s`, in order.
pub fn tokens(s: &str) -> Vec<String> {
    let mut folded = String::with_capacity(s.len());
    for c in s.nfkc() {
        push_folded(c, &mut folded);
    }
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Maps token strings to small integers, so that n-gram counting and LCS work on
/// `u32`s.
#[derive(Debug, Default)]
pub struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    /// The ids of the protocol tokens of `s`.
    pub fn ids(&mut self, s: &str) -> Vec<u32> {
        tokens(s)
            .into_iter()
            .map(|t| {
                let next = self.ids.len() as u32;
                *self.ids.entry(t).or_insert(next)
            })
            .collect()
    }
}

/// Precision, recall and F1 of one comparison.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    /// Matches over the candidate's size.
    pub p: f64,
    /// Matches over the reference's size.
    pub r: f64,
    /// Harmonic mean of the two (0 when either is 0).
    pub f: f64,
}

impl Prf {
    fn new(matches: usize, cand: usize, reference: usize) -> Prf {
        if matches == 0 || cand == 0 || reference == 0 {
            return Prf::default();
        }
        let p = matches as f64 / cand as f64;
        let r = matches as f64 / reference as f64;
        Prf {
            p,
            r,
            f: 2.0 * p * r / (p + r),
        }
    }
}

/// The n-grams of `t` as a sorted list of (gram, count): sorted vectors make the
/// clipped intersection a linear merge, and they are cheap to keep for references
/// that are compared with thousands of candidates while tuning.
pub fn ngram_counts(t: &[u32], n: usize) -> Vec<(u64, u32)> {
    if t.len() < n || n == 0 {
        return Vec::new();
    }
    // Unigrams and bigrams pack exactly into a u64 (no collisions); longer n-grams hash.
    let mut grams: Vec<u64> = match n {
        1 => t.iter().map(|&x| u64::from(x)).collect(),
        2 => t
            .windows(2)
            .map(|w| u64::from(w[0]) << 32 | u64::from(w[1]))
            .collect(),
        _ => t
            .windows(n)
            .map(|w| {
                w.iter()
                    .fold(0u64, |acc, &x| acc.wrapping_mul(1_000_003) ^ u64::from(x))
            })
            .collect(),
    };
    grams.sort_unstable();
    let mut out: Vec<(u64, u32)> = Vec::new();
    for g in grams {
        match out.last_mut() {
            Some((last, c)) if *last == g => *c += 1,
            _ => out.push((g, 1)),
        }
    }
    out
}

/// The clipped overlap of two sorted count lists.
fn overlap(a: &[(u64, u32)], b: &[(u64, u32)]) -> usize {
    let (mut i, mut j, mut m) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                m += a[i].1.min(b[j].1) as usize;
                i += 1;
                j += 1;
            }
        }
    }
    m
}

/// ROUGE-N between two count lists made by [`ngram_counts`] with the same `n`.
pub fn rouge_n_counts(cand: &[(u64, u32)], reference: &[(u64, u32)]) -> Prf {
    let total = |v: &[(u64, u32)]| v.iter().map(|&(_, c)| c as usize).sum::<usize>();
    Prf::new(overlap(cand, reference), total(cand), total(reference))
}

/// ROUGE-N of a candidate token sequence against a reference.
pub fn rouge_n(cand: &[u32], reference: &[u32], n: usize) -> Prf {
    rouge_n_counts(&ngram_counts(cand, n), &ngram_counts(reference, n))
}

/// Length of the longest common subsequence (one row of the table at a time).
pub fn lcs(a: &[u32], b: &[u32]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let mut row = vec![0u32; b.len() + 1];
    for &x in a {
        let mut diag = 0u32;
        for (j, &y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    row[b.len()] as usize
}

/// ROUGE-L: LCS of the whole candidate and the whole reference.
pub fn rouge_l(cand: &[u32], reference: &[u32]) -> Prf {
    Prf::new(lcs(cand, reference), cand.len(), reference.len())
}

/// A reference summary prepared once for many comparisons.
#[derive(Debug, Clone)]
pub struct Reference {
    /// Its tokens.
    pub tokens: Vec<u32>,
    unigrams: Vec<(u64, u32)>,
    bigrams: Vec<(u64, u32)>,
}

impl Reference {
    /// Prepare a reference from its token ids.
    pub fn new(tokens: Vec<u32>) -> Reference {
        Reference {
            unigrams: ngram_counts(&tokens, 1),
            bigrams: ngram_counts(&tokens, 2),
            tokens,
        }
    }
}

/// ROUGE-1, ROUGE-2 and ROUGE-L F1 of one candidate, each averaged over references.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scores {
    /// ROUGE-1 F1.
    pub r1: f64,
    /// ROUGE-2 F1.
    pub r2: f64,
    /// ROUGE-L F1.
    pub rl: f64,
}

impl std::ops::AddAssign for Scores {
    fn add_assign(&mut self, o: Scores) {
        self.r1 += o.r1;
        self.r2 += o.r2;
        self.rl += o.rl;
    }
}

impl Scores {
    /// Every score divided by `n`: the mean of `n` summed scores.
    pub fn mean_of(self, n: usize) -> Scores {
        let n = n.max(1) as f64;
        Scores {
            r1: self.r1 / n,
            r2: self.r2 / n,
            rl: self.rl / n,
        }
    }
}

/// ROUGE-1 F1 of `cand` averaged over `refs` (the cheap score used while tuning).
pub fn mean_r1(cand: &[u32], refs: &[Reference]) -> f64 {
    let c = ngram_counts(cand, 1);
    refs.iter()
        .map(|r| rouge_n_counts(&c, &r.unigrams).f)
        .sum::<f64>()
        / refs.len().max(1) as f64
}

/// All three F1 scores of `cand`, each averaged over `refs`.
pub fn mean_scores(cand: &[u32], refs: &[Reference]) -> Scores {
    let c1 = ngram_counts(cand, 1);
    let c2 = ngram_counts(cand, 2);
    let mut s = Scores::default();
    for r in refs {
        s += Scores {
            r1: rouge_n_counts(&c1, &r.unigrams).f,
            r2: rouge_n_counts(&c2, &r.bigrams).f,
            rl: rouge_l(cand, &r.tokens).f,
        };
    }
    s.mean_of(refs.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_tokens_fold_arabic_and_case() {
        assert_eq!(
            tokens("أَحْمَدُ إلى مدرسةٍ، ومصطفى — Hello 2.1!"),
            ["احمد", "الي", "مدرسه", "ومصطفي", "hello", "2", "1"]
        );
        assert_eq!(tokens("بوتـــين\u{FEFF}"), ["بوتين"]);
        assert_eq!(tokens(" .، "), Vec::<String>::new());
    }

    #[test]
    fn rouge_by_hand() {
        // cand: a b c d ; ref: a b d e e
        let c = [1, 2, 3, 4];
        let r = [1, 2, 4, 5, 5];
        let r1 = rouge_n(&c, &r, 1);
        assert!((r1.p - 0.75).abs() < 1e-12 && (r1.r - 0.6).abs() < 1e-12);
        let r2 = rouge_n(&c, &r, 2); // only "a b" is shared
        assert!((r2.p - 1.0 / 3.0).abs() < 1e-12 && (r2.r - 0.25).abs() < 1e-12);
        assert_eq!(lcs(&c, &r), 3);
        assert_eq!(rouge_n(&[], &r, 1).f, 0.0);
        // Clipping: a repeated candidate word counts once per reference occurrence.
        assert_eq!(rouge_n(&[7, 7, 7], &[7], 1).p, 1.0 / 3.0);
    }
}
