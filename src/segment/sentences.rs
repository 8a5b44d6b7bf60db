//! Sentence boundaries inside a block of running text.
//!
//! A boundary is a run of final punctuation (`.` `!` `?` `؟` `…`), followed by any
//! closing quotes and brackets, then white space (or, in Arabic, directly a letter:
//! `التاسعة.فجاءت`, `عام 1965.قدم`). It is not a boundary when:
//! - the run is `..` (Arabic headlines chain clauses with it);
//! - the period belongs to a number (`3.5`, `2. 1`), an abbreviation of the language
//!   (`د.`, `أ.ف.ب`, `Mr.`, `z.B.`, `z. B.`, `т.е.`), an acronym spelled with Arabic letter
//!   names (`سي.آي.إيه`), an initial (`J. R. R. Tolkien`, `م. أحمد`; not a letter
//!   that labels an item, `المجموعة ب.`), or a Hijri
//!   date followed by its Gregorian one (`1442 هـ. الموافق`); an era mark after a year
//!   otherwise ends the sentence (`عام 1783 م. اتسعت`);
//! - it stands inside a quotation that closes later in the paragraph (boundaries there
//!   would leave the translator with unpaired quotes);
//! - in a cased script, the next word starts in lower case;
//! - an ellipsis is glued to the next word (`اليوم...لكن`).
//!
//! `،` `؛` `:` and `;` never end a sentence.

use super::lines::{is_blank_char, LINE_BREAKS};
use super::structure::{is_closer, is_terminal};
use crate::glossary::clitics;
use crate::lang::{profile, Lang, Profile};
use crate::text::fold;
use crate::text::normalize::is_arabic_diacritic;

/// Abbreviations that are titles before a name: a capitalised word after them is the
/// name, never a new sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "capt", "lt", "col", "sgt",
    "maj", "adm", "rev", "hon", "pres", "m", "mm", "mme", "mmes", "mlle", "me", "mgr", "pr", "sr",
    "sra", "srta", "dra", "lic", "ing", "hr", "fr", "doç", "av", "yrd", "uzm", "проф", "акад",
    "ген", "им", "ул", "no", "nr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "vol", "art", "p", "pp",
];

/// The titles among [`TITLES`] that hold a sentence open before a name in another
/// script (`Dr. سميث`): other abbreviations and single letters (`المجموعة A. وتضم`) end it.
const PERSONAL_TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "prof"];

/// Abbreviations that often end a sentence: a capitalised word after them starts a new one.
const ENDERS: &[&str] = &[
    "etc", "usw", "u.s.w", "vb", "г", "гг", "т.д", "т.п", "и т.д",
];

/// Times of day: they end a sentence before a capitalised word (`at 9 a.m. He said`)
/// unless it dates or zones the time (`9 a.m. Thursday`, `5 p.m. EST`).
const TIMES_OF_DAY: &[&str] = &["a.m", "p.m"];

/// Capitalised words that carry a time on: weekdays, months and time zones (folded,
/// separated by spaces).
const AFTER_A_TIME: &str = "\
    monday tuesday wednesday thursday friday saturday sunday january february march april \
    may june july august september october november december jan feb mar apr jun jul aug sep \
    sept oct nov dec gmt utc est edt cst cdt mst mdt pst pdt et ct pt bst cet cest eet eest \
    msk";

/// Capitalised words that are parts of names after an abbreviation (`the U.S. State
/// Department`, `U.S. Open`, `U.N. General Assembly`, `U.S. First Lady`, `U.S. Fifth
/// Fleet`, `U.N. High Commissioner`, `U.N. World Food Programme`, `Great Lakes`, `New
/// York`, `U.K. Home Office`, `U.S. SEC`, `U.S. Men's National Team`), folded. Only
/// words of the English stop-word list matter here, since any other capitalised word
/// already continues the sentence.
const EN_NAME_PARTS: &str = "\
    state states open general first second third fifth new high world great home sec men";

