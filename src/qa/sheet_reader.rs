//! Reading a sheet the translator sends back, whatever Excel, LibreOffice or a CAT tool
//! did to it: a byte order mark, CRLF line ends, `;` or a tab instead of `,` (Excel in
//! many locales), line breaks inside quoted cells, columns reordered or added, UTF-16
//! ("Unicode text"), or an XLIFF 1.2 file.
//!
//! Columns are found by header name, case-insensitively; only `source` and `target` are
//! required. Rows are counted as records (what Excel shows as rows), the header being
//! row 1, so that a quoted line break does not shift the row numbers in messages.

use crate::error::{Error, Result};
use crate::input::{past_the_header, sniff_delimiter, unclosed_quote};
use std::path::{Path, PathBuf};

/// One row of a returned sheet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SheetRow {
    /// 1-based row in the file (the header is row 1); for XLIFF, the unit's position.
    pub row: usize,
    /// Document id: the `doc` column, else the file name without its extension.
    pub doc: String,
    /// Sentence number or unit id: the `sent` column; `rowN` (N the row) when the sheet
    /// has a `sent` column but this row's cell is empty (kept boilerplate), see
    /// [`blank_sent`]; the row's position when the sheet has no `sent` column. It names
    /// the row in messages and in XLIFF unit ids (`doc:sent`).
    pub sent: String,
    /// True when the sheet has a `sent` column and this row's cell is empty: `sent` then
    /// holds [`blank_sent`], but [`SheetRow::cell`] gives the empty cell, and the
    /// exporters write it back empty.
    pub sent_blank: bool,
    /// The source sentence.
    pub source: String,
    /// The translation (empty when not translated).
    pub target: String,
    /// The other columns, as `(header, value)` in file order.
    pub extra: Vec<(String, String)>,
}

/// What stands for an empty `sent` cell in row `row`: `row5`. A sentence number has no
/// letters, so it cannot be taken for one ("doc:1" would name sentence 1), and an XLIFF
/// unit id `doc:row5` reads back as an empty cell (see [`is_blank_sent`]).
pub fn blank_sent(row: usize) -> String {
    format!("{BLANK_SENT}{row}")
}

/// True for a `sent` written the way [`blank_sent`] writes one.
pub fn is_blank_sent(s: &str) -> bool {
    s.strip_prefix(BLANK_SENT)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

const BLANK_SENT: &str = "row";

impl SheetRow {
    /// The value of any column by header name (case-insensitive): `doc`, `sent`,
    /// `source`, `target` or an extra one, as the sheet holds it (an empty `sent` cell is
    /// empty here); empty when the row has no such column.
    pub fn cell(&self, column: &str) -> &str {
        match column.to_ascii_lowercase().as_str() {
            DOC => &self.doc,
            SENT if self.sent_blank => "",
            SENT => &self.sent,
            SOURCE => &self.source,
            TARGET => &self.target,
            _ => self.get(column).unwrap_or(""),
        }
    }

    /// The value of an extra column, by header name (case-insensitive).
    pub fn get(&self, column: &str) -> Option<&str> {
        self.extra
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(column))
            .map(|(_, v)| v.as_str())
    }
}

/// A sheet read from a file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SheetData {
    /// The file it came from.
    pub path: PathBuf,
    /// The header as found in the file (for XLIFF: `doc, sent, source, target` and the
    /// extra columns the units carry).
    pub columns: Vec<String>,
    /// The rows, in file order; rows with every cell empty are left out.
    pub rows: Vec<SheetRow>,
    /// Source language, when the file declares it (XLIFF `source-language`).
    pub source_lang: Option<String>,
    /// Target language, when the file declares it (XLIFF `target-language`).
    pub target_lang: Option<String>,
    /// How the file was decoded when it was not plain UTF-8 (`not UTF-8: decoded as
    /// Arabic Windows-1256`), for a warning: the translator should know.
    pub decoded: Option<String>,
}

/// The columns a sheet must or may have, by the name they are found under.
const DOC: &str = "doc";
const SENT: &str = "sent";
const SOURCE: &str = "source";
const TARGET: &str = "target";

