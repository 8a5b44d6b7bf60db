//! The checks of one row, each a small function from the row's text to findings: the
//! ones Xbench and Trados Verifier run, with Arabic morphology left to the glossary
//! matcher and Arabic digits folded to ASCII.

use crate::text::normalize::{fold, fold_with_map, Folded};
use crate::text::words;

/// What a check is about; the names are the `check` column of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Check {
    /// The target is empty, or is the source copied over.
    Untranslated,
    /// A glossary name of the source is missing from the target (or misspelled there).
    KeyTerm,
    /// A number of the source is missing from the target.
    Number,
    /// The same source translated two ways, or one name spelled two ways.
    Inconsistency,
    /// Unpaired quotes or brackets, a doubled word, a double space.
    Form,
}

impl Check {
    /// The name in the report.
    pub fn as_str(self) -> &'static str {
        match self {
            Check::Untranslated => "untranslated",
            Check::KeyTerm => "key-term",
            Check::Number => "number",
            Check::Inconsistency => "inconsistency",
            Check::Form => "form",
        }
    }

    /// Errors are what a reviewer must fix (a wrong name, a lost number, a gap); the
    /// others are worth a look but may be right.
    pub fn is_error(self) -> bool {
        matches!(self, Check::Untranslated | Check::KeyTerm | Check::Number)
    }
}

/// One problem found in one row, before it is placed in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Which check.
    pub check: Check,
    /// The source term or number the finding is about (empty when none).
    pub source_term: String,
    /// What the target should hold.
    pub expected: String,
    /// What it holds instead (empty when nothing close was found).
    pub found: String,
    /// An error (must be fixed) rather than a warning: the check's own severity
    /// ([`Check::is_error`]), but for a name whose spelling differs only in hyphens,
    /// spaces or apostrophes, which is a warning.
    pub error: bool,
}

impl Finding {
    /// A finding with its check's severity.
    pub fn new(check: Check, source_term: &str, expected: &str, found: &str) -> Self {
        Finding {
            check,
            source_term: source_term.to_string(),
            expected: expected.to_string(),
            found: found.to_string(),
            error: check.is_error(),
        }
    }

    /// The same finding as a warning.
    pub fn as_warning(self) -> Self {
        Finding {
            error: false,
            ..self
        }
    }
}

/// Whitespace runs collapsed to one space and trimmed: how two targets are compared.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An empty target, or the source copied into the target.
pub fn untranslated(source: &str, target: &str) -> Option<Finding> {
    if target.trim().is_empty() {
        return Some(Finding::new(Check::Untranslated, "", "a translation", ""));
    }
    (fold(&squash(source)) == fold(&squash(target)))
        .then(|| Finding::new(Check::Untranslated, "", "a translation", "the source text"))
}

// ---------------------------------------------------------------- key terms

/// English endings that may follow a name without making it another word: plurals and
/// possessives (Armenians), and the adjectives of places (Azerbaijani, Armenian).
const NAME_SUFFIXES: [&str; 5] = ["s", "i", "n", "an", "ese"];

/// Where a name stands in a target, in the target's own spelling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermUse {
    /// The accepted target form that was found.
    pub form: String,
    /// The text as written in the target (its case may differ from `form`).
    pub spelled: String,
}

/// Find the first of `accepted` in `target`: case- and diacritic-insensitive, at word
/// boundaries (a name followed by one of [`NAME_SUFFIXES`] still counts).
pub fn find_term(target: &str, accepted: &[String]) -> Option<TermUse> {
    let folded = fold_with_map(target);
    let hay = folded.text.as_str();
    for form in accepted {
        let needle = fold(form.trim());
        if needle.is_empty() {
            continue;
        }
        for (at, _) in hay.match_indices(&needle) {
            let end = at + needle.len();
            if is_whole_name(hay, at, end) {
                return Some(TermUse::at(&folded, target, at, end, form));
            }
        }
    }
    None
}

