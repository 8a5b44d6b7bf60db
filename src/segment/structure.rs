//! Article structure: what each line is, and which lines the page broke mid-sentence.
//!
//! News pages put one paragraph on a line. Lines without final punctuation are titles,
//! subtitles, headings, captions, credits or boilerplate — unless the page broke a
//! sentence, in which case the next line continues it (often starting with و, or in
//! lower case in Latin scripts) and the two are joined into one block. In text wrapped
//! at a fixed width, a line that fills most of that width goes on too, unless the next
//! line opens a sentence of its own.

use super::boilerplate::{
    ends_with_photo_credit, is_agency_in_brackets, is_boilerplate, is_byline, is_credit,
    is_dateline, is_photo_credit, is_site_name, opens_link_list,
};
use super::lines::Line;
use super::sentences::{is_listed, opens_a_sentence};
use super::Kind;
use crate::lang::{profile, Lang};
use crate::text::{fold, words};

/// A classified block: one line, or several lines joined because the page broke a
/// sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Byte start of the block.
    pub start: usize,
    /// Byte end of the block.
    pub end: usize,
    /// 1-based paragraph number (0 for boilerplate).
    pub para: usize,
    /// The block's kind.
    pub kind: Kind,
}

/// Stop words that a headline or heading often ends on, folded and separated by spaces:
/// adverbs of time and place. A line ending on one is not thereby unfinished.
const CLOSING_WORDS: &str =
    "اليوم امس غدا الان today yesterday tomorrow tonight now abroad again ago \
    too also later soon ahead";

/// Lines longer than this many words are running text even without final punctuation.
const HEADING_MAX_WORDS: usize = 12;

/// Lines longer than this many words are never furniture, credits or captions over a
/// credit line. The longest caption in our examples has 17 words (`Armenian Prime Minister
/// Nikol Pashinyan speaks during a news conference in Yerevan on Oct. 12, 2020.`; the
/// seeds' and the other golden cases' have 6 to 14).
const SHORT_LINE_MAX_WORDS: usize = 20;

/// What we know about one line before deciding its kind.
struct LineInfo<'a> {
    line: Line,
    text: &'a str,
    words: usize,
    /// Ends with `.`, `!`, `?`, `؟` or `…` (closing quotes and brackets ignored).
    terminal: bool,
    /// Ends with a credit that makes the line a caption: a bracketed agency after text
    /// without final punctuation (`(الأناضول)`, `(أ ب)`, `(Reuters)`) or a labelled photo
    /// credit (`(Photo: Reuters/…)`, `Foto: dpa`).
    caption_credit: bool,
    /// A labelled photo credit alone on the line (`Photo : AFP`, `صورة: رويترز`).
    photo_credit: bool,
    /// A known agency alone in brackets (`(رويترز)`, `(AFP)`): a photo's credit, or the
    /// article's.
    agency_credit: bool,
    /// The line is boilerplate or a credit by its wording.
    furniture: Option<Kind>,
    /// The line could be a site's name (`الجزيرة نت`): boilerplate if it comes before
    /// the title.
    site_name: bool,
    /// Boilerplate that labels a list of related links on the next lines (`اقرأ أيضا:`).
    link_label: bool,
}

fn info<'a>(text: &'a str, line: Line) -> LineInfo<'a> {
    let t = &text[line.start..line.end];
    // Only thresholds up to 40 words matter: stop counting there.
    let n = words(t).take(41).count();
    // Only short lines can be furniture: skip folding long paragraphs.
    let (furniture, photo_credit, agency_credit, site_name, link_label) =
        if n <= SHORT_LINE_MAX_WORDS {
            let f = fold(t);
            let photo_credit = is_photo_credit(&f);
            let agency_credit = is_agency_in_brackets(&f);
            let site_name = is_site_name(&f, n);
            let furniture = if is_boilerplate(&f, n) {
                Some(Kind::Boilerplate)
            } else if photo_credit
                || agency_credit
                || is_credit(&f, n)
                || is_byline(t, &f, n)
                || is_dateline(t, &f, n)
            {
                Some(Kind::Credit)
            } else {
                None
            };
            let link_label = furniture == Some(Kind::Boilerplate) && opens_link_list(&f);
            (
                furniture,
                photo_credit,
                agency_credit,
                site_name,
                link_label,
            )
        } else {
            (None, false, false, false, false)
        };
    LineInfo {
        line,
        text: t,
        words: n,
        terminal: ends_with_terminal(t),
        caption_credit: ends_with_bracket_credit(t, n) || (n <= 40 && ends_with_photo_credit(t)),
        photo_credit,
        agency_credit,
        furniture,
        site_name,
        link_label,
    }
}

