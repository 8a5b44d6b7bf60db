//! Finding glossary names in text.
//!
//! The text is cut into words ([`crate::text::words`]) and each word is folded once
//! ([`crate::text::fold_char`]) into one buffer where the folded words stand separated
//! by single spaces. A glossary key is the folded form of a term with its words joined by
//! single spaces, so the key of any run of words is a slice of that buffer: looking up
//! "the next k words" costs one hash probe and no allocation.
//!
//! At each word, the longest key starting there wins (ناغورنو قره باغ over قره باغ); the
//! word may also be read without its proclitics (وباشينيان → باشينيان), which is kept only
//! when the rest is a key, so names that begin with those letters (بوتين, فرنسا) are never
//! cut. Words run together only across spaces, invisible characters and hyphens, never
//! across punctuation. Where nothing matches, a name-like word (not a common word) may be
//! a spelling variant of an entry ([`super::variants`]).

use super::clitics::{self, Strip};
use super::common_words;
use super::fxhash::FxHashMap;
use super::variants::{self, Closeness, VariantIndex};
use super::{Entry, MatchKind};
use crate::lang::{profile, Lang, Profile};
use crate::text::normalize::{fold_char, is_invisible, FoldedChar};
use crate::text::words;
use std::sync::{Arc, LazyLock};

static ARABIC: LazyLock<Arc<Profile>> = LazyLock::new(|| profile(Lang::Ar));

/// True for an Arabic function word (في, التي, وقال...): never a name, never a variant.
pub fn is_stopword(folded: &str) -> bool {
    ARABIC.is_stopword(folded)
}

/// The matching key of a term or text: folded, cut into words, words joined by one space.
pub fn key(s: &str) -> String {
    let folded = crate::text::fold(s);
    let mut out = String::with_capacity(folded.len());
    for w in words(&folded) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w.text);
    }
    out
}

/// One spelling of an entry: its source term or one of its listed variants.
#[derive(Debug)]
pub struct Form {
    /// Index of the entry in the glossary.
    pub entry: u32,
    /// The spelling as the glossary writes it.
    pub text: Box<str>,
    /// Its matching key (see [`key`]).
    pub key: Box<str>,
    /// How many words the key has.
    pub words: usize,
}

/// The lookup tables of a glossary.
#[derive(Debug, Default)]
pub struct Index {
    /// Every spelling of every entry.
    pub forms: Vec<Form>,
    /// Key → the forms with that key (more than one only when two spellings fold alike).
    keys: FxHashMap<Box<str>, Vec<u32>>,
    /// First word of a key → the most words of a key starting with it.
    starts: FxHashMap<Box<str>, usize>,
    /// The most words in any key.
    max_words: usize,
    /// Skeletons of one- and two-word Arabic forms, for variants.
    variants: VariantIndex,
}

/// A word of the searched text.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// Byte range in the original text.
    pub start: usize,
    /// End of that range.
    pub end: usize,
    /// Byte range of the folded word in [`Tokens::folded`].
    pub fstart: usize,
    /// End of that range.
    pub fend: usize,
    /// Only spaces, invisible characters or a hyphen separate it from the next word, so a
    /// name may run on.
    pub joins_next: bool,
    /// The word is written in Arabic script (clitics and variants apply).
    pub arabic: bool,
    /// The word carries tanween (ً ٌ ٍ): an indefinite noun, adjective or adverb
    /// (تركياً "Turkish", دعماً), never a name.
    pub tanween: bool,
}

/// The words of a text, folded.
#[derive(Debug, Default)]
pub struct Tokens {
    /// The folded words, each followed by one space.
    pub folded: String,
    /// The words.
    pub toks: Vec<Tok>,
}

impl Tokens {
    /// The folded word `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.folded[t.fstart..t.fend]
    }

    /// How many words from `i` on may form one name (at most `max`).
    #[inline]
    fn run(&self, i: usize, max: usize) -> usize {
        let mut n = 1;
        while n < max
            && i + n < self.toks.len()
            && self.toks[i + n - 1].joins_next
            && !self.toks[i + n].tanween
        {
            n += 1;
        }
        n
    }
}

/// True if only characters that may sit inside a name separate two words.
#[inline]
fn joinable_gap(gap: &str) -> bool {
    !gap.is_empty()
        && gap.chars().all(|c| {
            (c.is_whitespace() && c != '\n' && c != '\r')
                || is_invisible(c)
                || matches!(c, '-' | '\u{2010}' | '\u{2011}')
        })
}

