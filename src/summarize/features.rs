//! What the scorers know about each candidate sentence of one document: where it stands
//! (position in sentences and in words, first of its paragraph), how long it is, how many
//! glossary names it holds, how much its words recur in the rest of the document, and its
//! content terms (folded, stopwords out, stemmed) for centrality, title overlap and
//! redundancy.
//!
//! Only body sentences and subtitles are candidates: titles, headings, captions, credits
//! and boilerplate are never summary sentences (a heading is a topic label, not a fact).

use crate::glossary::Glossary;
use crate::lang::{profile, Lang, Profile};
use crate::segment::{Kind, Segmentation};
use crate::text::normalize::FoldedChar;
use crate::text::tokenize::{is_word_char, starts_word};
use crate::text::{fold_char, word_count};
use std::cell::RefCell;
use std::sync::Arc;

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
    /// Words in the document's candidates before this one: how far down it starts.
    pub offset: usize,
    /// How much its words recur: the mean, over its words (every word, stopwords
    /// included), of the share of the document's other candidates that contain the word
    /// (0..1; 0 in a document of one sentence).
    pub recur: f64,
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
    pub vocab: Vec<Arc<str>>,
}

/// True for the kinds of unit a summary may contain.
pub fn is_candidate(kind: Kind) -> bool {
    matches!(kind, Kind::Body | Kind::Subtitle)
}

pub use crate::text::hash::{FxHasher, FxMap};

/// How many distinct words a thread remembers before it starts afresh (some 30 MB at
/// most; a year of one outlet's news has fewer distinct words).
const MEMORY_CAP: usize = 1 << 18;

/// Marks a word that is no term (a stopword or a one-letter token).
const NO_TERM: u32 = u32::MAX;

/// What a worker thread remembers of the words it has met, for one language. Stemming
/// is the costliest step of scoring and news repeats its words from article to
/// article, so each word is stemmed once per thread, not once per document. Memory only
/// saves work: a document's terms are the same whatever came before it.
#[derive(Default)]
struct Memory {
    /// Folded word → (thread-wide term id or [`NO_TERM`], thread-wide word id).
    words: FxMap<Box<str>, (u32, u32)>,
    /// Thread-wide word id → (document generation, candidates of that document holding
    /// the word, the last candidate counted): document frequencies of every word without
    /// clearing anything per document.
    seen: Vec<(u32, u32, u32)>,
    /// Thread-wide term id → the term (a stem).
    terms: Vec<Arc<str>>,
    /// Stem → thread-wide term id.
    ids: FxMap<Arc<str>, u32>,
    /// Thread-wide term id → (document generation, the document's own id): turns
    /// thread-wide ids into small per-document ids without clearing anything per document.
    local: Vec<(u32, u32)>,
    /// The current document's generation.
    generation: u32,
}

thread_local! {
    static MEMORY: RefCell<Vec<(Lang, Memory)>> = const { RefCell::new(Vec::new()) };
}

/// Turns text into term bags for one document: fold, split into words, drop stopwords
/// and one-letter tokens, stem. Term ids are the document's own (0, 1, 2... in order of
/// first use), so documents can be pooled by their vocabularies.
pub struct Terms {
    profile: Arc<Profile>,
    generation: u32,
    vocab: Vec<Arc<str>>,
    folded: String,
    spans: Vec<(usize, usize)>,
    ids: Vec<u32>,
    /// Candidates counted so far by [`Terms::candidate`].
    candidates: u32,
    /// The thread-wide word ids of every counted candidate, one after the other...
    word_ids: Vec<u32>,
    /// ...and where each candidate's run ends.
    word_ends: Vec<usize>,
}

impl Terms {
    /// A fresh vocabulary for a document in `lang`.
    pub fn new(lang: Lang) -> Terms {
        let generation = with_memory(lang, |m| {
            if m.words.len() >= MEMORY_CAP || m.generation == u32::MAX {
                *m = Memory::default();
            }
            m.generation += 1;
            m.generation
        });
        Terms {
            profile: profile(lang),
            generation,
            vocab: Vec::new(),
            folded: String::new(),
            spans: Vec::new(),
            ids: Vec::new(),
            candidates: 0,
            word_ids: Vec::new(),
            word_ends: Vec::new(),
        }
    }

    /// The term bag of `text`.
    pub fn bag(&mut self, text: &str) -> Bag {
        self.bag_of(text, false)
    }