/// Marks as boilerplate the links listed right under a related-links label: `اقرأ أيضا:`
/// then one headline per line, with no blank line between. The list ends at the first
/// line that reads as body text (see [`is_listed_link`]): a page that drops the blank line
/// after its links must not lose the paragraphs that follow.
fn mark_link_lists(infos: &mut [LineInfo]) {
    let mut in_list = false;
    for i in 0..infos.len() {
        if in_list && is_listed_link(&infos[i], infos.get(i + 1)) {
            infos[i].furniture = Some(Kind::Boilerplate);
        } else {
            in_list = infos[i].link_label;
        }
    }
}

/// Can `li`, right under a related-links label or another link, be a linked headline?
/// Headlines are short and have no final punctuation; a line is body text instead when it
/// opens with "and" on a verb (`وقال الوزير ...`, see [`opens_conjoined_clause`]), is as
/// long as running text, or is followed in its block by the end of its sentence. When in
/// doubt the line stays text: a link shown as a heading costs less than a lost paragraph.
fn is_listed_link(li: &LineInfo, next: Option<&LineInfo>) -> bool {
    let sentence_ends_below = next.is_some_and(|n| !n.line.after_blank && n.terminal);
    !li.line.after_blank
        && !li.terminal
        && li.words <= HEADING_MAX_WORDS
        && !opens_with_and(li.text)
        && !sentence_ends_below
}

/// Does the line open with و or ف? Running text often does (`وقال`, `ويأتي ذلك`, `وتشير`),
/// a headline seldom. Some headlines do (`وزير`, `فرنسا`): they end a link list early and
/// stay rows, which loses nothing, while a body line taken for a link would be left out.
fn opens_with_and(t: &str) -> bool {
    t.trim_start().starts_with(['و', 'ف'])
}

/// Verbs and particles that, after the conjunction و or ف, open a clause of running text
/// (`وقال`, `وأضاف`, `فأكد`, `وكان`, `وفي`), folded. Headlines rarely open with "and", and
/// never on these; a bare first letter و or ف would also catch `وزير`, `واشنطن`, `فرنسا`.
#[rustfmt::skip]
const CLAUSE_OPENERS: &[&str] = &[
    // reporting verbs
    "قال", "اضاف", "اكد", "اشار", "اوضح", "تابع", "ذكر", "اعلن", "شدد", "لفت", "اعتبر", "راي",
    "رات", "نقل", "افاد", "طالب", "دعا", "دعت", "حذر", "نفي", "نفت", "اتهم", "كشف", "بين", "جاء",
    "اعرب", "ختم",
    // auxiliaries and particles that open a clause
    "كان", "قد", "لم", "لن", "في", "من",
];

/// Does the line open with the conjunction و or ف on a verb or clause particle
/// (`وقال`, `وأكدت`, `وقالوا`, `ومن جهته`)? Such a line continues an article's running
/// text. Takes the line as written.
fn opens_conjoined_clause(t: &str) -> bool {
    let Some(first) = words(t).next() else {
        return false;
    };
    let first = fold(first.text);
    let Some(rest) = first.strip_prefix(['و', 'ف']) else {
        return false;
    };
    // Feminine and plural endings: `وأكدت`, `وقالوا`.
    [
        rest,
        rest.strip_suffix('ت').unwrap_or(rest),
        rest.strip_suffix("وا").unwrap_or(rest),
    ]
    .iter()
    .any(|w| CLAUSE_OPENERS.contains(w))
}

/// Is line `i` (a possible site name) followed by a headline: a line without final
/// punctuation that is no page furniture? Only then is it the site's name; a short
/// headline ending like one (`Schools go online`, `Good News`) stands over the body.
fn heads_a_headline(infos: &[LineInfo], i: usize) -> bool {
    infos
        .get(i + 1)
        .is_some_and(|next| !next.terminal && next.furniture.is_none())
}