/// English words that open news sentences but are missing from the stop-word list
/// (folded): `...from the U.S. Earlier`, `...by the U.S. Officials in Beijing said`.
/// The nouns follow `U.S.` all the time in lower case (`U.S. officials`) and are no
/// part of a name: capitalised there, they open a sentence.
const EN_OPENERS: &str = "\
    earlier yesterday tomorrow tonight separately millions thousands hundreds officials \
    authorities analysts diplomats experts critics witnesses residents lawmakers troops \
    protesters police";

/// German month names, after which `3.` is an ordinal date, not a sentence end.
const DE_MONTHS: &[&str] = &[
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];

/// Languages that write ordinal numbers with a period.
const ORDINAL_DOT: &[Lang] = &[Lang::De, Lang::Tr, Lang::Da, Lang::No, Lang::Fi, Lang::Hu];

/// Which quote kinds are balanced in a block (only those are tracked).
#[derive(Default, Clone, Copy)]
struct Quotes {
    straight: bool,
    guillemets: bool,
    curly: bool,
}

impl Quotes {
    fn of(s: &str) -> Self {
        // One pass over the bytes: these marks are rare, so only count them.
        let (mut straight, mut g, mut c) = (0usize, (0i32, false), (0i32, false));
        let b = s.as_bytes();
        let step = |d: &mut (i32, bool), delta: i32| {
            d.0 += delta;
            if d.0 < 0 {
                d.1 = true;
            }
        };
        // Jump from one possible mark to the next: " and the lead bytes of « » “ ”.
        for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, b) {
            match (b[i], b.get(i + 1), b.get(i + 2)) {
                (b'"', _, _) => straight += 1,
                (0xC2, Some(0xAB), _) => step(&mut g, 1),
                (0xC2, Some(0xBB), _) => step(&mut g, -1),
                (0xE2, Some(0x80), Some(0x9C)) => step(&mut c, 1),
                (0xE2, Some(0x80), Some(0x9D)) => step(&mut c, -1),
                _ => {}
            }
        }
        Quotes {
            straight: straight % 2 == 0,
            guillemets: g.0 == 0 && !g.1,
            curly: c.0 == 0 && !c.1,
        }
    }
}

/// Quote depth while scanning.
#[derive(Default)]
struct Depth {
    straight: bool,
    guillemets: i32,
    curly: i32,
}

impl Depth {
    fn inside(&self) -> bool {
        self.straight || self.guillemets > 0 || self.curly > 0
    }

    /// Update for character `c`; returns true if it closed (or was) a closing mark.
    fn update(&mut self, c: char, q: Quotes) {
        match c {
            '"' if q.straight => self.straight = !self.straight,
            '«' if q.guillemets => self.guillemets += 1,
            '»' if q.guillemets => self.guillemets -= 1,
            '“' if q.curly => self.curly += 1,
            '”' if q.curly => self.curly -= 1,
            _ => {}
        }
    }
}

/// Split `text[start..end]` into sentences; returns byte ranges in `text`, trimmed of
/// surrounding white space, in order, covering every visible character of the range.
pub fn split(text: &str, start: usize, end: usize, lang: Lang) -> Vec<(usize, usize)> {
    let block = &text[start..end];
    let prof = profile(lang);
    let quotes = Quotes::of(block);
    let mut depth = Depth::default();
    let mut out = Vec::new();
    let mut sent_start = 0usize;
    let bytes = block.as_bytes();
    let mut i = 0;
    // Scan bytes and decode only where a quote or final punctuation can start (see
    // [`LOOK`]); Arabic letters are skipped a byte at a time with one table lookup.
    while i < bytes.len() {
        let b = bytes[i];
        if !LOOK[b as usize] {
            i += 1;
            continue;
        }
        if b == 0x9F {
            // ؟ is D8 9F: step back to its first byte; any other 9F is inside a letter.
            if i > 0 && bytes[i - 1] == 0xD8 {
                i -= 1;
            } else {
                i += 1;
                continue;
            }
        }
        let c = char_at(block, i);
        if !is_terminal(c) {
            depth.update(c, quotes);
            i += c.len_utf8();
            continue;
        }
        // The run of final punctuation.
        let run_start = i;
        let mut j = i;
        while j < block.len() && is_terminal(char_at(block, j)) {
            j += char_at(block, j).len_utf8();
        }
        let run = &block[run_start..j];
        // Closing quotes and brackets belong to the sentence that ends here. A straight
        // quote only closes when one is open; otherwise it opens the next sentence.
        while j < block.len() {
            let q = char_at(block, j);
            if !is_closer(q) || (q == '"' && quotes.straight && !depth.straight) {
                break;
            }
            depth.update(q, quotes);
            j += q.len_utf8();
        }
        // French sets a space before the closing guillemet: `possible. » Il`.
        if depth.inside() {
            let rest = &block[j..];
            let spaces = rest.len() - rest.trim_start_matches([' ', '\u{00A0}', '\u{202F}']).len();
            if spaces > 0 && rest[spaces..].starts_with(['»', '”']) {
                let q = char_at(block, j + spaces);
                depth.update(q, quotes);
                j += spaces + q.len_utf8();
            }
        }
        if j >= block.len() {
            break;
        }
        // The rules look a few words back and ahead: decode just that window.
        let (win, run_idx, after_idx) = window(block, run_start, j);
        if is_boundary(&win, run_idx, after_idx, run, &depth, &prof, lang) {
            push_trimmed(&mut out, block, sent_start, j, start);
            sent_start = j;
        }
        i = j;
    }
    push_trimmed(&mut out, block, sent_start, block.len(), start);
    out
}

