//! Site furniture and credits, recognised on folded lines.
//!
//! The patterns are what the field notes found in real pages (the seeds) and what pages
//! copied whole bring along: the JavaScript notice, "read more" blocks, related-article
//! lists, "you may also like", breadcrumbs, site names and share buttons (boilerplate);
//! source and agency credits, bylines, photo credits and date lines (credits). Every
//! pattern is written folded and matched on the folded, lower-cased line, so hamza and
//! case variants need no extra entries.

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
    "يحتوي هذا القسم علي",
    "مواضيع ذات صله",
    "اخبار ذات صله",
    "مقالات ذات صله",
    "شارك هذا المقال",
    "شارك الخبر",
    "تابعونا علي",
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
    if words <= 20 && ANYWHERE.iter().any(|p| f.contains(p)) {
        return true;
    }
    let is_sentence = f.ends_with(['.', '!', '?', '؟']) && !f.ends_with("..");
    EXACT.contains(&f)
        || is_end_marker(f)
        || is_breadcrumb(f)
        || is_share_line(f, words)
        || PREFIXES.iter().any(|p| {
            starts_with_word(f, p)
                && !(is_sentence && ALSO_SENTENCE_OPENERS.contains(p))
                // A link label, or a label and the linked headline (`Read more: ...`).
                && (words <= 8 || f[p.len()..].trim_start().starts_with(':'))
        })
}

/// A related-links label that the links follow on the next lines (`اقرأ أيضا:`,
/// `Related articles`, `شارك الخبر:`). Takes the folded line.
pub fn opens_link_list(folded: &str) -> bool {
    let f = folded.trim();
    PREFIXES
        .iter()
        .any(|p| starts_with_word(f, p) && (f.ends_with(':') || crate::text::word_count(f) <= 4))
}

/// Where a breadcrumb trail starts, folded: the site's home page.
const BREADCRUMB_HOMES: &[&str] = &[
    "الرئيسيه",
    "الصفحه الرئيسيه",
    "home",
    "accueil",
    "startseite",
    "inicio",
    "portada",
    "главная",
    "anasayfa",
    "ana sayfa",
];

/// A breadcrumb trail: the home page, then sections, with `/`, `>`, `»`, `›` or `|` between
/// (`الرئيسية / أخبار عربية ودولية`, `Home > World > Europe`). Takes the folded line.
pub fn is_breadcrumb(folded: &str) -> bool {
    let f = folded.trim();
    BREADCRUMB_HOMES.iter().any(|home| {
        f.strip_prefix(home)
            .is_some_and(|rest| rest.trim_start().starts_with(['/', '>', '»', '›', '|']))
    })
}

/// Social networks and share buttons, folded word by word (`فيس بوك` is two words).
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "instagram",
    "youtube",
    "tiktok",
    "pinterest",
    "reddit",
    "messenger",
    "email",
    "print",
    "فيسبوك",
    "فيس",
    "بوك",
    "تويتر",
    "واتساب",
    "واتس",
    "اب",
    "تلغرام",
    "تيليجرام",
    "تليجرام",
    "لينكد",
    "ان",
    "انستغرام",
    "انستجرام",
    "يوتيوب",
    "طباعه",
];

/// A row of share buttons: two or more words, each a social network
/// (`فيسبوك تويتر واتساب`, `Facebook Twitter Email`). Takes the folded line.
fn is_share_line(folded: &str, words: usize) -> bool {
    (2..=10).contains(&words) && crate::text::words(folded).all(|w| SHARE_WORDS.contains(&w.text))
}

/// The last word of a site's name, folded: `الجزيرة نت`, `BBC News`, `Spiegel Online`.
const SITE_NAME_ENDS: &[&str] = &["نت", "نيوز", "اونلاين", "news", "online", "net", "com"];

/// What may follow "news" in a site's name: `سكاي نيوز عربية`, `Sky News Arabia`.
const AFTER_SITE_NEWS: &[&str] = &["عربيه", "arabia", "arabic"];