    /// The term bag of candidate sentence `text`, whose words are also counted for
    /// [`Terms::recurrence`].
    pub fn candidate(&mut self, text: &str) -> Bag {
        self.bag_of(text, true)
    }

    /// For each candidate given to [`Terms::candidate`], in order: the mean over its
    /// words of the share of the other candidates that hold the word.
    pub fn recurrence(&self) -> Vec<f64> {
        let others = f64::from(self.candidates.saturating_sub(1));
        if others == 0.0 {
            return vec![0.0; self.word_ends.len()];
        }
        with_memory(self.profile.lang, |m| {
            let mut start = 0;
            self.word_ends
                .iter()
                .map(|&end| {
                    let ids = &self.word_ids[start..end];
                    start = end;
                    if ids.is_empty() {
                        return 0.0;
                    }
                    // A slot of another generation (another document began on this
                    // thread meanwhile) counts as a word of this sentence alone.
                    let shared: u32 = ids
                        .iter()
                        .map(|&w| match m.seen.get(w as usize) {
                            Some(&(g, df, _)) if g == self.generation => df.saturating_sub(1),
                            _ => 0,
                        })
                        .sum();
                    f64::from(shared) / others / ids.len() as f64
                })
                .collect()
        })
    }

    fn bag_of(&mut self, text: &str, count: bool) -> Bag {
        // Fold and cut into words in one pass, into buffers kept for the whole document.
        // Words are the runs `text::words` finds in the folded text.
        let mut folded = std::mem::take(&mut self.folded);
        let mut spans = std::mem::take(&mut self.spans);
        folded.clear();
        spans.clear();
        let mut start: Option<usize> = None;
        for c in text.chars() {
            fold_char(c, |f| {
                let ch = match f {
                    FoldedChar::Drop => return,
                    FoldedChar::Space => ' ',
                    FoldedChar::One(ch) => ch,
                };
                match start {
                    Some(s) if !is_word_char(ch) => {
                        spans.push((s, folded.len()));
                        start = None;
                    }
                    None if starts_word(ch) => start = Some(folded.len()),
                    _ => {}
                }
                folded.push(ch);
            });
        }
        if let Some(s) = start {
            spans.push((s, folded.len()));
        }
        let mut ids = std::mem::take(&mut self.ids);
        ids.clear();
        let mut word_ids = std::mem::take(&mut self.word_ids);
        let sentence = self.candidates;
        with_memory(self.profile.lang, |m| {
            for &(s, e) in &spans {
                let (term, word) = self.id(m, &folded[s..e]);
                if let Some(id) = term {
                    ids.push(id);
                }
                if count {
                    word_ids.push(word);
                    let slot = &mut m.seen[word as usize];
                    if slot.0 != self.generation {
                        *slot = (self.generation, 0, u32::MAX);
                    }
                    if slot.2 != sentence {
                        *slot = (slot.0, slot.1 + 1, sentence);
                    }
                }
            }
        });
        if count {
            self.candidates += 1;
            self.word_ends.push(word_ids.len());
        }
        self.word_ids = word_ids;
        self.folded = folded;
        self.spans = spans;
        ids.sort_unstable();
        let mut bag: Bag = Vec::with_capacity(ids.len());
        for &id in &ids {
            match bag.last_mut() {
                Some((last, c)) if *last == id => *c += 1,
                _ => bag.push((id, 1)),
            }
        }
        self.ids = ids;
        bag
    }

    /// The document's term id of folded word `w` (`None` if it is no term), and the
    /// word's thread-wide word id.
    fn id(&mut self, m: &mut Memory, w: &str) -> (Option<u32>, u32) {
        let (global, word) = match m.words.get(w) {
            Some(&g) => g,
            None => {
                let g = if w.chars().nth(1).is_none() || self.profile.is_stopword(w) {
                    NO_TERM
                } else {
                    let stem = self.profile.stem(w);
                    match m.ids.get(stem.as_ref()) {
                        Some(&g) => g,
                        None => {
                            let g = m.terms.len() as u32;
                            let stem: Arc<str> = Arc::from(stem.as_ref());
                            m.terms.push(Arc::clone(&stem));
                            m.ids.insert(stem, g);
                            m.local.push((0, 0));
                            g
                        }
                    }
                };
                let word = m.seen.len() as u32;
                m.seen.push((0, 0, u32::MAX));
                m.words.insert(w.into(), (g, word));
                (g, word)
            }
        };
        if global == NO_TERM {
            return (None, word);
        }
        let slot = &mut m.local[global as usize];
        if slot.0 != self.generation {
            *slot = (self.generation, self.vocab.len() as u32);
            self.vocab.push(Arc::clone(&m.terms[global as usize]));
        }
        (Some(slot.1), word)
    }

