//! Bytes to text: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, and a legacy
//! code page (see [`super::legacy`]) when the bytes are not UTF-8. Binary files are
//! refused with a reason.

use crate::error::{Error, Result};
use std::path::Path;

/// Decoded text, with a warning when the decoding was not plain UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte order mark.
    pub text: String,
    /// What the user should know about the decoding, if anything.
    pub warning: Option<String>,
}

/// Decode the bytes of `path`.
///
/// Given the bytes by value (a `Vec<u8>`), plain UTF-8 becomes the text without a copy.
pub fn decode<B: AsRef<[u8]> + Into<Vec<u8>>>(input: B, path: &Path) -> Result<Decoded> {
    let bytes = input.as_ref();
    let fail = |reason: String| Error::Decode {
        path: path.to_path_buf(),
        reason,
    };
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8_or_lossy(rest, path);
    }
    for (bom, enc) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, had_errors) = enc.decode_without_bom_handling(rest);
            if had_errors {
                return Err(fail(format!(
                    "not valid {} although it starts with its byte order mark; re-save the file as UTF-8",
                    enc.name()
                )));
            }
            return Ok(Decoded {
                text: text.into_owned(),
                warning: None,
            });
        }
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors {
            return Ok(Decoded {
                text: text.into_owned(),
                warning: Some(format!(
                    "no byte order mark; read as {} from its pattern of bytes",
                    enc.name()
                )),
            });
        }
    }
    if looks_binary(bytes) {
        if let Some(at) = stray_nul(bytes) {
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(fail(format!(
                "holds a NUL byte on line {line} (byte offset {at}), which no text has; the rest is text: remove it (a tool that saved the file may have put it there)"
            )));
        }
        return Err(fail(binary_advice(path).into()));
    }
    // Validating UTF-8 is a pass over every byte of every file; std's validator is
    // slow on text that is not ASCII, simdutf8's is an order of magnitude faster.
    let bytes: Vec<u8> = input.into();
    if simdutf8::basic::from_utf8(&bytes).is_err() {
        return utf8_or_lossy(&bytes, path);
    }
    // SAFETY: `bytes` itself was just validated as UTF-8 and has not changed since.
    let text = unsafe { String::from_utf8_unchecked(bytes) };
    Ok(Decoded {
        text,
        warning: None,
    })
}

/// UTF-8 that may have a few broken sequences: if it is mostly UTF-8, replace the bad
/// bytes and say where; if it has no UTF-8 at all, find its code page.
fn utf8_or_lossy(bytes: &[u8], path: &Path) -> Result<Decoded> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: s.to_string(),
            warning: None,
        });
    }
    let (good_multibyte, bad, first_bad) = utf8_stats(bytes);
    if good_multibyte > 0 && bad * 20 <= good_multibyte {
        let line = bytes[..first_bad].iter().filter(|&&b| b == b'\n').count() + 1;
        return Ok(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            warning: Some(format!(
                "invalid UTF-8 ({bad} bad sequence(s), the first on line {line}); replaced with U+FFFD"
            )),
        });
    }
    match super::legacy::decode(bytes) {
        Some(l) => Ok(Decoded {
            text: l.text,
            warning: Some(format!("not UTF-8: decoded as {}", l.how)),
        }),
        None => Err(Error::Decode {
            path: path.to_path_buf(),
            reason: format!(
                "not UTF-8 (first bad byte at offset {first_bad}), nor Arabic Windows-1256 or ISO-8859-6, nor Western European Windows-1252; re-save the file as UTF-8, or for a web page declare its code page (<meta charset=\"...\">)"
            ),
        }),
    }
}

/// Count valid multi-byte UTF-8 sequences and invalid bytes; also the first bad offset.
fn utf8_stats(bytes: &[u8]) -> (usize, usize, usize) {
    let (mut good, mut bad, mut first_bad) = (0usize, 0usize, usize::MAX);
    let mut rest = bytes;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                good += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                // SAFETY-free: from_utf8 already validated this prefix.
                good += std::str::from_utf8(&rest[..valid])
                    .map(|s| s.chars().filter(|c| !c.is_ascii()).count())
                    .unwrap_or(0);
                bad += 1;
                first_bad = first_bad.min(offset + valid);
                let skip = valid + e.error_len().unwrap_or(rest.len() - valid).max(1);
                if skip >= rest.len() {
                    break;
                }
                rest = &rest[skip..];
                offset += skip;
            }
        }
    }
    (
        good,
        bad,
        if first_bad == usize::MAX {
            0
        } else {
            first_bad
        },
    )
}

/// What to say about a binary file: how to save it as something we read, when its
/// extension says what it is (a translator's workbook, an article saved from Word).
fn binary_advice(path: &Path) -> &'static str {
    let ext = super::extension(path);
    match ext.as_str() {
        "xlsx" | "xls" | "xlsm" | "ods" | "numbers" => {
            "is a spreadsheet workbook, not text; save it as CSV UTF-8 (File > Save As) and pass the .csv"
        }
        "docx" | "doc" | "odt" | "rtf" | "pdf" | "pages" => {
            "is a word-processor or PDF document, not text; save it as plain text (.txt, UTF-8) and pass that"
        }
        _ => "looks like a binary file (an image, archive or document), not text; pass text files (.txt) or JSON Lines",
    }
}