/// Final punctuation, looking through closing quotes and brackets.
pub fn ends_with_terminal(t: &str) -> bool {
    let last = t
        .chars()
        .rev()
        .find(|c| !is_closer(*c) && !c.is_whitespace());
    last.is_some_and(is_terminal)
}

/// Punctuation that can end a sentence: `.` `!` `?` `؟` `…` (and `‼` `⁉` `。`).
pub fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '‼' | '⁉' | '。')
}

/// Closing quotes and brackets (and the ambiguous straight quotes).
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '«' | '“' | '‘' | '›' | '‹' | ')' | ']' | '}' | '„'
    )
}

/// A caption ends with a short bracketed credit and has no final punctuation before it.
fn ends_with_bracket_credit(t: &str, n: usize) -> bool {
    let Some(body) = t.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let inside = &body[open + 1..];
    let before = body[..open].trim_end();
    let inside_words = words(inside).count();
    (1..=4).contains(&inside_words)
        && n >= inside_words + 3
        && !ends_with_terminal(before)
        && !before.ends_with(['،', ','])
}

/// Marks the lines that belong to hard-wrapped text: a run of three or more lines with
/// no blank line between them, most of which are long and end without punctuation
/// (old archives and EASC articles wrap paragraphs at a fixed width).
fn hard_wrapped(infos: &[LineInfo]) -> Vec<bool> {
    let mut out = vec![false; infos.len()];
    let mut start = 0;
    while start < infos.len() {
        let mut end = start + 1;
        while end < infos.len() && !infos[end].line.after_blank {
            end += 1;
        }
        let run = &infos[start..end];
        if run.len() >= 3 {
            let open = run[..run.len() - 1]
                .iter()
                .filter(|l| !l.terminal && l.words >= 7)
                .count();
            if open * 10 >= (run.len() - 1) * 6 {
                out[start..end].iter_mut().for_each(|w| *w = true);
            }
        }
        start = end;
    }
    out
}

/// Lines shorter than this many characters are never taken for a document's wrap width.
const MIN_WRAP_WIDTH: usize = 40;

/// For each line, whether it goes on into the next one (see [`continues`]).
fn line_joins(infos: &[LineInfo], lang: Lang) -> Vec<bool> {
    let wrapped = hard_wrapped(infos);
    let joins = |j: usize, width: Option<usize>| {
        j + 1 < infos.len()
            && continues(
                &infos[j],
                &infos[j + 1],
                infos.get(j + 2),
                lang,
                wrapped[j] && wrapped[j + 1],
                width,
            )
    };
    // The width the text was wrapped at: the longest line that surely goes on into the
    // next (by its grammar: a lower-case next line, a final preposition ...).
    let by_grammar: Vec<bool> = (0..infos.len()).map(|j| joins(j, None)).collect();
    let width = (0..infos.len())
        .filter(|&j| by_grammar[j])
        .map(|j| infos[j].text.chars().count())
        .max()
        .filter(|&w| w >= MIN_WRAP_WIDTH);
    // A wrap width only adds joins (see the end of [`continues`]): ask again only for the
    // lines grammar left apart, and only when there is a width.
    match width {
        None => by_grammar,
        Some(_) => (0..infos.len())
            .map(|j| by_grammar[j] || joins(j, width))
            .collect(),
    }
}

