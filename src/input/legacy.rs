//! Text that is not UTF-8: which 8-bit code page it is in.
//!
//! A saved web page says so itself (`<meta charset="iso-8859-6">`); a plain text file
//! does not, and the code pages Arabic archives use are told apart by their letters.
//! ISO-8859-6 leaves undefined the bytes Windows-1256 gives غ ف ق ك, so Windows-1256
//! text fails to decode as ISO-8859-6; and ISO-8859-6 puts ه و ى ي where Windows-1256
//! has `ç è é ê`, so ISO-8859-6 text read as Windows-1256 is full of accented Latin
//! letters. Western European text (Windows-1252, a superset of Latin-1) has a few
//! accented letters among plain ASCII.

use encoding_rs::Encoding;

/// A code page and the text it gives.
pub struct Legacy {
    /// The text.
    pub text: String,
    /// How it was read, for the warning: `Arabic Windows-1256`, `ISO-8859-6, as the file
    /// declares`.
    pub how: String,
}

/// The text of `bytes` (not UTF-8) in the code page the file declares, or else the one
/// its letters point to; `None` when neither gives believable text.
///
/// A declaration is trusted unless the letters show Arabic in another code page, or
/// the declared code page leaves bytes undefined (an Arabic one is kept even then).
/// Pages are saved in other code pages than their `<meta>` says: Arabic bytes under
/// `charset=iso-8859-1` would read as `ÞÇá ÑÆíÓ`.
pub fn decode(bytes: &[u8]) -> Option<Legacy> {
    let guess = guess(bytes);
    if let Some(enc) = declared(bytes) {
        let arabic_page = enc == encoding_rs::WINDOWS_1256 || enc == encoding_rs::ISO_8859_6;
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        // The letters say Arabic in another code page than the one declared.
        let guessed_other = guess.as_ref().is_some_and(|g| g.arabic && g.enc != enc);
        if (arabic_page || !had_errors) && !guessed_other {
            let replaced = if had_errors {
                " (bytes it does not define were replaced with U+FFFD)"
            } else {
                ""
            };
            return Some(Legacy {
                text: text.into_owned(),
                how: format!("{}, as the file declares{replaced}", enc.name()),
            });
        }
        if let Some(g) = guess {
            return Some(Legacy {
                text: g.text,
                how: format!(
                    "{} (the file declares {}, which its bytes are not)",
                    g.how,
                    enc.name()
                ),
            });
        }
    }
    guess.map(|g| Legacy {
        text: g.text,
        how: g.how,
    })
}

/// A code page worked out from the letters, and whether it is an Arabic one.
struct Guess {
    text: String,
    how: String,
    enc: &'static Encoding,
    arabic: bool,
}

