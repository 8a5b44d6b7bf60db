//! TBX (ISO 30042), Basic dialect: the glossary format Trados MultiTerm, memoQ, Phrase
//! and OmegaT import.
//!
//! Written as TBX-Basic 2008 (`<martif type="TBX-Basic">`), which every tool reads: one
//! `<termEntry>` per glossary row; the type as `<descrip type="subjectField">` and the
//! note as `<note>` on the entry; one `<langSet xml:lang>` per language; one `<tig>` per
//! term, the glossary's form marked `preferredTerm-admn-sts` and each variant spelling
//! `admittedTerm-admn-sts` (`administrativeStatus` is TBX-Basic's data category for it).
//!
//! Read from TBX-Basic 2008 and from TBX v3 (`<tbx type="TBX-Basic">` with
//! `conceptEntry`/`langSec`/`termSec`). A deprecated target term is not an accepted
//! translation and is dropped; a deprecated source spelling is still a spelling seen in
//! texts and is kept as a variant.

use super::termbase::{TermBase, TermEntry};
use super::xml::{attr, end, start, text_element, Lines};
use crate::error::{Error, Result};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::{Reader, Writer};
use std::io::{self, Write};
use std::path::Path;

const PREFERRED: &str = "preferredTerm-admn-sts";
const ADMITTED: &str = "admittedTerm-admn-sts";
const DEPRECATED: &str = "deprecatedTerm-admn-sts";

fn tig<W: Write>(w: &mut Writer<W>, term: &str, status: &str) -> io::Result<()> {
    start(w, "tig", &[])?;
    text_element(w, "term", &[], term)?;
    text_element(w, "termNote", &[("type", "administrativeStatus")], status)?;
    end(w, "tig")
}

fn lang_set<W: Write>(
    w: &mut Writer<W>,
    lang: &str,
    preferred: &str,
    others: &[String],
) -> io::Result<()> {
    start(w, "langSet", &[("xml:lang", lang)])?;
    tig(w, preferred, PREFERRED)?;
    for o in others {
        tig(w, o, ADMITTED)?;
    }
    end(w, "langSet")
}

/// Write `tb` as TBX-Basic; `origin` (the glossary's name) goes in the header.
pub fn write_tbx<W: Write>(out: W, tb: &TermBase, origin: &str) -> io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::DocType(BytesText::from_escaped(
        "martif SYSTEM \"TBXBasiccoreStructV02.dtd\"",
    )))?;
    start(
        &mut w,
        "martif",
        &[("type", "TBX-Basic"), ("xml:lang", &tb.target_lang)],
    )?;
    start(&mut w, "martifHeader", &[])?;
    start(&mut w, "fileDesc", &[])?;
    start(&mut w, "sourceDesc", &[])?;
    text_element(
        &mut w,
        "p",
        &[],
        &format!("Exported by toolkit from {origin}"),
    )?;
    end(&mut w, "sourceDesc")?;
    end(&mut w, "fileDesc")?;
    start(&mut w, "encodingDesc", &[])?;
    text_element(&mut w, "p", &[("type", "XCSURI")], "TBXBasicXCSV02.xcs")?;
    end(&mut w, "encodingDesc")?;
    end(&mut w, "martifHeader")?;
    start(&mut w, "text", &[])?;
    start(&mut w, "body", &[])?;
    let mut ids = std::collections::HashSet::new();
    for e in &tb.entries {
        start(
            &mut w,
            "termEntry",
            &[("id", &entry_id(&e.source, &mut ids))],
        )?;
        if !e.kind.is_empty() {
            text_element(&mut w, "descrip", &[("type", "subjectField")], &e.kind)?;
        }
        if !e.note.is_empty() {
            text_element(&mut w, "note", &[], &e.note)?;
        }
        lang_set(&mut w, &tb.source_lang, &e.source, &e.variants)?;
        lang_set(&mut w, &tb.target_lang, &e.target, &e.target_variants)?;
        end(&mut w, "termEntry")?;
    }
    end(&mut w, "body")?;
    end(&mut w, "text")?;
    end(&mut w, "martif")?;
    w.into_inner().write_all(b"\n")
}

/// The id of the entry for `source`: `t` and 16 hex digits of a hash of the term, the
/// same in every export, so that a termbase that keeps entries by id (MultiTerm, memoQ)
/// updates an entry on re-import instead of taking the next row's entry for it, as ids
/// by row number did once a row was added or removed above. `taken` keeps ids unique
/// should two terms ever hash alike.
fn entry_id(source: &str, taken: &mut std::collections::HashSet<String>) -> String {
    // FNV-1a: a few lines, and stable across Rust versions (std's hasher is not
    // promised to be).
    let hash = source.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let base = format!("t{hash:016x}");
    let mut id = base.clone();
    let mut n = 1;
    while !taken.insert(id.clone()) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// A term being read: its text and administrative status.
#[derive(Debug, Default)]
struct Term {
    lang: String,
    text: String,
    status: String,
}

/// An entry being read.
#[derive(Debug, Default)]
struct Entry {
    id: String,
    line: usize,
    kind: String,
    notes: Vec<String>,
    terms: Vec<Term>,
}

/// What the text being read belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Field {
    Term,
    Status,
    Subject,
    Note,
}

