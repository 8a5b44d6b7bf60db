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
use super::variants::{self, Letters, Query, VariantIndex};
use super::{Entry, MatchKind};
use crate::lang::{profile, Lang};
use crate::text::hash::{FxHashSet, WordMap};
use crate::text::normalize::{fold_char, is_invisible, FoldedChar};
use crate::text::tokenize::{is_word_char, starts_word};
use crate::text::words;
use std::sync::LazyLock;

/// The Arabic stopwords, in a set with the fast hasher (asked about for most words).
static STOPWORDS: LazyLock<FxHashSet<Box<str>>> = LazyLock::new(|| {
    profile(Lang::Ar)
        .stopwords
        .iter()
        .map(|w| w.as_str().into())
        .collect()
});

/// True for an Arabic function word (في, التي, وقال...): never a name, never a variant.
pub fn is_stopword(folded: &str) -> bool {
    STOPWORDS.contains(folded)
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
    /// Keys, and first words of keys: one probe per word tells both whether the word is
    /// a key and how long a name may start with it.
    keys: WordMap<Key>,
    /// The most words in any key.
    max_words: usize,
    /// Skeletons of one- and two-word Arabic forms, for variants.
    variants: VariantIndex,
    /// Unique among the indexes built by this process (see [`Index::id`]).
    id: u64,
}

/// What the index knows about a key or a first word.
#[derive(Debug, Default)]
struct Key {
    /// The forms with this key (more than one only when two spellings fold alike; none
    /// when it is only the first word of longer keys).
    forms: Vec<u32>,
    /// The most words of a key starting with this word (0 unless it is a first word).
    longest: usize,
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
    /// How many words [`crate::text::words`] finds in the text: the words in `toks`, and
    /// those that fold to nothing (a lone tatweel ـ, a run of diacritics), which are no
    /// tokens but still count as words of a word budget.
    pub words: usize,
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
    gap == " "
        || !gap.is_empty()
            && gap.chars().all(|c| {
                (c.is_whitespace() && c != '\n' && c != '\r')
                    || is_invisible(c)
                    || matches!(c, '-' | '\u{2010}' | '\u{2011}')
            })
}

/// Fold an Arabic letter or mark of U+0621..=U+065F (the bulk of the text): the result
/// of [`fold_char`], without its table lookups. `None`: dropped (tatweel, diacritics).
#[inline]
fn fold_arabic(c: char) -> Option<char> {
    match c {
        'أ' | 'إ' | 'آ' => Some('ا'),
        'ى' => Some('ي'),
        'ة' => Some('ه'),
        '\u{0640}' | '\u{064B}'..='\u{065F}' => None,
        c => Some(c),
    }
}