/// The code page the letters point to: Arabic ISO-8859-6 or Windows-1256, else Western
/// European Windows-1252.
fn guess(bytes: &[u8]) -> Option<Guess> {
    let found = |text: std::borrow::Cow<'_, str>, how: &str, enc: &'static Encoding| {
        Some(Guess {
            text: text.into_owned(),
            how: how.into(),
            enc,
            arabic: enc != encoding_rs::WINDOWS_1252,
        })
    };
    let arabic = |text: &str| {
        let non_ascii = non_ascii(text);
        non_ascii > 0 && arabic_letters(text) * 2 >= non_ascii
    };
    let (cp1256, _) = encoding_rs::WINDOWS_1256.decode_without_bom_handling(bytes);
    let (iso, iso_errors) = encoding_rs::ISO_8859_6.decode_without_bom_handling(bytes);
    // ISO-8859-6: Arabic letters in Arabic words, where Windows-1256 reads accented
    // Latin ones. (French in Windows-1252 read as ISO-8859-6 has Arabic letters too, é
    // being ى, but each alone inside a Latin word.)
    if !iso_errors
        && arabic(&iso)
        && in_arabic_words(&iso) * 10 >= arabic_letters(&iso) * 9
        && latin_letters(&cp1256) * 10 > non_ascii(&cp1256)
    {
        return found(iso, "Arabic ISO-8859-6", encoding_rs::ISO_8859_6);
    }
    // Russian in Windows-1251 also reads as Arabic letters in Windows-1256, but half
    // of it as accented Latin ones, which Arabic text hardly has.
    if arabic(&cp1256) && latin_letters(&cp1256) * 5 < non_ascii(&cp1256) {
        return found(cp1256, "Arabic Windows-1256", encoding_rs::WINDOWS_1256);
    }
    // Western European: a few accented letters among ASCII ones (café, Straße), and the
    // punctuation of the code page (« » “ ” ’ – …). Text in another alphabet (Cyrillic
    // in Windows-1251) is nearly all high bytes, and would read as Latin gibberish; it
    // is left to the error.
    let (western, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    let letters = western.chars().filter(|c| c.is_alphabetic()).count();
    let accented = latin_letters(&western);
    let punctuation = western
        .chars()
        .filter(|&c| is_western_punctuation(c))
        .count();
    let others = non_ascii(&western) - accented - punctuation;
    let plausible = accented * 4 <= letters && others * 10 <= accented + punctuation;
    if accented + punctuation > 0 && plausible {
        return found(
            western,
            "Western European Windows-1252",
            encoding_rs::WINDOWS_1252,
        );
    }
    None
}

/// Punctuation and signs Windows-1252 adds to ASCII: quotes, dashes, the ellipsis,
/// currency, degree and the like.
fn is_western_punctuation(c: char) -> bool {
    matches!(c,
        '\u{00A0}'..='\u{00BF}' | '×' | '÷' | '\u{2013}'..='\u{2026}' | '\u{2030}'..='\u{203A}' | '€' | '™')
}

/// Arabic letters next to another Arabic letter (in a word of two or more).
fn in_arabic_words(text: &str) -> usize {
    let is_arabic = |c: Option<&char>| c.is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(c));
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| {
            is_arabic(chars.get(i))
                && (is_arabic(i.checked_sub(1).and_then(|j| chars.get(j)))
                    || is_arabic(chars.get(i + 1)))
        })
        .count()
}

/// Characters of the Arabic block.
fn arabic_letters(text: &str) -> usize {
    text.chars()
        .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
        .count()
}

/// Characters outside ASCII.
fn non_ascii(text: &str) -> usize {
    text.chars().filter(|c| !c.is_ascii()).count()
}

/// Accented Latin letters (`À`..`ÿ` but `×` `÷`).
fn latin_letters(text: &str) -> usize {
    text.chars()
        .filter(|&c| ('\u{00C0}'..='\u{00FF}').contains(&c) && c != '×' && c != '÷')
        .count()
}

