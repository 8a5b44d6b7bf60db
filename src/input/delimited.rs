//! The field delimiter of a delimited text file (CSV, `;`-CSV from Excel in many
//! locales, TSV), for the two readers that take such files from people: glossaries and
//! returned sheets.

/// The field delimiter, from the header line: whichever of `,` `;` and tab it holds most
/// of (outside quotes). A header with none of them is a one-column sheet, which fails
/// later with the list of columns found.
pub fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let mut counts = [(b'\t', 0usize), (b';', 0), (b',', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if *d == b {
                    *n += 1;
                }
            }
        }
    }
    // Ties go to the earlier entry: a tab, then `;`, then `,` (a comma is the likeliest
    // to appear inside a header name).
    counts
        .iter()
        .fold(
            (b',', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_the_delimiter_outside_quotes() {
        assert_eq!(sniff_delimiter("\"a;b\",c,d\n"), b',');
        assert_eq!(sniff_delimiter("a;b;c\n1,2;3"), b';');
        assert_eq!(sniff_delimiter("a\tb,c\td"), b'\t');
        assert_eq!(sniff_delimiter("source"), b',');
    }
}