/// Cut `text` into folded words (reusing `out`'s buffers).
pub fn tokenize(text: &str, out: &mut Tokens) {
    out.folded.clear();
    out.toks.clear();
    for w in words(text) {
        let fstart = out.folded.len();
        let mut tanween = false;
        for c in w.text.chars() {
            tanween |= ('\u{064B}'..='\u{064D}').contains(&c);
            fold_char(c, |f| {
                if let FoldedChar::One(ch) = f {
                    out.folded.push(ch);
                }
            });
        }
        let fend = out.folded.len();
        if fend == fstart {
            continue;
        }
        out.folded.push(' ');
        if let Some(prev) = out.toks.last_mut() {
            prev.joins_next = joinable_gap(&text[prev.end..w.start]);
        }
        let arabic = out.folded[fstart..]
            .chars()
            .next()
            .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        out.toks.push(Tok {
            start: w.start,
            end: w.end,
            fstart,
            fend,
            joins_next: false,
            arabic,
            tanween,
        });
    }
}

/// A name found: words `first..=last` of the text matched form `form`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// First word.
    pub first: usize,
    /// Last word (inclusive).
    pub last: usize,
    /// The matched spelling.
    pub form: u32,
    /// How it matched.
    pub kind: MatchKind,
    /// 1.0, or the similarity of a variant.
    pub score: f64,
}

/// Shortest words considered for a variant (shorter ones collide with ordinary words).
const MIN_VARIANT_CHARS: usize = 4;
/// Lowest similarity for a variant with the same skeleton as its entry.
const MIN_SIMILARITY_SAME: f64 = 0.7;
/// Lowest similarity for a variant one consonant away from its entry.
const MIN_SIMILARITY_ONE_APART: f64 = 0.8;

/// Endings that turn a place into an adjective or a plural (أرمينيا → أرمينية, أرمينيين):
/// such words are derived from the entry, not spellings of it.
const DERIVED_ENDINGS: [&str; 11] = [
    "ي", "يه", "يين", "يون", "يات", "يا", "ه", "ات", "ان", "ين", "ون",
];

/// True if `word` is `key` (or `key` less a final vowel) plus an adjective or plural ending.
fn is_derived(word: &str, key: &str) -> bool {
    let base = key.trim_end_matches(['ا', 'ه', 'ي']);
    if base.chars().count() < 3 {
        return false;
    }
    word.strip_prefix(base)
        .is_some_and(|rest| DERIVED_ENDINGS.contains(&rest))
}

/// True if the folded word could be a name for variant and unknown-name purposes: Arabic
/// letters only, long enough, not a function word, not a common word (with or without
/// clitics).
pub fn is_name_like(word: &str, min_chars: usize) -> bool {
    word.chars().nth(min_chars - 1).is_some()
        && variants::is_arabic_word(word)
        && !is_stopword(word)
        && !common_words::is_common_with_clitics(word)
}

impl Index {
    /// Index the entries of a glossary.
    pub fn build(entries: &[Entry]) -> Index {
        let mut ix = Index::default();
        for (e, entry) in entries.iter().enumerate() {
            for text in std::iter::once(&entry.source).chain(&entry.variants) {
                let k = key(text);
                if k.is_empty() {
                    continue;
                }
                let id = ix.forms.len() as u32;
                let words = k.matches(' ').count() + 1;
                ix.add_key(&k, id, words);
                if words <= 2
                    && variants::is_arabic_word(&k)
                    && k.chars().filter(|c| *c != ' ').count() >= MIN_VARIANT_CHARS
                {
                    ix.variants.insert(id, &k);
                }
                ix.forms.push(Form {
                    entry: e as u32,
                    text: text.as_str().into(),
                    key: k.into_boxed_str(),
                    words,
                });
            }
        }
        // A multi-word name also matches written as one word (كوالالمبور, or بيونغ‌يانغ with
        // a zero-width non-joiner for the space), unless that would make it a short or
        // common word (أ ب → اب).
        for id in 0..ix.forms.len() {
            let f = &ix.forms[id];
            if f.words < 2 || f.key.split(' ').any(|w| w.chars().count() < 2) {
                continue;
            }
            let joined: String = f.key.split(' ').collect();
            if joined.chars().count() >= 6
                && !ix.keys.contains_key(joined.as_str())
                && !common_words::is_common(&joined)
            {
                ix.add_key(&joined, id as u32, 1);
            }
        }
        ix
    }

