//! What the scorers know about each candidate sentence of one document: where it stands
//! (position, first of its paragraph), how long it is, how many glossary names it holds,
//! and its content terms (folded, stopwords out, stemmed) for centrality, title overlap
//! and redundancy.
//!
//! Only body sentences and subtitles are candidates: titles, headings, captions, credits
//! and boilerplate are never summary sentences (a heading is a topic label, not a fact).

use crate::glossary::Glossary;
use crate::lang::{profile, Lang, Profile};
use crate::segment::{Kind, Segmentation};
use crate::text::{fold, word_count, words};
use std::collections::HashMap;

/// A bag of terms: (term id, count), sorted by term id.
pub type Bag = Vec<(u32, u32)>;

/// One candidate sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Index of the unit in `Segmentation::units`.
    pub unit: usize,
    /// 0-based position among the document's candidates.
    pub index: usize,
    /// 0-based index of its paragraph among the paragraphs that hold candidates.
    pub para_index: usize,
    /// True for the first candidate of its paragraph.
    pub para_first: bool,
    /// Words in the sentence (the unit of word budgets).
    pub words: usize,
    /// Glossary name occurrences in the sentence.
    pub names: usize,
    /// Its content terms.
    pub terms: Bag,
}

/// A document ready for scoring.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// The candidates, in document order.
    pub candidates: Vec<Candidate>,
    /// How many units the segmentation has (candidates or not).
    pub units: usize,
    /// The title's terms (empty when the document has no title).
    pub title: Bag,
    /// Term id → term (a stem), for merging documents into one pool.
    pub vocab: Vec<String>,
}

/// True for the kinds of unit a summary may contain.
pub fn is_candidate(kind: Kind) -> bool {
    matches!(kind, Kind::Body | Kind::Subtitle)
}

/// Turns text into term bags for one document: fold, split into words, drop stopwords
/// and one-letter tokens, stem. Each distinct word is stemmed once per document (news
/// repeats its words; stemming is the costly step).
pub struct Terms {
    profile: std::sync::Arc<Profile>,
    /// Folded word → term id, or `None` for a stopword.
    words: HashMap<String, Option<u32>>,
    /// Stem → term id.
    stems: HashMap<String, u32>,
    vocab: Vec<String>,
    folded: String,
}

impl Terms {
    /// A fresh vocabulary for `lang`.
    pub fn new(lang: Lang) -> Terms {
        Terms {
            profile: profile(lang),
            words: HashMap::new(),
            stems: HashMap::new(),
            vocab: Vec::new(),
            folded: String::new(),
        }
    }

    fn id(&mut self, w: &str) -> Option<u32> {
        if let Some(&id) = self.words.get(w) {
            return id;
        }
        let id = if w.chars().nth(1).is_none() || self.profile.is_stopword(w) {
            None
        } else {
            let stem = self.profile.stem(w);
            Some(match self.stems.get(stem.as_ref()) {
                Some(&id) => id,
                None => {
                    let id = self.vocab.len() as u32;
                    self.stems.insert(stem.to_string(), id);
                    self.vocab.push(stem.into_owned());
                    id
                }
            })
        };
        self.words.insert(w.to_string(), id);
        id
    }

    /// The term bag of `text`.
    pub fn bag(&mut self, text: &str) -> Bag {
        let mut folded = std::mem::take(&mut self.folded);
        folded.clear();
        folded.push_str(&fold(text));
        let mut ids: Vec<u32> = Vec::new();
        for w in words(&folded) {
            if let Some(id) = self.id(w.text) {
                ids.push(id);
            }
        }
        self.folded = folded;
        ids.sort_unstable();
        let mut bag: Bag = Vec::with_capacity(ids.len());
        for id in ids {
            match bag.last_mut() {
                Some((last, c)) if *last == id => *c += 1,
                _ => bag.push((id, 1)),
            }
        }
        bag
    }

    /// The vocabulary built so far (term id → stem).
    pub fn into_vocab(self) -> Vec<String> {
        self.vocab
    }
}

/// Prepare one document: find its candidates and compute what the scorers need.
pub fn prepare(
    text: &str,
    seg: &Segmentation,
    lang: Lang,
    glossary: Option<&Glossary>,
) -> Prepared {
    let mut terms = Terms::new(lang);
    let mut candidates = Vec::new();
    let mut title = Bag::new();
    let mut last_para = None;
    let mut para_index = 0usize;
    for (unit, u) in seg.units.iter().enumerate() {
        let raw = u.raw(text);
        if u.kind == Kind::Title {
            // Several title lines (rare) are one headline.
            title = merge(&title, &terms.bag(raw));
            continue;
        }
        if !is_candidate(u.kind) {
            continue;
        }
        let para_first = last_para != Some(u.para);
        if para_first && last_para.is_some() {
            para_index += 1;
        }
        last_para = Some(u.para);
        candidates.push(Candidate {
            unit,
            index: candidates.len(),
            para_index,
            para_first,
            words: word_count(raw),
            names: glossary.map_or(0, |g| g.find(raw).len()),
            terms: terms.bag(raw),
        });
    }
    Prepared {
        candidates,
        units: seg.units.len(),
        title,
        vocab: terms.into_vocab(),
    }
}

/// The sum of two bags.
pub fn merge(a: &Bag, b: &Bag) -> Bag {
    let mut out = Bag::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x.0 == y.0 => {
                out.push((x.0, x.1 + y.1));
                i += 1;
                j += 1;
            }
            (Some(&x), Some(&y)) if x.0 < y.0 => {
                out.push(x);
                i += 1;
            }
            (Some(&x), None) => {
                out.push(x);
                i += 1;
            }
            (_, Some(&y)) => {
                out.push(y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_drop_stopwords_and_share_stems() {
        let mut t = Terms::new(Lang::En);
        let a = t.bag("The talks were running, and the talks stalled.");
        let b = t.bag("Running talk");
        // "the", "were", "and" are stopwords; talks/talk and running share stems.
        assert_eq!(a.iter().map(|x| x.1).collect::<Vec<_>>(), [2, 1, 1]);
        assert!(b.iter().all(|(id, _)| a.iter().any(|(j, _)| j == id)));
    }

    #[test]
    fn merge_adds_counts() {
        assert_eq!(
            merge(&vec![(1, 1), (3, 2)], &vec![(2, 1), (3, 1)]),
            vec![(1, 1), (2, 1), (3, 3)]
        );
    }
}