/// The bytes at which [`split`] looks closer: ASCII `. ! ? "`, the lead bytes of « »
/// (C2), “ ” … ‼ ⁉ (E2) and 。 (E3), and 9F, the second byte of ؟ (D8 9F). Spotting ؟ by
/// its first byte would stop at half of all Arabic letters (D8 leads U+0600..U+063F).
static LOOK: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let bytes = [b'.', b'!', b'?', b'"', 0xC2, 0xE2, 0xE3, 0x9F];
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

/// The character starting at byte `i` (a char boundary).
#[inline]
fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or('\0')
}

/// The characters around a punctuation run `run_start..after`: up to 96 bytes before it
/// and after the next visible character, with the run's and the follower's indices.
fn window(block: &str, run_start: usize, after: usize) -> (Vec<(usize, char)>, usize, usize) {
    let mut ws = run_start.saturating_sub(96);
    while !block.is_char_boundary(ws) {
        ws -= 1;
    }
    let visible = block[after..]
        .find(|c: char| !is_blank_char(c))
        .map_or(block.len(), |k| after + k);
    let mut we = (visible + 96).min(block.len());
    while !block.is_char_boundary(we) {
        we += 1;
    }
    let win: Vec<(usize, char)> = block[ws..we]
        .char_indices()
        .map(|(k, c)| (ws + k, c))
        .collect();
    let run_idx = win.iter().position(|&(b, _)| b == run_start).unwrap_or(0);
    let after_idx = win
        .iter()
        .position(|&(b, _)| b == after)
        .unwrap_or(win.len());
    (win, run_idx, after_idx)
}

fn push_trimmed(out: &mut Vec<(usize, usize)>, block: &str, s: usize, e: usize, offset: usize) {
    if let Some((a, b)) = super::lines::trim(block, s, e) {
        out.push((offset + a, offset + b));
    }
}

/// Is the punctuation run `chars[run_start..]` (`run`), whose closers end before
/// `after`, a sentence boundary?
fn is_boundary(
    chars: &[(usize, char)],
    run_start: usize,
    after: usize,
    run: &str,
    depth: &Depth,
    prof: &Profile,
    lang: Lang,
) -> bool {
    if run == ".." {
        return false;
    }
    let Some(&(_, next)) = chars.get(after) else {
        return true;
    };
    let glued = !is_blank_char(next);
    let ellipsis = run.contains('…') || run.contains("...");
    if glued {
        // Only a single period glued to an Arabic letter after it ends a sentence
        // (`التاسعة.فجاءت`); `3.5`, `U.S.A`, `اليوم...لكن` and URLs do not.
        // `الخشب .فالعود` (a space before the period) is the same typo, and so is a
        // period after a vowel mark, a year or a closing bracket (`ايضاً.استنزاف`,
        // `عام 1965.قدم`, `(2).تقام`): EASC's articles hold each of these, and its
        // annotators took every one as two sentences. Not inside a quotation that
        // closes later, as for spaced periods, nor in an Arabic-script web or mail
        // address (`موقع.مصر/صفحة`).
        return run == "."
            && after == run_start + 1
            && !depth.inside()
            && is_arabic_letter(next)
            && glued_sentence_end_after(chars, run_start, after)
            && !is_abbreviation_chain(chars, run_start)
            && !in_spelled_acronym(chars, run_start)
            && !in_web_address(chars, run_start);
    }
    if depth.inside() {
        return false;
    }
    // The next visible character and the word it starts.
    let mut k = after;
    while k < chars.len() && is_blank_char(chars[k].1) {
        k += 1;
    }
    let Some(&(_, first)) = chars.get(k) else {
        return true;
    };
    if first.is_lowercase() {
        return false;
    }
    if run != "." || ellipsis {
        return true;
    }
    let token = token_before(chars, run_start);
    let next_word = word_at(chars, k);
    !period_is_not_final(&token, &next_word, first, prof, lang, chars, run_start)
}

