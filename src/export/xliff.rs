//! XLIFF 1.2, the file CAT tools (memoQ, Trados, OmegaT, Phrase) open: one `<file>` per
//! document, one `<trans-unit id="doc:sent">` per sentence, the glossary names of the
//! sentence as `<note from="glossary">term=target</note>`, the translator's note as
//! `<note from="translator">`, and the sheet's other columns as
//! `<context context-type="x-COLUMN">` so that a sheet survives the round trip.
//!
//! The reader also takes what other tools write: a missing `<target>`, inline tags
//! (`<g>`, `<mrk>` keep their text; `<x/>`, `<bx/>`, `<ph>...</ph>` are codes, not
//! text), and `<alt-trans>` suggestions, which are not the translation.

use super::xml::{attr, end, escaped, line_at, start, text_element};
use crate::error::{Error, Result};
use crate::qa::sheet_reader::{blank_sent, is_blank_sent, SheetData, SheetRow};
use crate::text::is_stray_control;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::{Reader, Writer};
use std::io::{self, Write};
use std::path::Path;

/// The XLIFF 1.2 namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// Sheet columns that have a place of their own in a trans-unit.
const NAMES: &str = "names";
const NOTE: &str = "note";
const ROW_COLUMNS: [&str; 4] = ["doc", "sent", "source", "target"];
/// The `from` of the file-level note that keeps the sheet's header, so that a sheet
/// comes back from XLIFF with its columns in their order.
const COLUMNS_NOTE: &str = "toolkit-columns";

/// The trans-unit id of a row: `doc:sent` (`doc:row5` for a row whose `sent` cell is
/// empty, see [`blank_sent`]).
pub fn unit_id(row: &SheetRow) -> String {
    format!("{}:{}", row.doc, row.sent)
}

/// The glossary names of a `names` cell (`term=target; term=target`) as pairs.
pub fn parse_names(cell: &str) -> Vec<(String, String)> {
    cell.split("; ")
        .filter_map(|p| p.split_once('='))
        .map(|(t, g)| (t.trim().to_string(), g.trim().to_string()))
        .filter(|(t, _)| !t.is_empty())
        .collect()
}

/// Write `sheet` as XLIFF 1.2 to `target_lang`; `source_lang` gives each document's
/// source language from its first row (a sheet of Arabic and French articles has a
/// `<file>` of each). `names` gives each row's glossary names as `(term, target)` pairs,
/// written as notes. Check [`xliff_problem`] first: XLIFF wants each unit id once, and no
/// control character outside source and target. Sources and targets are marked
/// `xml:space="preserve"`: without it a CAT tool may collapse the translator's line
/// breaks, tabs and double spaces (XML 1.0 §2.10).
pub fn write_xliff<W: Write>(
    out: W,
    sheet: &SheetData,
    source_lang: impl Fn(&SheetRow) -> String,
    target_lang: &str,
    names: impl Fn(&SheetRow) -> Vec<(String, String)>,
) -> io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    start(&mut w, "xliff", &[("version", "1.2"), ("xmlns", NAMESPACE)])?;
    let contexts: Vec<&String> = sheet
        .columns
        .iter()
        .filter(|c| {
            let c = c.to_ascii_lowercase();
            !ROW_COLUMNS.contains(&c.as_str()) && c != NAMES && c != NOTE && !c.is_empty()
        })
        .collect();
    let mut rows = sheet.rows.iter().peekable();
    while let Some(first) = rows.peek() {
        let doc = first.doc.clone();
        let file_lang = source_lang(first);
        let file = [
            ("original", doc.as_str()),
            ("source-language", file_lang.as_str()),
            ("target-language", target_lang),
            ("datatype", "plaintext"),
        ];
        start(&mut w, "file", &file)?;
        start(&mut w, "header", &[])?;
        let header = sheet.columns.join(",");
        text_element(&mut w, "note", &[("from", COLUMNS_NOTE)], &header)?;
        end(&mut w, "header")?;
        start(&mut w, "body", &[])?;
        while let Some(row) = rows.next_if(|r| r.doc == doc) {
            let id = unit_id(row);
            start(&mut w, "trans-unit", &[("id", &id)])?;
            let attrs = [("xml:lang", file_lang.as_str()), ("xml:space", "preserve")];
            segment_element(&mut w, "source", &attrs, &row.source)?;
            if !row.target.is_empty() {
                let attrs = [
                    ("xml:lang", target_lang),
                    ("xml:space", "preserve"),
                    ("state", "translated"),
                ];
                segment_element(&mut w, "target", &attrs, &row.target)?;
            }
            let filled: Vec<_> = contexts
                .iter()
                .filter(|c| !row.cell(c).is_empty())
                .collect();
            if !filled.is_empty() {
                let group = [("name", "sheet"), ("purpose", "information")];
                start(&mut w, "context-group", &group)?;
                for c in filled {
                    let ty = format!("x-{c}");
                    text_element(&mut w, "context", &[("context-type", &ty)], row.cell(c))?;
                }
                end(&mut w, "context-group")?;
            }
            for (term, target) in names(row) {
                let n = format!("{term}={target}");
                text_element(&mut w, "note", &[("from", "glossary")], &n)?;
            }
            if let Some(note) = row.get(NOTE).filter(|n| !n.is_empty()) {
                text_element(&mut w, "note", &[("from", "translator")], note)?;
            }
            end(&mut w, "trans-unit")?;
        }
        end(&mut w, "body")?;
        end(&mut w, "file")?;
    }
    end(&mut w, "xliff")?;
    w.into_inner().write_all(b"\n")
}