/// True when `text[start..end]` is a name on its own: no letter or digit just before
/// it, and after it nothing or one of the [`NAME_SUFFIXES`] (Karabakh's).
fn is_whole_name(text: &str, start: usize, end: usize) -> bool {
    let before_ok = !text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let rest: String = text[end..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    before_ok && (rest.is_empty() || NAME_SUFFIXES.contains(&rest.as_str()))
}

impl TermUse {
    /// The use of `form` found at `start..end` of the folded target: the target's own
    /// spelling of it, as written.
    fn at(folded: &Folded, target: &str, start: usize, end: usize, form: &str) -> TermUse {
        let (s, e) = folded.original_range(start, end, target);
        TermUse {
            form: form.trim().to_string(),
            spelled: target[s..e].to_string(),
        }
    }
}

/// True for the hyphens and dashes a name may be written with or without.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// True for the apostrophes (straight, curly, modifier letters) and the characters typed
/// for them.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`' | '\u{2018}' | '\u{2019}' | '\u{02BB}' | '\u{02BC}'
    )
}

/// True for what [`find_loose`] skips: hyphens, apostrophes and spaces.
fn is_joiner(c: char) -> bool {
    c.is_whitespace() || is_hyphen(c) || is_apostrophe(c)
}

/// A name folded with every hyphen, apostrophe and space taken out (nagornokarabakh),
/// and the byte offsets in it where something was taken out.
fn loose_key(s: &str) -> (String, Vec<usize>) {
    let mut key = String::new();
    let mut cuts = Vec::new();
    for c in fold(s.trim()).chars() {
        if !is_joiner(c) {
            key.push(c);
        } else if cuts.last() != Some(&key.len()) {
            cuts.push(key.len());
        }
    }
    (key, cuts)
}

/// A name folded with its hyphens, dashes and apostrophes each made one character and
/// its spaces squashed: two spellings with the same key differ only in typography
/// (Nagorno‑Karabakh with a non-breaking hyphen, Sana’a with a curly apostrophe).
fn typographic_key(s: &str) -> String {
    let mapped: String = fold(s)
        .chars()
        .map(|c| match c {
            c if is_hyphen(c) => '-',
            c if is_apostrophe(c) => '\'',
            c => c,
        })
        .collect();
    squash(&mapped)
}

/// Find the first of `accepted` in `target` the way [`find_term`] does, but with hyphens,
/// apostrophes and spaces ignored: Nagorno Karabakh or NagornoKarabakh for
/// Nagorno-Karabakh, Shiite for Shi'ite. The match starts and ends at word boundaries,
/// and a space or hyphen inside it must stand where the accepted form has one (I ran is
/// not Iran).
pub fn find_loose(target: &str, accepted: &[String]) -> Option<TermUse> {
    let folded = fold_with_map(target);
    let text = folded.text.as_str();
    // The folded text without the skipped characters, and for each of its bytes the
    // offset in `text` of the character it came from.
    let mut hay = String::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices().filter(|&(_, c)| !is_joiner(c)) {
        hay.push(c);
        from.extend(std::iter::repeat_n(i, c.len_utf8()));
    }
    for form in accepted {
        let (needle, cuts) = loose_key(form);
        if needle.is_empty() {
            continue;
        }
        let char_end = |i: usize| i + text[i..].chars().next().map_or(0, char::len_utf8);
        for (at, _) in hay.match_indices(&needle) {
            let start = from[at];
            let end = char_end(from[at + needle.len() - 1]);
            let splits_a_word = needle.char_indices().skip(1).any(|(k, _)| {
                let gap = &text[char_end(from[at + k - 1])..from[at + k]];
                !cuts.contains(&k) && gap.chars().any(|c| c.is_whitespace() || is_hyphen(c))
            });
            if splits_a_word {
                continue;
            }
            if is_whole_name(text, start, end) {
                return Some(TermUse::at(&folded, target, start, end, form));
            }
        }
    }
    None
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The run of target words most like `expected` (same number of words), if it is close
/// enough to be a misspelling of it: similarity ≥ 0.75, or at most two edits in a name of
/// seven letters or more (Pashinian for Pashinyan, Aliev for Aliyev).
pub fn near_miss(target: &str, expected: &str) -> Option<String> {
    let want = fold(&squash(expected));
    // Words as the target is cut into them: Nagorno-Karabakh is two.
    let n = words(expected).count();
    let ws: Vec<_> = words(target).collect();
    let mut best: Option<(f64, String)> = None;
    for run in ws.windows(n.min(ws.len()).max(1)) {
        let text = &target[run[0].start..run[run.len() - 1].end];
        let got = fold(&squash(text));
        let d = edit_distance(&got, &want);
        let longest = got.chars().count().max(want.chars().count());
        let ratio = 1.0 - d as f64 / longest.max(1) as f64;
        let close = ratio >= 0.75 || (d <= 2 && longest >= 7);
        if d > 0 && close && best.as_ref().is_none_or(|(r, _)| ratio > *r) {
            best = Some((ratio, text.to_string()));
        }
    }
    best.map(|(_, t)| t)
}

/// A glossary name of the source and the target forms that translate it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The glossary entry's source form.
    pub source: String,
    /// The accepted target forms, the glossary's preferred one first.
    pub accepted: Vec<String>,
}