/// A site's name, as pages copied whole put it above the headline: a web address
/// (`aljazeera.net`, `bbc.co.uk`, `العربية.نت`), or a name of two or three words without
/// final punctuation whose last word is a site word (`الجزيرة نت`, `BBC News`, `سكاي نيوز
/// عربية`), or of two words ending in 24 (`فرانس 24`, `France 24`). Headlines that look
/// alike are not (`Dollar hits 1.0850`, `Stocks fall 24`, `سكاي نيوز تغلق مكتبها`). Only
/// meaningful before the title. Takes the folded line.
pub fn is_site_name(folded: &str, words: usize) -> bool {
    let f = folded.trim();
    if !(1..=4).contains(&words) || f.ends_with(['.', '!', '?', '؟', ':']) {
        return false;
    }
    let tokens: Vec<&str> = crate::text::words(f).map(|w| w.text).collect();
    let last = f.split_whitespace().last().unwrap_or("");
    let site_word = |i: usize| tokens.get(i).is_some_and(|w| SITE_NAME_ENDS.contains(w));
    let n = tokens.len();
    is_web_address(last)
        || (n == 2 && tokens[1] == "24")
        || ((2..=3).contains(&n)
            && (site_word(n - 1)
                || (n == 3
                    && matches!(tokens[1], "news" | "نيوز")
                    && AFTER_SITE_NEWS.contains(&tokens[2]))))
}

/// A host name: a name, a dot and a top-level domain of two to four letters
/// (`aljazeera.net`, `bbc.co.uk`, `العربية.نت`; not the number `1.0850`).
fn is_web_address(token: &str) -> bool {
    token.rsplit_once('.').is_some_and(|(name, tld)| {
        name.chars().last().is_some_and(char::is_alphanumeric)
            && (2..=4).contains(&tld.chars().count())
            && tld.chars().all(char::is_alphabetic)
    })
}

/// How an agency credit at the foot of an article opens, folded: `Avec AFP`, `With
/// Reuters`, `Mit Material von dpa`.
const AGENCY_CREDIT_OPENERS: &[&str] = &[
    "avec",
    "with",
    "mit material von",
    "mit material der",
    "mit material",
    "con información de",
    "con",
];

/// News and photo agencies, folded.
#[rustfmt::skip]
const AGENCIES: &[&str] = &[
    "afp", "ap", "reuters", "dpa", "efe", "ansa", "upi", "anadolu", "epd", "kna", "sid", "apa",
    "sda", "belga", "tass", "ria", "xinhua", "epa", "getty", "agences", "agence", "agencies",
    "agenturen", "agencias", "وكالات", "رويترز", "الاناضول", "سانا", "واس", "وام", "قنا", "كونا",
    "بترا", "شينخوا", "سبوتنيك", "غيتي", "الجزيره",
];

/// Words that join agency names (`AFP et Reuters`, `رويترز و الأناضول`), folded.
const AGENCY_JOINERS: &[&str] = &["et", "and", "und", "y", "des", "the", "و"];

/// Agencies written in Arabic initials, folded and spaced: `أ ف ب` (AFP), `أ ب` (AP),
/// `د ب أ` (dpa).
const ARABIC_AGENCY_INITIALS: &[&str] = &["ا ف ب", "ا ب", "د ب ا"];

/// The folded text names only agencies: `AFP`, `Reuters and AP`, `رويترز`, `أ ف ب`
/// (`أ.ف.ب`), but not `and` alone.
fn names_agencies(folded: &str) -> bool {
    let tokens: Vec<&str> = crate::text::words(folded).map(|w| w.text).collect();
    ARABIC_AGENCY_INITIALS.contains(&tokens.join(" ").as_str())
        || (tokens.iter().any(|w| AGENCIES.contains(w))
            && tokens
                .iter()
                .all(|w| AGENCIES.contains(w) || AGENCY_JOINERS.contains(w)))
}