/// True for a file that should be read as XLIFF: by extension, or by its first bytes.
pub fn is_xliff(path: &Path, text: &str) -> bool {
    let ext = crate::input::extension(path);
    if matches!(ext.as_str(), "xlf" | "xliff" | "sdlxliff" | "mqxliff") {
        return true;
    }
    let head = text.trim_start();
    head.starts_with("<?xml") || head.starts_with("<xliff")
}

/// True for a file `glossary-check` should check as a returned sheet rather than read as
/// article text: an XLIFF file, or a `.csv`/`.tsv`/`.txt` file whose header row has a
/// `source` column, or a file without an extension whose header has `source` and
/// `target`. (A header with `source` but no `target` is still a sheet, so that its reader
/// can say which column is missing.)
pub fn is_sheet(path: &Path) -> bool {
    let ext = crate::input::extension(path);
    if !matches!(
        ext.as_str(),
        "csv" | "tsv" | "txt" | "tab" | "xlf" | "xliff" | ""
    ) || path.is_dir()
    {
        return false;
    }
    let Ok(bytes) = std::fs::read(path) else {
        // Unreadable: let the sheet reader report it by name.
        return !matches!(ext.as_str(), "txt" | "");
    };
    let Ok(text) = crate::input::decode(&bytes[..], path).map(|d| d.text) else {
        return false;
    };
    if is_xliff(path, &text) {
        return true;
    }
    let (source, target) = source_and_target(&text);
    // Without an extension, only a header with both columns: an article may well open
    // with the word "source".
    source && (!ext.is_empty() || target)
}

/// The cells of the first line of a delimited text, trimmed and unquoted (as the sheet
/// reader takes its header), without reading the rest.
pub fn header_names(text: &str) -> Vec<&str> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let header = text.lines().next().unwrap_or("");
    let delimiter = char::from(sniff_delimiter(header));
    header
        .split(delimiter)
        .map(|c| c.trim().trim_matches('"').trim())
        .collect()
}

/// Whether the header line of `text` has a `source` column, and a `target` column.
fn source_and_target(text: &str) -> (bool, bool) {
    let columns = header_names(text);
    let has = |name: &str| columns.iter().any(|c| c.eq_ignore_ascii_case(name));
    (has(SOURCE), has(TARGET))
}

/// True when the start of standard input is a returned sheet (an XLIFF file, or a header
/// with `source` and `target` columns), seen without taking anything from it: the bytes
/// stay in stdin's buffer for whoever reads it next.
pub fn stdin_is_sheet() -> bool {
    use std::io::BufRead;
    let mut stdin = std::io::stdin().lock();
    let Ok(buf) = stdin.fill_buf() else {
        return false;
    };
    // The first line is enough; a cut character at the end of the buffer does not matter
    // (one byte less is tried too, for UTF-16 cut in a code unit). Decoded as files are,
    // so that a sheet Excel saved as UTF-16 "Unicode text" is seen as one.
    let path = Path::new(crate::input::STDIN);
    let decoded = [buf, &buf[..buf.len().saturating_sub(1)]]
        .into_iter()
        .find_map(|b| crate::input::decode(b, path).ok().map(|d| d.text));
    let text = decoded.unwrap_or_else(|| String::from_utf8_lossy(buf).into_owned());
    if is_xliff(path, &text) {
        return true;
    }
    source_and_target(&text) == (true, true)
}

/// The document id of rows without a `doc`: the file name without its extension, or
/// `stdin`.
pub(crate) fn default_doc(path: &Path) -> String {
    if path == Path::new(crate::input::STDIN) {
        "stdin".to_string()
    } else {
        crate::input::stem(path)
    }
}

/// Read a sheet file: CSV, `;`-CSV, TSV (any of them UTF-8 with or without BOM, or
/// UTF-16), or XLIFF 1.2.
pub fn read_sheet(path: &Path) -> Result<SheetData> {
    let (path, bytes) = crate::input::read_all(path)?;
    let decoded = crate::input::decode(bytes, &path)?;
    let text = decoded.text;
    let sheet = if is_xliff(&path, &text) {
        crate::export::xliff::read_xliff(&path, &text)
    } else {
        parse_delimited(&path, &text)
    };
    sheet.map(|s| SheetData {
        decoded: decoded.warning,
        ..s
    })
}