/// Cut `text` into folded words (reusing `out`'s buffers): the words of
/// [`crate::text::words`], each folded as [`crate::text::fold`] folds it.
///
/// One pass over the bytes with fast paths for ASCII and for the two-byte Arabic letters
/// and marks, which are most of the text; every other character goes through the same
/// rules as `words` and `fold_char` (a property test holds the two to the same result).
pub fn tokenize(text: &str, out: &mut Tokens) {
    out.folded.clear();
    out.toks.clear();
    out.words = 0;
    out.folded.reserve(text.len() + 1);
    let bytes = text.as_bytes();
    // The word being read: (start, folded start, tanween).
    let mut word: Option<(usize, usize, bool)> = None;
    let mut i = 0;
    while i < bytes.len() {
        // Inside a word, run through its Arabic letters without the general machinery.
        if let Some((_, _, ref mut tanween)) = word {
            while i + 1 < bytes.len() && (bytes[i] == 0xD8 || bytes[i] == 0xD9) {
                let cp = (u32::from(bytes[i] & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
                if !(0x0621..=0x065F).contains(&cp) {
                    break;
                }
                *tanween |= (0x064B..=0x064D).contains(&cp);
                if let Some(f) = char::from_u32(cp).and_then(fold_arabic) {
                    out.folded.push(f);
                }
                i += 2;
            }
            if i >= bytes.len() {
                break;
            }
        }
        let b = bytes[i];
        let (c, n) = if b < 0x80 {
            (b as char, 1)
        } else if (b == 0xD8 || b == 0xD9) && i + 1 < bytes.len() {
            let cp = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
            (char::from_u32(cp).unwrap_or('\u{FFFD}'), 2)
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            (c, c.len_utf8())
        };
        let arabic_block = matches!(c, '\u{0621}'..='\u{065F}');
        // Punctuation of Arabic news (، ؛ ؟ « » “ ” – — …): neither inside nor at the start
        // of a word, and no Unicode table needed to say so.
        let punctuation = matches!(
            c,
            '\u{060C}'
                | '\u{061B}'
                | '\u{061F}'
                | '\u{066A}'
                | '\u{066D}'
                | '\u{06D4}'
                | '\u{00AB}'
                | '\u{00BB}'
                | '\u{2013}'
                | '\u{2014}'
                | '\u{2018}'..='\u{201F}' | '\u{2026}'
        );
        // Inside a word: is this character still part of it (as `words` decides)?
        let continues = !punctuation && is_word_char(c);
        match word {
            Some((_, _, ref mut tanween)) if continues => {
                if arabic_block {
                    *tanween |= matches!(c, '\u{064B}'..='\u{064D}');
                    if let Some(f) = fold_arabic(c) {
                        out.folded.push(f);
                    }
                } else {
                    push_folded(c, &mut out.folded);
                }
            }
            Some((start, fstart, tanween)) => {
                finish_word(text, out, start, i, fstart, tanween);
                word = None;
            }
            None => {}
        }
        if word.is_none() {
            // A word starts at a letter or digit, not at a mark (as `words` decides).
            let starts = !punctuation && starts_word(c);
            if starts {
                let fstart = out.folded.len();
                if arabic_block {
                    if let Some(f) = fold_arabic(c) {
                        out.folded.push(f);
                    }
                } else {
                    push_folded(c, &mut out.folded);
                }
                word = Some((i, fstart, matches!(c, '\u{064B}'..='\u{064D}')));
            }
        }
        i += n;
    }
    if let Some((start, fstart, tanween)) = word {
        finish_word(text, out, start, bytes.len(), fstart, tanween);
    }
}

#[inline]
fn push_folded(c: char, folded: &mut String) {
    fold_char(c, |f| {
        if let FoldedChar::One(ch) = f {
            folded.push(ch);
        }
    });
}

/// Close the word `start..end` whose folded form starts at `fstart`.
fn finish_word(
    text: &str,
    out: &mut Tokens,
    start: usize,
    end: usize,
    fstart: usize,
    tanween: bool,
) {
    out.words += 1;
    let fend = out.folded.len();
    if fend == fstart {
        return;
    }
    out.folded.push(' ');
    if let Some(prev) = out.toks.last_mut() {
        prev.joins_next = joinable_gap(&text[prev.end..start]);
    }
    let arabic = is_arabic_folded(&out.folded[fstart..]);
    out.toks.push(Tok {
        start,
        end,
        fstart,
        fend,
        joins_next: false,
        arabic,
        tanween,
    });
}

/// True if a folded word is written in Arabic script (its first letter says so): clitics
/// and variants apply to it.
fn is_arabic_folded(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
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
/// Lowest similarity for a variant with the same skeleton as its entry. No lower than for
/// one consonant apart: below it, three vowel letters in seven differ (الياقوت, الكويت),
/// which makes another word pattern rather than another spelling.
const MIN_SIMILARITY_SAME: f64 = 0.8;
/// Lowest similarity for a variant one consonant away from its entry.
const MIN_SIMILARITY_ONE_APART: f64 = 0.8;

/// Endings that turn a place into an adjective or a plural (أرمينيا → أرمينية, أرمينيين,
/// النمسا → النمساوي): such words are derived from the entry, not spellings of it.
const DERIVED_ENDINGS: [&str; 15] = [
    "ي",
    "يه",
    "يين",
    "يون",
    "يات",
    "يا",
    "ه",
    "ات",
    "ان",
    "ين",
    "ون",
    "اوي",
    "اويه",
    "اويين",
    "اويون",
];

/// True if `word` ends like an Arabic verb in the plural (يمسكوا, تبنّوا, قدروا) and the
/// entry `key` does not end so (نيكاراغوا does): a verb form, not a spelling of a name.
fn is_plural_verb(word: &str, key: &str) -> bool {
    word.strip_suffix("وا").is_some_and(|stem| {
        // أنتجوا is أنتج + وا, however close to أنتيغوا.
        !key.ends_with("وا") || common_words::is_common_with_clitics(stem)
    })
}

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
/// letters only, long enough, not a common word (with or without clitics), not a
/// function word.
pub fn is_name_like(word: &str, min_chars: usize) -> bool {
    // Cheapest and most often decisive first: most words are common words.
    !common_words::is_common(word)
        && word.chars().nth(min_chars - 1).is_some()
        && variants::is_arabic_word(word)
        && !common_words::is_common_with_clitics(word)
        && !is_stopword(word)
}

/// What a caller that meets the same words again and again (the summarizer's word
/// memory) already knows of each word of a text, so that matching need not work it out.
#[derive(Debug, Clone, Copy)]
pub struct WordHints<'a> {
    /// For word `i`: [`Index::may_start`] of its folded form.
    pub may_start: &'a [bool],
    /// For word `i`: [`is_name_like`] of its folded form, with three letters at least.
    pub name_like: &'a [bool],
}

/// Whether each word of a text is name-like (at least three letters), worked out once
/// per word: a word is asked about as the second of a pair and then on its own.
struct NameLike(Vec<u8>);

impl NameLike {
    fn new(words: usize) -> NameLike {
        NameLike(vec![0; words])
    }

    /// The answers for every word, from `name_like[i]` = [`is_name_like`] of word `i`
    /// with three letters at least (as [`WordHints`] gives it).
    fn known(t: &Tokens, name_like: &[bool]) -> NameLike {
        NameLike(
            t.toks
                .iter()
                .zip(name_like)
                .map(|(tok, &like)| {
                    if tok.arabic && !tok.tanween && like {
                        1
                    } else {
                        2
                    }
                })
                .collect(),
        )
    }

    fn get(&mut self, t: &Tokens, i: usize) -> bool {
        if self.0[i] == 0 {
            let tok = t.toks[i];
            let yes = tok.arabic && !tok.tanween && is_name_like(t.word(i), 3);
            self.0[i] = if yes { 1 } else { 2 };
        }
        self.0[i] == 1
    }
}

impl Index {
    /// Index the entries of a glossary. Spellings of different entries that fold to one
    /// key (عُمان, عمّان) are reported in the returned warnings, naming `origin`.
    pub fn build(entries: &[Entry], origin: &str) -> (Index, Vec<String>) {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut ix = Index {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            ..Index::default()
        };
        let mut warnings = Vec::new();
        for (e, entry) in entries.iter().enumerate() {
            for text in std::iter::once(&entry.source).chain(&entry.variants) {
                let k = key(text);
                if k.is_empty() {
                    continue;
                }
                let id = ix.forms.len() as u32;
                let words = k.matches(' ').count() + 1;
                if let Some(&other) = ix.keys.get(&k).and_then(|key| key.forms.first()) {
                    let o = &entries[ix.forms[other as usize].entry as usize];
                    if o.target != entry.target {
                        warnings.push(format!(
                            "{origin}: row {}: '{text}' ({}) reads the same as '{}' ({}) on row {} once diacritics and letter forms are folded; text that writes neither exactly gets row {}",
                            entry.row, entry.target, o.source, o.target, o.row, o.row
                        ));
                    }
                }
                ix.add_key(&k, id, words);
                if words <= 2 {
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
                && ix
                    .keys
                    .get(joined.as_str())
                    .is_none_or(|k| k.forms.is_empty())
                && !common_words::is_common(&joined)
            {
                ix.add_key(&joined, id as u32, 1);
            }
        }
        ix.variants.finish();
        (ix, warnings)
    }

    fn add_key(&mut self, k: &str, id: u32, words: usize) {
        self.keys.get_or_insert_with(k, Key::default).forms.push(id);
        let first = k.split(' ').next().unwrap_or(k);
        let info = if first.len() == k.len() {
            self.keys.get_mut(k).expect("just added")
        } else {
            self.keys.get_or_insert_with(first, Key::default)
        };
        info.longest = info.longest.max(words);
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
        let lookup =
            |end: usize, scratch: &mut String| self.key(&t.folded[from..end], restore, scratch);
        let first = lookup(tok.fend, scratch)?;
        let most = first.longest.min(t.run(i, self.max_words));
        (min_words + 1..=most).rev().find_map(|k| {
            let key = if k == 1 {
                first
            } else {
                lookup(t.toks[i + k - 1].fend, scratch)?
            };
            (!key.forms.is_empty()).then_some((k, key.forms.as_slice()))
        })
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
        let q = Query::new(Letters::new(stem)?);
        let mut best: Option<(u32, f64)> = None;
        let consider = |best: &mut Option<(u32, f64)>, s: &variants::Indexed, min: f64| {
            let max = variants::max_distance(q.letters(), &s.letters, min);
            let Some(d) = variants::distance_within(q.letters(), &s.letters, max) else {
                return;
            };
            let sim = variants::similarity_at(q.letters(), &s.letters, d);
            if best.is_some_and(|(b, bs)| bs > sim || (bs == sim && b < s.id)) {
                return;
            }
            let f = &self.forms[s.id as usize];
            // Not the entry itself, not an adjective or plural made from it; and a word
            // ending in ية is an adjective or an abstract noun (أرمنية), not a spelling of
            // a name, unless the entry ends so too.
            if f.words != words
                || &*f.key == stem
                || !variants::starts_alike(q.letters(), &s.letters)
                || is_derived(stem, &f.key)
                || is_plural_verb(stem, &f.key)
                || (stem.ends_with("يه") && !f.key.ends_with("يه"))
            {
                return;
            }
            *best = Some((s.id, sim));
        };
        self.variants
            .same(&q, |s| consider(&mut best, s, MIN_SIMILARITY_SAME));
        // A spelling one consonant away rarely beats a close one with the same skeleton:
        // look for one only when there is none.
        if best.is_none_or(|(_, sim)| sim < MIN_SIMILARITY_ONE_APART) {
            self.variants
                .one_apart(&q, |s| consider(&mut best, s, MIN_SIMILARITY_ONE_APART));
        }
        best
    }

    /// The spelling variant of an entry starting at word `i` (two words, then one).
    fn variant_at(
        &self,
        t: &Tokens,
        i: usize,
        cache: &mut NameLike,
        scratch: &mut String,
    ) -> Option<Hit> {
        if self.variants.is_empty() || !cache.get(t, i) {
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
        if t.toks[i].joins_next && cache.get(t, i + 1) {
            let second = t.word(i + 1);
            {
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
        if best.is_none() && word.chars().nth(MIN_VARIANT_CHARS - 1).is_some() {
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

    /// A number no other index built by this process has (never 0).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// True if a name may start at a word that folds to `word`: it, or it without
    /// clitics, is a key or the first word of one. False means no exact, normalized or
    /// clitic match starts there (variants aside), so a caller that meets the same word
    /// often can work this out once per word.
    pub fn may_start(&self, word: &str) -> bool {
        if self.keys.contains(word) {
            return true;
        }
        let mut scratch = String::new();
        is_arabic_folded(word)
            && clitics::strips(word, 2).any(|s| {
                self.key(&word[s.len..], s.restore_article, &mut scratch)
                    .is_some()
            })
    }

    /// The key (or first word of keys) `piece`, with ال put back in front if `restore`
    /// (built in `scratch`).
    fn key(&self, piece: &str, restore: bool, scratch: &mut String) -> Option<&Key> {
        if restore {
            scratch.clear();
            scratch.push_str("ال");
            scratch.push_str(piece);
            self.keys.get(scratch.as_str())
        } else {
            self.keys.get(piece)
        }
    }

    /// Every name in the tokenized `text`, in order, without overlaps.
    pub fn scan(&self, text: &str, t: &Tokens, with_variants: bool, hits: &mut Vec<Hit>) {
        self.scan_where(text, t, with_variants, None, None, hits);
    }

    /// [`Index::scan`] without variants, trying only the words `i` with `starts[i]` (as
    /// [`Index::may_start`] says of them).
    pub fn scan_exact_at(&self, text: &str, t: &Tokens, starts: &[bool], hits: &mut Vec<Hit>) {
        self.scan_where(text, t, false, Some(starts), None, hits);
    }

    /// [`Index::scan`] with variants, where the caller already knows what `hints` says
    /// of each word.
    pub fn scan_hinted(&self, text: &str, t: &Tokens, hints: WordHints<'_>, hits: &mut Vec<Hit>) {
        self.scan_where(
            text,
            t,
            true,
            Some(hints.may_start),
            Some(hints.name_like),
            hits,
        );
    }

    fn scan_where(
        &self,
        text: &str,
        t: &Tokens,
        with_variants: bool,
        starts: Option<&[bool]>,
        name_like: Option<&[bool]>,
        hits: &mut Vec<Hit>,
    ) {
        let mut scratch = String::new();
        let mut cache = match name_like {
            Some(like) => NameLike::known(t, like),
            None => NameLike::new(if with_variants { t.toks.len() } else { 0 }),
        };
        let mut i = 0;
        while i < t.toks.len() {
            let exact = if starts.is_none_or(|s| s[i]) {
                self.exact_at(text, t, i, &mut scratch)
            } else {
                None
            };
            let hit = exact.or_else(|| {
                if with_variants {
                    self.variant_at(t, i, &mut cache, &mut scratch)
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
        let q = Query::new(Letters::new(word)?);
        let mut best: Option<(u32, f64)> = None;
        self.variants.candidates(&q, |s, _| {
            let sim = variants::similarity_of(q.letters(), &s.letters);
            if best.is_none_or(|(b, bs)| sim > bs || (sim == bs && s.id < b)) {
                best = Some((s.id, sim));
            }
        });
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `tokenize` as `words` and `fold_char` define it, one step at a time.
    fn reference(text: &str) -> Vec<(usize, usize, String, bool, bool, bool)> {
        let mut out: Vec<(usize, usize, String, bool, bool, bool)> = Vec::new();
        for w in words(text) {
            let mut folded = String::new();
            let mut tanween = false;
            for c in w.text.chars() {
                tanween |= ('\u{064B}'..='\u{064D}').contains(&c);
                push_folded(c, &mut folded);
            }
            if folded.is_empty() {
                continue;
            }
            if let Some(prev) = out.last_mut() {
                prev.4 = joinable_gap(&text[prev.1..w.start]);
            }
            let arabic = folded
                .chars()
                .next()
                .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
            out.push((w.start, w.end, folded, arabic, false, tanween));
        }
        out
    }

    fn ours(text: &str) -> Vec<(usize, usize, String, bool, bool, bool)> {
        let mut t = Tokens::default();
        tokenize(text, &mut t);
        t.toks
            .iter()
            .enumerate()
            .map(|(i, k)| {
                (
                    k.start,
                    k.end,
                    t.word(i).to_string(),
                    k.arabic,
                    k.joins_next,
                    k.tanween,
                )
            })
            .collect()
    }

    #[test]
    fn tokenize_agrees_with_words_and_fold_on_hard_cases() {
        for text in [
            "وقال باشينيان: «حلّ دبلوماسي»، الآن.",
            "بُوتِين وبوتـــين قره\u{00A0}باغ بيونغ\u{200C} يانغ كوالا-لمبور",
            "ـبوتين \u{064E}باكو ﻻ ٱلله ٨٣٤ و۱۲ Ünïcödé İSTANBUL دعماً تركياً",
            "a\u{0301}b \u{200F}قره\u{200F} باغ\nباغ پاریس گرجستان",
            "بيروت ـ قال الوزير ـــ \u{064E}\u{0651} أمس",
        ] {
            assert_eq!(ours(text), reference(text), "{text}");
            let mut t = Tokens::default();
            tokenize(text, &mut t);
            assert_eq!(t.words, words(text).count(), "{text}");
        }
    }

    fn mixed_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "ب", "و", "ا", "أ", "ة", "ى", "ـ", "\u{064B}", "\u{064E}", "\u{0651}", "\u{0670}",
            "\u{0610}", "ٱ", "پ", "ی", "٣", "۴", " ", "\u{00A0}", "\u{200C}", "\u{200F}", "-", "،",
            "؛", "؟", "٪", "«", "»", "“", "”", "–", "…", "\u{066D}", "\u{06D4}", "،", ".", "\n",
            "a", "Z", "é", "\u{0301}", "İ", "ﻻ", "ﷺ", "字", "😀", "\u{FEFF}",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn tokenize_agrees_with_words_and_fold(text in mixed_text()) {
            prop_assert_eq!(ours(&text), reference(&text));
            let mut t = Tokens::default();
            tokenize(&text, &mut t);
            prop_assert_eq!(t.words, words(&text).count());
        }

        #[test]
        fn find_never_panics_and_points_into_the_text(text in mixed_text()) {
            let g = crate::glossary::Glossary::builtin();
            for m in g.find(&text) {
                prop_assert_eq!(&text[m.start..m.end], m.surface.as_str());
            }
            let _ = g.scan(&text);
        }
    }
}
