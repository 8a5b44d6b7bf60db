//! What the scorers know about each candidate sentence of one document: where it stands
//! (position in sentences and in words, first of its paragraph), how long it is, how many
//! glossary names it holds, how much its words recur in the rest of the document, and its
//! content terms (folded, stopwords out, stemmed) for centrality, title overlap and
//! redundancy.
//!
//! Only body sentences and subtitles are candidates: titles, headings, captions, credits
//! and boilerplate are never summary sentences (a heading is a topic label, not a fact).

use crate::glossary::matcher::{is_name_like, tokenize, Tokens, WordHints};
use crate::glossary::{Glossary, NameMatch};
use crate::lang::{profile, Lang, Profile};
use crate::segment::{Kind, Segmentation};
use crate::text::hash::WordMap;
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
    /// How many distinct terms the document has (its term ids are `0..vocab_len`).
    pub vocab_len: usize,
    /// Term id → term (a stem), for merging documents into one pool: only from
    /// [`prepare_for_digest`] (empty otherwise, which saves work on every term).
    pub vocab: Vec<Arc<str>>,
}

/// True for the kinds of unit a summary may contain.
pub fn is_candidate(kind: Kind) -> bool {
    matches!(kind, Kind::Body | Kind::Subtitle)
}

/// A sentence that ends with a colon (`The two sides agreed on the following:`) leads
/// into a list or a quotation; in a summary without them it promises what never comes.
fn introduces_what_follows(raw: &str) -> bool {
    raw.trim_end().ends_with(':')
}

pub use crate::text::hash::{FxHasher, FxMap};

/// How many distinct words a thread remembers before it starts afresh (some 30 MB at
/// most; a year of one outlet's news has fewer distinct words).
const MEMORY_CAP: usize = 1 << 18;

/// Marks a word that is no term (a stopword or a one-letter token).
const NO_TERM: u32 = TERM_BITS;

/// The bits of [`WordSlot::term`] that hold the term id: 2^28 terms, where a thread
/// starts afresh after [`MEMORY_CAP`] words (checked between documents: only a single
/// document of gigabytes could go past it, and `global_term` asserts it does not)...
const TERM_BITS: u32 = LIKE - 1;
/// ...and above them, what the glossary says of the word: known...
const NAME_KNOWN: u32 = 1 << 31;
/// ...and whether a name may start at it (see [`Glossary::may_start_name`]);
const NAME_MAY: u32 = 1 << 30;
/// whether the word is name-like (see [`is_name_like`]) is known...
const LIKE_KNOWN: u32 = 1 << 29;
/// ...and the answer.
const LIKE: u32 = 1 << 28;
/// All of the glossary's answers.
const ANSWERS: u32 = NAME_KNOWN | NAME_MAY | LIKE_KNOWN | LIKE;

/// What a thread remembers of one word, and what the current document knows of it. One
/// probe of the word table per word of text reaches all of it: scoring looks at every
/// word of every document, and each separate table it touched per word was a cache miss.
#[derive(Clone, Copy)]
struct WordSlot {
    /// Thread-wide term id of the word's stem, or [`NO_TERM`], in [`TERM_BITS`]; above
    /// them, the glossary's answers for the word ([`NAME_KNOWN`], [`NAME_MAY`],
    /// [`LIKE_KNOWN`], [`LIKE`]).
    term: u32,
    /// The document generation the two fields below belong to.
    generation: u32,
    /// The word's index among that document's distinct words.
    word: u32,
    /// The document's own id of the word's term, or [`NO_TERM`].
    local: u32,
}

/// What a worker thread remembers of the words it has met, for one language. Stemming
/// is the costliest step of scoring and news repeats its words from article to
/// article, so each word is stemmed once per thread, not once per document. Memory only
/// saves work: a document's terms are the same whatever came before it.
#[derive(Default)]
struct Memory {
    /// Folded word → what is known of it.
    words: WordMap<WordSlot>,
    /// Thread-wide term id → the term (a stem).
    terms: Vec<Arc<str>>,
    /// Stem → thread-wide term id.
    ids: FxMap<Arc<str>, u32>,
    /// Thread-wide term id → (document generation, the document's own id): two words
    /// with one stem share the document's id for it.
    local: Vec<(u32, u32)>,
    /// The current document's generation.
    generation: u32,
    /// The glossary (by [`Glossary::id`]; 0 for none) whose answers the slots hold.
    names_of: u64,
}

thread_local! {
    static MEMORY: RefCell<Vec<(Lang, Memory)>> = const { RefCell::new(Vec::new()) };
}