/// Does line `a` (no final punctuation) continue on line `b` (followed by `after_b`)?
/// `wrapped` says both lie in hard-wrapped text, where every line without final
/// punctuation goes on; `wrap_width` is the width the document was wrapped at, if some of
/// its lines were.
fn continues(
    a: &LineInfo,
    b: &LineInfo,
    after_b: Option<&LineInfo>,
    lang: Lang,
    wrapped: bool,
    wrap_width: Option<usize>,
) -> bool {
    if b.line.after_blank || a.terminal || a.furniture.is_some() || b.furniture.is_some() {
        return false;
    }
    // `ما يلي:` then `1. وقف إطلاق النار`: a list begins; its items are not the line's
    // continuation.
    if introduces_list(a, Some(b)) {
        return false;
    }
    if wrapped {
        return true;
    }
    if a.caption_credit {
        return false;
    }
    let last_word = words(a.text)
        .last()
        .map(|w| fold(w.text))
        .unwrap_or_default();
    let first = b.text.chars().next().unwrap_or(' ');
    // A line cannot end on a preposition or conjunction: the sentence goes on. Some
    // function words close headlines and headings all the time (`... يعرض وساطته اليوم`,
    // `Reactions abroad`): ending on one of them says nothing.
    let open_ending =
        profile(lang).is_stopword(&last_word) && !is_listed(CLOSING_WORDS, &last_word);
    if open_ending || a.text.ends_with(['،', ',', '؛', ';', '-']) {
        return true;
    }
    if first.is_lowercase() {
        return true;
    }
    // A long line and a next line opening with "and"/"so" (و, ف) is one sentence.
    if a.words > HEADING_MAX_WORDS - 2 && lang.is_arabic_script() && matches!(first, 'و' | 'ف') {
        return true;
    }
    wrap_width
        .is_some_and(|w| ends_wrapped_paragraph(a, b, after_b, w) && !opens_own_sentence(b, lang))
}

/// Does line `b` open a sentence of its own, so that the line above it cannot be broken
/// off the same sentence? In Latin and Cyrillic scripts: a capitalised word that usually
/// opens sentences (`The talks will ...`, `Die Gespräche ...`; not a name, as in
/// `President Vladimir Putin.`); in Arabic script: "and" on a verb (`وقال مسؤولون ...`).
/// A heading over a one-line paragraph thus stays a heading even when the document has a
/// wrap width.
fn opens_own_sentence(b: &LineInfo, lang: Lang) -> bool {
    if lang.is_arabic_script() {
        return opens_conjoined_clause(b.text);
    }
    let Some(first) = words(b.text).next() else {
        return false;
    };
    // `The`, `A`, but not an acronym such as `US`, which names.
    let capitalised = first.text.starts_with(char::is_uppercase)
        && (first.text.chars().count() == 1 || first.text.chars().skip(1).any(char::is_lowercase));
    capitalised && opens_a_sentence(&fold(first.text), &profile(lang), lang)
}

/// In a text wrapped at `width`, are `a` and `b` the last two lines of a wrapped paragraph
/// (`... according to Russian` / `President Vladimir Putin.`)? `a` fills most of the width
/// (headings are shorter), and `b` fits in it and ends the paragraph with final
/// punctuation (a paragraph on one long line, or a list of lines, under a heading is not
/// wrapped text).
fn ends_wrapped_paragraph(
    a: &LineInfo,
    b: &LineInfo,
    after_b: Option<&LineInfo>,
    width: usize,
) -> bool {
    let (a_len, b_len) = (a.text.chars().count(), b.text.chars().count());
    a.words >= 7
        && a_len * 10 >= width * 6
        && b_len * 10 <= width * 11
        && b.terminal
        && after_b.is_none_or(|next| next.line.after_blank)
}

/// Line `i` is the caption of the photo credited on the line right under it: a labelled
/// photo credit (`Photo : AFP`, `صورة: رويترز`) under a short line, or a bracketed agency
/// (`(رويترز)`) under a short line without final punctuation. A paragraph over an agency
/// credit (`... officials said.` / `(AFP)`) is the article's last, and an end marker or a
/// reporting credit (`(انتهى)`, `(Reporting by ...)`) credits no photo.
fn credits_photo_above(infos: &[LineInfo], i: usize) -> bool {
    let line = &infos[i];
    let short = line.words <= SHORT_LINE_MAX_WORDS;
    infos.get(i + 1).is_some_and(|next| {
        !next.line.after_blank
            && short
            && (next.photo_credit || (next.agency_credit && !line.terminal))
    })
}

/// A line ending with a colon whose next line is a numbered list item.
fn introduces_list(line: &LineInfo, next: Option<&LineInfo>) -> bool {
    line.text.trim_end().ends_with(':') && next.is_some_and(|n| opens_with_list_number(n.text))
}

/// A line that opens with a list number: one to three digits, then `.` or `)` and a
/// space (`1. `, `2) `, `١. `).
fn opens_with_list_number(t: &str) -> bool {
    let t = t.trim_start();
    let digits = t.chars().take_while(|c| c.is_numeric()).count();
    let rest = t.trim_start_matches(char::is_numeric);
    (1..=3).contains(&digits)
        && rest.starts_with(['.', ')'])
        && rest[1..].starts_with(char::is_whitespace)
}

