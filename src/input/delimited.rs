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

/// The cells of one line of a delimited text, read as the csv reader reads a row
/// (quotes and all); `None` when it cannot be read as one. For telling whether a line
/// found inside a cell is a row of the file that was read into it.
pub fn cells_of_line(line: &str, delimiter: u8) -> Option<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes())
        .records()
        .next()
        .and_then(Result::ok)
}

/// Where a cell opens with a quote that never closes, as [`unclosed_quote`] finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnclosedQuote {
    /// The 1-based line of the opening quote.
    pub line: usize,
    /// The 1-based record (row) it opens, counted as the csv reader counts rows.
    pub row: usize,
}

impl UnclosedQuote {
    /// Why the file is refused, for either reader's error.
    pub fn reason(&self) -> String {
        format!(
            "a cell opens with a quote on line {} and the quote never closes, so every row after it would be read into that cell; close the quote or remove it",
            self.line
        )
    }
}

/// A cell that opens with a quote and never closes it. The csv reader takes the rest of
/// the file into that cell without a word, so the rows after it would be lost. Gives the
/// line and record (row) where that cell starts, counted as the reader counts: LF, CRLF
/// and a lone CR end a line, and an empty line is no record.
pub fn unclosed_quote(text: &str, delimiter: u8) -> Option<UnclosedQuote> {
    let (mut line, mut record) = (1, 1);
    let mut line_is_empty = true;
    let mut opened_at = None;
    let mut at_cell_start = true;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        // `\r\n` is one line end: count it at its `\n`.
        let line_end = b == b'\n' || (b == b'\r' && bytes.peek() != Some(&b'\n'));
        if b == b'\r' && !line_end {
            continue;
        }
        if opened_at.is_some() {
            match b {
                // `""` is a quote inside the cell; a lone `"` closes it.
                b'"' if bytes.peek() == Some(&b'"') => {
                    bytes.next();
                }
                b'"' => {
                    opened_at = None;
                    at_cell_start = false;
                }
                _ if line_end => line += 1,
                _ => {}
            }
            continue;
        }
        if line_end {
            line += 1;
            record += usize::from(!line_is_empty);
            line_is_empty = true;
            at_cell_start = true;
            continue;
        }
        line_is_empty = false;
        // A quote opens a quoted cell only at the cell's start, as for the reader.
        if b == b'"' && at_cell_start {
            opened_at = Some(UnclosedQuote { line, row: record });
        }
        at_cell_start = b == delimiter;
    }
    opened_at
}

/// Why a row is refused when a cell past the header's `width` columns holds something:
/// a row longer than its header (usually a comma in an unquoted cell) whose tail the
/// readers would drop, and with it part of a translation or a note. Empty trailing
/// cells, which spreadsheets write, are fine.
pub fn past_the_header(record: &csv::StringRecord, width: usize, delimiter: u8) -> Option<String> {
    let (c, cell) = record
        .iter()
        .enumerate()
        .skip(width)
        .find(|(_, c)| !c.trim().is_empty())?;
    let delimiter = match delimiter {
        b'\t' => "a tab".to_string(),
        d => format!("'{}'", char::from(d)),
    };
    // `باكو, Baku, "capital, Azerbaijan"`: a space before the opening quote makes the
    // quote an ordinary character, so the quoted comma splits the cell after all.
    let fix = match record
        .iter()
        .position(|c| c.starts_with(char::is_whitespace) && c.trim_start().starts_with('"'))
    {
        Some(q) => format!(
            "cell {} has a space before its opening quote, which makes the quote count as text: remove the space",
            q + 1
        ),
        None => format!("a cell that holds {delimiter} must be in double quotes"),
    };
    Some(format!(
        "the row has {} cells but the header has {width} columns, so cell {} ('{}') would be lost; {fix}",
        record.len(),
        c + 1,
        cell.trim()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(line, row)` of the unclosed quote in `text`.
    fn unclosed(text: &str, delimiter: u8) -> Option<(usize, usize)> {
        unclosed_quote(text, delimiter).map(|q| (q.line, q.row))
    }

    #[test]
    fn finds_a_quote_that_never_closes() {
        assert_eq!(unclosed("a,b\n1,\"x\ny\"\n2,z\n", b','), None);
        assert_eq!(unclosed("a,b\n1,\"say \"\"hi\"\"\"\n", b','), None);
        // A quote inside an unquoted cell is a character, not a quote.
        assert_eq!(unclosed("a,b\n1,5\" screen\n2,z\n", b','), None);
        assert_eq!(
            unclosed("a,b\r\n1,ok\r\n2,\"open\r\n3,x\r\n", b','),
            Some((3, 3))
        );
        assert_eq!(unclosed("a;b\n\"x;y\n", b';'), Some((2, 2)));
        // Old Mac line ends (a lone CR) end rows too.
        assert_eq!(unclosed("doc,sent\rd,1\r\"d,2\rd,3\r", b','), Some((3, 3)));
        // Empty lines are no rows, for the reader; they are lines.
        assert_eq!(unclosed("a,b\n\n1,x\n\n2,\"y\n", b','), Some((5, 3)));
    }

    #[test]
    fn finds_a_cell_past_the_header() {
        let rec = csv::StringRecord::from(vec!["d", "1", "src", "said", " yesterday."]);
        let why = past_the_header(&rec, 4, b',').unwrap();
        assert!(why.contains("cell 5 ('yesterday.')"), "{why}");
        assert!(why.contains("header has 4 columns"), "{why}");
        assert_eq!(past_the_header(&rec, 5, b','), None);
        let spaced = csv::StringRecord::from(vec!["باكو", " Baku", " \"capital", " Azerbaijan\""]);
        let why = past_the_header(&spaced, 3, b',').unwrap();
        assert!(
            why.contains("cell 3 has a space before its opening quote"),
            "{why}"
        );
        let trailing = csv::StringRecord::from(vec!["d", "1", "", ""]);
        assert_eq!(past_the_header(&trailing, 2, b';'), None);
    }

    #[test]
    fn sniffs_the_delimiter_outside_quotes() {
        assert_eq!(sniff_delimiter("\"a;b\",c,d\n"), b',');
        assert_eq!(sniff_delimiter("a;b;c\n1,2;3"), b';');
        assert_eq!(sniff_delimiter("a\tb,c\td"), b'\t');
        assert_eq!(sniff_delimiter("source"), b',');
    }
}