    fn add_key(&mut self, k: &str, id: u32, words: usize) {
        self.keys.entry(k.into()).or_default().push(id);
        let first = k.split(' ').next().unwrap_or(k);
        let w = self.starts.entry(first.into()).or_insert(0);
        *w = (*w).max(words);
        self.max_words = self.max_words.max(words);
    }

    /// The longest key starting at word `i`, read from byte `skip` of its folded form (after
    /// clitics), with ال put back in front if `restore`. Only keys of more than `min_words`
    /// words count. Returns the number of words and the forms.
    fn longest(
        &self,
        t: &Tokens,
        i: usize,
        skip: usize,
        restore: bool,
        min_words: usize,
        scratch: &mut String,
    ) -> Option<(usize, &[u32])> {
        let tok = t.toks[i];
        let from = tok.fstart + skip;
        let lookup = |end: usize, scratch: &mut String| -> Option<&[u32]> {
            let piece = &t.folded[from..end];
            if restore {
                scratch.clear();
                scratch.push_str("ال");
                scratch.push_str(piece);
                self.keys.get(scratch.as_str()).map(Vec::as_slice)
            } else {
                self.keys.get(piece).map(Vec::as_slice)
            }
        };
        let most = if restore {
            scratch.clear();
            scratch.push_str("ال");
            scratch.push_str(&t.folded[from..tok.fend]);
            self.starts.get(scratch.as_str())
        } else {
            self.starts.get(&t.folded[from..tok.fend])
        };
        let most = (*most?).min(t.run(i, self.max_words));
        (min_words + 1..=most)
            .rev()
            .find_map(|k| lookup(t.toks[i + k - 1].fend, scratch).map(|ids| (k, ids)))
    }

    /// The glossary name starting at word `i`, if any (exact, normalized or clitic).
    fn exact_at(&self, text: &str, t: &Tokens, i: usize, scratch: &mut String) -> Option<Hit> {
        if t.toks[i].tanween {
            return None;
        }
        let mut best: Option<(usize, &[u32], Option<Strip>)> = self
            .longest(t, i, 0, false, 0, scratch)
            .map(|(k, ids)| (k, ids, None));
        if t.toks[i].arabic {
            let word = t.word(i);
            for s in clitics::strips(word, 2) {
                let min = best.map_or(0, |b| b.0);
                if let Some((k, ids)) = self.longest(t, i, s.len, s.restore_article, min, scratch) {
                    // An article stripped off a common word is an ordinary noun or adjective:
                    // المالي is "the financial", not Mali.
                    if s.article
                        && !s.restore_article
                        && k == 1
                        && common_words::is_common(&self.forms[ids[0] as usize].key)
                    {
                        continue;
                    }
                    best = Some((k, ids, Some(s)));
                }
            }
        }
        let (k, ids, strip) = best?;
        let last = i + k - 1;
        let surface = &text[t.toks[i].start..t.toks[last].end];
        let exact = ids
            .iter()
            .copied()
            .find(|&id| &*self.forms[id as usize].text == surface);
        let (form, kind) = match (strip, exact) {
            (Some(_), _) => (ids[0], MatchKind::Clitic),
            (None, Some(id)) => (id, MatchKind::Exact),
            (None, None) => (ids[0], MatchKind::Normalized),
        };
        Some(Hit {
            first: i,
            last,
            form,
            kind,
            score: 1.0,
        })
    }

