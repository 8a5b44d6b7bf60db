//! Languages: codes, detection, and per-language profiles (sentence punctuation,
//! abbreviations, stopwords, stemmer).
//!
//! Arabic is the first language. Every language rust-stemmers covers has a profile;
//! the seven that news desks meet most (ar, en, fr, de, es, ru, tr) have their own
//! abbreviation lists in `src/lang/data/<code>.abbrev.txt`.

mod detect;
mod profile;

pub use detect::{detect, is_arabic_script};
pub use profile::{profile, Profile};

use std::fmt;
use std::str::FromStr;

/// A language the toolkit knows. `Other` is any language without a profile: it is
/// split and summarised with language-neutral rules and no stemming.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Lang {
    Ar,
    Da,
    De,
    El,
    En,
    Es,
    Fa,
    Fi,
    Fr,
    Hu,
    It,
    Nl,
    No,
    Pt,
    Ro,
    Ru,
    Sv,
    Ta,
    Tr,
    Ur,
    /// A language without a profile.
    Other,
}

impl Lang {
    /// Every language with a profile, in code order.
    pub const ALL: [Lang; 20] = [
        Lang::Ar,
        Lang::Da,
        Lang::De,
        Lang::El,
        Lang::En,
        Lang::Es,
        Lang::Fa,
        Lang::Fi,
        Lang::Fr,
        Lang::Hu,
        Lang::It,
        Lang::Nl,
        Lang::No,
        Lang::Pt,
        Lang::Ro,
        Lang::Ru,
        Lang::Sv,
        Lang::Ta,
        Lang::Tr,
        Lang::Ur,
    ];

    /// The ISO 639-1 code (`und` for [`Lang::Other`]).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Da => "da",
            Lang::De => "de",
            Lang::El => "el",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fa => "fa",
            Lang::Fi => "fi",
            Lang::Fr => "fr",
            Lang::Hu => "hu",
            Lang::It => "it",
            Lang::Nl => "nl",
            Lang::No => "no",
            Lang::Pt => "pt",
            Lang::Ro => "ro",
            Lang::Ru => "ru",
            Lang::Sv => "sv",
            Lang::Ta => "ta",
            Lang::Tr => "tr",
            Lang::Ur => "ur",
            Lang::Other => "und",
        }
    }

    /// True for languages written in Arabic script.
    pub fn is_arabic_script(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa | Lang::Ur)
    }

    /// The Snowball stemmer for this language, if rust-stemmers has one.
    pub fn stemmer(self) -> Option<rust_stemmers::Algorithm> {
        use rust_stemmers::Algorithm as A;
        Some(match self {
            Lang::Ar => A::Arabic,
            Lang::Da => A::Danish,
            Lang::De => A::German,
            Lang::El => A::Greek,
            Lang::En => A::English,
            Lang::Es => A::Spanish,
            Lang::Fi => A::Finnish,
            Lang::Fr => A::French,
            Lang::Hu => A::Hungarian,
            Lang::It => A::Italian,
            Lang::Nl => A::Dutch,
            Lang::No => A::Norwegian,
            Lang::Pt => A::Portuguese,
            Lang::Ro => A::Romanian,
            Lang::Ru => A::Russian,
            Lang::Sv => A::Swedish,
            Lang::Ta => A::Tamil,
            Lang::Tr => A::Turkish,
            Lang::Fa | Lang::Ur | Lang::Other => return None,
        })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    /// Parse an ISO 639-1 or 639-3 code, with or without a region or script (`ar-EG`,
    /// `pt_BR`, as news feeds and BCP 47 write them), or an English language name.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        let lower = match lower.split_once(['-', '_']) {
            Some((primary, _)) if (2..=3).contains(&primary.len()) => primary.to_string(),
            _ => lower,
        };
        let found = Lang::ALL.iter().copied().find(|l| {
            l.code() == lower
                || whatlang_code(*l).is_some_and(|c| c == lower)
                || english_name(*l).eq_ignore_ascii_case(&lower)
        });
        match (found, lower.as_str()) {
            (Some(l), _) => Ok(l),
            (None, "und" | "other") => Ok(Lang::Other),
            // Norwegian Bokmål and Nynorsk share the Norwegian profile.
            (None, "nb" | "nn" | "nob" | "nno") => Ok(Lang::No),
            (None, _) => Err(format!(
                "unknown language '{s}': use auto or one of {}",
                Lang::ALL.map(|l| l.code()).join(", ")
            )),
        }
    }
}

/// The ISO 639-3 code whatlang uses for a language.
pub(crate) fn whatlang_code(l: Lang) -> Option<&'static str> {
    Some(match l {
        Lang::Ar => "ara",
        Lang::Da => "dan",
        Lang::De => "deu",
        Lang::El => "ell",
        Lang::En => "eng",
        Lang::Es => "spa",
        Lang::Fa => "pes",
        Lang::Fi => "fin",
        Lang::Fr => "fra",
        Lang::Hu => "hun",
        Lang::It => "ita",
        Lang::Nl => "nld",
        Lang::No => "nob",
        Lang::Pt => "por",
        Lang::Ro => "ron",
        Lang::Ru => "rus",
        Lang::Sv => "swe",
        Lang::Ta => "tam",
        Lang::Tr => "tur",
        Lang::Ur => "urd",
        Lang::Other => return None,
    })
}

fn english_name(l: Lang) -> &'static str {
    match l {
        Lang::Ar => "arabic",
        Lang::Da => "danish",
        Lang::De => "german",
        Lang::El => "greek",
        Lang::En => "english",
        Lang::Es => "spanish",
        Lang::Fa => "persian",
        Lang::Fi => "finnish",
        Lang::Fr => "french",
        Lang::Hu => "hungarian",
        Lang::It => "italian",
        Lang::Nl => "dutch",
        Lang::No => "norwegian",
        Lang::Pt => "portuguese",
        Lang::Ro => "romanian",
        Lang::Ru => "russian",
        Lang::Sv => "swedish",
        Lang::Ta => "tamil",
        Lang::Tr => "turkish",
        Lang::Ur => "urdu",
        Lang::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(l.code().parse::<Lang>().unwrap(), l);
        }
        assert_eq!("Arabic".parse::<Lang>().unwrap(), Lang::Ar);
        assert_eq!("ara".parse::<Lang>().unwrap(), Lang::Ar);
        assert!("xx".parse::<Lang>().is_err());
        // Region and script subtags, as news feeds write them.
        assert_eq!("ar-EG".parse::<Lang>().unwrap(), Lang::Ar);
        assert_eq!("pt_BR".parse::<Lang>().unwrap(), Lang::Pt);
        assert_eq!("sr-Latn-RS".parse::<Lang>().ok(), None);
        assert!("xx-YY".parse::<Lang>().is_err());
    }
}
