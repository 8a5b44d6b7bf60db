//! Text that is not UTF-8: which 8-bit code page it is in.
//!
//! A saved web page says so itself (`<meta charset="iso-8859-6">`); a plain text file
//! does not, and the code pages Arabic archives use are told apart by their letters.
//! Windows-1256 puts the common letters ه و ى ي at bytes that ISO-8859-6 gives to
//! nothing and Windows-1256 text decoded as ISO-8859-6 fails on ف ق ك; ISO-8859-6 text
//! read as Windows-1256 turns those four letters into `ç è é ê`. Western European text
//! (Windows-1252, a superset of Latin-1) has a few accented letters among plain ASCII.

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
pub fn decode(bytes: &[u8]) -> Option<Legacy> {
    if let Some(enc) = declared(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
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
    let arabic = |text: &str| {
        let non_ascii = non_ascii(text);
        non_ascii > 0 && arabic_letters(text) * 2 >= non_ascii
    };
    let (cp1256, _) = encoding_rs::WINDOWS_1256.decode_without_bom_handling(bytes);
    let (iso, iso_errors) = encoding_rs::ISO_8859_6.decode_without_bom_handling(bytes);
    // Mostly Arabic letters in ISO-8859-6, and accented Latin ones in Windows-1256: a
    // French é is ى in ISO-8859-6, but French text has more ASCII letters than those.
    let ascii_letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
    if !iso_errors
        && arabic(&iso)
        && arabic_letters(&iso) > ascii_letters
        && latin_letters(&cp1256) * 10 > non_ascii(&cp1256)
    {
        return Some(Legacy {
            text: iso.into_owned(),
            how: "Arabic ISO-8859-6".into(),
        });
    }
    // Russian in Windows-1251 also reads as Arabic letters in Windows-1256, but half
    // of it as accented Latin ones, which Arabic text hardly has.
    if arabic(&cp1256) && latin_letters(&cp1256) * 5 < non_ascii(&cp1256) {
        return Some(Legacy {
            text: cp1256.into_owned(),
            how: "Arabic Windows-1256".into(),
        });
    }
    // Western European: a few accented letters among ASCII ones (café, Straße). Text
    // in another alphabet (Cyrillic in Windows-1251) is nearly all high bytes, and
    // would read as Latin gibberish; it is left to the error.
    let (western, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    let letters = western.chars().filter(|c| c.is_alphabetic()).count();
    let accented = latin_letters(&western);
    let others = non_ascii(&western) - accented;
    if accented > 0 && accented * 4 <= letters && others * 10 <= accented {
        return Some(Legacy {
            text: western.into_owned(),
            how: "Western European Windows-1252".into(),
        });
    }
    None
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
            return (enc != encoding_rs::UTF_8
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
    fn western_european_text_reads_and_other_alphabets_do_not() {
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
