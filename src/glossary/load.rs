//! Reading glossary files: CSV or TSV, a header row naming the languages (`ar,en`), then
//! optional `variants` (`|`-separated other source spellings), `type` and `note` columns.
//!
//! Errors stop the load and say file, row and column: a header that does not name two
//! languages, a row without a source or a target, one source form with two different
//! targets. Things that can be fixed later are warnings: a row repeated word for word, a
//! column we do not know, two forms that differ only in what matching folds away
//! (diacritics, alef forms...) but have different targets.

use super::Entry;
use crate::error::{Error, Result};
use crate::text::hash::FxHashMap;
use std::path::Path;

/// A glossary file read and checked, not yet indexed.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The source language code (first header cell), lower case.
    pub source_lang: String,
    /// The target language code (second header cell), lower case.
    pub target_lang: String,
    /// The entries, in file order, duplicates merged.
    pub entries: Vec<Entry>,
    /// Problems that did not stop the load, each naming its row.
    pub warnings: Vec<String>,
}

/// The optional columns, by the names the header may give them.
#[derive(Debug, Default)]
struct Columns {
    variants: Option<usize>,
    kind: Option<usize>,
    note: Option<usize>,
}

/// True for something that looks like a language code: `ar`, `en`, `fra`, `pt-BR`, `zh_Hant`.
fn is_language_code(s: &str) -> bool {
    let mut parts = s.split(['-', '_']);
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The field delimiter: a tab for `.tsv`/`.tab` files; otherwise whichever of `,` `;`
/// and tab the header line holds most of, as for returned sheets (a glossary kept in
/// Excel may be saved with `;`).
fn delimiter(path: &Path, text: &str) -> u8 {
    let ext = crate::input::extension(path);
    match ext.as_str() {
        "tsv" | "tab" => b'\t',
        _ => crate::input::sniff_delimiter(text),
    }
}

/// Parse the text of a glossary file; `path` names it in errors and picks the delimiter.
pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // The csv crate counts CRLF line ends wrongly in record positions, and rows are
    // reported by line: read CRLF files as LF.
    let text: std::borrow::Cow<str> = if text.contains('\r') {
        text.replace("\r\n", "\n").into()
    } else {
        text.into()
    };
    let text = text.as_ref();
    let err = |row: usize, column: Option<&str>, reason: String| Error::Glossary {
        path: path.to_path_buf(),
        row,
        column: column.map(str::to_string),
        reason,
    };
    let delimiter = delimiter(path, text);
    // Glossary rows are named by line.
    if let Some(q) = crate::input::unclosed_quote(text, delimiter) {
        return Err(err(q.line, None, q.reason()));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut records = reader.records();

    // The header.
    let header = match records.next() {
        None => {
            return Err(err(
                1,
                None,
                "the file is empty: a glossary starts with a header row such as ar,en".into(),
            ))
        }
        Some(Err(e)) => return Err(csv_error(path, e)),
        Some(Ok(h)) => h,
    };
    let names: Vec<String> = header
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if names.len() < 2 || !is_language_code(&names[0]) || !is_language_code(&names[1]) {
        return Err(err(
            1,
            None,
            format!(
                "the header must start with the two language codes, source then target (such as ar,en); found {:?}",
                header.iter().collect::<Vec<_>>()
            ),
        ));
    }
    let mut parsed = Parsed {
        source_lang: names[0].clone(),
        target_lang: names[1].clone(),
        ..Parsed::default()
    };
    let mut cols = Columns::default();
    for (i, name) in names.iter().enumerate().skip(2) {
        let slot = match name.as_str() {
            "variants" | "variant" | "synonyms" => &mut cols.variants,
            "type" | "kind" | "category" => &mut cols.kind,
            "note" | "notes" | "comment" => &mut cols.note,
            "" => continue,
            code if code == names[0] || code == names[1] => {
                return Err(err(
                    1,
                    Some(code),
                    format!("column '{code}' appears twice; keep one (other spellings go in a 'variants' column)"),
                ))
            }
            other => {
                parsed.warnings.push(format!(
                    "{}: row 1: column '{other}' is not one we use (ar/en codes, variants, type, note); it is ignored",
                    path.display()
                ));
                continue;
            }
        };
        if slot.is_some() {
            return Err(err(1, Some(name), format!("column '{name}' appears twice")));
        }
        *slot = Some(i);
    }
    let (src_col, tgt_col) = (names[0].clone(), names[1].clone());
    let variants_col = names.get(cols.variants.unwrap_or(usize::MAX)).cloned();

    // Every source form (the term and its variants) → (entry index, row), to find
    // conflicts and duplicates. (Forms that differ only in what matching folds away are
    // found while indexing, see `matcher::Index::build`.)
    let mut forms: FxHashMap<String, (usize, usize)> = FxHashMap::default();
    // A column as messages name it: by its header, or by number when it has none.
    let column_name = |i: usize| match names.get(i) {
        Some(n) if !n.is_empty() => n.clone(),
        _ => format!("{}", i + 1),
    };
    for record in records {
        let record = record.map_err(|e| csv_error(path, e))?;
        let row = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let field = |i: Option<usize>| i.and_then(|i| record.get(i)).map(str::trim).unwrap_or("");
        if let Some(why) = crate::input::past_the_header(&record, header.len(), delimiter) {
            return Err(err(row, None, why));
        }
        // An escape code or form feed pasted into a cell: no name holds one, it would
        // never match, and a TBX export could not carry it.
        let stray = record.iter().enumerate().find_map(|(i, f)| {
            let c = f.chars().find(|&c| crate::text::is_stray_control(c))?;
            Some((i, c))
        });
        if let Some((i, c)) = stray {
            let column = column_name(i);
            return Err(err(
                row,
                Some(&column),
                format!(
                    "holds the control character U+{:04X} (pasted from a terminal or a word processor?); remove it",
                    u32::from(c)
                ),
            ));
        }
        // A line inside a term, target or variant that reads as a glossary row (a term
        // and its target): a quote opened in the cell was "closed" only by a quote in a
        // later row, and the rows in between were read into it. (A line break alone, an
        // Excel Alt+Enter in a long target, is kept as before.)
        let swallowed = [Some(0), Some(1), cols.variants]
            .into_iter()
            .flatten()
            .find_map(|i| {
                let cell = record.get(i)?;
                let source = record.get(0).unwrap_or("");
                let line = cell
                    .lines()
                    .skip(1)
                    .find(|l| reads_as_row(l, delimiter, source))?;
                Some((i, line))
            });
        if let Some((i, line)) = swallowed {
            return Err(err(
                row,
                Some(&column_name(i)),
                format!(
                    "a quote opened in this cell closes only in a later row, so the rows in between were read into it (one of them: '{}'); double a quote inside a cell (\"\") or remove it",
                    line.trim()
                ),
            ));
        }
        if record.len() < 2 {
            return Err(err(
                row,
                Some(&tgt_col),
                format!(
                    "missing column '{tgt_col}': the row has one field (is the delimiter right?)"
                ),
            ));
        }
        let source = field(Some(0));
        let target = field(Some(1));
        if !source.is_empty() && crate::text::fold(source).trim().is_empty() {
            // Only diacritics, tatweel or invisible characters: nothing could ever match.
            parsed.warnings.push(format!(
                "{}: row {row}, column {src_col}: '{source}' is empty once diacritics, tatweel and invisible characters are folded away; the row is skipped",
                path.display()
            ));
            continue;
        }
        if source.is_empty() {
            return Err(err(
                row,
                Some(&src_col),
                format!("empty source term (the target is '{target}')"),
            ));
        }
        if target.is_empty() {
            return Err(err(
                row,
                Some(&tgt_col),
                format!("empty target for '{source}'"),
            ));
        }
        let mut variants: Vec<String> = Vec::new();
        for v in field(cols.variants).split('|').map(str::trim) {
            if !v.is_empty() && v != source && !variants.iter().any(|x| x == v) {
                variants.push(v.to_string());
            }
        }
        let entry = Entry {
            source: source.to_string(),
            target: target.to_string(),
            variants,
            kind: field(cols.kind).to_string(),
            note: field(cols.note).to_string(),
            row,
        };

        // A source already seen: the same target is a duplicate (merged, with a
        // warning); another target is a conflict (an error: which one is right?).
        if let Some(&(idx, first_row)) = forms.get(source) {
            let earlier = &parsed.entries[idx];
            if earlier.target != entry.target {
                let what = if earlier.source == source {
                    String::new()
                } else {
                    format!(" (as a variant of '{}')", earlier.source)
                };
                return Err(err(
                    row,
                    Some(&src_col),
                    format!(
                        "conflict: '{source}' has target '{}' here but '{}' on row {first_row}{what}; keep one (or tell them apart)",
                        entry.target, earlier.target
                    ),
                ));
            }
            parsed.warnings.push(format!(
                "{}: row {row}: '{source}' → '{}' repeats row {first_row}; merged",
                path.display(),
                entry.target
            ));
            let new_forms: Vec<String> = entry
                .variants
                .into_iter()
                .filter(|v| !forms.contains_key(v.as_str()))
                .collect();
            for v in new_forms {
                forms.insert(v.clone(), (idx, row));
                parsed.entries[idx].variants.push(v);
            }
            continue;
        }
        let idx = parsed.entries.len();
        let column_of = |i: usize| {
            if i == 0 {
                src_col.clone()
            } else {
                variants_col.clone().unwrap_or_default()
            }
        };
        for (i, form) in std::iter::once(&entry.source)
            .chain(&entry.variants)
            .enumerate()
        {
            if let Some(&(other, other_row)) = forms.get(form.as_str()) {
                let o = &parsed.entries[other];
                if o.target != entry.target {
                    return Err(err(
                        row,
                        Some(&column_of(i)),
                        format!(
                            "conflict: '{form}' is also a form of '{}' ({}) on row {other_row}; one spelling cannot have two targets",
                            o.source, o.target
                        ),
                    ));
                }
                parsed.warnings.push(format!(
                    "{}: row {row}: '{form}' is already listed on row {other_row} with the same target",
                    path.display()
                ));
                continue;
            }
            forms.insert(form.clone(), (idx, row));
        }
        parsed.entries.push(entry);
    }
    if parsed.entries.is_empty() {
        // The warnings die with the error: say why rows were passed over here.
        let skipped = match parsed.warnings.len() {
            0 => String::new(),
            n => format!(
                " ({n} row(s) passed over; the first: {})",
                parsed.warnings[0]
            ),
        };
        return Err(err(
            2,
            None,
            format!(
                "the glossary has a header but no entries: add rows such as باكو,Baku{skipped}"
            ),
        ));
    }
    Ok(parsed)
}

/// A line that reads as a glossary row: at least a term and a target, both with text,
/// the term in the script of the row's own source term (`باكو,Baku` in an Arabic
/// glossary; not `Industry, Trade and Tourism` on the second line of a target).
fn reads_as_row(line: &str, delimiter: u8, source: &str) -> bool {
    let script = |s: &str| {
        s.chars()
            .find(|c| c.is_alphabetic())
            .map(crate::lang::is_arabic_script)
    };
    crate::input::cells_of_line(line, delimiter).is_some_and(|r| {
        r.len() >= 2
            && r.iter().take(2).all(|c| !c.trim().is_empty())
            && script(&r[0]) == script(source)
    })
}

fn csv_error(path: &Path, e: csv::Error) -> Error {
    let row = e.position().map_or(0, |p| p.line() as usize);
    Error::Glossary {
        path: path.to_path_buf(),
        row,
        column: None,
        reason: format!("not readable as CSV/TSV: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(name: &str, text: &str) -> Result<Parsed> {
        parse(Path::new(name), text)
    }

    fn error_of(name: &str, text: &str) -> (usize, Option<String>, String) {
        match load(name, text) {
            Err(Error::Glossary {
                row,
                column,
                reason,
                ..
            }) => (row, column, reason),
            other => panic!("expected a glossary error, got {other:?}"),
        }
    }

    #[test]
    fn reads_csv_with_bom_crlf_and_optional_columns() {
        let p = load(
            "g.csv",
            "\u{FEFF}ar,en,variants,type,note\r\nباشينيان,Pashinyan,باشنيان | باشينيان,person,PM\r\n\"قره باغ\",Karabakh,,place,\r\n",
        )
        .unwrap();
        assert_eq!(
            (p.source_lang.as_str(), p.target_lang.as_str()),
            ("ar", "en")
        );
        assert_eq!(p.entries.len(), 2);
        assert_eq!(p.entries[0].variants, ["باشنيان"]);
        assert_eq!(p.entries[0].kind, "person");
        assert_eq!(p.entries[1].row, 3);
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    }

    #[test]
    fn reads_tsv_by_extension_or_by_header() {
        for name in ["g.tsv", "g.txt", "glossary"] {
            let p = load(name, "ar\ten\tnote\nموسكو\tMoscow\tcapital, Russia\n").unwrap();
            assert_eq!(p.entries[0].target, "Moscow", "{name}");
            assert_eq!(p.entries[0].note, "capital, Russia");
        }
    }

    #[test]
    fn reads_a_glossary_excel_saved_with_semicolons() {
        // Excel in French, German or Russian locales saves "CSV" with `;`; a comma
        // inside a note must stay in the note.
        let p = load(
            "g.csv",
            "ar;en;note\r\nموسكو;Moscow;capital, Russia\r\n\"قره باغ\";Karabakh;\n",
        )
        .unwrap();
        assert_eq!(p.entries.len(), 2);
        assert_eq!(p.entries[0].target, "Moscow");
        assert_eq!(p.entries[0].note, "capital, Russia");
        assert_eq!(p.entries[1].source, "قره باغ");
    }

    #[test]
    fn a_control_character_in_a_cell_is_an_error_naming_row_and_column() {
        // An escape code pasted from a terminal: it could never match, and a TBX
        // export could not hold it.
        let (row, col, reason) = error_of(
            "g.csv",
            "ar,en,note\nموسكو,Moscow,ok\nباكو,Baku\u{1b}[0m,\n",
        );
        assert_eq!((row, col.as_deref()), (3, Some("en")));
        assert!(reason.contains("U+001B"), "{reason}");
        let (row, col, _) = error_of("g.csv", "ar,en,note\nموسكو,Moscow,page\u{c}two\n");
        assert_eq!((row, col.as_deref()), (2, Some("note")));
        // Tabs inside a quoted cell are ordinary text.
        assert!(load("g.csv", "ar,en,note\nموسكو,Moscow,\"a\tb\"\n").is_ok());
    }

    #[test]
    fn a_row_read_into_a_name_is_an_error_but_a_line_break_is_not() {
        // The quote before Moscow is "closed" by the one the keeper typed in row 4: row
        // 3 (Baku) would have become part of Moscow's target.
        let (row, col, reason) = error_of(
            "g.csv",
            "ar,en\nموسكو,\"Moscow\nباكو,Baku\nكييف,Kyiv \"x\"\nأنقرة,Ankara\n",
        );
        assert_eq!((row, col.as_deref()), (2, Some("en")));
        assert!(reason.contains("(one of them: 'باكو,Baku')"), "{reason}");
        let p = load("g.csv", "ar,en,note\nموسكو,Moscow,\"capital\nof Russia\"\n").unwrap();
        assert_eq!(p.entries[0].note, "capital\nof Russia");
        // An Alt+Enter inside a target or between variants is not a row: kept, even when
        // the next line holds a comma.
        let p = load(
            "g.csv",
            "ar,en,variants\nوزارة الخارجية,\"Ministry of\nForeign Affairs\",\"موسكوفا\nموسكفا\"\nوزارة الصناعة,\"Ministry of\nIndustry, Trade and Tourism\",\n",
        )
        .unwrap();
        assert_eq!(p.entries[0].target, "Ministry of\nForeign Affairs");
        assert_eq!(
            p.entries[1].target,
            "Ministry of\nIndustry, Trade and Tourism"
        );
    }

    #[test]
    fn errors_name_row_and_column() {
        let (row, col, reason) = error_of("g.csv", "ar,en\nموسكو,Moscow\nباكو,\n");
        assert_eq!((row, col.as_deref()), (3, Some("en")));
        assert!(reason.contains("empty target"), "{reason}");

        let (row, col, _) = error_of("g.csv", "ar,en\n,Moscow\n");
        assert_eq!((row, col.as_deref()), (2, Some("ar")));

        let (row, col, reason) = error_of("g.csv", "ar,en\nموسكو,Moscow\nموسكو,Moskva\n");
        assert_eq!((row, col.as_deref()), (3, Some("ar")));
        assert!(
            reason.contains("conflict") && reason.contains("row 2"),
            "{reason}"
        );

        let (row, col, reason) = error_of(
            "g.csv",
            "ar,en,variants\nفضولي,Fuzuli,فوزولي\nفوزولي,Fizuli,\n",
        );
        assert_eq!((row, col.as_deref()), (3, Some("ar")));
        assert!(reason.contains("فضولي"), "{reason}");

        let (row, col, _) = error_of("g.csv", "ar,en\nموسكو\n");
        assert_eq!((row, col.as_deref()), (2, Some("en")));
    }

    #[test]
    fn header_must_name_two_languages() {
        let (row, _, reason) = error_of("g.csv", "موسكو,Moscow\nباكو,Baku\n");
        assert_eq!(row, 1);
        assert!(reason.contains("language codes"), "{reason}");
        assert!(load("g.csv", "").is_err());
        assert!(load("g.csv", "ar,en,type,type\n").is_err());
        assert!(load("g.csv", "ar-SA,en_GB\nموسكو,Moscow\n").is_ok());
    }

    #[test]
    fn duplicates_and_folded_twins_are_warnings() {
        let text =
            "ar,en,variants,colour\nموسكو,Moscow,\nموسكو,Moscow,موسكوفا\nعُمان,Oman,\nعمّان,Amman,\n";
        let p = load("g.csv", text).unwrap();
        assert_eq!(p.entries.len(), 3);
        assert_eq!(p.entries[0].variants, ["موسكوفا"]);
        assert_eq!(p.warnings.len(), 2, "{:#?}", p.warnings);
        assert!(p.warnings[0].contains("colour"));
        assert!(p.warnings[1].contains("row 3") && p.warnings[1].contains("row 2"));
        let g = super::super::Glossary::from_text(Path::new("g.csv"), text).unwrap();
        assert_eq!(g.warnings().len(), 3, "{:#?}", g.warnings());
        assert!(g.warnings()[2].contains("row 5") && g.warnings()[2].contains("Oman"));
    }
}