    /// The best variant among the forms close to the folded `stem` (a word, or two words
    /// joined by a space), if one is close enough.
    fn closest(&self, stem: &str, words: usize) -> Option<(u32, f64)> {
        let mut best: Option<(u32, f64)> = None;
        let stem_len = stem.chars().count();
        // A word ending in ية is an adjective or an abstract noun (أرمنية, الأرمينية),
        // not a spelling of a name, unless the entry ends so too.
        let adjective = stem.ends_with("يه");
        let stem_skeleton = variants::skeleton(&variants::soft(stem));
        self.variants.candidates(stem, |id, closeness| {
            let f = &self.forms[id as usize];
            if f.words != words
                || &*f.key == stem
                || is_derived(stem, &f.key)
                || (adjective && !f.key.ends_with("يه"))
            {
                return;
            }
            // Spellings of one name differ by a letter or two, not by half the word.
            let (a, b) = (stem_len, f.key.chars().count());
            if a.abs_diff(b) > (a.max(b) / 4).max(1) {
                return;
            }
            let sim = variants::similarity(stem, &f.key);
            let ok = match closeness {
                Closeness::Same => sim >= MIN_SIMILARITY_SAME,
                Closeness::OneApart => {
                    sim >= MIN_SIMILARITY_ONE_APART
                        && stem_skeleton.chars().next()
                            == variants::skeleton(&variants::soft(&f.key)).chars().next()
                }
            };
            if ok && best.is_none_or(|(b, s)| sim > s || (sim == s && id < b)) {
                best = Some((id, sim));
            }
        });
        best
    }

    /// The spelling variant of an entry starting at word `i` (two words, then one).
    fn variant_at(&self, t: &Tokens, i: usize, scratch: &mut String) -> Option<Hit> {
        let tok = t.toks[i];
        if !tok.arabic || tok.tanween || self.variants.is_empty() {
            return None;
        }
        let word = t.word(i);
        // Stems: the word, and the word without conjunctions and prepositions. Not without
        // the article: a name written with ال that the glossary lacks is a noun or an
        // adjective (الأرميني), and entries that have ال are compared whole.
        let stems = |min: usize| {
            std::iter::once(None).chain(clitics::strips(word, min).filter(|s| !s.article).map(Some))
        };
        let mut best: Option<(usize, u32, f64)> = None;
        let consider =
            |best: &mut Option<(usize, u32, f64)>, k: usize, found: Option<(u32, f64)>| {
                if let Some((id, sim)) = found {
                    if best.is_none_or(|(bk, _, bs)| k > bk || (k == bk && sim > bs)) {
                        *best = Some((k, id, sim));
                    }
                }
            };
        // Two words: a first name and a family name, either or both spelled differently.
        if tok.joins_next && t.toks[i + 1].arabic && !t.toks[i + 1].tanween && !is_stopword(word) {
            let second = t.word(i + 1);
            if is_name_like(second, 3) {
                for s in stems(2) {
                    let first = s.map_or(std::borrow::Cow::Borrowed(word), |s| {
                        clitics::apply(word, s)
                    });
                    scratch.clear();
                    scratch.push_str(&first);
                    scratch.push(' ');
                    scratch.push_str(second);
                    consider(&mut best, 2, self.closest(scratch, 2));
                }
            }
        }
        if best.is_none() && is_name_like(word, MIN_VARIANT_CHARS) {
            for s in stems(MIN_VARIANT_CHARS) {
                let stem = s.map_or(std::borrow::Cow::Borrowed(word), |s| {
                    clitics::apply(word, s)
                });
                consider(&mut best, 1, self.closest(&stem, 1));
            }
        }
        let (k, form, sim) = best?;
        Some(Hit {
            first: i,
            last: i + k - 1,
            form,
            kind: MatchKind::Variant,
            score: (sim * 100.0).round() / 100.0,
        })
    }

    /// Every name in the tokenized `text`, in order, without overlaps.
    pub fn scan(&self, text: &str, t: &Tokens, with_variants: bool, hits: &mut Vec<Hit>) {
        let mut scratch = String::new();
        let mut i = 0;
        while i < t.toks.len() {
            let hit = self.exact_at(text, t, i, &mut scratch).or_else(|| {
                if with_variants {
                    self.variant_at(t, i, &mut scratch)
                } else {
                    None
                }
            });
            match hit {
                Some(h) => {
                    hits.push(h);
                    i = h.last + 1;
                }
                None => i += 1,
            }
        }
    }

    /// The entry spelled most like the folded `word` (one or two words), with its
    /// similarity, however far: for "nearest entry" hints, not for matching.
    pub fn nearest(&self, word: &str) -> Option<(u32, f64)> {
        let words = word.matches(' ').count() + 1;
        let mut best: Option<(u32, f64)> = None;
        self.variants.candidates(word, |id, _| {
            let f = &self.forms[id as usize];
            if f.words != words {
                return;
            }
            let sim = variants::similarity(word, &f.key);
            if best.is_none_or(|(b, s)| sim > s || (sim == s && id < b)) {
                best = Some((id, sim));
            }
        });
        best
    }
}
