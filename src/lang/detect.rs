//! Language detection for one article.

use super::{whatlang_code, Lang};

/// Detect the language of `text`. Text mostly in Arabic script is Arabic unless whatlang
/// is confident it is Persian or Urdu (their letters and function words differ); other
/// text goes to whatlang, and an unsupported or unreliable answer gives [`Lang::Other`]
/// for scripts we cannot guess, or English for Latin text we cannot place.
pub fn detect(text: &str) -> Lang {
    // Look at a bounded prefix: detection on a whole 100 MB line would be wasted work.
    let sample = prefix(text, 4096);
    let (mut arabic, mut letters) = (0usize, 0usize);
    for c in sample.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        {
            arabic += 1;
        }
    }
    if letters == 0 {
        return Lang::Other;
    }
    let info = whatlang::detect(sample);
    let guess = info.and_then(|i| {
        let code = i.lang().code();
        Lang::ALL
            .iter()
            .copied()
            .find(|l| whatlang_code(*l) == Some(code))
            .map(|l| (l, i.is_reliable()))
    });
    if arabic * 2 >= letters {
        return match guess {
            Some((l @ (Lang::Fa | Lang::Ur), true)) => l,
            _ => Lang::Ar,
        };
    }
    match guess {
        Some((l, _)) => l,
        None => Lang::Other,
    }
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
    }
}