/// The key-term check of one name: `Ok` with how the target spells it, or the finding
/// (with a near miss in `found` when there is one). A spelling that differs only in
/// typography (a dash or a curly apostrophe) is `Ok`; one that differs in hyphens,
/// apostrophes or spaces (Nagorno Karabakh for Nagorno-Karabakh) is a warning; any other
/// near miss (Pashinian for Pashinyan), or nothing close, is an error.
pub fn key_term(term: &Term, target: &str) -> Result<TermUse, Finding> {
    if let Some(u) = find_term(target, &term.accepted) {
        return Ok(u);
    }
    if let Some(u) = find_loose(target, &term.accepted) {
        if typographic_key(&u.spelled) == typographic_key(&u.form) {
            return Ok(u);
        }
        return Err(Finding::new(Check::KeyTerm, &term.source, &u.form, &u.spelled).as_warning());
    }
    let expected = term.accepted.first().map(String::as_str).unwrap_or("");
    let found = term
        .accepted
        .iter()
        .find_map(|a| near_miss(target, a))
        .unwrap_or_default();
    Err(Finding::new(Check::KeyTerm, &term.source, expected, &found))
}

// ---------------------------------------------------------------- numbers

/// Arabic scale words (folded) that multiply the number before them: 30 ألف = 30,000.
const AR_SCALES: [(&str, f64); 9] = [
    ("الف", 1e3),
    ("الفا", 1e3),
    ("الاف", 1e3),
    ("مليون", 1e6),
    ("مليونا", 1e6),
    ("ملايين", 1e6),
    ("مليار", 1e9),
    ("مليارا", 1e9),
    ("مليارات", 1e9),
];

/// English scale words in a target: 30 thousand = 30,000.
const EN_SCALES: [(&str, f64); 3] = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9)];

/// English number words: units and teens, tens, and `hundred`. With [`EN_SCALES`] they
/// spell a number out: three, twenty-one, a hundred and fifty, thirty thousand.
const EN_WORDS: [(&str, NumberWord); 29] = [
    ("zero", NumberWord::Unit(0)),
    ("one", NumberWord::Unit(1)),
    ("two", NumberWord::Unit(2)),
    ("three", NumberWord::Unit(3)),
    ("four", NumberWord::Unit(4)),
    ("five", NumberWord::Unit(5)),
    ("six", NumberWord::Unit(6)),
    ("seven", NumberWord::Unit(7)),
    ("eight", NumberWord::Unit(8)),
    ("nine", NumberWord::Unit(9)),
    ("ten", NumberWord::Teen(10)),
    ("eleven", NumberWord::Teen(11)),
    ("twelve", NumberWord::Teen(12)),
    ("thirteen", NumberWord::Teen(13)),
    ("fourteen", NumberWord::Teen(14)),
    ("fifteen", NumberWord::Teen(15)),
    ("sixteen", NumberWord::Teen(16)),
    ("seventeen", NumberWord::Teen(17)),
    ("eighteen", NumberWord::Teen(18)),
    ("nineteen", NumberWord::Teen(19)),
    ("twenty", NumberWord::Ten(20)),
    ("thirty", NumberWord::Ten(30)),
    ("forty", NumberWord::Ten(40)),
    ("fifty", NumberWord::Ten(50)),
    ("sixty", NumberWord::Ten(60)),
    ("seventy", NumberWord::Ten(70)),
    ("eighty", NumberWord::Ten(80)),
    ("ninety", NumberWord::Ten(90)),
    ("hundred", NumberWord::Hundred),
];