/// True if this period belongs to a number, abbreviation, initial, or an era mark inside a
/// date range or pair.
fn period_is_not_final(
    token: &str,
    next_word: &str,
    first: char,
    prof: &Profile,
    lang: Lang,
    chars: &[(usize, char)],
    run_start: usize,
) -> bool {
    if token.is_empty() {
        return false;
    }
    let folded = fold(token);
    // `2. 1` (EASC writes 2.1 so): a short number, a period, then a digit.
    if token.chars().all(|c| c.is_numeric()) {
        if first.is_numeric() && token.chars().count() <= 3 {
            return true;
        }
        // A numbered list (`1. وقف إطلاق النار`): the number opens the item.
        if token.chars().count() <= 3 && opens_its_line(chars, run_start, token) {
            return true;
        }
        // German ordinals: `3. Oktober`.
        if lang == Lang::De && DE_MONTHS.contains(&fold(next_word).as_str()) {
            return true;
        }
        // Languages that write ordinals with a dot (`den 2. Platz`, `2. Dünya Savaşı`):
        // a short number ends the sentence only before a sentence opener.
        if ORDINAL_DOT.contains(&lang) && token.chars().count() <= 3 {
            return !prof.is_stopword(&fold(next_word));
        }
        return false;
    }
    if lang.is_arabic_script() && token.chars().any(|c| c.is_ascii_alphabetic()) {
        // English quoted in Arabic text (`The U.S. Secretary Mr. Pompeo`): before a
        // Latin word its periods follow English rules. Before an Arabic word only a
        // personal title holds the sentence open (`Dr. سميث`); `المجموعة A. وتضم` and
        // `سوق U.S. وتخطط` end there, since English rules look for a capital that
        // Arabic does not have.
        if is_arabic_letter(first) {
            return PERSONAL_TITLES.contains(&folded.as_str());
        }
        // Built once: `profile` takes a lock, and this runs at every such period.
        static EN: std::sync::LazyLock<std::sync::Arc<Profile>> =
            std::sync::LazyLock::new(|| profile(Lang::En));
        return period_is_not_final(token, next_word, first, &EN, Lang::En, chars, run_start);
    }
    if lang.is_arabic_script() {
        // An era mark after a year ends the sentence when a new sentence follows it
        // (`عام 1783 م. اتسعت`: in EASC's articles it does every time), but not in a
        // date range or pair (`132 هـ. إلى 656 هـ.`, `1442 هـ. الموافق`,
        // `1442 هـ. 17 أبريل`, `93 هـ. - 179 هـ.`) nor inside brackets (`(93 هـ.)`).
        if matches!(folded.as_str(), "ه" | "م") && previous_token_is_number(chars, run_start, token)
        {
            return !is_arabic_letter(first)
                || continues_a_date(next_word)
                || inside_brackets(chars, run_start);
        }
        // `المجموعة ب. ويلتقي`, `فيتامين د. وأوصوا`: a letter that labels an item is a
        // word like any other (even `د`, the doctor's title), and may end the sentence.
        if is_lone_arabic_letter(&folded) && follows_a_letter_label(chars, run_start, token) {
            return false;
        }
        // `وأكد م. أحمد`, `ج. بايدن`, `ق. م`: any other lone letter is an initial or a title.
        return prof.abbreviations.contains(&folded)
            || is_lone_arabic_letter(&folded)
            || is_abbreviation_chain(chars, run_start)
            || in_spelled_acronym(chars, run_start);
    }
    // `z. B.`, `d. h.`, `p. ex.`: an abbreviation of the list written with a space. Its
    // first period never ends a sentence; its last one is judged as the whole.
    if spaced_abbreviation_goes_on(chars, run_start, &folded, prof) {
        return true;
    }
    let spaced = spaced_abbreviation_ending(chars, run_start, token, &folded)
        .filter(|whole| prof.abbreviations.contains(whole));
    // Initials: `J. R. R. Tolkien`, `В. Путин`, `J.-M. Le Pen`.
    if spaced.is_none() && is_initials(token) {
        return true;
    }
    let folded = spaced.unwrap_or(folded);
    let known = prof.abbreviations.contains(&folded);
    if !known {
        // Dotted acronyms the lists lack (`U.N.`) behave like abbreviations.
        if !(token.contains('.') && token.split('.').all(|p| p.chars().count() <= 2)) {
            return false;
        }
    }
    if TITLES.contains(&folded.as_str()) {
        return true;
    }
    let next = fold(next_word);
    if TIMES_OF_DAY.contains(&folded.as_str()) {
        return is_listed(AFTER_A_TIME, &next);
    }
    if ENDERS.contains(&folded.as_str()) {
        return false;
    }
    // Any other abbreviation ends the sentence only when a typical sentence opener
    // (a capitalised function word: The, La, Die...) follows it.
    !opens_a_sentence(&next, prof, lang)
}