/// Read a TBX file (TBX-Basic 2008 or TBX v3) as a term base. Its languages are those of
/// the first entry's language sections, in order: source first, then target.
pub fn read_tbx(path: &Path) -> Result<TermBase> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = crate::input::decode(&bytes[..], path)?.text;
    parse_tbx(path, &text)
}

/// [`read_tbx`] on text already read; `path` names the file in errors.
pub fn parse_tbx(path: &Path, text: &str) -> Result<TermBase> {
    let err = |line: usize, column: Option<&str>, reason: String| Error::Glossary {
        path: path.to_path_buf(),
        row: line,
        column: column.map(str::to_string),
        reason,
    };
    let mut reader = Reader::from_str(text);
    let mut entries: Vec<Entry> = Vec::new();
    let mut entry: Option<Entry> = None;
    let mut lang = String::new();
    let mut field: Option<Field> = None;
    let (mut saw_root, mut closed_root) = (false, false);
    let mut lines = Lines::default();
    loop {
        let line = lines.at(text, reader.buffer_position());
        let ev = reader.read_event().map_err(|e| {
            err(
                line,
                None,
                format!("not well-formed XML (line {line}): {e}"),
            )
        })?;
        match ev {
            Event::Start(e) => match e.local_name().as_ref() {
                b"martif" | b"tbx" => saw_root = true,
                b"termEntry" | b"conceptEntry" => {
                    entry = Some(Entry {
                        id: attr(&e, "id").unwrap_or_default(),
                        line,
                        ..Entry::default()
                    })
                }
                b"langSet" | b"langSec" => lang = attr(&e, "lang").unwrap_or_default(),
                b"term" => {
                    if let Some(en) = entry.as_mut() {
                        en.terms.push(Term {
                            lang: lang.clone(),
                            ..Term::default()
                        });
                        field = Some(Field::Term);
                    }
                }
                b"termNote" if attr(&e, "type").as_deref() == Some("administrativeStatus") => {
                    field = Some(Field::Status)
                }
                b"descrip" if attr(&e, "type").as_deref() == Some("subjectField") => {
                    field = Some(Field::Subject)
                }
                b"note" => {
                    if let Some(en) = entry.as_mut() {
                        en.notes.push(String::new());
                        field = Some(Field::Note);
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"martif" | b"tbx" => closed_root = true,
                b"termEntry" | b"conceptEntry" => entries.extend(entry.take()),
                b"term" | b"termNote" | b"descrip" | b"note" => field = None,
                _ => {}
            },
            Event::Text(t) => {
                let s = t
                    .unescape()
                    .map_err(|e| err(line, None, format!("bad character reference: {e}")))?;
                push_text(entry.as_mut(), field, &s);
            }
            Event::CData(t) => push_text(entry.as_mut(), field, &String::from_utf8_lossy(&t)),
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err(err(
            1,
            None,
            "not a TBX file: no <martif> or <tbx> element".into(),
        ));
    }
    if !closed_root {
        // quick-xml stops quietly at the end of a file cut short: the entries after the
        // cut would be lost without a word.
        return Err(err(
            lines.at(text, text.trim_end().len() as u64),
            None,
            format!("the file ends before the closing </martif> or </tbx>: it was cut short after {} entries; copy or export it again", entries.len()),
        ));
    }
    let (source_lang, target_lang) = languages(&entries).ok_or_else(|| {
        err(
            1,
            None,
            "no entry has terms in two languages; a glossary needs a source and a target".into(),
        )
    })?;
    let mut out = TermBase {
        source_lang: primary(&source_lang),
        target_lang: primary(&target_lang),
        entries: Vec::with_capacity(entries.len()),
    };
    for e in entries {
        let forms = |l: &str, keep_deprecated: bool| -> Vec<String> {
            let mut v: Vec<&Term> = e
                .terms
                .iter()
                .filter(|t| same_lang(&t.lang, l) && !t.text.trim().is_empty())
                .filter(|t| keep_deprecated || t.status.trim() != DEPRECATED)
                .collect();
            // The preferred term first, the others in file order.
            v.sort_by_key(|t| t.status.trim() != PREFERRED);
            v.iter().map(|t| t.text.trim().to_string()).collect()
        };
        let sources = forms(&source_lang, true);
        let targets = forms(&target_lang, false);
        let name = if e.id.is_empty() {
            "termEntry".to_string()
        } else {
            format!("termEntry {}", e.id)
        };
        for (forms, l) in [(&sources, &source_lang), (&targets, &target_lang)] {
            if forms.is_empty() {
                return Err(err(
                    e.line,
                    Some(l),
                    format!("{name} (line {}) has no usable {l} term", e.line),
                ));
            }
        }
        out.entries.push(TermEntry {
            source: sources[0].clone(),
            target: targets[0].clone(),
            variants: sources[1..].to_vec(),
            target_variants: targets[1..].to_vec(),
            kind: e.kind.trim().to_string(),
            note: e
                .notes
                .iter()
                .map(|n| n.trim())
                .collect::<Vec<_>>()
                .join("; "),
        });
    }
    Ok(out)
}

fn push_text(entry: Option<&mut Entry>, field: Option<Field>, s: &str) {
    let (Some(e), Some(f)) = (entry, field) else {
        return;
    };
    let slot = match f {
        Field::Term => e.terms.last_mut().map(|t| &mut t.text),
        Field::Status => e.terms.last_mut().map(|t| &mut t.status),
        Field::Subject => Some(&mut e.kind),
        Field::Note => e.notes.last_mut(),
    };
    if let Some(slot) = slot {
        slot.push_str(s);
    }
}

/// `ar` for `ar`, `ar-SA`, `AR_sa`.
fn primary(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn same_lang(a: &str, b: &str) -> bool {
    primary(a) == primary(b)
}

/// The source and target languages: the first two languages of the first entry that has
/// terms in two.
fn languages(entries: &[Entry]) -> Option<(String, String)> {
    entries.iter().find_map(|e| {
        let mut langs: Vec<&str> = Vec::new();
        for t in &e.terms {
            if !langs.iter().any(|l| same_lang(l, &t.lang)) {
                langs.push(&t.lang);
            }
        }
        (langs.len() >= 2).then(|| (langs[0].to_string(), langs[1].to_string()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::termbase::sample;

    #[test]
    fn round_trips() {
        let mut out = Vec::new();
        write_tbx(&mut out, &sample(), "test.csv").unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(xml.contains(r#"<martif type="TBX-Basic" xml:lang="en">"#));
        assert!(xml.contains(r#"<descrip type="subjectField">person</descrip>"#));
        assert_eq!(parse_tbx(Path::new("t.tbx"), &xml).unwrap(), sample());
    }

    #[test]
    fn entry_ids_follow_the_term_not_the_row() {
        let ids = |tb: &TermBase| -> Vec<(String, String)> {
            let mut out = Vec::new();
            write_tbx(&mut out, tb, "g.csv").unwrap();
            let xml = String::from_utf8(out).unwrap();
            let sources = tb.entries.iter().map(|e| e.source.clone());
            let ids = xml
                .split("<termEntry id=\"")
                .skip(1)
                .map(|s| s[..s.find('"').unwrap()].to_string());
            sources.zip(ids).collect()
        };
        let before = sample();
        let mut after = sample();
        // A row added at the top shifted every id when they were row numbers.
        after.entries.insert(0, after.entries[0].clone());
        after.entries[0].source = "يريفان".into();
        let (before, after) = (ids(&before), ids(&after));
        assert_eq!(&after[1..], &before[..]);
        assert!(after
            .iter()
            .all(|(_, id)| id.len() == 17 && id.starts_with('t')));
        // Unique even when two entries share a term (a hash collision acts the same).
        let mut twice = sample();
        twice.entries.push(twice.entries[0].clone());
        let ids = ids(&twice);
        assert_eq!(ids.last().unwrap().1, format!("{}-2", ids[0].1));
    }

    #[test]
    fn reads_tbx_v3_and_regional_codes() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="1">
      <langSec xml:lang="ar-SA"><termSec><term>باكو</term></termSec></langSec>
      <langSec xml:lang="en-US">
        <termSec><term>Bakou</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
        <termSec><term>Baku</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>"#;
        let tb = parse_tbx(Path::new("v3.tbx"), xml).unwrap();
        assert_eq!(
            (tb.source_lang.as_str(), tb.target_lang.as_str()),
            ("ar", "en")
        );
        assert_eq!(tb.entries.len(), 1);
        assert_eq!(tb.entries[0].target, "Baku");
        assert!(tb.entries[0].target_variants.is_empty());
    }

    #[test]
    fn an_entry_without_a_target_names_its_line() {
        let xml = "<martif type=\"TBX-Basic\"><text><body>\n\
            <termEntry id=\"a\"><langSet xml:lang=\"ar\"><tig><term>أ</term></tig></langSet>\
            <langSet xml:lang=\"en\"><tig><term>A</term></tig></langSet></termEntry>\n\
            <termEntry id=\"b\"><langSet xml:lang=\"ar\"><tig><term>ب</term></tig></langSet></termEntry>\n\
            </body></text></martif>";
        let e = parse_tbx(Path::new("g.tbx"), xml).unwrap_err().to_string();
        assert_eq!(
            e,
            "g.tbx: row 3, column en: termEntry b (line 3) has no usable en term"
        );
    }
}