/// What one word of a number written in English words does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumberWord {
    /// zero to nine.
    Unit(u64),
    /// ten to nineteen.
    Teen(u64),
    /// twenty, thirty, ... ninety.
    Ten(u64),
    /// hundred.
    Hundred,
    /// thousand, million, billion.
    Scale(u64),
    /// `and`, inside a number (a hundred and fifty).
    And,
    /// `a`, before hundred or a scale (a thousand).
    A,
}

impl NumberWord {
    fn of(word: &str) -> Option<NumberWord> {
        let w = word.to_lowercase();
        if let Some((_, k)) = EN_WORDS.iter().find(|(e, _)| *e == w) {
            return Some(*k);
        }
        if let Some((_, s)) = EN_SCALES.iter().find(|(e, _)| *e == w) {
            return Some(NumberWord::Scale(*s as u64));
        }
        match w.as_str() {
            "and" => Some(NumberWord::And),
            "a" => Some(NumberWord::A),
            _ => None,
        }
    }

    /// True when `self` may follow `prev` inside one number.
    fn follows(self, prev: NumberWord) -> bool {
        use NumberWord::*;
        match (prev, self) {
            (Unit(0), _) => false,
            (Unit(_) | Teen(_) | A, Hundred | Scale(_)) => true,
            (Ten(_), Unit(u)) => u > 0,
            (Ten(_), Scale(_)) => true,
            (Hundred, Unit(_) | Teen(_) | Ten(_) | Scale(_) | And) => true,
            (Scale(_), Unit(_) | Teen(_) | Ten(_) | And) => true,
            (And, Unit(_) | Teen(_) | Ten(_)) => true,
            _ => false,
        }
    }
}

/// The numbers of an English text written in words (three, twenty-one, a hundred and
/// fifty, thirty thousand), each with its value.
pub fn word_numbers(text: &str) -> Vec<Number> {
    let ws: Vec<_> = words(text).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let first = NumberWord::of(ws[i].text);
        if !matches!(
            first,
            Some(NumberWord::Unit(_) | NumberWord::Teen(_) | NumberWord::Ten(_) | NumberWord::A)
        ) {
            i += 1;
            continue;
        }
        // The longest run of number words, joined by spaces or hyphens only.
        let mut run = vec![first.unwrap_or(NumberWord::And)];
        let mut j = i + 1;
        while j < ws.len() {
            let gap = &text[ws[j - 1].end..ws[j].start];
            let joined = !gap.is_empty() && gap.chars().all(|c| c == ' ' || is_hyphen(c));
            match NumberWord::of(ws[j].text) {
                Some(k) if joined && k.follows(run[run.len() - 1]) => run.push(k),
                _ => break,
            }
            j += 1;
        }
        // Neither `and` nor `a` ends a number.
        while matches!(run.last(), Some(NumberWord::And | NumberWord::A)) {
            run.pop();
        }
        if run.is_empty() {
            i += 1;
            continue;
        }
        let (mut total, mut current) = (0u64, 0u64);
        for k in &run {
            match *k {
                NumberWord::Unit(v) | NumberWord::Teen(v) | NumberWord::Ten(v) => current += v,
                NumberWord::A => current = 1,
                NumberWord::Hundred => current = current.max(1) * 100,
                NumberWord::Scale(s) => {
                    total += current.max(1) * s;
                    current = 0;
                }
                NumberWord::And => {}
            }
        }
        let spelled = &text[ws[i].start..ws[i + run.len() - 1].end];
        out.push(Number {
            text: spelled.to_lowercase(),
            spelled: spelled.to_string(),
            values: vec![(total + current) as f64],
            in_words: true,
        });
        i += run.len();
    }
    out
}

/// A number as written, and the values it may stand for.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// The digits as they appear in the folded text (ASCII), or the words lower-cased.
    pub text: String,
    /// The number as the text has it, scale word included (٨٣٤, 30 ألف, thirty thousand).
    pub spelled: String,
    /// Its value, and its value times the scale word after it, if any.
    pub values: Vec<f64>,
    /// Written in words (three, thirty thousand) rather than digits.
    pub in_words: bool,
}