/// True when the folded line is a source credit (`المصدر : الجزيرة + وكالات`, `Avec AFP`,
/// `Mit Material von dpa`).
pub fn is_credit(folded: &str, words: usize) -> bool {
    let f = folded.trim();
    (words <= 12 && CREDIT_PREFIXES.iter().any(|p| f.starts_with(p))) || is_agency_credit(f)
}

/// `Avec AFP`, `With agencies`, `Mit Material von dpa und Reuters`: an opener, then only
/// agencies (so that `With friends like these` is not one); or a place, a dash and
/// agencies (`طهران - وكالات`, `Moscou – AFP`).
fn is_agency_credit(folded: &str) -> bool {
    let f = folded.trim().trim_start_matches('(').trim_end_matches(')');
    let after_opener = AGENCY_CREDIT_OPENERS.iter().any(|opener| {
        f.strip_prefix(opener)
            .is_some_and(|rest| rest.starts_with(' ') && names_agencies(rest))
    });
    let after_place = [" - ", " – ", " — "]
        .iter()
        .find_map(|dash| f.split_once(dash))
        .is_some_and(|(place, rest)| crate::text::word_count(place) <= 3 && names_agencies(rest));
    after_opener || after_place
}

/// How Arabic bylines open, folded: `بقلم: أحمد علي`, `كتب: محمد السيد`.
const ARABIC_BYLINES: &[&str] = &["بقلم", "كتب:", "كتبت:", "كتب :", "كتب -", "كتبت -"];

/// How bylines open in Latin scripts ("by" in English, French, German, Spanish).
const LATIN_BYLINES: &[&str] = &["by", "par", "von", "por"];

/// Words a Latin byline may hold besides capitalised names: `By our correspondent`,
/// `Par notre envoyée spéciale à Erevan`, `By Sarah Mitchell, Moscow bureau chief`, `Von
/// unserer Korrespondentin Anna Schmidt`, `By Anna Lee and Tom Ray`. Only lower-case words
/// are looked up, so `Von der Leyen warnt Moskau` (with `der`, `warnt`) is not one.
const BYLINE_WORDS: &[&str] = &[
    // "our", and the reporter's role
    "our",
    "staff",
    "correspondent",
    "reporter",
    "bureau",
    "chief",
    "senior",
    "special",
    "notre",
    "envoyé",
    "envoyée",
    "spécial",
    "spéciale",
    "correspondant",
    "correspondante",
    "unserem",
    "unserer",
    "korrespondent",
    "korrespondenten",
    "korrespondentin",
    "nuestro",
    "nuestra",
    "corresponsal",
    "enviado",
    "enviada",
    "especial",
    // names joined, and where the reporter writes from (`in Moscow`, `à Erevan`)
    "and",
    "et",
    "und",
    "y",
    "de",
    "van",
    "in",
    "à",
    "en",
    "aus",
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
    let rest: Vec<_> = crate::text::words(t).skip(1).collect();
    names_a_writer(t, &rest)
        && rest.iter().all(|w| {
            w.text.starts_with(char::is_uppercase)
                || !w.text.starts_with(char::is_alphabetic)
                || BYLINE_WORDS.contains(&w.text.to_lowercase().as_str())
        })
}

/// The words after a Latin "by" (`rest`, from the line `t`) open with a writer's name of
/// two to four capitalised words, up to a comma or a lower-case word (`Sarah Mitchell in
/// Moscow`, `Claire Dubois, à Erevan`), or with an agency (`Reuters`), or with the
/// reporter's role (`our correspondent`). A single capitalised word is a headline's
/// (`By Train in Europe`, `By Land and Sea`).
fn names_a_writer(t: &str, rest: &[crate::text::Word]) -> bool {
    let mut name = 0;
    for w in rest {
        if !w.text.starts_with(char::is_uppercase) {
            break;
        }
        name += 1;
        if t[w.end..].trim_start().starts_with([',', '|', ';', '/']) {
            break;
        }
    }
    match name {
        0 => true,
        1 => AGENCIES.contains(&crate::text::fold(rest[0].text).as_str()),
        n => n <= 4,
    }
}

