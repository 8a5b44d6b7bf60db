//! OmegaT's glossary: a UTF-8 text file (name it `.utf8` or `.txt` in the project's
//! `glossary/` folder), one line per term, `source TAB target TAB comment`. OmegaT matches
//! source forms as written, so each source spelling gets its own line, and each admitted
//! target form its own line too.

use super::termbase::TermBase;
use std::io::{self, Write};

/// A field with the characters the format cannot hold (tabs, line breaks) made spaces.
fn field(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The source forms OmegaT would not read: its glossary reader takes a line that starts
/// with `#` for a comment, so a term such as `#هاشتاغ` would be dropped without a word.
pub fn unreadable_terms(tb: &TermBase) -> Vec<&str> {
    tb.entries
        .iter()
        .flat_map(|e| std::iter::once(&e.source).chain(&e.variants))
        .filter(|s| s.trim_start().starts_with('#'))
        .map(String::as_str)
        .collect()
}

/// Write `tb` as an OmegaT glossary. The comment holds the type and the note; a variant's
/// comment also names the preferred form.
pub fn write_omegat<W: Write>(mut out: W, tb: &TermBase) -> io::Result<()> {
    for e in &tb.entries {
        let about: Vec<&str> = [e.kind.as_str(), &e.note]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        let about = about.join("; ");
        let targets = std::iter::once(&e.target).chain(&e.target_variants);
        for (i, target) in targets.enumerate() {
            let sources = std::iter::once(&e.source).chain(&e.variants);
            for (j, source) in sources.enumerate() {
                let comment = if i + j == 0 {
                    about.clone()
                } else {
                    let of = format!("variant of {}={}", e.source, e.target);
                    [of, about.clone()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                writeln!(
                    out,
                    "{}\t{}\t{}",
                    field(source),
                    field(target),
                    field(&comment)
                )?;
            }
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::termbase::sample;

    #[test]
    fn one_line_per_spelling() {
        let mut out = Vec::new();
        write_omegat(&mut out, &sample()).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "باشينيان\tPashinyan\tperson; Armenian prime minister & <PM>\n\
             باشنيان\tPashinyan\tvariant of باشينيان=Pashinyan; person; Armenian prime minister & <PM>\n\
             تركيا\tTurkey\tplace\n\
             تركيا\tTürkiye\tvariant of تركيا=Turkey; place\n\
             باكو\tBaku\t\n"
        );
    }

    #[test]
    fn terms_omegat_takes_for_comments_are_named() {
        let mut tb = sample();
        assert!(unreadable_terms(&tb).is_empty());
        tb.entries[2].source = "#هاشتاغ".to_string();
        assert_eq!(unreadable_terms(&tb), ["#هاشتاغ"]);
    }
}