/// The code page a web page or XML file declares in its first 4 KB: `<meta
/// charset="...">`, `<meta http-equiv="Content-Type" content="text/html;
/// charset=...">` or `<?xml ... encoding="...">`. UTF-8 and UTF-16 declarations are not
/// taken: the bytes were not UTF-8, so the declaration is wrong (a page saved in
/// another code page that kept its old `<meta>`).
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    if head[start] != b'<' {
        return None;
    }
    let lower = head.to_ascii_lowercase();
    ["charset", "encoding"].into_iter().find_map(|key| {
        let mut from = 0;
        while let Some(k) = find(&lower[from..], key.as_bytes()) {
            let at = from + k + key.len();
            from = at;
            // Only inside a `<meta ...>` tag or the `<?xml ...?>` declaration: the words
            // can also be the page's text.
            let tag = lower[..at].iter().rposition(|&b| b == b'<');
            let closed = lower[..at].iter().rposition(|&b| b == b'>');
            let in_tag = match (tag, closed) {
                (Some(t), c) => {
                    c.is_none_or(|c| c < t) && {
                        let name = &lower[t + 1..];
                        name.starts_with(b"meta") || name.starts_with(b"?xml")
                    }
                }
                (None, _) => false,
            };
            if !in_tag {
                continue;
            }
            let rest = &lower[at..];
            let rest = rest.trim_ascii_start();
            let Some(rest) = rest.strip_prefix(b"=") else {
                continue;
            };
            let rest = rest.trim_ascii_start();
            let rest = rest
                .strip_prefix(b"\"")
                .or(rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let end = rest
                .iter()
                .position(|&b| {
                    !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                })
                .unwrap_or(rest.len());
            let enc = Encoding::for_label(&rest[..end])?;
            // `replacement` stands for encodings that are refused outright (ISO-2022-KR):
            // no declaration worth taking.
            return (enc != encoding_rs::REPLACEMENT
                && enc != encoding_rs::UTF_8
                && enc != encoding_rs::UTF_16LE
                && enc != encoding_rs::UTF_16BE)
                .then_some(enc);
        }
        None
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWS: &str = "قال رئيس الوزراء الأرميني نيكول باشينيان إن الوضع في قره باغ خطير، وإن بلاده مستعدة للتفاوض.";

    fn read(bytes: &[u8]) -> (String, String) {
        let l = decode(bytes).expect("decoded");
        (l.text, l.how)
    }

    #[test]
    fn the_arabic_code_pages_are_told_apart_by_their_letters() {
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(NEWS);
        assert_eq!(read(&cp1256), (NEWS.into(), "Arabic Windows-1256".into()));
        let (iso, _, _) = encoding_rs::ISO_8859_6.encode(NEWS);
        assert_eq!(read(&iso), (NEWS.into(), "Arabic ISO-8859-6".into()));
    }

    #[test]
    fn a_declared_code_page_wins_and_a_wrong_utf8_one_is_passed_over() {
        let page = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\"></head><body><p>{NEWS}</p></body></html>"
        );
        let (bytes, _, _) = encoding_rs::ISO_8859_6.encode(&page);
        let (text, how) = read(&bytes);
        assert_eq!(text, page);
        assert_eq!(how, "ISO-8859-6, as the file declares");
        // Saved in Windows-1256 but still declaring UTF-8: the letters decide.
        let page = format!("<meta charset='utf-8'><p>{NEWS}</p>");
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&page);
        assert_eq!(read(&bytes).1, "Arabic Windows-1256");
        // A plain text mentioning "charset=" is not a declaration.
        let text = format!("{NEWS} charset=iso-8859-6");
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&text);
        assert_eq!(read(&bytes).1, "Arabic Windows-1256");
    }

    #[test]
    fn a_declaration_the_bytes_belie_is_passed_over() {
        // Arabic bytes under a Latin declaration, and ISO-8859-6 under a Windows-1256
        // one: the letters win, and the warning says so.
        for (declared, enc, how) in [
            (
                "iso-8859-1",
                encoding_rs::WINDOWS_1256,
                "Arabic Windows-1256 (the file declares windows-1252, which its bytes are not)",
            ),
            (
                "windows-1256",
                encoding_rs::ISO_8859_6,
                "Arabic ISO-8859-6 (the file declares windows-1256, which its bytes are not)",
            ),
        ] {
            let page = format!("<meta charset=\"{declared}\"><p>{NEWS}</p>");
            let (bytes, _, _) = enc.encode(&page);
            assert_eq!(read(&bytes), (page.clone(), how.into()));
        }
        // "charset=" in the page's text, or an encoding refused outright: no declaration.
        let page = format!("<p>charset=iso-8859-1 {NEWS}</p>");
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&page);
        assert_eq!(read(&bytes).1, "Arabic Windows-1256");
        let page = format!("<meta charset=\"iso-2022-kr\"><p>{NEWS}</p>");
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&page);
        assert_eq!(read(&bytes), (page, "Arabic Windows-1256".into()));
    }

    #[test]
    fn iso_8859_6_among_much_english_is_still_arabic() {
        let text = format!(
            "Yerevan (Reuters) - Armenian Prime Minister Nikol Pashinyan said on Monday the situation was serious and that his country was ready for talks. {NEWS}"
        );
        let (bytes, _, _) = encoding_rs::ISO_8859_6.encode(&text);
        assert_eq!(read(&bytes), (text, "Arabic ISO-8859-6".into()));
    }

    #[test]
    fn western_european_text_reads_and_other_alphabets_do_not() {
        for text in [
            "Le ministre a déclaré : « Nous sommes prêts », a-t-il dit.",
            "The minister said it’s “good news” – talks resume tomorrow…",
        ] {
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
            assert_eq!(
                read(&bytes),
                (text.into(), "Western European Windows-1252".into())
            );
        }
        let fr = "Le Premier ministre arménien a déclaré que la région était prête à négocier.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(fr);
        assert_eq!(
            read(&bytes),
            (fr.into(), "Western European Windows-1252".into())
        );
        // Russian in Windows-1251 would read as accented gibberish: refused.
        let (ru, _, _) = encoding_rs::WINDOWS_1251.encode("Премьер-министр Армении заявил");
        assert!(decode(&ru).is_none());
    }
}