/// Words that label a photo credit, folded: `Photo: AFP`, `Foto: dpa`, `Bild: Keystone`,
/// `صورة: رويترز`, `(Photo AFP/Karen Minasyan)`.
#[rustfmt::skip]
const PHOTO_LABELS: &[&str] = &[
    "photo", "photos", "foto", "fotos", "bild", "image", "picture", "credit", "crédit", "صوره",
    "الصوره", "تصوير", "фото",
];

/// A labelled photo credit alone on a line: a photo label, a colon and a short credit
/// (`Photo : AFP`, `Bild: Keystone`, `صورة: رويترز`), or a label and a credit in brackets
/// (`(Photo: AFP)`, `(صورة: رويترز)`). Takes the folded line.
pub fn is_photo_credit(folded: &str) -> bool {
    let f = folded.trim();
    if let Some(inner) = f.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        return !inner.contains(['(', ')'])
            && (1..=5).contains(&crate::text::word_count(inner))
            && PHOTO_LABELS
                .iter()
                .any(|label| starts_with_word(inner.trim(), label));
    }
    PHOTO_LABELS.iter().any(|label| {
        f.strip_prefix(label)
            .and_then(|rest| rest.trim_start().strip_prefix(':'))
            .is_some_and(|credit| (1..=5).contains(&crate::text::word_count(credit)))
    })
}

/// A known agency alone in brackets (`(رويترز)`, `(AFP)`, `(أ ف ب)`): the credit of a
/// photo, or of the whole article at its foot. Takes the folded line.
pub fn is_agency_in_brackets(folded: &str) -> bool {
    folded
        .trim()
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|inner| !inner.contains(['(', ')']) && names_agencies(inner))
}

/// What wire copy puts at the end of a story, folded: `(انتهى)`, `-انتهى-`, `(End)`.
const END_MARKERS: &[&str] = &["انتهي", "end", "fin", "ende"];

/// An end-of-story marker alone on its line, with or without brackets, dashes or
/// slashes around it. Takes the folded line.
fn is_end_marker(folded: &str) -> bool {
    let inner = folded.trim_matches(|c: char| c.is_whitespace() || "()[]-–—/.*".contains(c));
    END_MARKERS.contains(&inner)
}

/// A caption's line: text that ends with a labelled photo credit, in brackets or after the
/// caption's last sentence (`... 2020. (Photo: Reuters/Vahram Baghdasaryan)`, `... 2020.
/// Foto: dpa`, `... في طهران. (صورة: رويترز)`). Takes the line as written and folds only
/// its end.
pub fn ends_with_photo_credit(t: &str) -> bool {
    let t = t.trim();
    if let Some(body) = t.strip_suffix(')') {
        let inner = body.rfind('(').map_or("", |open| &body[open + 1..]);
        let inner = crate::text::fold(inner);
        return crate::text::word_count(&inner) <= 6
            && PHOTO_LABELS
                .iter()
                .any(|l| starts_with_word(inner.trim(), l));
    }
    // The credit after the last sentence end: `... 2020. Foto: dpa`.
    let tail = t
        .rsplit_once(['.', '!', '?', '؟'])
        .map_or("", |(_, tail)| tail);
    tail.starts_with(char::is_whitespace)
        && !tail.contains('(')
        && is_photo_credit(&crate::text::fold(tail))
}

