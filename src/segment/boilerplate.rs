//! Site furniture and credits, recognised on folded lines.
//!
//! The patterns are what the field notes found in real pages (the seeds): the
//! JavaScript notice, "read more" blocks, related-article lists, "you may also like",
//! source credits and datelines. Every pattern is matched on the folded, lower-cased
//! line, so hamza and case variants need no extra entries.

/// Lines that are boilerplate when the folded line starts with one of these (and is
/// short: see [`is_boilerplate`]).
const PREFIXES: &[&str] = &[
    // Arabic
    "اقرا المزيد",
    "اقرا ايضا",
    "اقرا كذلك",
    "المزيد من",
    "قد يعجبك ايضا",
    "قد يهمك ايضا",
    "يحتوي هذا القسم على",
    "مواضيع ذات صله",
    "اخبار ذات صله",
    "مقالات ذات صله",
    "شارك هذا المقال",
    "شارك الخبر",
    "تابعونا على",
    "اشترك في النشره",
    "جميع الحقوق محفوظه",
    // English
    "read more",
    "read also",
    "related articles",
    "related stories",
    "related:",
    "more from",
    "you may also like",
    "share this article",
    "click here",
    "subscribe to",
    "all rights reserved",
    "sign up for",
    // French, German, Spanish, Russian, Turkish
    "lire aussi",
    "a lire aussi",
    "à lire aussi",
    "lesen sie auch",
    "mehr zum thema",
    "leer más",
    "lee también",
    "te puede interesar",
    "читайте также",
    "ilginizi çekebilir",
    "ilgili haberler",
];

/// Prefixes that also open real sentences ("المزيد من التفاصيل ستعلن لاحقا." is news):
/// boilerplate only as a link label, which has no final full stop.
const ALSO_SENTENCE_OPENERS: &[&str] = &["المزيد من", "more from"];

/// Whole lines that are advertising labels ("إعلان" alone, not "إعلان الرئيس ...").
const EXACT: &[&str] = &[
    "اعلان",
    "advertisement",
    "publicite",
    "publicité",
    "anzeige",
    "publicidad",
    "реклама",
    "reklam",
];

/// Phrases that make a line boilerplate wherever they stand in it.
const ANYWHERE: &[&str] = &[
    "enable javascript",
    "related nodes field",
    "javascript is disabled",
    "we use cookies",
    "this site uses cookies",
];

/// Beginnings of source credits.
const CREDIT_PREFIXES: &[&str] = &[
    "المصدر",
    "مصدر :",
    "مصدر:",
    "المصادر",
    "source:",
    "source :",
    "sources:",
    "reporting by",
    "(reporting by",
    "editing by",
    "writing by",
    "quelle:",
    "fuente:",
    "источник:",
    "kaynak:",
    "©",
];

/// True when the folded line is site boilerplate.
pub fn is_boilerplate(folded: &str, words: usize) -> bool {
    let f = folded.trim();
    if ANYWHERE.iter().any(|p| f.contains(p)) && words <= 20 {
        return true;
    }
    let is_sentence = f.ends_with(['.', '!', '?', '؟']) && !f.ends_with("..");
    EXACT.contains(&f)
        || (words <= 8
            && PREFIXES.iter().any(|p| {
                starts_with_word(f, p) && !(is_sentence && ALSO_SENTENCE_OPENERS.contains(p))
            }))
}

/// True when the folded line is a source credit (`المصدر : الجزيرة + وكالات`).
pub fn is_credit(folded: &str, words: usize) -> bool {
    let f = folded.trim();
    words <= 12 && CREDIT_PREFIXES.iter().any(|p| f.starts_with(p))
}

/// How Arabic bylines open, folded: `بقلم: أحمد علي`, `كتب: محمد السيد`.
const ARABIC_BYLINES: &[&str] = &["بقلم", "كتب:", "كتبت:", "كتب :"];

/// How bylines open in Latin scripts ("by" in English, French, German, Spanish).
const LATIN_BYLINES: &[&str] = &["by", "par", "von", "por"];

