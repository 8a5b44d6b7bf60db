//! Per-language data: abbreviations that end with a dot, stopwords, and the stemmer.
//!
//! Word lists are plain text files compiled into the binary (`src/lang/data/`), one
//! entry per line, `#` for comments; stopwords come from the stop-words crate (ISO lists)
//! plus our own additions for news Arabic.

use super::Lang;
use crate::text::fold;
use std::collections::HashSet;
use std::sync::{Arc, LazyLock, Mutex};

/// Everything language-specific the pipeline needs.
pub struct Profile {
    /// The language.
    pub lang: Lang,
    /// Abbreviations that end with a period, folded, without the final period
    /// (`mr`, `z.b`, `د`); a period after one of them does not end a sentence.
    pub abbreviations: HashSet<String>,
    /// Stopwords, folded.
    pub stopwords: HashSet<String>,
    /// The Snowball stemmer, if the language has one.
    pub stemmer: Option<rust_stemmers::Stemmer>,
}

impl Profile {
    /// True if `word` (already folded) is a stopword.
    pub fn is_stopword(&self, folded_word: &str) -> bool {
        self.stopwords.contains(folded_word)
    }

    /// The stem of a folded word (the word itself where there is no stemmer).
    pub fn stem<'a>(&self, folded_word: &'a str) -> std::borrow::Cow<'a, str> {
        match &self.stemmer {
            Some(s) => s.stem(folded_word),
            None => std::borrow::Cow::Borrowed(folded_word),
        }
    }
}

fn list(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Abbreviations shared by every Latin- and Cyrillic-script language (units, titles,
/// single initials are handled by the splitter itself).
const COMMON_ABBREV: &str = include_str!("data/common.abbrev.txt");

fn abbreviation_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar | Lang::Fa | Lang::Ur => include_str!("data/ar.abbrev.txt"),
        Lang::En => include_str!("data/en.abbrev.txt"),
        Lang::Fr => include_str!("data/fr.abbrev.txt"),
        Lang::De => include_str!("data/de.abbrev.txt"),
        Lang::Es => include_str!("data/es.abbrev.txt"),
        Lang::Ru => include_str!("data/ru.abbrev.txt"),
        Lang::Tr => include_str!("data/tr.abbrev.txt"),
        _ => "",
    }
}

/// The languages of our profiles that the stop-words crate's ISO lists cover.
const ISO_STOPWORDS: &[&str] = &[
    "ar", "da", "de", "el", "en", "es", "fa", "fi", "fr", "hu", "it", "nl", "no", "pt", "ro", "ru",
    "sv", "tr", "ur",
];

fn extra_stopwords(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => include_str!("data/ar.stopwords.txt"),
        Lang::Ta => include_str!("data/ta.stopwords.txt"),
        _ => "",
    }
}

fn build(lang: Lang) -> Profile {
    let mut abbreviations: HashSet<String> = list(abbreviation_file(lang))
        .map(|a| fold(a.trim_end_matches('.')))
        .collect();
    if !lang.is_arabic_script() {
        abbreviations.extend(list(COMMON_ABBREV).map(|a| fold(a.trim_end_matches('.'))));
    }
    let mut stopwords: HashSet<String> = HashSet::new();
    let iso = match lang {
        Lang::Other => None,
        Lang::No => Some("no"),
        l => Some(l.code()),
    };
    // stop_words::get panics on a language it lacks: ask only for the ones it has.
    if let Some(code) = iso.filter(|c| ISO_STOPWORDS.contains(c)) {
        stopwords.extend(stop_words::get(code).iter().map(|w| fold(w)));
    }
    stopwords.extend(list(extra_stopwords(lang)).map(fold));
    stopwords.remove("");
    Profile {
        lang,
        abbreviations,
        stopwords,
        stemmer: lang.stemmer().map(rust_stemmers::Stemmer::create),
    }
}

/// The profile of `lang`, built once per process and shared.
pub fn profile(lang: Lang) -> Arc<Profile> {
    static CACHE: LazyLock<Mutex<Vec<Arc<Profile>>>> = LazyLock::new(|| Mutex::new(Vec::new()));
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = cache.iter().find(|p| p.lang == lang) {
        return Arc::clone(p);
    }
    let p = Arc::new(build(lang));
    cache.push(Arc::clone(&p));
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_profile_builds() {
        for l in Lang::ALL.into_iter().chain([Lang::Other]) {
            let p = profile(l);
            assert_eq!(p.lang, l);
            if l != Lang::Other {
                assert!(!p.stopwords.is_empty(), "{l} has no stopwords");
            }
        }
    }

    #[test]
    fn arabic_profile_knows_news_words() {
        let p = profile(Lang::Ar);
        assert!(p.is_stopword("في"));
        assert!(p.is_stopword(&fold("إلى")));
        assert!(p.abbreviations.contains("د"));
        assert_eq!(profile(Lang::En).stem("running"), "run");
    }
}