/// Labels that open a publication date line, folded: `آخر تحديث: 15/10/2020`, `نشر في 12
/// مارس 2021`, `Updated: 15 October 2020`, `Publié le 15 octobre 2020 à 10h30`.
const DATE_LABELS: &[&str] = &[
    "اخر تحديث",
    "تاريخ النشر",
    "تاريخ التحديث",
    "نشر في",
    "نشر بتاريخ",
    "تم النشر",
    "تم التحديث",
    "updated",
    "last updated",
    "published",
    "posted",
    "publié",
    "mis à jour",
    "aktualisiert",
    "veröffentlicht",
    "actualizado",
    "publicado",
];

/// Month and weekday names, folded: Gregorian, Levantine and Hijri months in Arabic, and
/// the months and days of English, French, German and Spanish.
#[rustfmt::skip]
const CALENDAR_WORDS: &[&str] = &[
    // Arabic: Gregorian months, Levantine months, Hijri months, weekdays
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر",
    "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب",
    "ايلول", "تشرين", "محرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "ذو",
    "القعده", "الحجه", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
    // English
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
    // French
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche",
    // German
    "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    // Spanish
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes",
    "sábado", "domingo",
];

/// Words that sit between the parts of a date or time, folded (`15 octobre 2020 à 10h30`,
/// `Thursday 15 October 2020 09:12 GMT`, `الخميس 15 أكتوبر 2020 م`).
#[rustfmt::skip]
const DATE_FILLERS: &[&str] = &[
    "الاول", "الثاني", "الاخر", "الاولي", "الاخره", "يوم", "في", "الموافق", "م", "ص", "ه",
    "مساء", "صباحا", "الساعه", "بتوقيت", "غرينتش", "the", "of", "on", "at", "am", "pm", "gmt",
    "utc", "bst", "cet", "cest", "est", "le", "à", "h", "um", "uhr", "de", "del",
];

/// A date or publication line, as written (`t`) and folded, of `words` words: short, no
/// final punctuation, and either a short site or place name with a dash and a date
/// (`موقع أنصار الله – 14 صفر 1442هـ`, `BBC News | 15 October 2020`), a publication label
/// with a date (`آخر تحديث: 15/10/2020`, `Publié le 15 octobre 2020`), or nothing but a
/// date and time (`الخميس 15 أكتوبر 2020`, `Thursday 15 October 2020 09:12 GMT`). Such
/// lines are metadata, never summary sentences; a headline with a dash and a year
/// (`Armenia – Azerbaijan: the 2020 war`, `الانتخابات الأمريكية 2020 - بايدن يتقدم`) is
/// not one.
pub fn is_dateline(t: &str, folded: &str, words: usize) -> bool {
    // Both kinds need a number (a year, a day): most lines have none, and leave here.
    if words > 12
        || !folded.bytes().any(|b| b.is_ascii_digit())
        || super::structure::ends_with_terminal(t)
    {
        return false;
    }
    let f = folded.trim();
    let parts: Vec<&str> = f
        .split(['–', '—', '|'])
        .flat_map(|p| p.split(" - "))
        .collect();
    // Each part of a dated line is a date or a name of at most three words, and one is a
    // date with its year.
    let name_and_date = parts.len() >= 2
        && words <= 10
        && parts.iter().any(|p| has_year(p) && is_date(p))
        && parts
            .iter()
            .all(|p| is_date(p) || crate::text::word_count(p) <= 3);
    if name_and_date {
        return true;
    }
    let tokens: Vec<&str> = crate::text::words(f).map(|w| w.text).collect();
    let has_date = has_year(f) || tokens.iter().any(|w| CALENDAR_WORDS.contains(w));
    if !has_date || !tokens.iter().any(|w| is_number(w)) {
        return false;
    }
    DATE_LABELS.iter().any(|l| starts_with_word(f, l)) || is_date(f)
}

/// A word that starts with a digit: a day, a year, a time (`15`, `1442هـ`, `10h30`).
fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}

/// The folded text holds a four-digit year (`2020`, `1442هـ`, `15/10/2020`).
fn has_year(folded: &str) -> bool {
    crate::text::words(folded).any(|w| w.text.chars().take_while(char::is_ascii_digit).count() == 4)
}