/// Classify the lines of a document into blocks.
pub fn classify(text: &str, lines: &[Line], lang: Lang) -> Vec<Block> {
    let mut infos: Vec<LineInfo> = lines.iter().map(|&l| info(text, l)).collect();
    mark_link_lists(&mut infos);
    let joins = line_joins(&infos, lang);
    let mut blocks: Vec<Block> = Vec::with_capacity(infos.len());
    let mut para = 0;
    let mut seen_title = false;
    // The previous non-boilerplate block's kind, to know whether a subtitle may follow.
    let mut prev: Option<Kind> = None;
    let mut i = 0;
    while i < infos.len() {
        let li = &infos[i];
        // Join page-broken lines first: the joined block is running text.
        let mut j = i;
        while joins[j] {
            j += 1;
        }
        let (start, end) = (li.line.start, infos[j].line.end);
        let kind = if j > i {
            Kind::Body
        } else if let Some(k) = li.furniture {
            k
        } else if !seen_title && li.site_name && heads_a_headline(&infos, i) {
            // A page copied whole may open with the site's name above the headline.
            Kind::Boilerplate
        } else if li.caption_credit || (seen_title && credits_photo_above(&infos, i)) {
            Kind::Caption
        } else if introduces_list(li, infos.get(i + 1)) {
            // `وتنص المبادرة على ما يلي:` before `1. ...` is running text, not a title.
            Kind::Body
        } else if !seen_title && li.words <= 35 && !ends_with_dot_run(li.text) {
            // The first line of an article is its headline unless it is a sentence.
            Kind::Title
        } else if li.terminal || opens_conjoined_clause(li.text) {
            // `وقال الوزير إن ...` without its final period is still running text:
            // headings never open with "and said".
            Kind::Body
        } else if matches!(prev, Some(Kind::Title | Kind::Subtitle)) && (4..=40).contains(&li.words)
        {
            Kind::Subtitle
        } else if li.words <= HEADING_MAX_WORDS {
            Kind::Heading
        } else {
            Kind::Body
        };
        if kind != Kind::Boilerplate {
            para += 1;
            prev = Some(kind);
        }
        if kind != Kind::Boilerplate && kind != Kind::Credit {
            // Whatever comes first in the article is where a title could be; after it,
            // no other line is a title.
            seen_title = true;
        }
        blocks.push(Block {
            start,
            end,
            para: if kind == Kind::Boilerplate { 0 } else { para },
            kind,
        });
        i = j + 1;
    }
    blocks
}

/// True when the line ends with a single period (not `..`, which chains headline
/// clauses and never ends one).
fn ends_with_dot_run(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| is_closer(c) || c.is_whitespace());
    t.ends_with('.') && !t.ends_with("..")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "And" on a verb opens running text; headlines that start with the letter و or ف
    /// do not.
    #[test]
    fn conjoined_clauses_and_headlines_that_open_alike() {
        for l in [
            "وقال الوزير إن المحادثات ستستمر غدا",
            "وأضاف أن بيانا ختاميا سيصدر",
            "وأكدت الوزارة أن الأجواء إيجابية",
            "وقالوا إن القصف مستمر",
            "فأكد المتحدث أن القمة في موعدها",
            "ومن جهته، أكد علييف أن بلاده منفتحة",
            "وكان الرئيس قد وصل أمس",
        ] {
            assert!(opens_conjoined_clause(l), "{l}");
        }
        for l in [
            "وزير الخارجية يصل إلى موسكو",
            "واشنطن تفرض عقوبات جديدة",
            "وقف إطلاق النار يدخل حيز التنفيذ",
            "ولي العهد يستقبل الرئيس",
            "فرنسا تستدعي سفيرها",
            "فلسطين ترحب بالقرار",
            "The talks will continue",
        ] {
            assert!(!opens_conjoined_clause(l), "{l}");
        }
        // Matched on folded words, so written folded.
        assert!(CLAUSE_OPENERS.iter().all(|w| fold(w) == *w));
    }
}
