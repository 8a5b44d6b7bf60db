//! Language detection for one article.

use super::{whatlang_code, Lang};

/// Detect the language of `text`. Text mostly in Arabic script is Arabic unless whatlang
/// is confident it is Persian or Urdu (their letters and function words differ); other
/// text goes to whatlang, and an unsupported or unreliable answer gives [`Lang::Other`]
/// for scripts we cannot guess, or English for Latin text we cannot place.
///
/// Only the beginning is read: if the first kilobyte is mostly Arabic script with no
/// letter only Persian or Urdu have, the text is Arabic (an Arabic article that turns
/// to English further down stays Arabic); otherwise the first 4 KB decide. Arabic vowel
/// marks and Quranic annotation marks count as Arabic script.
pub fn detect(text: &str) -> Lang {
    // Most of what we read is Arabic: a kilobyte that is mostly Arabic letters, none of
    // them Persian or Urdu, settles it.
    let (arabic, letters, persian_urdu) = count_letters(prefix(text, 1024));
    if letters > 0 && arabic * 2 >= letters && persian_urdu == 0 {
        return Lang::Ar;
    }
    // Look at a bounded prefix: detection on a whole 100 MB line would be wasted work.
    let sample = prefix(text, 4096);
    let (arabic, letters, persian_urdu) = count_letters(sample);
    if letters == 0 {
        return Lang::Other;
    }
    if arabic * 2 >= letters {
        // Arabic script is Arabic unless it uses the letters only Persian and Urdu have
        // (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ھ) and whatlang is confident. Arabic news borrows them
        // only in the odd foreign name, so whatlang (slow) runs only then.
        if persian_urdu * 100 < arabic {
            return Lang::Ar;
        }
        return match guess(sample) {
            Some((l @ (Lang::Fa | Lang::Ur), true)) => l,
            _ => Lang::Ar,
        };
    }
    match guess(sample) {
        Some((l, _)) => l,
        None => Lang::Other,
    }
}

/// Letters in `sample`: (Arabic-script letters, all letters, letters only Persian and
/// Urdu have).
fn count_letters(sample: &str) -> (usize, usize, usize) {
    let (mut arabic, mut letters, mut persian_urdu) = (0usize, 0usize, 0usize);
    for c in sample.chars() {
        // Cheap range checks first: the Unicode letter tables are slow.
        if c.is_ascii() {
            letters += usize::from(c.is_ascii_alphabetic());
        } else if is_arabic_script(c) {
            letters += 1;
            arabic += 1;
            persian_urdu += usize::from(is_persian_or_urdu_letter(c));
        } else if is_arabic_mark(c) {
            // Vowel marks, shadda and Quranic marks: Arabic script too (and the Unicode
            // letter tables that would say "alphabetic" are slow).
            letters += 1;
            arabic += 1;
        } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
            // Arabic digits and punctuation: not letters.
        } else if c.is_alphabetic() {
            letters += 1;
        }
    }
    (arabic, letters, persian_urdu)
}

/// whatlang's answer, if it is a language we have a profile for, with its reliability.
fn guess(sample: &str) -> Option<(Lang, bool)> {
    let info = whatlang::detect(sample)?;
    let code = info.lang().code();
    Lang::ALL
        .iter()
        .copied()
        .find(|l| whatlang_code(*l) == Some(code))
        .map(|l| (l, info.is_reliable()))
}

/// A letter of the Arabic script: Arabic, Persian and Urdu letters, the supplement and
/// the presentation forms (not marks, digits or punctuation).
pub fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// Marks written on Arabic letters: Quranic honorifics and annotation signs, tanween,
/// vowels, shadda, sukun, the dagger alef.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

fn is_persian_or_urdu_letter(c: char) -> bool {
    matches!(
        c,
        'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ھ' | 'ۀ'
    )
}

/// The longest prefix of `s` of at most `max` bytes that ends on a char boundary.
fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_news_languages() {
        assert_eq!(
            detect("اعتبر رئيس الوزراء الأرميني نيكول باشينيان أنه لا يوجد حل دبلوماسي للصراع"),
            Lang::Ar
        );
        assert_eq!(detect("The Armenian prime minister said there was no diplomatic solution to the conflict."), Lang::En);
        assert_eq!(detect("Le Premier ministre arménien a estimé qu'il n'y avait pas de solution diplomatique au conflit."), Lang::Fr);
        assert_eq!(
            detect("Премьер-министр Армении заявил, что дипломатического решения конфликта нет."),
            Lang::Ru
        );
        assert_eq!(detect("12345 ..."), Lang::Other);
        assert_eq!(
            detect("ما می‌خواهیم که این گفتگوها ادامه پیدا کند و همه کشورها در آن شرکت کنند"),
            Lang::Fa
        );
    }

    #[test]
    fn vocalized_and_long_texts() {
        // Fully vocalized Quranic text: the marks are Arabic script, not other letters.
        let quran = "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۚ ";
        assert_eq!(detect(&quran.repeat(20)), Lang::Ar);
        // A kilobyte of Arabic decides, whatever follows.
        let arabic = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف. ";
        let english = "The talks will resume next week in Geneva, the minister said. ";
        assert_eq!(
            detect(&(arabic.repeat(20) + &english.repeat(200))),
            Lang::Ar
        );
        // Persian past the first kilobyte's Arabic letters still goes to the 4 KB rule.
        let persian = "ما می‌خواهیم که این گفتگوها ادامه پیدا کند و همه کشورها در آن شرکت کنند. ";
        assert_eq!(detect(&persian.repeat(40)), Lang::Fa);
    }
}