/// Parse the text of a delimited sheet; `path` names it in errors and gives the default
/// document id.
pub fn parse_delimited(path: &Path, text: &str) -> Result<SheetData> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let err = |row: usize, column: Option<&str>, reason: String| Error::Sheet {
        path: path.to_path_buf(),
        row,
        column: column.map(str::to_string),
        reason,
    };
    let delimiter = sniff_delimiter(text);
    if let Some(q) = unclosed_quote(text, delimiter) {
        return Err(err(q.row, None, q.reason()));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header: Vec<String> = match records.next() {
        Some(Ok(h)) => h.iter().map(|c| c.trim().to_string()).collect(),
        Some(Err(e)) => return Err(err(1, None, format!("cannot read the header: {e}"))),
        None => {
            return Err(err(
                1,
                None,
                "the file is empty; expected a header row with source and target columns".into(),
            ))
        }
    };
    if let Some(e) = repeated_column(&header) {
        return Err(err(1, Some(&e.0), e.1));
    }
    let find = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(source), Some(target)) = (find(SOURCE), find(TARGET)) else {
        let missing: Vec<&str> = [SOURCE, TARGET]
            .into_iter()
            .filter(|n| find(n).is_none())
            .collect();
        return Err(err(
            1,
            Some(&missing.join(", ")),
            format!(
                "the header has no {} column; the columns found are: {}. A sheet needs `source` and `target` columns (any order, other columns are kept)",
                missing.join(" or "),
                header_list(&header)
            ),
        ));
    };
    let (doc, sent) = (find(DOC), find(SENT));
    let known = [Some(source), Some(target), doc, sent];
    let default_doc = default_doc(path);
    // Read whole first: the check for rows read into a cell asks which documents the
    // sheet holds. (A sheet is a day's work, not a corpus.)
    let records: Vec<_> = records.collect();
    let docs: std::collections::HashSet<&str> = match doc {
        Some(d) => records
            .iter()
            .flatten()
            .filter_map(|r| r.get(d).map(str::trim))
            .collect(),
        None => Default::default(),
    };
    let swallowed = RowShape {
        width: header.len(),
        source,
        doc,
        sent,
        delimiter,
        docs: &docs,
    };
    let mut rows = Vec::new();
    for (i, rec) in records.iter().enumerate() {
        let row = i + 2;
        let rec = rec
            .as_ref()
            .map_err(|e| err(row, None, format!("cannot read the row: {e}")))?;
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if let Some(why) = past_the_header(rec, header.len(), delimiter) {
            return Err(err(row, None, why));
        }
        if let Some((c, line)) = swallowed.row_inside(rec) {
            let at = rec
                .position()
                .map(|p| format!(" on line {}", p.line()))
                .unwrap_or_default();
            return Err(err(
                row,
                Some(&header[c]),
                format!(
                    "this cell opens with a quote{at} that closes only rows later, so the rows in between were read into it (one of them: '{}'); a quote inside a cell must be doubled (\"\"), or the whole cell put in quotes",
                    shorten(line, 60)
                ),
            ));
        }
        if let Some((c, value)) = header
            .iter()
            .zip(rec.iter())
            .enumerate()
            .find(|(_, (h, v))| h.is_empty() && !v.trim().is_empty())
            .map(|(c, (_, v))| (c, v))
        {
            // Its values would be written under no name, or lost on the way to XLIFF.
            return Err(err(
                row,
                Some(&(c + 1).to_string()),
                format!(
                    "column {} has no name in the header, but this row holds '{}' there; give the column a name in row 1",
                    c + 1,
                    value.trim()
                ),
            ));
        }
        let cell = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").to_string();
        let extra = header
            .iter()
            .enumerate()
            .filter(|(c, _)| !known.contains(&Some(*c)))
            .map(|(c, h)| (h.clone(), cell(Some(c))))
            .collect();
        let doc = cell(doc);
        let sent_blank = sent.is_some() && cell(sent).trim().is_empty();
        let sent = cell(sent);
        rows.push(SheetRow {
            row,
            doc: if doc.trim().is_empty() {
                default_doc.clone()
            } else {
                doc.trim().to_string()
            },
            sent: if sent_blank {
                blank_sent(row)
            } else if sent.trim().is_empty() {
                (row - 1).to_string()
            } else {
                sent.trim().to_string()
            },
            sent_blank,
            source: cell(Some(source)),
            target: cell(Some(target)),
            extra,
        });
    }
    if let Some((row, column, cell)) = lost_to_question_marks(&rows) {
        return Err(err(
            row,
            Some(column),
            format!(
                "the {column} text has turned into question marks ('{cell}'): the sheet was saved in an encoding that cannot hold its script (Excel's \"CSV (Comma delimited)\"). Save it as \"CSV UTF-8 (Comma delimited)\" and send it again; as it is, nothing in it can be checked"
            ),
        ));
    }
    Ok(SheetData {
        path: path.to_path_buf(),
        columns: header,
        rows,
        source_lang: None,
        target_lang: None,
        decoded: None,
    })
}