    /// The vocabulary built so far (term id → stem).
    pub fn into_vocab(self) -> Vec<Arc<str>> {
        self.vocab
    }
}

/// Run `f` on this thread's memory for `lang`.
fn with_memory<R>(lang: Lang, f: impl FnOnce(&mut Memory) -> R) -> R {
    MEMORY.with(|cell| {
        let mut all = cell.borrow_mut();
        let i = match all.iter().position(|(l, _)| *l == lang) {
            Some(i) => i,
            None => {
                all.push((lang, Memory::default()));
                all.len() - 1
            }
        };
        f(&mut all[i].1)
    })
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
    let mut offset = 0usize;
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
        let words = word_count(raw);
        candidates.push(Candidate {
            unit,
            index: candidates.len(),
            para_index,
            para_first,
            words,
            offset,
            recur: 0.0,
            // Known names only: guessing variants for every sentence costs more than the
            // feature is worth.
            names: glossary.map_or(0, |g| g.find_exact(raw).len()),
            terms: terms.candidate(raw),
        });
        offset += words;
    }
    for (c, r) in candidates.iter_mut().zip(terms.recurrence()) {
        c.recur = r;
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
    fn one_pass_tokens_are_the_words_of_the_folded_text() {
        let text = include_str!("../../seeds/004_24d2e195e726acda.txt");
        let p = profile(Lang::Ar);
        let expected = crate::text::words(&crate::text::fold(text))
            .filter(|w| w.text.chars().nth(1).is_some() && !p.is_stopword(w.text))
            .count() as u32;
        let mut t = Terms::new(Lang::Ar);
        let bag = t.bag(text);
        assert_eq!(bag.iter().map(|x| x.1).sum::<u32>(), expected);
        // The same text in a second document gives the same bag (memory only saves work).
        assert_eq!(Terms::new(Lang::Ar).bag(text), bag);
    }

    #[test]
    fn recurrence_is_the_mean_share_of_other_sentences_holding_each_word() {
        let mut t = Terms::new(Lang::En);
        t.candidate("Talks resumed in Moscow.");
        t.candidate("The talks stalled in Moscow.");
        t.candidate("Weather was mild.");
        // "in" counts too: every word does, stopwords included.
        let r = t.recurrence();
        // Sentence 1: talks, in, moscow each in one of the two others (1/2); resumed in
        // none: (3 * 0.5 + 0) / 4.
        assert!((r[0] - 0.375).abs() < 1e-12, "{r:?}");
        // Sentence 2: the and stalled in none: 3 * 0.5 / 5.
        assert!((r[1] - 0.3).abs() < 1e-12, "{r:?}");
        assert_eq!(r[2], 0.0);
        // A title (`bag`) is not counted, and one sentence alone recurs nowhere.
        let mut t = Terms::new(Lang::En);
        t.bag("Talks resumed in Moscow");
        t.candidate("Talks resumed in Moscow.");
        assert_eq!(t.recurrence(), vec![0.0]);
    }

    #[test]
    fn candidates_know_their_offset_in_words() {
        let text = "Talks resumed in Moscow on Friday.\n\nThe talks stalled. Weather was mild.\n";
        let seg = crate::segment::segment(text, Lang::En);
        let p = prepare(text, &seg, Lang::En, None);
        let offsets: Vec<usize> = p.candidates.iter().map(|c| c.offset).collect();
        let words: Vec<usize> = p.candidates.iter().map(|c| c.words).collect();
        assert_eq!(words, [6, 3, 3]);
        assert_eq!(offsets, [0, 6, 9]);
        assert!(p.candidates[1].recur > 0.0 && p.candidates[2].recur == 0.0);
    }

    #[test]
    fn merge_adds_counts() {
        assert_eq!(
            merge(&vec![(1, 1), (3, 2)], &vec![(2, 1), (3, 1)]),
            vec![(1, 1), (2, 1), (3, 3)]
        );
    }
}