/// Turns text into term bags for one document: fold, split into words, drop stopwords
/// and one-letter tokens, stem. Term ids are the document's own (0, 1, 2... in order of
/// first use), so documents can be pooled by their vocabularies.
///
/// One document at a time per thread: a `Terms` must be done with before the next one
/// is made on the same thread (the thread's word memory holds the current document's
/// ids).
pub struct Terms<'g> {
    profile: Arc<Profile>,
    /// The glossary whose names are counted, if any.
    glossary: Option<&'g Glossary>,
    /// For each word of the text last given: may a glossary name start at it?
    starts: Vec<bool>,
    generation: u32,
    /// How many terms the document has so far.
    vocab_len: u32,
    /// The terms themselves, if kept (see [`Terms::keep_vocab`]).
    vocab: Option<Vec<Arc<str>>>,
    /// The words of the text last given to [`Terms::bag`] or [`Terms::candidate`].
    tokens: Tokens,
    ids: Vec<u32>,
    /// Candidates counted so far by [`Terms::candidate`].
    candidates: u32,
    /// For each distinct word of the document: (candidates holding it, the last
    /// candidate counted).
    df: Vec<(u32, u32)>,
    /// The document word index of every word of every counted candidate, one after the
    /// other...
    word_ids: Vec<u32>,
    /// ...and where each candidate's run ends.
    word_ends: Vec<usize>,
}