/// What a row of the sheet looks like, to find one read into a cell: a quote opened in
/// a cell and "closed" only by a quote in a later row makes the csv reader take the rows
/// in between into that cell without a word.
struct RowShape<'a> {
    /// The header's columns.
    width: usize,
    /// The `source` column.
    source: usize,
    /// The `doc` and `sent` columns, when the sheet has them.
    doc: Option<usize>,
    sent: Option<usize>,
    delimiter: u8,
    /// Every `doc` value in the sheet (the row's own among them).
    docs: &'a std::collections::HashSet<&'a str>,
}

impl RowShape<'_> {
    /// A line inside one of `rec`'s cells that is a row of the sheet: a cell for every
    /// column, a source with letters, a `doc` the sheet holds and a number for `sent`
    /// (`2,3,4,5` in a target is figures, even where 2 is a document's id). Without a `doc` column
    /// only sheets of 6 columns or more are checked: in `sent,source,target` a
    /// translator's line break may well be followed by `12, Baghramyan Ave, Yerevan.`.
    /// Gives the cell's column and the line.
    fn row_inside<'r>(&self, rec: &'r csv::StringRecord) -> Option<(usize, &'r str)> {
        if self.doc.is_none() && self.width < 6 {
            return None;
        }
        // Only the header's cells: one past it holds nothing but blanks (checked before).
        rec.iter()
            .take(self.width)
            .enumerate()
            .find_map(|(c, cell)| {
                let line = cell.lines().skip(1).find(|line| {
                    crate::input::cells_of_line(line, self.delimiter).is_some_and(|f| {
                        f.len() >= self.width
                            && f.get(self.source)
                                .is_some_and(|v| v.chars().any(char::is_alphabetic))
                            && self.doc.is_none_or(|d| {
                                let doc = f.get(d).map(str::trim).unwrap_or("");
                                !doc.is_empty() && self.docs.contains(doc)
                            })
                            && self.sent.is_none_or(|s| {
                                f.get(s).map(str::trim).is_some_and(|v| {
                                    !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit())
                                })
                            })
                    })
                })?;
                Some((c, line))
            })
    }
}

/// At most `n` characters of `s`, with `...` when cut.
fn shorten(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((k, _)) => format!("{}...", &s[..k]),
        None => s.to_string(),
    }
}

/// A column whose letters a non-Unicode save replaced with `?`: Excel's plain "CSV (Comma
/// delimited)" writes Arabic as `???? ?????`. The sheet row, column and cell of the first
/// such cell, when at least 30% of the column's visible characters are `?` and at least
/// three cells hold `??` (an English question or two, or a translator's `??` placeholder
/// in a sheet barely begun, do not come near that: such a save damages every cell).
fn lost_to_question_marks(rows: &[SheetRow]) -> Option<(usize, &'static str, String)> {
    for name in [SOURCE, TARGET] {
        let (mut visible, mut marks) = (0usize, 0usize);
        for r in rows {
            for c in r.cell(name).chars().filter(|c| !c.is_whitespace()) {
                visible += 1;
                marks += usize::from(c == '?');
            }
        }
        if marks * 10 < visible * 3 {
            continue;
        }
        let mut damaged = rows.iter().filter(|r| r.cell(name).contains("??"));
        if let (Some(r), Some(_), Some(_)) = (damaged.next(), damaged.next(), damaged.next()) {
            let shown: String = r.cell(name).chars().take(40).collect();
            return Some((r.row, name, shown));
        }
    }
    None
}

