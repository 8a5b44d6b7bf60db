//! Content centrality: TF-IDF vectors over stemmed content terms, their cosine
//! similarity, similarity to the centroid (linear time), and LexRank (Erkan and Radev
//! 2004: a random walk on the graph of similar sentences; quadratic, so capped).

/// A sparse vector: (term id, weight), sorted by term id, L2-normalised (or empty).
pub type Sparse = Vec<(u32, f32)>;

/// Above this many sentences LexRank's quadratic similarity graph costs more than it
/// is worth (a 100 KB article has about 700 sentences); centroid similarity, which
/// ranks much the same on such documents, is used instead.
pub const LEXRANK_CAP: usize = 600;

/// Scale `v` to unit length (an empty or zero vector stays as it is).
pub fn normalize(v: &mut Sparse) {
    let norm = v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for x in v.iter_mut() {
            x.1 /= norm;
        }
    }
}

/// Cosine of two normalised sparse vectors (their dot product).
pub fn cosine(a: &Sparse, b: &Sparse) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// The normalised sum of `vecs`.
pub fn centroid(vecs: &[Sparse], vocab_len: usize) -> Sparse {
    let mut dense = vec![0f32; vocab_len];
    for v in vecs {
        for &(t, w) in v {
            dense[t as usize] += w;
        }
    }
    let mut c: Sparse = dense
        .into_iter()
        .enumerate()
        .filter(|&(_, w)| w > 0.0)
        .map(|(t, w)| (t as u32, w))
        .collect();
    normalize(&mut c);
    c
}

/// Each vector's cosine with the centroid of all of them: how much of what the text
/// says as a whole the sentence says.
pub fn centroid_similarity(vecs: &[Sparse], vocab_len: usize) -> Vec<f64> {
    let c = centroid(vecs, vocab_len);
    vecs.iter().map(|v| f64::from(cosine(v, &c))).collect()
}

/// LexRank scores (they sum to 1): sentences are linked when their cosine passes
/// `threshold` (0.1, as in the paper and in sumy); the walk follows links with
/// probability 0.85 and jumps anywhere otherwise, so it always converges. Falls back to
/// [`centroid_similarity`] above [`LEXRANK_CAP`] sentences.
pub fn lexrank(vecs: &[Sparse], vocab_len: usize, threshold: f32) -> Vec<f64> {
    let n = vecs.len();
    if n == 0 {
        return Vec::new();
    }
    if n > LEXRANK_CAP {
        return centroid_similarity(vecs, vocab_len);
    }
    // Adjacency lists; every sentence links to itself, so no row is empty.
    let mut links: Vec<Vec<u32>> = (0..n).map(|i| vec![i as u32]).collect();
    for i in 0..n {
        for j in i + 1..n {
            if cosine(&vecs[i], &vecs[j]) > threshold {
                links[i].push(j as u32);
                links[j].push(i as u32);
            }
        }
    }
    const DAMPING: f64 = 0.85;
    let jump = (1.0 - DAMPING) / n as f64;
    let mut p = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    for _ in 0..200 {
        next.iter_mut().for_each(|x| *x = jump);
        for (i, l) in links.iter().enumerate() {
            let share = DAMPING * p[i] / l.len() as f64;
            for &j in l {
                next[j as usize] += share;
            }
        }
        let delta: f64 = p.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut p, &mut next);
        if delta < 1e-9 {
            break;
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summarize::digest::{idf, weigh};
    use crate::summarize::features::Bag;

    fn tfidf(bags: &[Bag], n: usize) -> Vec<Sparse> {
        let idf = idf(bags, n);
        bags.iter().map(|b| weigh(b, &idf)).collect()
    }

    #[test]
    fn cosine_of_normalised_vectors() {
        let bags = [vec![(0, 1), (1, 1)], vec![(0, 1), (1, 1)], vec![(2, 3)]];
        let v = tfidf(&bags, 3);
        assert!((cosine(&v[0], &v[1]) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&v[0], &v[2]), 0.0);
    }

    #[test]
    fn lexrank_prefers_the_hub() {
        // 0 shares a term with each of 1, 2, 3, which share nothing with each other.
        let bags = [
            vec![(0, 1), (1, 1), (2, 1)],
            vec![(0, 1), (3, 1)],
            vec![(1, 1), (4, 1)],
            vec![(2, 1), (5, 1)],
        ];
        let v = tfidf(&bags, 6);
        let r = lexrank(&v, 6, 0.1);
        assert!((r.iter().sum::<f64>() - 1.0).abs() < 1e-6);
        assert!(r[0] > r[1] && r[0] > r[2] && r[0] > r[3]);
    }
}