/// Words a Latin byline may hold besides capitalised names: `By our correspondent`,
/// `Par notre envoyé spécial`, `By Anna Lee and Tom Ray`, `Von der Leyen` is not one.
const BYLINE_WORDS: &[&str] = &[
    "our",
    "staff",
    "correspondent",
    "reporter",
    "notre",
    "envoyé",
    "spécial",
    "correspondant",
    "unserem",
    "korrespondenten",
    "nuestro",
    "corresponsal",
    "enviado",
    "especial",
    "and",
    "et",
    "und",
    "y",
    "de",
    "van",
];

/// A byline, as written (`t`) and folded (`folded`), of `words` words: a short line without
/// final punctuation that opens with "by" or its like, followed in Latin scripts only by
/// names and the words of [`BYLINE_WORDS`] (`By our correspondent | Reuters`, `Par Marie
/// Dupont`), so that a headline that opens alike (`Von der Leyen warnt Moskau`, `Por la paz
/// en el Cáucaso`) or a sentence (`By Monday, troops had left.`) is not one.
pub fn is_byline(t: &str, folded: &str, words: usize) -> bool {
    let f = folded.trim();
    if !(2..=8).contains(&words) || super::structure::ends_with_terminal(t) {
        return false;
    }
    if ARABIC_BYLINES.iter().any(|p| starts_with_word(f, p)) {
        return true;
    }
    if !LATIN_BYLINES.iter().any(|p| starts_with_word(f, p)) {
        return false;
    }
    crate::text::words(t).skip(1).all(|w| {
        w.text.starts_with(char::is_uppercase)
            || !w.text.starts_with(char::is_alphabetic)
            || BYLINE_WORDS.contains(&w.text.to_lowercase().as_str())
    })
}

/// `s` starts with `prefix` followed by the end, a space or punctuation (so that
/// "اعلان" does not catch "اعلانات الحكومة").
fn starts_with_word(s: &str, prefix: &str) -> bool {
    match s.strip_prefix(prefix) {
        None => false,
        Some(rest) => rest
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() || prefix.ends_with(':')),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn seed_boilerplate_and_credits() {
        for l in [
            "Sorry, you need to enable JavaScript to visit this website.",
            "اقرأ المزيد",
            "يحتوي هذا القسم على المقلات ذات صلة, الموضوعة في (Related Nodes field)",
            "المزيد من دوليات",
            "قد يعجبك ايضا",
        ] {
            assert!(is_boilerplate(&fold(l), crate::text::word_count(l)), "{l}");
        }
        assert!(is_credit(&fold("المصدر : الجزيرة + وكالات"), 5));
        assert!(is_credit(&fold("المصدر: وكالات"), 2));
        assert!(!is_boilerplate(&fold("إعلان الرئيس الحرب على الفساد"), 5));
    }

    #[test]
    fn bylines_and_lines_that_open_alike() {
        for l in [
            "بقلم: أحمد علي",
            "كتب: محمد السيد",
            "By our correspondent | Reuters",
            "By Nikol Smith and Anna Lee",
            "Par Marie Dupont",
        ] {
            assert!(is_byline(l, &fold(l), crate::text::word_count(l)), "{l}");
        }
        for l in [
            "By Monday, troops had left the villages.",
            "كتب الرئيس على تويتر أن الهدنة صامدة",
            "Bypass road reopened",
            "Von der Leyen warnt Moskau",
            "Por la paz en el Cáucaso",
            "By",
        ] {
            assert!(!is_byline(l, &fold(l), crate::text::word_count(l)), "{l}");
        }
    }

    /// "More from" is a link label, and also how a news sentence may open.
    #[test]
    fn a_sentence_that_opens_like_a_link_label_is_news() {
        for l in [
            "المزيد من التفاصيل ستعلن لاحقا.",
            "More from the minister is expected on Monday.",
        ] {
            assert!(!is_boilerplate(&fold(l), crate::text::word_count(l)), "{l}");
        }
        for l in ["المزيد من الأخبار", "More from BBC News", "اقرأ المزيد."]
        {
            assert!(is_boilerplate(&fold(l), crate::text::word_count(l)), "{l}");
        }
    }
}