/// Does the folded word `next` typically open a sentence in `lang`? Its stop words do
/// (`...with the U.S. Now`, `Apple Inc. Last year`); in English, not those that are
/// also parts of names ([`EN_NAME_PARTS`]), and a few more words do ([`EN_OPENERS`]).
pub(super) fn opens_a_sentence(next: &str, prof: &Profile, lang: Lang) -> bool {
    if lang == Lang::En {
        (prof.is_stopword(next) && !is_listed(EN_NAME_PARTS, next)) || is_listed(EN_OPENERS, next)
    } else {
        prof.is_stopword(next)
    }
}

/// Does the period at `run_start`, after `folded`, open a spaced abbreviation of the
/// list: a blank, then a word and a period that complete it (`z.` + ` B.` is `z.B`)?
fn spaced_abbreviation_goes_on(
    chars: &[(usize, char)],
    run_start: usize,
    folded: &str,
    prof: &Profile,
) -> bool {
    let mut k = run_start + 1;
    if !chars.get(k).is_some_and(|&(_, c)| is_blank_char(c)) {
        return false;
    }
    k += 1;
    let rest = word_at(chars, k);
    let end = k + rest.chars().count();
    !rest.is_empty()
        && chars.get(end).is_some_and(|&(_, c)| c == '.')
        && prof
            .abbreviations
            .contains(&format!("{folded}.{}", fold(&rest)))
}

/// If `token` (ending at `run_start`) follows a word and a period with one blank
/// between (`d. h`, `p. ex`), the two folded and joined as the list writes them (`d.h`).
fn spaced_abbreviation_ending(
    chars: &[(usize, char)],
    run_start: usize,
    token: &str,
    folded: &str,
) -> Option<String> {
    let start = run_start.checked_sub(token.chars().count())?;
    let period = start.checked_sub(2)?;
    if !is_blank_char(chars[start - 1].1) || chars[period].1 != '.' {
        return None;
    }
    let first = token_before(chars, period);
    (!first.is_empty()).then(|| format!("{}.{folded}", fold(&first)))
}