impl<'g> Terms<'g> {
    /// A fresh vocabulary for a document in `lang`.
    pub fn new(lang: Lang) -> Terms<'g> {
        Terms::with_glossary(lang, None)
    }

    /// A fresh vocabulary for a document in `lang`, which also notes at which words a
    /// name of `glossary` may start (see [`Terms::name_starts`]).
    pub fn with_glossary(lang: Lang, glossary: Option<&'g Glossary>) -> Terms<'g> {
        let names_of = glossary.map_or(0, Glossary::id);
        let generation = with_memory(lang, |m| {
            if m.words.len() >= MEMORY_CAP || m.generation == u32::MAX {
                *m = Memory::default();
            }
            if m.names_of != names_of {
                // Another glossary than the last document's (rare): forget the answers.
                m.words.values_mut().for_each(|s| s.term &= !ANSWERS);
                m.names_of = names_of;
            }
            m.generation += 1;
            m.generation
        });
        Terms {
            profile: profile(lang),
            glossary,
            starts: Vec::new(),
            generation,
            vocab_len: 0,
            vocab: None,
            tokens: Tokens::default(),
            ids: Vec::new(),
            candidates: 0,
            df: Vec::new(),
            word_ids: Vec::new(),
            word_ends: Vec::new(),
        }
    }

    /// Keep the document's terms as text (for [`Terms::into_vocab`]), not only their
    /// ids; call before the first bag.
    pub fn keep_vocab(&mut self) {
        self.vocab.get_or_insert_with(Vec::new);
    }

    /// How many distinct terms the document has so far.
    pub fn vocab_len(&self) -> usize {
        self.vocab_len as usize
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
        let mut start = 0;
        self.word_ends
            .iter()
            .map(|&end| {
                let ids = &self.word_ids[start..end];
                start = end;
                if ids.is_empty() {
                    return 0.0;
                }
                let shared: u32 = ids
                    .iter()
                    .map(|&w| self.df[w as usize].0.saturating_sub(1))
                    .sum();
                f64::from(shared) / others / ids.len() as f64
            })
            .collect()
    }

    /// The words of the text last given to [`Terms::bag`] or [`Terms::candidate`],
    /// folded: the glossary counts its names on them, so a sentence is cut into words once.
    pub fn tokens(&self) -> &Tokens {
        &self.tokens
    }

    /// For each word of [`Terms::tokens`]: may a name of the glossary start there? Asked
    /// of the glossary once per distinct word on this thread, then read from the word
    /// memory.
    pub fn name_starts(&self) -> &[bool] {
        &self.starts
    }

    fn bag_of(&mut self, text: &str, count: bool) -> Bag {
        // The words are those the glossary matches on (`text::words`, folded), cut once
        // into buffers kept for the whole document.
        let mut tokens = std::mem::take(&mut self.tokens);
        tokenize(text, &mut tokens);
        let mut ids = std::mem::take(&mut self.ids);
        ids.clear();
        let sentence = self.candidates;
        self.starts.clear();
        with_memory(self.profile.lang, |m| {
            for i in 0..tokens.toks.len() {
                let (term, word, may_name) = self.id(m, tokens.word(i));
                self.starts.push(may_name);
                if term != NO_TERM {
                    ids.push(term);
                }
                if count {
                    self.word_ids.push(word);
                    let df = &mut self.df[word as usize];
                    if df.1 != sentence {
                        *df = (df.0 + 1, sentence);
                    }
                }
            }
        });
        if count {
            self.candidates += 1;
            self.word_ends.push(self.word_ids.len());
        }
        self.tokens = tokens;
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

    /// The document's term id of folded word `w` ([`NO_TERM`] if it is no term), the
    /// word's index among the document's distinct words, and whether a glossary name
    /// may start at it.
    #[inline]
    fn id(&mut self, m: &mut Memory, w: &str) -> (u32, u32, bool) {
        let Memory {
            words,
            terms,
            ids,
            local,
            ..
        } = m;
        let profile = &self.profile;
        let slot = words.get_or_insert_with(w, || WordSlot {
            term: global_term(profile, terms, ids, local, w),
            generation: 0,
            word: 0,
            local: NO_TERM,
        });
        if slot.generation != self.generation {
            slot.generation = self.generation;
            slot.word = self.df.len() as u32;
            self.df.push((0, u32::MAX));
            let term = slot.term & TERM_BITS;
            slot.local = if term == NO_TERM {
                NO_TERM
            } else {
                let l = &mut local[term as usize];
                if l.0 != self.generation {
                    *l = (self.generation, self.vocab_len);
                    self.vocab_len += 1;
                    if let Some(vocab) = &mut self.vocab {
                        vocab.push(Arc::clone(&terms[term as usize]));
                    }
                }
                l.1
            };
        }
        (slot.local, slot.word, may_start(slot, self.glossary, w))
    }

    /// The vocabulary built so far (term id → stem), if kept (see
    /// [`Terms::keep_vocab`]); else empty.
    pub fn into_vocab(self) -> Vec<Arc<str>> {
        self.vocab.unwrap_or_default()
    }
}

/// May a name of `glossary` start at folded word `w`, whose slot is `slot`? Asked of the
/// glossary the first time, then read from the slot.
#[inline]
fn may_start(slot: &mut WordSlot, glossary: Option<&Glossary>, w: &str) -> bool {
    if slot.term & NAME_KNOWN == 0 {
        let may = glossary.is_some_and(|g| g.may_start_name(w));
        slot.term |= NAME_KNOWN | if may { NAME_MAY } else { 0 };
    }
    slot.term & NAME_MAY != 0
}

/// Is folded word `w`, whose slot is `slot`, name-like? Worked out the first time, then
/// read from the slot.
#[inline]
fn name_like(slot: &mut WordSlot, w: &str) -> bool {
    if slot.term & LIKE_KNOWN == 0 {
        slot.term |= LIKE_KNOWN | if is_name_like(w, 3) { LIKE } else { 0 };
    }
    slot.term & LIKE != 0
}

/// The names in `text` in `lang`, as [`Glossary::find`] finds them, with what this
/// thread's word memory knows of the words (the summary rows' names: their words were
/// all met a moment before, when the document was prepared).
pub fn find_names(text: &str, lang: Lang, glossary: &Glossary) -> Vec<NameMatch> {
    let mut tokens = Tokens::default();
    tokenize(text, &mut tokens);
    let n = tokens.toks.len();
    let (mut may, mut like) = (Vec::with_capacity(n), Vec::with_capacity(n));
    with_memory(lang, |m| {
        // The answers in the slots belong to the glossary of the last document.
        let trusted = m.names_of == glossary.id();
        for i in 0..n {
            let w = tokens.word(i);
            match m.words.get_mut(w).filter(|_| trusted) {
                Some(slot) => {
                    may.push(may_start(slot, Some(glossary), w));
                    like.push(name_like(slot, w));
                }
                None => {
                    may.push(glossary.may_start_name(w));
                    like.push(is_name_like(w, 3));
                }
            }
        }
    });
    let hints = WordHints {
        may_start: &may,
        name_like: &like,
    };
    glossary.find_hinted(text, &tokens, hints)
}

/// The thread-wide term id of folded word `w` (met for the first time): [`NO_TERM`] for
/// a one-letter word or a stopword, else the id of its stem, new if the stem is.
fn global_term(
    profile: &Profile,
    terms: &mut Vec<Arc<str>>,
    ids: &mut FxMap<Arc<str>, u32>,
    local: &mut Vec<(u32, u32)>,
    w: &str,
) -> u32 {
    if w.chars().nth(1).is_none() || profile.is_stopword(w) {
        return NO_TERM;
    }
    let stem = profile.stem(w);
    if let Some(&g) = ids.get(stem.as_ref()) {
        return g;
    }
    let g = terms.len() as u32;
    assert!(g < NO_TERM, "term ids overflow their bits");
    let stem: Arc<str> = Arc::from(stem.as_ref());
    terms.push(Arc::clone(&stem));
    ids.insert(stem, g);
    local.push((0, 0));
    g
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
    prepare_with(text, seg, lang, glossary, false)
}

/// [`prepare`] a document that will be pooled with others in a digest: its terms are
/// kept as text, so that the documents' vocabularies can be merged.
pub fn prepare_for_digest(
    text: &str,
    seg: &Segmentation,
    lang: Lang,
    glossary: Option<&Glossary>,
) -> Prepared {
    prepare_with(text, seg, lang, glossary, true)
}

fn prepare_with(
    text: &str,
    seg: &Segmentation,
    lang: Lang,
    glossary: Option<&Glossary>,
    keep_vocab: bool,
) -> Prepared {
    let mut terms = Terms::with_glossary(lang, glossary);
    if keep_vocab {
        terms.keep_vocab();
    }
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
        // A sentence without a word (`.`, `* * *`) says nothing a summary could hold.
        if !is_candidate(u.kind)
            || introduces_what_follows(raw)
            || crate::text::words(raw).next().is_none()
        {
            continue;
        }
        let para_first = last_para != Some(u.para);
        if para_first && last_para.is_some() {
            para_index += 1;
        }
        last_para = Some(u.para);
        let bag = terms.candidate(raw);
        let words = terms.tokens().words;
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
            names: glossary.map_or(0, |g| {
                g.count_exact(raw, terms.tokens(), terms.name_starts())
            }),
            terms: bag,
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
        vocab_len: terms.vocab_len(),
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

    /// A dateline's lone tatweel folds to nothing but is a word of the budget, as
    /// `text::words` counts it.
    #[test]
    fn word_counts_include_words_that_fold_to_nothing() {
        let text = "بيروت ـ قال الوزير إن المحادثات ستستأنف.\n\nوأضاف ـــ أن الوفد وصل.\n";
        let seg = crate::segment::segment(text, Lang::Ar);
        let p = prepare(text, &seg, Lang::Ar, None);
        for c in &p.candidates {
            let raw = seg.units[c.unit].raw(text);
            assert_eq!(c.words, crate::text::words(raw).count(), "{raw}");
        }
        assert_eq!(p.candidates[0].words, 7);
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

    /// Name counts and the rows' names come from words tried only where the thread's word
    /// memory says a name may start or a word is name-like: they must equal what the
    /// glossary finds on its own, also when documents with another glossary come between
    /// on the same thread.
    #[test]
    fn names_agree_with_the_glossary_across_glossaries() {
        let builtin = Glossary::builtin();
        let small = Glossary::from_text(
            std::path::Path::new("small.csv"),
            "ar,en\nأرمينيا,Armenia\nالرئيس,President\n",
        )
        .unwrap();
        let seeds = [
            include_str!("../../seeds/000_28ce33da5d2245a2.txt"),
            include_str!("../../seeds/003_0c8c7049fcc732c8.txt"),
            // Unseen text with a variant spelling (تبيليسي for Tbilisi).
            include_str!("../../tests/data/unseen/text.txt"),
        ];
        for round in 0..2 {
            for g in [&*builtin, &small] {
                for text in seeds {
                    let seg = crate::segment::segment(text, Lang::Ar);
                    let p = prepare(text, &seg, Lang::Ar, Some(g));
                    let mut total = 0;
                    for c in &p.candidates {
                        let raw = seg.units[c.unit].raw(text);
                        assert_eq!(c.names, g.find_exact(raw).len(), "round {round}: {raw}");
                        // The summary rows' names, with the word memory's answers.
                        let line = crate::segment::one_line(raw);
                        assert_eq!(find_names(&line, Lang::Ar, g), g.find(&line), "{line}");
                        total += c.names;
                    }
                    assert!(total > 0, "the seeds name Armenia");
                }
            }
        }
    }

    #[test]
    fn merge_adds_counts() {
        assert_eq!(
            merge(&vec![(1, 1), (3, 2)], &vec![(2, 1), (3, 1)]),
            vec![(1, 1), (2, 1), (3, 3)]
        );
    }
}