/// UTF-16 saved without a byte order mark (some Windows exports): the high byte of each
/// code unit comes almost always from a handful of values (0x00 for spaces, digits and
/// Latin, 0x06 for Arabic, 0x20 for punctuation; an emoji's surrogates add a few more),
/// and spaces put a zero there often, while the low bytes hold no zero at all. Text in
/// any 8-bit encoding or UTF-8 has no zero byte.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    // Every text file passes here: most have no zero byte at all, and leave at once.
    if sample.len() < 8 || bytes.len() % 2 != 0 || memchr::memchr(0, sample).is_none() {
        return None;
    }
    let looks_like = |high: usize| {
        let pairs = sample.len() / 2;
        let mut count = [0usize; 256];
        for &b in sample.iter().skip(high).step_by(2) {
            count[usize::from(b)] += 1;
        }
        let zeros = count[0];
        // The four commonest high bytes hold at least 95% of the code units.
        count.sort_unstable_by(|a, b| b.cmp(a));
        let common: usize = count[..4].iter().sum();
        let low_zero = sample.iter().skip(1 - high).step_by(2).any(|&b| b == 0);
        zeros * 10 >= pairs && common * 100 >= pairs * 95 && !low_zero
    };
    if looks_like(1) {
        Some(encoding_rs::UTF_16LE)
    } else if looks_like(0) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// The offset of the first NUL byte of a text that has a few of them but is otherwise
/// UTF-8 with no other control characters: a damaged text (a CAT tool, a bad copy)
/// rather than a binary file, for a message that says where.
fn stray_nul(bytes: &[u8]) -> Option<usize> {
    let sample = head(bytes);
    let nuls = memchr::memchr_iter(0, sample).count();
    // UTF-8, but for a character the sample's end may cut in two.
    let text = std::str::from_utf8(sample).map_or_else(|e| e.error_len().is_none(), |_| true);
    (nuls > 0 && nuls <= 3 && controls(sample) == 0 && text && sample.len() >= 64)
        .then(|| memchr::memchr(0, bytes))
        .flatten()
}

/// NUL bytes, or many control characters, mean this is not a text file.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = head(bytes);
    sample.contains(&0) || controls(sample) * 100 > sample.len().max(1)
}

/// The first 8 KB of a file, where a binary file shows itself.
fn head(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(8192)]
}

/// How many bytes of `sample` are control characters no text holds: all but NUL (counted
/// apart), line breaks, the tab and the form feed.
fn controls(sample: &[u8]) -> usize {
    sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, 0 | b'\n' | b'\r' | b'\t' | 0x0C))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("x.txt")
    }

    #[test]
    fn owned_and_borrowed_bytes_decode_alike() {
        for bytes in [
            "قره باغ".as_bytes().to_vec(),
            b"\xEF\xBB\xBFbaku".to_vec(),
            b"caf\xE9 au lait, caf\xE9 noir, encore un caf\xE9".to_vec(),
        ] {
            let borrowed = decode(&bytes[..], p()).map_err(|e| e.to_string());
            let owned = decode(bytes.clone(), p()).map_err(|e| e.to_string());
            assert_eq!(owned, borrowed);
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("قره باغ".as_bytes(), p()).unwrap().text, "قره باغ");
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice("قره باغ".as_bytes());
        assert_eq!(decode(&b[..], p()).unwrap().text, "قره باغ");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "باكو\r\n".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le[..], p()).unwrap().text, "باكو\r\n");
        let mut be = vec![0xFE, 0xFF];
        for u in "باكو".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be[..], p()).unwrap().text, "باكو");
    }

    #[test]
    fn windows_1256_is_decoded_with_a_warning() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("قال باشينيان إن أرمينيا مستعدة.");
        let d = decode(&bytes[..], p()).unwrap();
        assert_eq!(d.text, "قال باشينيان إن أرمينيا مستعدة.");
        assert!(d.warning.unwrap().contains("Windows-1256"));
    }

    #[test]
    fn a_few_bad_bytes_in_utf8_are_replaced_and_located() {
        let mut b = "سطر أول عربي طويل بما يكفي للتحقق\n".repeat(3).into_bytes();
        b.extend_from_slice(b"\xFF\xFE\xFD bad\n");
        let d = decode(&b[..], p()).unwrap();
        assert!(d.text.contains('\u{FFFD}'));
        assert!(d.warning.unwrap().contains("line 4"));
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let text = "قال باشينيان إن المحادثات ستستمر في موسكو، وأضاف: \"لا حل\" (2020).\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        for bytes in [le, be] {
            let d = decode(&bytes[..], p()).unwrap();
            assert_eq!(d.text, text);
            assert!(d.warning.unwrap().contains("no byte order mark"));
        }
        // An emoji (a surrogate pair) and a few accented or Cyrillic letters do not
        // hide the pattern.
        let text = format!("{} 👍 Café, Москва.\n", text.repeat(3));
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&le[..], p()).unwrap().text, text);
        // Binary with zeros is still binary.
        assert!(decode(&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10"[..], p()).is_err());
    }

    #[test]
    fn a_stray_nul_in_text_is_located_and_binary_is_not_text() {
        let mut sheet = "doc,sent,source,target\nd,1,قال باشينيان.,Pashinyan said.\n"
            .as_bytes()
            .to_vec();
        sheet.extend_from_slice(b"d,2,\xD9\x82\xD8\xA7\xD9\x84.,said\0.\n");
        let e = decode(&sheet[..], Path::new("back.csv"))
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("back.csv: holds a NUL byte on line 3 (byte offset"),
            "{e}"
        );
    }

    #[test]
    fn binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        let e = decode(png, p()).unwrap_err().to_string();
        assert!(e.contains("binary"), "{e}");
        let zip = b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0";
        let e = decode(&zip[..], Path::new("job.xlsx"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("job.xlsx") && e.contains("save it as CSV"),
            "{e}"
        );
        let e = decode(&zip[..], Path::new("article.docx"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("plain text (.txt"), "{e}");
    }
}