/// Is `word` one of the space-separated words of `list`?
pub(super) fn is_listed(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

/// A single capital letter, or capitals joined by hyphens: `J`, `J.-M` (but not the
/// acronym `U.S`, which may end a sentence).
fn is_initials(token: &str) -> bool {
    if token.contains('.') && !token.contains('-') {
        return false;
    }
    token.split(['.', '-']).filter(|p| !p.is_empty()).all(|p| {
        let mut cs = p.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
    }) && token.chars().any(char::is_uppercase)
}

/// The word before position `i` (letters, digits and inner dots), without leading
/// quotes or brackets.
fn token_before(chars: &[(usize, char)], i: usize) -> String {
    let mut k = i;
    while k > 0 {
        let c = chars[k - 1].1;
        if is_blank_char(c) || matches!(c, '(' | '[' | '{' | '"' | '«' | '“' | '„' | '\'' | '‘')
        {
            break;
        }
        k -= 1;
    }
    chars[k..i].iter().map(|&(_, c)| c).collect()
}

/// The word starting at `k`.
fn word_at(chars: &[(usize, char)], k: usize) -> String {
    chars[k..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric())
        .collect()
}

/// `1442 هـ.`: the token before this one is a number.
fn previous_token_is_number(chars: &[(usize, char)], run_start: usize, token: &str) -> bool {
    // Glued to the number (`1827م.`): that is how a sentence ends on a date.
    end_of_word_before(chars, run_start, token)
        .is_some_and(|k| k > 0 && chars[k - 1].1.is_numeric())
}

/// Where the word before `token` (which ends at `run_start`) ends, when blanks stand
/// between them; `None` when `token` is glued to what precedes it.
fn end_of_word_before(chars: &[(usize, char)], run_start: usize, token: &str) -> Option<usize> {
    let token_start = run_start - token.chars().count();
    let mut k = token_start;
    while k > 0 && is_blank_char(chars[k - 1].1) {
        k -= 1;
    }
    (k < token_start).then_some(k)
}

/// True when `token`, which ends at `run_start`, opens its paragraph, or opens a line
/// after one that ends in punctuation: a list marker (`1. وقف إطلاق النار`), not the end
/// of a sentence. After a line that ends in a word, the line was wrapped and the number
/// ends a sentence (`بلغ عددهم\n200. وقال`).
fn opens_its_line(chars: &[(usize, char)], run_start: usize, token: &str) -> bool {
    let mut k = run_start - token.chars().count();
    while k > 0 && matches!(chars[k - 1].1, ' ' | '\t' | '\u{a0}') {
        k -= 1;
    }
    if k == 0 {
        return true;
    }
    if !LINE_BREAKS.contains(&chars[k - 1].1) {
        return false;
    }
    let before = chars[..k].iter().rev().find(|&&(_, c)| !is_blank_char(c));
    before.is_some_and(|&(_, c)| !c.is_alphanumeric())
}

/// Words that carry a date on after an era mark: `الموافق` (the Gregorian date of a
/// Hijri one), `إلى` and `حتى` (a range), `أي` ("that is").
fn continues_a_date(next_word: &str) -> bool {
    let w = fold(next_word);
    let w = w
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(&w);
    matches!(w, "الموافق" | "الموافقه" | "يوافق" | "الي" | "حتي" | "اي")
}

/// Is position `run_start` inside brackets opened earlier (within the window `split`
/// looks at: about 48 Arabic letters)?
fn inside_brackets(chars: &[(usize, char)], run_start: usize) -> bool {
    let mut depth = 0i32;
    for &(_, c) in chars[..run_start].iter().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return true,
            '(' => depth -= 1,
            // Not at a period: `(93 هـ. - 179 هـ.)` holds one. The window is short.
            '!' | '?' | '؟' | '\n' => return false,
            _ => {}
        }
    }
    false
}

/// May a period glued to the next word (`x.يتفرع`, the word starting at `after`) end a
/// sentence after what stands before it? After an Arabic letter or vowel mark, a space,
/// a closing quote or bracket, or a number of three digits or more standing alone (a
/// year, `عام 1965.قدم`) unless a single letter follows (`المادة 102.أ`, an outline
/// number; so is `1.أ`).
fn glued_sentence_end_after(chars: &[(usize, char)], run_start: usize, after: usize) -> bool {
    let Some(k) = run_start.checked_sub(1) else {
        return false;
    };
    let p = chars[k].1;
    if p.is_numeric() {
        let digits = chars[..run_start]
            .iter()
            .rev()
            .take_while(|&&(_, c)| c.is_numeric())
            .count();
        // `12.500.دولار`: a number with separators is not a year.
        let separated = k + 1 > digits && matches!(chars[k - digits].1, '.' | ',' | '٫' | '٬');
        let single_letter = word_at(chars, after).chars().count() == 1;
        return digits >= 3 && !separated && !single_letter;
    }
    is_arabic_letter(p)
        || is_arabic_diacritic(p)
        || is_blank_char(p)
        || matches!(p, '"' | ')' | ']' | '»' | '”')
}