/// A column name the header gives twice (`note,note`, or two `target` columns): only
/// the first would be read and written back, and the other lost without a word. The
/// name, and the message.
fn repeated_column(header: &[String]) -> Option<(String, String)> {
    for (j, h) in header.iter().enumerate() {
        if h.is_empty() {
            continue;
        }
        if let Some(i) = header[..j].iter().position(|e| e.eq_ignore_ascii_case(h)) {
            let advice = if [SOURCE, TARGET, DOC, SENT]
                .iter()
                .any(|n| h.eq_ignore_ascii_case(n))
            {
                "which one is meant? keep one, and rename or delete the other"
            } else {
                "rename one (note2, for instance) so that neither is lost"
            };
            return Some((
                h.clone(),
                format!(
                    "column '{h}' appears twice (columns {} and {}); {advice}",
                    i + 1,
                    j + 1
                ),
            ));
        }
    }
    None
}

/// The header cells for a message: quoted, comma-separated, `(none)` when empty.
fn header_list(header: &[String]) -> String {
    let named: Vec<String> = header
        .iter()
        .filter(|h| !h.is_empty())
        .map(|h| format!("`{h}`"))
        .collect();
    if named.is_empty() {
        "(none)".into()
    } else {
        named.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_read_into_a_cell_is_refused_but_a_line_break_is_not() {
        let swallowed = "doc,sent,source,target\nd,1,a,\"x\nd,2,b,y\nd,3,c,say \"no\"\n";
        let e = parse_delimited(Path::new("s.csv"), swallowed).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("s.csv: row 2, column target: this cell opens with a quote on line 2"),
            "{e}"
        );
        // A translator's line break, the next line holding commas: a cell, no row.
        let s = parse("doc,sent,source,target\nd,1,a,\"One,\nand two, three, four\"\nd,2,b,y\n");
        assert_eq!(s.rows.len(), 2);
        assert_eq!(s.rows[0].target, "One,\nand two, three, four");
        // Nor is a line that reads as a row of a document the sheet lacks, or without a
        // number.
        let s = parse("doc,sent,source,target\nd,1,a,\"x\ne,2,b,y\"\nd,2,b,\"x\nd,two,b,y\"\n");
        assert_eq!(s.rows.len(), 2);
        // At a document boundary (split makes sheets of many): rows of the next one.
        let next =
            "doc,sent,source,target\na,1,x,\"went\nb,1,y,came\nb,2,z,saw \"it\"\nb,3,w,ate\n";
        let e = parse_delimited(Path::new("s.csv"), next).unwrap_err();
        assert!(e.to_string().contains("(one of them: 'b,1,y,came')"), "{e}");
        // Figures are no row, even when the first is a document's id.
        let s = parse("doc,sent,source,target\n1,1,a,x\n2,1,b,\"Totals:\n2,3,4,5\"\n");
        assert_eq!(s.rows[1].target, "Totals:\n2,3,4,5");
        // Without a doc column a short sheet is not checked: an address is not a row.
        let s = parse("sent,source,target\n1,a,\"Our office:\n12, Baghramyan Ave, Yerevan.\"\n");
        assert_eq!(
            s.rows[0].target,
            "Our office:\n12, Baghramyan Ave, Yerevan."
        );
        // A quoted cell past the header holding only blanks and a line break: no panic.
        let tsv = "source\ttarget\ta\tb\tc\td\nقال.\tsaid\t1\t2\t3\t4\t\"\n\t\t\t\t\t\t\"\n";
        assert_eq!(parse(tsv).rows.len(), 1);
    }

    fn parse(text: &str) -> SheetData {
        parse_delimited(Path::new("job/sheet.csv"), text).unwrap()
    }

    #[test]
    fn finds_columns_by_name_in_any_order() {
        let s = parse("Target,note,SOURCE,doc\nhello,n1,مرحبا,d1\n,,سلام,\n");
        assert_eq!(s.rows.len(), 2);
        let r = &s.rows[0];
        assert_eq!(
            (r.doc.as_str(), r.source.as_str(), r.target.as_str()),
            ("d1", "مرحبا", "hello")
        );
        assert_eq!(r.get("note"), Some("n1"));
        // No doc cell: the file name; no sent column: the row's position.
        assert_eq!(s.rows[1].doc, "sheet");
        assert_eq!(s.rows[1].sent, "2");
        assert_eq!(s.rows[1].row, 3);
    }

    #[test]
    fn survives_excel() {
        let plain = parse("doc,sent,source,target\nd,1,أ,\"a, b\"\nd,2,ب,c\n");
        for variant in [
            "\u{FEFF}doc,sent,source,target\r\nd,1,أ,\"a, b\"\r\nd,2,ب,c\r\n",
            "doc;sent;source;target\nd;1;أ;a, b\nd;2;ب;c\n;;;\n",
            "doc\tsent\tsource\ttarget\nd\t1\tأ\ta, b\n\nd\t2\tب\tc",
        ] {
            assert_eq!(parse(variant).rows, plain.rows, "{variant:?}");
        }
    }

    #[test]
    fn quoted_line_breaks_do_not_shift_rows() {
        let s = parse("source,target\nأ,\"two\r\nlines\"\nب,x\n");
        assert_eq!(s.rows[0].target, "two\r\nlines");
        assert_eq!(s.rows[1].row, 3);
    }

    #[test]
    fn a_header_without_source_names_what_it_has() {
        let e = parse_delimited(Path::new("s.csv"), "doc,sent,text,translation\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("s.csv: row 1, column source, target"), "{e}");
        assert!(e.contains("`doc`, `sent`, `text`, `translation`"), "{e}");
    }

    #[test]
    fn a_column_given_twice_or_unnamed_is_an_error_not_a_loss() {
        let error = |text: &str| {
            parse_delimited(Path::new("s.csv"), text)
                .unwrap_err()
                .to_string()
        };
        let e = error("doc,sent,source,target,note,note\nd,1,قال بوتين,Putin said,first,second\n");
        assert!(e.contains("s.csv: row 1, column note"), "{e}");
        assert!(e.contains("columns 5 and 6"), "{e}");
        let e = error("source,target,Target\nقال بوتين,Putin said,Poutine a dit\n");
        assert!(
            e.contains("column 'Target' appears twice (columns 2 and 3)"),
            "{e}"
        );
        assert!(e.contains("which one is meant"), "{e}");
        let e = error("source,target,,\nقال بوتين,Putin said,A,B\n");
        assert!(e.contains("row 2, column 3"), "{e}");
        assert!(e.contains("holds 'A'"), "{e}");
        // Empty unnamed columns (Excel's padding) are fine.
        assert_eq!(
            parse("source,target,,\nقال بوتين,Putin said,,\n")
                .rows
                .len(),
            1
        );
    }

    proptest::proptest! {
        /// Any cell text survives being saved with any of the delimiters, CRLF and a BOM.
        #[test]
        fn any_cells_round_trip(
            cells in proptest::collection::vec(("\\PC{0,12}", "[\\PC\r\n\t;,\"]{0,12}"), 1..5),
            d in proptest::sample::select(vec![b',', b';', b'\t']),
        ) {
            let mut w = csv::WriterBuilder::new()
                .delimiter(d)
                .terminator(csv::Terminator::CRLF)
                .from_writer(b"\xEF\xBB\xBF".to_vec());
            w.write_record(["source", "target"]).unwrap();
            for (s, t) in &cells {
                // A row whose cells are all blank is skipped on purpose; keep one visible.
                w.write_record([format!("x{s}"), t.clone()]).unwrap();
            }
            let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
            let back = parse(&text);
            let got: Vec<(String, String)> =
                back.rows.iter().map(|r| (r.source.clone(), r.target.clone())).collect();
            let want: Vec<(String, String)> =
                cells.iter().map(|(s, t)| (format!("x{s}"), t.clone())).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn tells_sheets_from_articles() {
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            ("a.csv", "\u{FEFF}Doc;\"Source\";Target\r\n", true),
            ("b.tsv", "source\ttranslation\n", true),
            ("c.txt", "قال باشينيان، source of the news\n", false),
            ("d.csv", "ar,en\nباكو,Baku\n", false),
            ("e.xlf", "<xliff version=\"1.2\"/>", true),
            ("f.md", "source,target\n", false),
            ("returned", "doc,sent,source,target\n", true),
            ("notes", "source: Reuters\nقال باشينيان\n", false),
        ];
        for (name, text, want) in cases {
            let p = dir.path().join(name);
            std::fs::write(&p, text).unwrap();
            assert_eq!(is_sheet(&p), want, "{name}");
        }
    }
}
