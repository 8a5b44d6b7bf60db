//! Choosing the summary from scored sentences: best first, skipping a sentence that
//! repeats one already chosen, until the budget is spent.

use super::centrality::{cosine, Sparse};
use super::Budget;

/// The order in which sentences are considered: by score, best first; ties go to the
/// earlier sentence (`keys` orders them: document, then position), so the result never
/// depends on anything but the input.
pub fn order(scores: &[f64], keys: &[(usize, usize)]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&a, &b| {
        scores[b]
            .total_cmp(&scores[a])
            .then_with(|| keys[a].cmp(&keys[b]))
    });
    idx
}

/// How many sentences a sentence or ratio budget allows out of `n` candidates.
pub fn sentence_limit(budget: Budget, n: usize) -> Option<usize> {
    match budget {
        Budget::Sentences(k) => Some(k.min(n)),
        // At least one sentence: a summary of nothing helps nobody.
        Budget::Ratio(r) => Some(((r * n as f64).round() as usize).clamp(1, n.max(1)).min(n)),
        Budget::Words(_) => None,
    }
}

/// Walk `ranked` (indices into `vecs` and `words`) and pick the summary, in rank order.
///
/// A sentence whose cosine with an already picked one exceeds `redundancy` says the same
/// thing again and is passed over (1.0 or more turns this off). With a word budget,
/// whole sentences only and the total never passes the budget: with `fill`, a sentence
/// that does not fit in what is left is passed over and the walk goes on to shorter
/// ones (the summary is then every sentence that fits, best first); without it the walk
/// stops at the first sentence that does not fit (what the evaluation protocol does
/// with a ranking, kept for the baselines).
pub fn select(
    ranked: &[usize],
    vecs: &[Sparse],
    words: &[usize],
    budget: Budget,
    redundancy: f32,
    fill: bool,
) -> Vec<usize> {
    let limit = sentence_limit(budget, ranked.len());
    let mut picked: Vec<usize> = Vec::new();
    let mut used = 0usize;
    for &i in ranked {
        if limit.is_some_and(|k| picked.len() >= k) {
            break;
        }
        if redundancy < 1.0
            && picked
                .iter()
                .any(|&j| cosine(&vecs[i], &vecs[j]) > redundancy)
        {
            continue;
        }
        if let Budget::Words(w) = budget {
            if fill && words[i] == 0 {
                // Adds nothing to a summary measured in words.
                continue;
            }
            if used + words[i] > w {
                if fill && used < w {
                    continue;
                }
                break;
            }
        }
        used += words[i];
        picked.push(i);
    }
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_budget_stops_before_passing() {
        let vecs = vec![Sparse::new(); 4];
        let words = [10, 20, 5, 5];
        let ranked = [0, 1, 2, 3];
        assert_eq!(
            select(&ranked, &vecs, &words, Budget::Words(29), 1.0, false),
            vec![0]
        );
        assert_eq!(
            select(&ranked, &vecs, &words, Budget::Words(30), 1.0, false),
            vec![0, 1]
        );
        assert_eq!(
            select(&ranked, &vecs, &words, Budget::Sentences(3), 1.0, false),
            vec![0, 1, 2]
        );
        assert_eq!(
            select(&ranked, &vecs, &words, Budget::Ratio(0.01), 1.0, false),
            vec![0]
        );
    }

    #[test]
    fn filling_passes_over_what_does_not_fit() {
        let vecs = vec![Sparse::new(); 5];
        let words = [10, 20, 5, 30, 5];
        let ranked = [0, 1, 2, 3, 4];
        // 10 + 20 = 30; 5 fits (35); 30 does not; the last 5 fits (40).
        assert_eq!(
            select(&ranked, &vecs, &words, Budget::Words(40), 1.0, true),
            vec![0, 1, 2, 4]
        );
        // A first sentence longer than the budget no longer empties the summary.
        assert_eq!(
            select(&[3, 0, 2], &vecs, &words, Budget::Words(12), 1.0, true),
            vec![0]
        );
        assert_eq!(
            select(&[3, 0, 2], &vecs, &words, Budget::Words(12), 1.0, false),
            Vec::<usize>::new()
        );
        // Filling changes nothing for a sentence budget.
        assert_eq!(
            select(&ranked, &vecs, &words, Budget::Sentences(2), 1.0, true),
            vec![0, 1]
        );
    }

    #[test]
    fn repeats_are_passed_over() {
        let a = vec![(0, 1.0f32)];
        let vecs = vec![a.clone(), a, vec![(1, 1.0)]];
        assert_eq!(
            select(
                &[0, 1, 2],
                &vecs,
                &[1, 1, 1],
                Budget::Sentences(2),
                0.5,
                false
            ),
            vec![0, 2]
        );
    }

    #[test]
    fn ties_go_to_the_earlier_sentence() {
        let keys = [(0, 0), (0, 1), (1, 0)];
        assert_eq!(order(&[0.5, 0.5, 0.9], &keys), vec![2, 0, 1]);
    }
}