/// Is the period at `run_start` inside an address (`موقع.مصر/صفحة`, `بريد@وزارة.مصر`)?
/// The unbroken run of characters after it holds a `/`, or the run before it an `@`,
/// which no pair of glued sentences does.
fn in_web_address(chars: &[(usize, char)], run_start: usize) -> bool {
    // A path follows the domain, a mail box precedes it; `2020/2021.وقال` is a year.
    let after = chars[run_start + 1..].iter();
    let before = chars[..run_start].iter().rev();
    after
        .take_while(|&&(_, c)| !is_blank_char(c))
        .any(|&(_, c)| c == '/')
        || before
            .take_while(|&&(_, c)| !is_blank_char(c))
            .any(|&(_, c)| c == '@')
}

/// `أ.ف.ب`: single letters joined by periods.
fn is_abbreviation_chain(chars: &[(usize, char)], run_start: usize) -> bool {
    let letter_at = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_alphabetic());
    let sep = |k: usize| {
        chars
            .get(k)
            .is_none_or(|&(_, c)| !c.is_alphanumeric() && c != '\u{0640}')
    };
    // x . y  with x and y single letters
    run_start >= 1
        && letter_at(run_start - 1)
        && (run_start < 2 || sep(run_start - 2))
        && letter_at(run_start + 1)
        && sep(run_start + 2)
}

/// The Arabic names of Latin letters that spell acronyms (`سي.آي.إيه` CIA, `إف.بي.آي`
/// FBI, `سي.إن.إن` CNN), folded (`إ` `أ` `آ` become `ا`).
const LETTER_NAMES: &[&str] = &[
    "ايه",
    "بي",
    "سي",
    "دي",
    "اي",
    "اف",
    "جي",
    "اتش",
    "جيه",
    "جاي",
    "كيه",
    "كي",
    "ال",
    "ام",
    "ان",
    "او",
    "كيو",
    "ار",
    "اس",
    "تي",
    "يو",
    "في",
    "دبليو",
    "اكس",
    "واي",
    "زد",
    "زي",
];

/// Letter names that are also common Arabic words, once folded (`إن` that, `في` in, `أو`
/// or, `بي` with me, `آية` verse and `أية` any as `ايه`): a pair of names with one of
/// these may be two sentences (`اتصل بي. إن الأمر عاجل`, `وقرأ الإمام آية. إن الصلاة`).
const LETTER_NAMES_AS_WORDS: &[&str] = &[
    "بي", "دي", "اي", "كي", "ال", "ام", "ان", "او", "في", "زي", "ايه",
];

/// Is the period at `run_start` inside an acronym spelled with letter names (see
/// [`LETTER_NAMES`]), glued or spaced (`سي.آي.إيه`, `سي. إن. إن`)? The period must join
/// a chain of at least three names, or two names neither of which is an ordinary word:
/// `لبي بي سي. في المقابل` (one name before the period) and `آية. إن` end there.
fn in_spelled_acronym(chars: &[(usize, char)], run_start: usize) -> bool {
    let mut names = Vec::new();
    // Back from the period: name, then `.` or `. ` before it, and so on.
    let mut k = run_start;
    while let Some((start, name)) = letter_name_ending_at(chars, k) {
        names.push(name);
        k = start;
        k = match (
            k.checked_sub(1).map(|j| chars[j].1),
            k.checked_sub(2).map(|j| chars[j].1),
        ) {
            (Some('.'), _) => k - 1,
            (Some(b), Some('.')) if is_blank_char(b) => k - 2,
            _ => break,
        };
    }
    if names.is_empty() {
        return false;
    }
    let before = names.len();
    // Forward from the period: an optional blank, a name, and another period to go on.
    let mut k = run_start;
    while chars.get(k).is_some_and(|&(_, c)| c == '.') {
        k += 1;
        if chars.get(k).is_some_and(|&(_, c)| is_blank_char(c)) {
            k += 1;
        }
        let Some((end, name)) = letter_name_starting_at(chars, k) else {
            break;
        };
        names.push(name);
        k = end;
    }
    names.len() > before
        && (names.len() >= 3
            || names
                .iter()
                .all(|n| !LETTER_NAMES_AS_WORDS.contains(&n.as_str())))
}