/// The value of a run of digits with `.` or `,` inside: `1,200`, `1.200` and `1200` are
/// all 1200 (groups of three after the first); otherwise the separator is a decimal point.
pub fn number_value(digits: &str) -> Option<f64> {
    let groups: Vec<&str> = digits.split(['.', ',']).collect();
    let thousands = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    if thousands {
        groups.concat().parse().ok()
    } else {
        digits.replace(',', ".").parse().ok()
    }
}

/// The numbers of a text written in digits (Arabic-Indic and Persian digits count: the
/// text is folded), each with the value of the scale word after it (`scales`) when there
/// is one.
pub fn numbers(text: &str, scales: &[(&str, f64)]) -> Vec<Number> {
    let map = fold_with_map(text);
    let folded = map.text.as_str();
    let b = folded.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len()
            && (b[i].is_ascii_digit()
                || (matches!(b[i], b'.' | b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let digits = &folded[start..i];
        let Some(v) = number_value(digits) else {
            continue;
        };
        let mut values = vec![v];
        let mut end = i;
        let after = &folded[i..];
        let space = after.len() - after.trim_start().len();
        let next = after[space..].split_whitespace().next().unwrap_or("");
        let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
        if let Some((_, scale)) = scales.iter().find(|(w, _)| *w == next) {
            values.push(v * scale);
            end = i + space + next.len();
        }
        let (s, e) = map.original_range(start, end, text);
        out.push(Number {
            text: digits.to_string(),
            spelled: text[s..e].to_string(),
            values,
            in_words: false,
        });
    }
    out
}

/// A value as digits, for comparing how two numbers are written (834 and 843).
fn digits_of(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// A whole value with its thousands grouped (30,000), as an English target writes it.
fn grouped(v: f64) -> String {
    let d = digits_of(v);
    if d.contains('.') || d.len() <= 3 {
        return d;
    }
    let mut out = String::new();
    for (k, c) in d.chars().enumerate() {
        if k > 0 && (d.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Every number of the source must be in the target, as digits in any grouping, with a
/// scale word (30 ألف → 30,000, 30 thousand or thirty thousand) or in English words
/// (three, twenty-one). A missing number comes with what the target has instead, if
/// anything: the number of the target that stands for no number of the source and looks
/// most like the missing one (843 for 834), digits before words.
pub fn missing_numbers(source: &str, target: &str) -> Vec<Finding> {
    let mut have = numbers(target, &EN_SCALES);
    have.extend(word_numbers(target));
    let want = numbers(source, &AR_SCALES);
    let mut missing: Vec<&Number> = Vec::new();
    for n in &want {
        let present = n
            .values
            .iter()
            .any(|v| have.iter().any(|h| h.values.contains(v)));
        if !present && !missing.iter().any(|m| m.spelled == n.spelled) {
            missing.push(n);
        }
    }
    // What the target has that the source does not; `one` is more often a pronoun.
    let spare: Vec<&Number> = have
        .iter()
        .filter(|h| {
            !h.values
                .iter()
                .any(|v| want.iter().any(|n| n.values.contains(v)))
        })
        .filter(|h| !(h.in_words && h.text == "one"))
        .collect();
    // Each spare number goes to the missing number it looks most like.
    let mut pairs: Vec<(bool, usize, usize, usize)> = Vec::new();
    for (mi, m) in missing.iter().enumerate() {
        for (si, s) in spare.iter().enumerate() {
            let d = m
                .values
                .iter()
                .flat_map(|a| s.values.iter().map(move |b| (a, b)))
                .map(|(a, b)| edit_distance(&digits_of(*a), &digits_of(*b)))
                .min()
                .unwrap_or(usize::MAX);
            pairs.push((s.in_words, d, mi, si));
        }
    }
    pairs.sort();
    let mut found: Vec<Option<&str>> = vec![None; missing.len()];
    let mut used = vec![false; spare.len()];
    for (_, _, mi, si) in pairs {
        if found[mi].is_none() && !used[si] {
            found[mi] = Some(&spare[si].spelled);
            used[si] = true;
        }
    }
    missing
        .iter()
        .zip(found)
        .map(|(n, f)| {
            // 30 ألف is expected as 30,000; a plain number as its digits.
            let expected = match n.values[..] {
                [_, scaled] => grouped(scaled),
                _ => n.text.clone(),
            };
            Finding::new(Check::Number, &n.spelled, &expected, f.unwrap_or(""))
        })
        .collect()
}

// ---------------------------------------------------------------- form

/// Pairs that must balance in a target.
const BRACKETS: [(char, char); 5] = [('(', ')'), ('[', ']'), ('{', '}'), ('“', '”'), ('«', '»')];

/// Unpaired quotes or brackets, doubled words and double spaces in a target.
pub fn form(target: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    if target.matches('"').count() % 2 == 1 {
        out.push(Finding::new(Check::Form, "", "paired quotes", "\""));
    }
    let mut stack: Vec<char> = Vec::new();
    let mut unpaired: Option<char> = None;
    for c in target.chars() {
        if let Some(&(open, _)) = BRACKETS.iter().find(|(o, _)| *o == c) {
            stack.push(open);
        } else if let Some(&(open, _)) = BRACKETS.iter().find(|(_, cl)| *cl == c) {
            if stack.pop() != Some(open) {
                unpaired.get_or_insert(c);
            }
        }
    }
    if let Some(c) = unpaired.or(stack.first().copied()) {
        out.push(Finding::new(
            Check::Form,
            "",
            "paired brackets and quotes",
            &c.to_string(),
        ));
    }
    let ws: Vec<_> = words(target).collect();
    for pair in ws.windows(2) {
        let gap = &target[pair[0].end..pair[1].start];
        let same = pair[0].text.to_lowercase() == pair[1].text.to_lowercase();
        if same && !gap.is_empty() && gap.chars().all(char::is_whitespace) {
            let found = &target[pair[0].start..pair[1].end];
            out.push(Finding::new(Check::Form, "", "no doubled word", found));
            break;
        }
    }
    if let Some(at) = target.find("  ") {
        let from = target[..at].rfind(' ').map_or(0, |i| i + 1);
        let rest = at + target[at..].len() - target[at..].trim_start().len();
        let to = target[rest..].find(' ').map_or(target.len(), |i| rest + i);
        out.push(Finding::new(
            Check::Form,
            "",
            "single spaces",
            &target[from..to],
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(source: &str, accepted: &[&str]) -> Term {
        Term {
            source: source.into(),
            accepted: accepted.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn untranslated_targets() {
        assert!(untranslated("قال", "  ").is_some());
        assert!(untranslated("قال باشينيان", " قال  باشينيان ").is_some());
        assert!(untranslated("قال", "said").is_none());
    }

    #[test]
    fn key_terms_are_found_case_insensitively_at_word_boundaries() {
        let t = term("باشينيان", &["Pashinyan"]);
        assert_eq!(key_term(&t, "PASHINYAN said").unwrap().spelled, "PASHINYAN");
        assert!(key_term(&t, "Pashinyan's video").is_ok());
        assert!(key_term(&t, "Pashinyanism").is_err());
        let az = term("أذربيجان", &["Azerbaijan"]);
        assert!(key_term(&az, "the Azerbaijani army").is_ok());
        let nk = term("قره باغ", &["Karabakh"]);
        assert!(key_term(&nk, "in Nagorno-Karabakh.").is_ok());
        // A second accepted form counts.
        let tr = term("تركيا", &["Turkey", "Türkiye"]);
        assert_eq!(key_term(&tr, "Türkiye said").unwrap().form, "Türkiye");
    }

    #[test]
    fn near_misses_are_reported_with_the_expected_form() {
        let f = key_term(&term("باشينيان", &["Pashinyan"]), "PM Pashinian said").unwrap_err();
        assert_eq!(
            (f.expected.as_str(), f.found.as_str()),
            ("Pashinyan", "Pashinian")
        );
        let f = key_term(
            &term("إلهام علييف", &["Ilham Aliyev"]),
            "Ilham Aliev tweeted",
        )
        .unwrap_err();
        assert_eq!(f.found, "Ilham Aliev");
        // Nothing close: the name is simply missing.
        let f = key_term(&term("باكو", &["Baku"]), "if asked by the capital").unwrap_err();
        assert_eq!(f.found, "");
    }

    #[test]
    fn names_differing_in_hyphens_spaces_or_apostrophes_are_warnings() {
        // Seed 000, sentence 6.
        let nk = term("ناغورنو قره باغ", &["Nagorno-Karabakh"]);
        let target = "to fight alongside the separatists in Nagorno Karabakh against Azerbaijan.";
        let f = key_term(&nk, target).unwrap_err();
        assert_eq!(
            (f.expected.as_str(), f.found.as_str(), f.error),
            ("Nagorno-Karabakh", "Nagorno Karabakh", false)
        );
        assert_eq!(
            key_term(&nk, "in NagornoKarabakh").unwrap_err().found,
            "NagornoKarabakh"
        );
        let f = key_term(&nk, "nagorno karabakh's army").unwrap_err();
        assert_eq!((f.found.as_str(), f.error), ("nagorno karabakh", false));
        let pap = term("بورت أو برنس", &["Port-au-Prince"]);
        assert_eq!(
            key_term(&pap, "in Port au Prince").unwrap_err().found,
            "Port au Prince"
        );
        let sj = term("سانت جونس", &["St. John's"]);
        let f = key_term(&sj, "in St. Johns, Canada").unwrap_err();
        assert_eq!((f.found.as_str(), f.error), ("St. Johns", false));
        // Only the typography differs: a non-breaking hyphen, a dash, a curly apostrophe.
        let u = key_term(&nk, "in Nagorno\u{2011}Karabakh").unwrap();
        assert_eq!(u.spelled, "Nagorno\u{2011}Karabakh");
        assert!(key_term(&nk, "in Nagorno–Karabakh").is_ok());
        assert_eq!(key_term(&sj, "St. John’s").unwrap().spelled, "St. John’s");
        // A misspelling of a hyphenated name is a near miss, and an error.
        let f = key_term(&nk, "the separatists in Nagorno-Karabagh").unwrap_err();
        assert_eq!((f.found.as_str(), f.error), ("Nagorno-Karabagh", true));
        // A word cut in two is not a spelling of it (ran is the near miss of Iran).
        let iran = term("إيران", &["Iran"]);
        let f = key_term(&iran, "as I ran home").unwrap_err();
        assert_eq!((f.found.as_str(), f.error), ("ran", true));
        let sanaa = term("صنعاء", &["Sanaa"]);
        let f = key_term(&sanaa, "in Sana'a, Yemen").unwrap_err();
        assert_eq!((f.found.as_str(), f.error), ("Sana'a", false));
    }

    fn number(source_term: &str, expected: &str, found: &str) -> Finding {
        Finding::new(Check::Number, source_term, expected, found)
    }

    #[test]
    fn a_missing_number_says_what_the_target_has_instead() {
        // Seed 000, sentence 23, with 834 mistyped as 843.
        let source = "سجلت سقوط 62 قتيلا آخرين في صفوف الجيش، مما يرفع العدد الإجمالي منذ اندلاع \
                      القتال مع قوات أذربيجان في 27 سبتمبر/أيلول إلى 834 قتيلا.";
        let target = "it had recorded 62 more deaths among its troops, bringing the total since \
                      fighting broke out on 27 September to 843.";
        assert_eq!(
            missing_numbers(source, target),
            [number("834", "834", "843")]
        );
        // Two missing, two spare: each goes to the one it looks like.
        assert_eq!(
            missing_numbers("سقوط 62 قتيلا و834", "843 deaths, 26 of them"),
            [number("62", "62", "26"), number("834", "834", "843")]
        );
        // The source number as written, the expected one in ASCII digits.
        assert_eq!(
            missing_numbers("سقوط ٨٣٤ قتيلا", "843 dead"),
            [number("٨٣٤", "834", "843")]
        );
        // A number with a scale word is expected at its full value.
        assert_eq!(
            missing_numbers("حرب أوقعت 30 ألف قتيل", "a war that killed 40,000 people"),
            [number("30 ألف", "30,000", "40,000")]
        );
        // Seed 000, sentence 24: four (أربع) is in words on both sides.
        assert_eq!(
            missing_numbers(
                "أسفرت عن مقتل 150 من عناصر الجيش، إضافة إلى تدمير أربع مدرعات",
                "killed 15 soldiers and destroyed four armoured vehicles"
            ),
            [number("150", "150", "15")]
        );
        // Nothing spare: nothing found; `one` as a pronoun is not offered.
        assert_eq!(
            missing_numbers("مقتل 150 جنديا", "killed one of the soldiers"),
            [number("150", "150", "")]
        );
        // Digits are offered before words.
        assert_eq!(
            missing_numbers("إسقاط 3 طائرات", "downed four of 5 drones"),
            [number("3", "3", "5")]
        );
        assert_eq!(
            missing_numbers("إسقاط 3 طائرات", "downed four drones"),
            [number("3", "3", "four")]
        );
    }

    #[test]
    fn numbers_written_in_english_words() {
        // Seed 000, sentence 30.
        let source = "مما تسبب في حرب أوقعت 30 ألف قتيل.";
        for target in [
            "causing a war that killed thirty thousand people.",
            "causing a war that killed Thirty Thousand people.",
            "causing a war that killed 30 thousand people.",
            "causing a war that killed 30,000 people.",
        ] {
            assert!(missing_numbers(source, target).is_empty(), "{target}");
        }
        assert_eq!(
            missing_numbers(source, "a war that killed thirteen thousand people")[0].found,
            "thirteen thousand"
        );
        let values = |t: &str| {
            word_numbers(t)
                .into_iter()
                .map(|n| (n.spelled, n.values[0]))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            values("twenty-one villages, a hundred and fifty soldiers and two million people"),
            [
                ("twenty-one".to_string(), 21.0),
                ("a hundred and fifty".to_string(), 150.0),
                ("two million".to_string(), 2e6),
            ]
        );
        assert_eq!(
            values("thirty-five thousand two hundred, one and a half"),
            [
                ("thirty-five thousand two hundred".to_string(), 35200.0),
                ("one".to_string(), 1.0)
            ]
        );
        // Not numbers: words that only look like parts of one.
        assert!(values("a man and a woman, thousands of people").is_empty());
        assert!(missing_numbers("في 21 قرية", "in twenty-one villages").is_empty());
        assert!(
            missing_numbers("مقتل 150 جنديا", "killed a hundred and fifty soldiers").is_empty()
        );
    }

    #[test]
    fn numbers_in_any_digits_and_grouping() {
        assert!(missing_numbers("٨٣٤ قتيلا", "834 dead").is_empty());
        assert!(missing_numbers("834 قتيلا", "٨٣٤ dead").is_empty());
        assert!(missing_numbers("1200", "1,200 and").is_empty());
        assert!(missing_numbers("1,200", "1.200").is_empty());
        assert!(missing_numbers("30 ألف قتيل", "30,000 dead").is_empty());
        assert!(missing_numbers("30 ألف قتيل", "30 thousand dead").is_empty());
        assert!(missing_numbers("إسقاط 3 طائرات", "downed three drones").is_empty());
        assert!(missing_numbers("في 27 سبتمبر", "on September 27th").is_empty());
        let f = missing_numbers("سقوط 62 قتيلا و834", "834 deaths");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].source_term, "62");
        assert_eq!(missing_numbers("1.5", "15").len(), 1);
    }

    #[test]
    fn form_problems() {
        let kinds = |t: &str| form(t).into_iter().map(|f| f.expected).collect::<Vec<_>>();
        assert!(form("He said \"no\" (twice) «yes».").is_empty());
        assert_eq!(kinds("He said \"no."), ["paired quotes"]);
        assert_eq!(kinds("He said (no."), ["paired brackets and quotes"]);
        assert_eq!(kinds("He said no)."), ["paired brackets and quotes"]);
        assert_eq!(form("said the the army")[0].found, "the the");
        assert_eq!(form("said the  army")[0].found, "the  army");
        assert!(form("Pashinyan's video, the army").is_empty());
    }

    proptest::proptest! {
        /// No check panics on any text, Arabic presentation forms and marks included.
        #[test]
        fn checks_never_panic(source in "\\PC{0,40}", target in "[\\PC\u{FDF0}-\u{FDFF}\u{0610}-\u{061A} \"()]{0,40}") {
            let _ = untranslated(&source, &target);
            let _ = missing_numbers(&source, &target);
            let _ = form(&target);
            let t = Term { source: source.clone(), accepted: vec![source.clone(), "ﷺ x".into()] };
            let _ = key_term(&t, &target);
            let _ = near_miss(&target, &source);
        }
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("pashinian", "pashinyan"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("aliev", "aliyev"), 1);
    }
}