/// The folded text is only a date and time: numbers, month and day names, and the
/// words between them (`الخميس 15 أكتوبر 2020 م`, `15 octobre 2020 à 10h30`).
fn is_date(folded: &str) -> bool {
    let mut tokens = crate::text::words(folded).peekable();
    tokens.peek().is_some()
        && tokens.all(|w| {
            is_number(w.text) || CALENDAR_WORDS.contains(&w.text) || DATE_FILLERS.contains(&w.text)
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
        // Wire copy's end marker.
        for l in ["(انتهى)", "-انتهى-", "/انتهى/", "(End)"] {
            assert!(is_boilerplate(&fold(l), 1), "{l}");
        }
        assert!(!is_boilerplate(&fold("انتهى الاجتماع دون اتفاق"), 4));
    }

    #[test]
    fn bylines_and_lines_that_open_alike() {
        for l in [
            "بقلم: أحمد علي",
            "كتب: محمد السيد",
            "By our correspondent | Reuters",
            "By Nikol Smith and Anna Lee",
            "Par Marie Dupont",
            // A place or the reporter's role after the name.
            "By Sarah Mitchell in Moscow",
            "By Sarah Mitchell, Moscow bureau chief",
            "By Sarah Mitchell and James O'Connor, Reuters",
            "Par Claire Dubois, à Erevan",
            "Par Claire Dubois, envoyée spéciale à Erevan",
            "Von unserer Korrespondentin Anna Schmidt",
            "Von Thomas Müller, Moskau",
            "كتب - أحمد السيد",
            "By J. Smith",
            "By Reuters",
            "Par AFP",
        ] {
            assert!(is_byline(l, &fold(l), crate::text::word_count(l)), "{l}");
        }
        for l in [
            "By Monday, troops had left the villages.",
            "كتب الرئيس على تويتر أن الهدنة صامدة",
            "Bypass road reopened",
            "Von der Leyen warnt Moskau",
            "Por la paz en el Cáucaso",
            "Von der Leyen warnt Moskau vor neuen Angriffen",
            "Par avion à Erevan",
            "By",
            // A title-case headline: one capitalised word is no name.
            "By Train in Europe",
            "By Land and Sea",
            "By Land, Sea and Air",
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

    /// Every pattern is matched on folded lines, so it must be written folded (`تابعونا
    /// على` could never match: the fold turns ى into ي).
    #[test]
    fn patterns_are_written_folded() {
        let lists = [
            PREFIXES,
            EXACT,
            ANYWHERE,
            CREDIT_PREFIXES,
            PHOTO_LABELS,
            AGENCIES,
            AGENCY_JOINERS,
            ARABIC_AGENCY_INITIALS,
            END_MARKERS,
            DATE_LABELS,
            CALENDAR_WORDS,
            DATE_FILLERS,
        ];
        let unfolded: Vec<_> = lists
            .iter()
            .flat_map(|l| l.iter())
            .filter(|p| fold(p) != **p)
            .collect();
        assert!(unfolded.is_empty(), "not folded: {unfolded:?}");
    }

    /// Photo credits and agencies alone on a line, and caption lines that end with one.
    #[test]
    fn photo_credits_and_captions() {
        for l in [
            "Photo : AFP",
            "Foto: dpa",
            "Bild: Keystone",
            "صورة: رويترز",
            "(صورة: رويترز)",
            "(Photo: AFP)",
        ] {
            assert!(is_photo_credit(&fold(l)), "{l}");
        }
        for l in [
            "Photo of the day",
            "Bild des Tages zeigt die zerstörte Brücke",
            "(الجزء الأول من تقرير طويل عن الحرب في الإقليم الجبلي)",
            "(رويترز)",
            "(انتهى)",
            "(Reporting by John Smith)",
        ] {
            assert!(!is_photo_credit(&fold(l)), "{l}");
        }
        for l in [
            "(رويترز)",
            "(AFP)",
            "(أ ف ب)",
            "(أ.ف.ب)",
            "(Reuters and AP)",
        ] {
            assert!(is_agency_in_brackets(&fold(l)), "{l}");
        }
        for l in ["(انتهى)", "(Reporting by John Smith)", "(and)", "(تتمة)"] {
            assert!(!is_agency_in_brackets(&fold(l)), "{l}");
        }
        for l in [
            "Armenian Prime Minister Nikol Pashinyan speaks in Yerevan on Oct. 12, 2020. (Photo: Reuters/Vahram Baghdasaryan)",
            "Le Premier ministre arménien Nikol Pachinian à Erevan, le 12 octobre 2020. (Photo AFP/Karen Minasyan)",
            "Der armenische Regierungschef Nikol Paschinjan in Eriwan am 12. Oktober 2020. Foto: dpa",
            "الرئيس الإيراني حسن روحاني خلال اجتماع الحكومة في طهران. (صورة: رويترز)",
        ] {
            assert!(ends_with_photo_credit(l), "{l}");
        }
        for l in [
            "The minister said the photo was fake (AFP).",
            "Die Regierung wies den Bericht zurück. Der Streit geht weiter",
            "والتدريب ومكافحة الفقر..؟",
        ] {
            assert!(!ends_with_photo_credit(l), "{l}");
        }
    }

    /// Site names and web addresses; headlines with a number, a final 24 or "news".
    #[test]
    fn site_names_and_headlines_that_look_alike() {
        let site = |l: &str| is_site_name(&fold(l), crate::text::word_count(l));
        for l in [
            "الجزيرة نت",
            "سكاي نيوز عربية",
            "فرانس 24",
            "France 24",
            "BBC News",
            "Sky News Arabia",
            "Spiegel Online",
            "aljazeera.net",
            "bbc.co.uk",
            "العربية.نت",
        ] {
            assert!(site(l), "{l}");
        }
        for l in [
            "Dollar hits 1.0850",
            "Zahl der Toten: 2.500",
            "Stocks fall 24",
            "ارتفاع الحصيلة إلى 24",
            "Fake news law passes",
            "سكاي نيوز تغلق مكتبها",
            "News",
        ] {
            assert!(!site(l), "{l}");
        }
    }

    /// Date and publication lines under a title are metadata; headlines with a year are not.
    #[test]
    fn date_lines() {
        let dateline = |l: &str| is_dateline(l, &fold(l), crate::text::word_count(l));
        for l in [
            "الخميس 15 أكتوبر 2020",
            "آخر تحديث: 15/10/2020",
            "نشر في 12 مارس 2021",
            "الخميس 15 أكتوبر 2020 - 10:30 م",
            "موقع أنصار الله – 14 صفر 1442هـ",
            "موقع أنصار الله  – 14 صفر 1442هـ",
            "BBC News | 15 October 2020",
            "Moscou – 15 octobre 2020 à 10h30",
            "Updated: 15 October 2020",
            "Publié le 15 octobre 2020 à 10h30",
            "Thursday 15 October 2020 09:12 GMT",
            "Aktualisiert am 15. Oktober 2020, 10:30 Uhr",
        ] {
            assert!(dateline(l), "{l}");
        }
        for l in [
            "Armenia votes in 2020 election",
            "نشر في الجريدة الرسمية",
            "Published works of the year",
            "15 October 2020 was the day the ceasefire collapsed.",
            "الانتخابات الرئاسية في أكتوبر 2020",
            // A dash and a year in a headline.
            "Armenia – Azerbaijan: the 2020 war",
            "الانتخابات الأمريكية 2020 - بايدن يتقدم",
            "2020 - بايدن يتقدم في الانتخابات",
        ] {
            assert!(!dateline(l), "{l}");
        }
    }
}