/// The Arabic word ending at `end`, folded, with its start, if it is a letter name.
fn letter_name_ending_at(chars: &[(usize, char)], end: usize) -> Option<(usize, String)> {
    let start = chars[..end]
        .iter()
        .rposition(|&(_, c)| !is_arabic_letter(c))
        .map_or(0, |p| p + 1);
    letter_name(&chars[start..end]).map(|name| (start, name))
}

/// The Arabic word starting at `start`, folded, with its end, if it is a letter name.
fn letter_name_starting_at(chars: &[(usize, char)], start: usize) -> Option<(usize, String)> {
    let end = chars[start.min(chars.len())..]
        .iter()
        .position(|&(_, c)| !is_arabic_letter(c))
        .map_or(chars.len(), |p| start + p);
    letter_name(&chars[start.min(end)..end]).map(|name| (end, name))
}

/// The word `word`, folded, if it is one of the [`LETTER_NAMES`].
fn letter_name(word: &[(usize, char)]) -> Option<String> {
    let name = fold(&word.iter().map(|&(_, c)| c).collect::<String>());
    LETTER_NAMES.contains(&name.as_str()).then_some(name)
}

/// Nouns that label an item with a letter: `المجموعة ب` (group B), `الخطة ب`, `الفئة أ`,
/// `البند أ`, `فيتامين د`, `الدرجة أ`. Not قسم: `رئيس القسم د. محمد` (the department's
/// head, Dr. Muhammad) is far commoner in news than a section lettered at a sentence end.
const LETTER_LABELS: &[&str] = &[
    "مجموعة",
    "خطة",
    "فئة",
    "بند",
    "فقرة",
    "ملحق",
    "نموذج",
    "جدول",
    "فيتامين",
    "حرف",
    "مستوى",
    "درجة",
    "رقم",
];

/// Does `token`, ending at `run_start`, stand after one of the [`LETTER_LABELS`], with
/// or without the article and proclitics (`في المجموعة ب`, `وللفئة أ`, `بفيتامين د`)?
fn follows_a_letter_label(chars: &[(usize, char)], run_start: usize, token: &str) -> bool {
    let Some(k) = end_of_word_before(chars, run_start, token) else {
        return false;
    };
    let word = fold(&token_before(chars, k));
    let is_label = |w: &str| {
        let bare = w.strip_prefix("ال").unwrap_or(w);
        LETTER_LABELS.iter().any(|l| fold(l) == bare)
    };
    is_label(&word) || clitics::strips(&word, 2).any(|s| clitics::with_reading(&word, s, is_label))
}

/// A folded token that is one Arabic letter (`م`, `ج`; `هـ` folds to `ه`).
fn is_lone_arabic_letter(folded: &str) -> bool {
    let mut cs = folded.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if is_arabic_letter(c))
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte table must stop at every character `split` looks at: the terminals and
    /// the quotes `Depth` counts.
    #[test]
    fn the_byte_table_stops_at_every_mark_split_handles() {
        let marks = [
            '.', '!', '?', '؟', '…', '‼', '⁉', '。', '"', '«', '»', '“', '”',
        ];
        for c in marks {
            let mut b = [0u8; 4];
            let bytes = c.encode_utf8(&mut b).as_bytes();
            // ؟ (D8 9F) is spotted by its second byte.
            let spotted = LOOK[bytes[0] as usize] || (bytes == [0xD8, 0x9F] && LOOK[0x9F]);
            assert!(spotted, "{c}");
        }
        // Every terminal there is is among them.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert!(!is_terminal(c) || marks.contains(&c), "{c}");
        }
    }
}