/// Where text goes while reading a trans-unit.
#[derive(Debug, Clone, PartialEq)]
enum Field {
    Source,
    Target,
    Context(String),
    GlossaryNote,
    Note,
    Columns,
}

/// A trans-unit being read.
#[derive(Debug, Default)]
struct Unit {
    id: String,
    source: String,
    target: String,
    extra: Vec<(String, String)>,
    names: Vec<String>,
    notes: Vec<String>,
}

/// Read an XLIFF 1.2 file as a sheet: `doc, sent, source, target`, then the other
/// columns the units carry (`names` from the glossary notes, `note` from the others).
pub fn read_xliff(path: &Path, text: &str) -> Result<SheetData> {
    let mut reader = Reader::from_str(text);
    let line_at = |pos: u64| line_at(text, pos);
    let xml_error = |pos: u64, what: &str, e: &dyn std::fmt::Display| Error::Sheet {
        path: path.to_path_buf(),
        row: line_at(pos),
        column: None,
        reason: format!("{what} (line {}): {e}", line_at(pos)),
    };
    let mut data = SheetData {
        path: path.to_path_buf(),
        ..SheetData::default()
    };
    let mut columns: Vec<String> = ROW_COLUMNS.iter().map(|c| c.to_string()).collect();
    let mut declared = String::new();
    let mut file_doc = crate::qa::sheet_reader::default_doc(path);
    let mut unit: Option<Unit> = None;
    let mut field: Option<Field> = None;
    // Depth inside elements whose content is not text: inline codes, alt-trans, seg-source.
    let mut skip = 0usize;
    let (mut saw_root, mut closed_root) = (false, false);
    loop {
        let pos = reader.buffer_position();
        let ev = reader
            .read_event()
            .map_err(|e| xml_error(pos, "not well-formed XML", &e))?;
        match ev {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_vec();
                if skip > 0 || is_skipped(&name) {
                    skip += 1;
                    continue;
                }
                match name.as_slice() {
                    b"xliff" => {
                        saw_root = true;
                        let version = attr(&e, "version").unwrap_or_default();
                        if version.starts_with('2') {
                            return Err(Error::Sheet {
                                path: path.to_path_buf(),
                                row: line_at(pos),
                                column: None,
                                reason: format!("XLIFF {version} is not supported; export the file as XLIFF 1.2 from the CAT tool"),
                            });
                        }
                    }
                    b"file" => {
                        if let Some(o) = attr(&e, "original") {
                            file_doc = o;
                        }
                        data.source_lang = data.source_lang.or(attr(&e, "source-language"));
                        data.target_lang = data.target_lang.or(attr(&e, "target-language"));
                    }
                    b"trans-unit" => {
                        unit = Some(Unit {
                            id: attr(&e, "id").unwrap_or_default(),
                            ..Unit::default()
                        })
                    }
                    b"source" if unit.is_some() => field = Some(Field::Source),
                    b"target" if unit.is_some() => field = Some(Field::Target),
                    b"context" if unit.is_some() => {
                        let ty = attr(&e, "context-type").unwrap_or_default();
                        field = ty.strip_prefix("x-").map(|c| Field::Context(c.to_string()));
                    }
                    b"note" if attr(&e, "from").as_deref() == Some(COLUMNS_NOTE) => {
                        declared.clear();
                        field = Some(Field::Columns);
                    }
                    b"note" if unit.is_some() => {
                        let from_glossary = attr(&e, "from").as_deref() == Some("glossary");
                        field = Some(if from_glossary {
                            Field::GlossaryNote
                        } else {
                            Field::Note
                        });
                        if let Some(u) = unit.as_mut() {
                            if from_glossary {
                                u.names.push(String::new());
                            } else {
                                u.notes.push(String::new());
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) => {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    b"xliff" => closed_root = true,
                    b"source" | b"target" | b"context" | b"note" => field = None,
                    b"trans-unit" => {
                        if let Some(u) = unit.take() {
                            let row = data.rows.len() + 2;
                            data.rows.push(unit_row(u, &file_doc, row, &mut columns));
                        }
                    }
                    _ => {}
                }
            }
            // The placeholder our writer puts for a character XML cannot hold.
            Event::Empty(e) if skip == 0 && e.local_name().as_ref() == b"x" => {
                let c = attr(&e, "ctype")
                    .and_then(|t| t.strip_prefix(CHAR_CTYPE).map(str::to_string))
                    .and_then(|hex| u32::from_str_radix(&hex, 16).ok())
                    .and_then(char::from_u32);
                if let Some(c) = c {
                    push_text(unit.as_mut(), field.as_ref(), c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Text(t) if skip == 0 => {
                let s = t
                    .unescape()
                    .map_err(|e| xml_error(pos, "bad character reference", &e))?;
                if field == Some(Field::Columns) {
                    declared.push_str(&s);
                } else {
                    push_text(unit.as_mut(), field.as_ref(), &s);
                }
            }
            Event::CData(t) if skip == 0 => {
                push_text(unit.as_mut(), field.as_ref(), &String::from_utf8_lossy(&t));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err(Error::Sheet {
            path: path.to_path_buf(),
            row: 1,
            column: None,
            reason: "not an XLIFF file: no <xliff> element".into(),
        });
    }
    if !closed_root {
        // quick-xml stops quietly at the end of a file cut short: the units after the
        // cut would be lost without a word.
        return Err(Error::Sheet {
            path: path.to_path_buf(),
            row: line_at(text.trim_end().len() as u64),
            column: None,
            reason: format!("the file ends before </xliff>: it was cut short after {} unit(s); copy or export it again", data.rows.len()),
        });
    }
    // The sheet's own header when we wrote the file, then whatever else the units hold.
    let mut header: Vec<String> = declared
        .split(',')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    for c in columns {
        if !header.iter().any(|h| h.eq_ignore_ascii_case(&c)) {
            header.push(c);
        }
    }
    // Every row gets every column, empty where its unit had nothing.
    for r in &mut data.rows {
        let extra = header
            .iter()
            .filter(|c| !ROW_COLUMNS.contains(&c.to_ascii_lowercase().as_str()))
            .map(|c| (c.clone(), r.get(c).unwrap_or("").to_string()))
            .collect();
        r.extra = extra;
    }
    data.columns = header;
    Ok(data)
}

/// Elements whose content is not translatable text: inline codes (their content is the
/// original markup), alternative translations, and memoQ/Trados segmented copies.
fn is_skipped(name: &[u8]) -> bool {
    matches!(
        name,
        b"ph" | b"bpt" | b"ept" | b"it" | b"alt-trans" | b"seg-source" | b"sub"
    )
}

fn push_text(unit: Option<&mut Unit>, field: Option<&Field>, s: &str) {
    let (Some(u), Some(f)) = (unit, field) else {
        return;
    };
    match f {
        Field::Source => u.source.push_str(s),
        Field::Target => u.target.push_str(s),
        Field::Context(c) => match u.extra.iter_mut().find(|(k, _)| k == c) {
            Some((_, v)) => v.push_str(s),
            None => u.extra.push((c.clone(), s.to_string())),
        },
        Field::GlossaryNote => u.names.last_mut().into_iter().for_each(|n| n.push_str(s)),
        Field::Note => u.notes.last_mut().into_iter().for_each(|n| n.push_str(s)),
        Field::Columns => {}
    }
}

/// The `ctype` of the placeholder that stands for a forbidden character.
const CHAR_CTYPE: &str = "x-char-";

/// Write a `<source>` or `<target>`: its text, with each character XML cannot hold as a
/// placeholder `<x id="1" ctype="x-char-001B"/>` (XLIFF's inline code), which a CAT tool
/// keeps and [`read_xliff`] turns back into the character. The text comes back as it went.
fn segment_element<W: Write>(
    w: &mut Writer<W>,
    name: &str,
    attrs: &[(&str, &str)],
    text: &str,
) -> io::Result<()> {
    if !text.contains(is_stray_control) {
        return text_element(w, name, attrs, text);
    }
    // One text event holding the placeholders: an element event would make the
    // indenting writer put a line break and spaces into the text around it.
    let mut content = String::with_capacity(text.len() + 32);
    for (n, (run, c)) in split_forbidden(text).enumerate() {
        content.push_str(&escaped(run));
        if let Some(c) = c {
            let ctype = format!("{CHAR_CTYPE}{:04X}", u32::from(c));
            content.push_str(&format!(r#"<x id="{}" ctype="{ctype}"/>"#, n + 1));
        }
    }
    start(w, name, attrs)?;
    w.write_event(Event::Text(BytesText::from_escaped(content)))?;
    end(w, name)
}

/// `text` as runs of ordinary text, each followed by the forbidden character that ends
/// it (none after the last run).
fn split_forbidden(text: &str) -> impl Iterator<Item = (&str, Option<char>)> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let t = rest?;
        match t.char_indices().find(|&(_, c)| is_stray_control(c)) {
            Some((i, c)) => {
                rest = Some(&t[i + c.len_utf8()..]);
                Some((&t[..i], Some(c)))
            }
            None => {
                rest = None;
                Some((t, None))
            }
        }
    })
}

/// True if `tag` is shaped like a BCP 47 language tag (`ar`, `en-US`, `zh-Hant-TW`), as
/// `xml:lang` and the XLIFF language attributes require: letters, digits and hyphens, a
/// first part of two or three letters, parts of up to eight characters. `en_US` or
/// `english` is not, and a CAT tool maps no language to it.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// What keeps a sheet from becoming a valid XLIFF file, naming the row (and column):
/// two rows with the same `doc` and `sent`, or a character XML cannot hold in the
/// header, `doc`, `sent` or a column written as a note or context (only `source` and
/// `target` can carry a placeholder).
pub fn xliff_problem(sheet: &SheetData) -> Option<Error> {
    if let Some(e) = repeated_id(sheet) {
        return Some(e);
    }
    let forbidden = |row: usize, column: &str, value: &str| {
        let c = value.chars().find(|&c| is_stray_control(c))?;
        Some(Error::Sheet {
            path: sheet.path.clone(),
            row,
            column: Some(column.to_string()),
            reason: format!(
                "holds the character U+{:04X}, which XML cannot carry outside a source or target; remove it and export again",
                u32::from(c)
            ),
        })
    };
    // The header goes into a note, doc and sent into attributes.
    for c in &sheet.columns {
        if let Some(e) = forbidden(1, c, c) {
            return Some(e);
        }
    }
    for r in &sheet.rows {
        if let Some(lang) = r
            .get("lang")
            .filter(|l| !l.is_empty() && !is_language_tag(l))
        {
            return Some(Error::Sheet {
                path: sheet.path.clone(),
                row: r.row,
                column: Some("lang".to_string()),
                reason: format!(
                    "'{lang}' is no language code (ar, en, en-US); correct it or give --source-lang"
                ),
            });
        }
        let cells = [("doc", r.doc.as_str()), ("sent", r.sent.as_str())];
        let extra = r.extra.iter().map(|(c, v)| (c.as_str(), v.as_str()));
        for (column, value) in cells.into_iter().chain(extra) {
            if let Some(e) = forbidden(r.row, column, value) {
                return Some(e);
            }
        }
    }
    None
}

/// Two rows with the same `doc` and `sent` (two inputs with the same file name, split
/// together): their units would share the id `doc:sent`, which XLIFF forbids and CAT
/// tools reject. The error names both rows. (Rows with an empty `sent` get ids of their
/// own, see [`unit_id`]; a `sent` cell written like one, `row5`, is refused, since it
/// would come back empty.)
fn repeated_id(sheet: &SheetData) -> Option<Error> {
    let mut first: std::collections::HashMap<String, usize> = Default::default();
    for (i, r) in sheet.rows.iter().enumerate() {
        if !r.sent_blank && is_blank_sent(&r.sent) {
            return Some(Error::Sheet {
                path: sheet.path.clone(),
                row: r.row,
                column: Some("sent".into()),
                reason: format!(
                    "'{}' is how an XLIFF unit id marks a row with an empty sent cell, so it would come back empty; use a number, or leave the cell empty",
                    r.sent
                ),
            });
        }
        let id = unit_id(r);
        if let Some(&k) = first.get(&id) {
            let other = &sheet.rows[k];
            let earlier = other.row;
            let reason = if (other.doc.as_str(), other.sent.as_str()) == (&r.doc, &r.sent) {
                format!(
                    "rows {earlier} and {} both have doc '{}' and sent '{}', and an XLIFF unit id (doc:sent) must be unique; two inputs with the same file name? Rename one and split again",
                    r.row, r.doc, r.sent
                )
            } else {
                // `d:1` + `2` and `d` + `1:2`: different cells, one id.
                format!(
                    "rows {earlier} and {} give the same XLIFF unit id '{id}' (doc '{}' and sent '{}', doc '{}' and sent '{}'), which must be unique; take the ':' out of the doc or sent cell",
                    r.row, other.doc, other.sent, r.doc, r.sent
                )
            };
            return Some(Error::Sheet {
                path: sheet.path.clone(),
                row: r.row,
                column: None,
                reason,
            });
        }
        first.insert(id, i);
    }
    None
}

/// A finished unit as a sheet row; the id `doc:sent` gives both, otherwise the file's
/// `original` is the document and the id the sentence.
fn unit_row(u: Unit, file_doc: &str, row: usize, columns: &mut Vec<String>) -> SheetRow {
    let (doc, sent) = match u.id.rsplit_once(':') {
        Some((d, s)) if !d.is_empty() => (d.to_string(), s.to_string()),
        _ => (file_doc.to_string(), u.id.clone()),
    };
    // An empty `sent` cell: named by the row, as a sheet's reader names it.
    let sent_blank = u.id.contains(':') && is_blank_sent(&sent);
    let sent = if sent_blank { blank_sent(row) } else { sent };
    let mut extra = u.extra;
    if !u.names.is_empty() {
        extra.push((NAMES.into(), u.names.join("; ")));
    }
    if !u.notes.is_empty() {
        extra.push((NOTE.into(), u.notes.join("\n")));
    }
    for (c, _) in &extra {
        if !columns.contains(c) {
            columns.push(c.clone());
        }
    }
    SheetRow {
        row,
        doc,
        sent,
        sent_blank,
        source: u.source,
        target: u.target,
        extra,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> SheetData {
        crate::qa::sheet_reader::parse_delimited(
            Path::new("s.csv"),
            "doc,sent,kind,source,names,target,note\n\
             d1,1,title,\"قال باشينيان <لا> & \"\"نعم\"\"\",باشينيان=Pashinyan,\"Pashinyan said <no> & \"\"yes\"\"\",\n\
             d1,2,body,سطر,,\"two\r\nlines\",check this\n\
             d2,1,body,باكو,باكو=Baku,,\n",
        )
        .unwrap()
    }

    fn write(s: &SheetData) -> String {
        let mut out = Vec::new();
        write_xliff(
            &mut out,
            s,
            |_| "ar".into(),
            "en",
            |r| parse_names(r.cell("names")),
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn keeps_whitespace_and_gives_each_document_its_language() {
        let s = crate::qa::sheet_reader::parse_delimited(
            Path::new("s.csv"),
            "doc,sent,lang,source,target\nar0,1,ar,\"سطر أول\r\nسطر  ثان\",\nfr,1,fr,Il a dit.,\n",
        )
        .unwrap();
        let mut out = Vec::new();
        let lang = |r: &SheetRow| r.cell("lang").to_string();
        write_xliff(&mut out, &s, lang, "en", |_| vec![]).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(
            xml.contains(r#"original="ar0" source-language="ar""#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"original="fr" source-language="fr""#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<source xml:lang="fr" xml:space="preserve">Il a dit.</source>"#),
            "{xml}"
        );
        assert_eq!(xml.matches(r#"xml:space="preserve""#).count(), 2, "{xml}");
    }

    #[test]
    fn language_codes_are_checked() {
        for ok in ["ar", "en-US", "zh-Hant-TW", "ckb"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["en_US", "english", "", "x y", "en\u{1}", "e"] {
            assert!(!is_language_tag(bad), "{bad:?}");
        }
        let s = crate::qa::sheet_reader::parse_delimited(
            Path::new("s.csv"),
            "doc,sent,lang,source,target\nd,1,ar,قال,\nd,2,Arabic script,قال,\n",
        )
        .unwrap();
        let e = xliff_problem(&s).expect("refused").to_string();
        assert!(e.contains("row 3") && e.contains("Arabic script"), "{e}");
    }

    #[test]
    fn round_trips_a_sheet() {
        let s = sheet();
        let xml = write(&s);
        let back = read_xliff(Path::new("s.xlf"), &xml).unwrap();
        assert_eq!(back.source_lang.as_deref(), Some("ar"));
        assert_eq!(back.target_lang.as_deref(), Some("en"));
        assert_eq!(back.columns, s.columns);
        assert_eq!(back.rows.len(), 3);
        for (a, b) in s.rows.iter().zip(&back.rows) {
            for c in &s.columns {
                assert_eq!(a.cell(c), b.cell(c), "{c}");
            }
        }
        assert_eq!(back.rows[0].row, 2);
    }

    #[test]
    fn two_rows_one_unit_id_are_named_with_their_own_cells() {
        let parse = |text: &str| {
            crate::qa::sheet_reader::parse_delimited(Path::new("s.csv"), text).unwrap()
        };
        let same = parse("doc,sent,source,target\nd,1,قال.,\nd,2,ذهب.,\nd,1,جاء.,\n");
        let e = xliff_problem(&same).unwrap().to_string();
        assert!(
            e.contains("row 4: rows 2 and 4 both have doc 'd' and sent '1'"),
            "{e}"
        );
        // Different cells that join into one id: each row's own cells are shown.
        let colon = parse("doc,sent,source,target\nd:1,2,قال.,\nd,1:2,ذهب.,\n");
        let e = xliff_problem(&colon).unwrap().to_string();
        assert!(
            e.contains("rows 2 and 3 give the same XLIFF unit id 'd:1:2' (doc 'd:1' and sent '2', doc 'd' and sent '1:2')"),
            "{e}"
        );
    }

    #[test]
    fn an_empty_sent_gets_an_id_of_its_own_and_comes_back_empty() {
        // A boilerplate row first: its position (1) is also the next row's sentence.
        let s = crate::qa::sheet_reader::parse_delimited(
            Path::new("s.csv"),
            "doc,sent,kind,source,target\n\
             d,,boilerplate,اقرأ أيضا,\n\
             d,1,title,باكو,Baku\n\
             d,row3,body,سطر,\n",
        )
        .unwrap();
        let e = xliff_problem(&s).unwrap().to_string();
        assert_eq!(e.split(':').next(), Some("s.csv"));
        assert!(e.contains("row 4, column sent: 'row3'"), "{e}");
        let s = SheetData {
            rows: s.rows[..2].to_vec(),
            ..s
        };
        assert!(xliff_problem(&s).is_none());
        let xml = write(&s);
        assert!(xml.contains(r#"<trans-unit id="d:row2">"#), "{xml}");
        assert!(xml.contains(r#"<trans-unit id="d:1">"#), "{xml}");
        let back = read_xliff(Path::new("s.xlf"), &xml).unwrap();
        assert_eq!(back.rows[0].cell("sent"), "");
        assert!(back.rows[0].sent_blank);
        assert_eq!(back.rows[1].cell("sent"), "1");
        // A CAT tool's id that merely looks like ours, with no doc part, is kept.
        let xml = xml.replace("d:row2", "row2");
        let back = read_xliff(Path::new("s.xlf"), &xml).unwrap();
        assert_eq!(back.rows[0].cell("sent"), "row2");
    }

    #[test]
    fn writes_one_file_per_document_and_notes() {
        let xml = write(&sheet());
        assert_eq!(xml.matches("<file ").count(), 2);
        assert!(xml.contains(r#"<trans-unit id="d1:1">"#));
        assert!(xml.contains(r#"<note from="glossary">باشينيان=Pashinyan</note>"#));
        assert!(xml.contains(r#"<note from="translator">check this</note>"#));
        assert!(xml.contains(r#"<context context-type="x-kind">title</context>"#));
        // The untranslated unit has no target.
        let last = &xml[xml.find(r#"id="d2:1""#).unwrap()..];
        assert!(!last.contains("<target"));
    }

    #[test]
    fn reads_cat_tool_files() {
        let xml = r#"<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="C:\jobs\article.docx" source-language="ar-SA" target-language="en-US" datatype="x-docx">
  <body>
   <trans-unit id="7">
    <source>قال <g id="1">باشينيان</g><x id="2"/> اليوم</source>
    <seg-source><mrk mtype="seg" mid="1">قال باشينيان اليوم</mrk></seg-source>
    <target state="translated">Pashinyan <bpt id="1">&lt;b&gt;</bpt>said<ept id="1">&lt;/b&gt;</ept> <g id="1">today</g></target>
    <alt-trans><target>Pashinian said</target></alt-trans>
   </trans-unit>
   <trans-unit id="8"><source>باكو</source></trans-unit>
  </body>
 </file>
</xliff>"#;
        let s = read_xliff(Path::new("job.xlf"), xml).unwrap();
        assert_eq!(s.rows.len(), 2);
        let r = &s.rows[0];
        assert_eq!(r.doc, r"C:\jobs\article.docx");
        assert_eq!(r.sent, "7");
        assert_eq!(r.source, "قال باشينيان اليوم");
        assert_eq!(r.target, "Pashinyan said today");
        assert_eq!(s.rows[1].target, "");
        assert_eq!(s.source_lang.as_deref(), Some("ar-SA"));
        assert_eq!(s.columns, ["doc", "sent", "source", "target"]);
    }

    #[test]
    fn broken_xml_says_where() {
        let e = read_xliff(Path::new("b.xlf"), "<xliff>\n<file>\n<body></file>")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("b.xlf: row"), "{e}");
        let e = read_xliff(Path::new("c.xlf"), "<root/>")
            .unwrap_err()
            .to_string();
        assert!(e.contains("no <xliff> element"), "{e}");
    }
}
