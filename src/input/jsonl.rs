//! JSON Lines input: one `{"id": ..., "text": ..., "lang"?: ...}` object per line.
//! A broken line is reported by its number and the others are still read.

use super::Item;
use crate::document::Document;
use crate::error::Error;
use std::io::BufRead;
use std::path::PathBuf;

/// Read the records of `reader` lazily.
pub fn records<R: BufRead + Send + 'static>(
    mut reader: R,
    path: PathBuf,
    stem: String,
) -> impl Iterator<Item = Item> + Send {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    // A record held back while the warning about its language goes first.
    let mut held: Option<Item> = None;
    // The `lang` values already warned about: said once each, not once per record.
    let mut unknown_langs: std::collections::HashSet<String> = Default::default();
    std::iter::from_fn(move || loop {
        if let Some(item) = held.take() {
            return Some(item);
        }
        line_no += 1;
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => return Some(Item::Error(Error::io(&path, e))),
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(s) => s.trim_start_matches('\u{FEFF}').trim(),
            Err(e) => {
                return Some(Item::Error(Error::JsonLine {
                    path: path.clone(),
                    line: line_no,
                    reason: format!("not valid UTF-8 at byte {} of the line", e.valid_up_to()),
                }))
            }
        };
        if line.is_empty() {
            continue;
        }
        let origin = format!("{}:{line_no}", path.display());
        return Some(
            match parse_record(line, &format!("{stem}:{line_no}"), origin) {
                Ok(doc) => match unknown_lang(&doc) {
                    Some(lang) if unknown_langs.insert(lang.to_lowercase()) => {
                        let warning = Item::Warning(super::Warning {
                            origin: doc.origin.clone(),
                            message: format!(
                                "\"lang\": '{lang}' is not a language with a profile ({}); records with it have their language detected",
                                crate::lang::Lang::ALL.map(|l| l.code()).join(", ")
                            ),
                        });
                        held = Some(Item::Doc(doc));
                        warning
                    }
                    _ => Item::Doc(doc),
                },
                Err(reason) => Item::Error(Error::JsonLine {
                    path: path.clone(),
                    line: line_no,
                    reason,
                }),
            },
        );
    })
}

/// The record's `lang` when no profile answers to it (a typo, or a language we do not
/// cover): the pipeline then detects the language, and the user should know.
fn unknown_lang(doc: &Document) -> Option<&str> {
    let lang = doc.lang.as_deref()?;
    lang.parse::<crate::lang::Lang>().is_err().then_some(lang)
}

/// Parse one JSON Lines record into a document. `default_id` is used when the record
/// has no `id`. Numbers are accepted as ids; other types are refused.
pub fn parse_record(line: &str, default_id: &str, origin: String) -> Result<Document, String> {
    // Only an object is a record (a derived struct would also read a JSON array as its
    // fields in order).
    let record = line
        .starts_with('{')
        .then(|| serde_json::from_str::<Record>(line));
    let obj = match record {
        Some(Ok(r)) => r,
        other => {
            // Said as the user sees the line: broken JSON, not an object, or a key given
            // twice (a JSON map would keep the last value and lose the other).
            let value: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("not valid JSON ({e})"))?;
            if !value.is_object() {
                return Err(
                    "not a JSON object: each line must be {\"id\": ..., \"text\": ...}".into(),
                );
            }
            let why = other.and_then(Result::err).map(|e| e.to_string());
            return Err(format!(
                "{}; one of the two values would be lost: keep one",
                why.unwrap_or_default()
            ));
        }
    };
    let id = match obj.id.as_ref() {
        None | Some(serde_json::Value::Null) => default_id.to_string(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(other) => {
            return Err(format!(
                "\"id\" must be a string or a number, not {}",
                json_type(other)
            ))
        }
    };
    let text = match obj.text.as_ref() {
        Some(serde_json::Value::String(s)) => s.clone(),
        None => return Err("missing \"text\": each line must have a \"text\" string".into()),
        Some(other) => {
            return Err(format!(
                "\"text\" must be a string, not {}",
                json_type(other)
            ))
        }
    };
    if text.trim().is_empty() {
        // As for an empty file: said, so that a record lost upstream is noticed.
        return Err("\"text\" is empty: nothing to process".into());
    }
    let lang = match obj.lang.as_ref() {
        None | Some(serde_json::Value::Null) => None,
        // "auto", or nothing said: detected, as when --lang is not given.
        Some(serde_json::Value::String(s))
            if s.trim().is_empty() || s.eq_ignore_ascii_case("auto") =>
        {
            None
        }
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(other) => {
            return Err(format!(
                "\"lang\" must be a string, not {}",
                json_type(other)
            ))
        }
    };
    Ok(Document {
        id,
        text,
        lang,
        origin,
    })
}

/// The keys of a record that are read; others are ignored. A key given twice is an
/// error (serde's derive refuses it).
#[derive(serde::Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<serde_json::Value>,
    #[serde(default)]
    lang: Option<serde_json::Value>,
}

fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_lines_are_reported_and_the_rest_read() {
        let data = "{\"id\":\"a\",\"text\":\"نص\"}\n{broken\n\n{\"id\":7,\"text\":\"x\",\"lang\":\"en\"}\n{\"id\":[1],\"text\":\"y\"}\n{\"id\":\"b\"}\n";
        let items: Vec<_> = records(
            std::io::Cursor::new(data.as_bytes().to_vec()),
            "in.jsonl".into(),
            "in".into(),
        )
        .collect();
        assert_eq!(items.len(), 5);
        assert!(matches!(&items[0], Item::Doc(d) if d.id == "a" && d.text == "نص"));
        assert!(matches!(
            &items[1],
            Item::Error(Error::JsonLine { line: 2, .. })
        ));
        assert!(
            matches!(&items[2], Item::Doc(d) if d.id == "7" && d.lang.as_deref() == Some("en"))
        );
        let e = match &items[3] {
            Item::Error(e) => e.to_string(),
            _ => panic!(),
        };
        assert!(
            e.contains("in.jsonl:5") && e.contains("\"id\" must be a string"),
            "{e}"
        );
        let e = match &items[4] {
            Item::Error(e) => e.to_string(),
            _ => panic!(),
        };
        assert!(e.contains("missing \"text\""), "{e}");
    }

    #[test]
    fn a_key_given_twice_or_an_array_is_refused() {
        let parse = |line: &str| parse_record(line, "d:1", "d.jsonl:1".into());
        // A JSON map keeps the last "text" and loses the first: refused.
        let e = parse(r#"{"id":"a","text":"قال باشينيان.","text":"ثاني."}"#).unwrap_err();
        assert!(e.starts_with("duplicate field `text`"), "{e}");
        let e = parse(r#"["a", "نص"]"#).unwrap_err();
        assert!(e.starts_with("not a JSON object"), "{e}");
        let e = parse(r#"{"id":"a","text":"نص""#).unwrap_err();
        assert!(e.starts_with("not valid JSON"), "{e}");
        // Other keys are ignored; null is as good as absent.
        let d = parse(r#"{"url":"x","id":null,"text":"نص","lang":null,"text_en":"t"}"#).unwrap();
        assert_eq!(
            (d.id.as_str(), d.text.as_str(), d.lang),
            ("d:1", "نص", None)
        );
    }

    /// An empty text is an error of its line, as an empty file is; a `lang` without a
    /// profile is said once per value and the records are still read.
    #[test]
    fn empty_text_and_unknown_lang_are_said() {
        let data = "{\"id\":\"e\",\"text\":\"  \"}\n\
            {\"id\":\"x\",\"text\":\"قال.\",\"lang\":\"xx\"}\n\
            {\"id\":\"y\",\"text\":\"قال.\",\"lang\":\"XX\"}\n\
            {\"id\":\"z\",\"text\":\"قال.\",\"lang\":\"ar-EG\"}\n";
        let items: Vec<_> = records(
            std::io::Cursor::new(data.as_bytes().to_vec()),
            "in.jsonl".into(),
            "in".into(),
        )
        .collect();
        let e = match &items[0] {
            Item::Error(e) => e.to_string(),
            other => panic!("{other:?}"),
        };
        assert!(
            e.contains("in.jsonl:1") && e.contains("\"text\" is empty"),
            "{e}"
        );
        assert!(
            matches!(&items[1], Item::Warning(w) if w.origin == "in.jsonl:2" && w.message.contains("'xx' is not a language"))
        );
        let ids: Vec<&str> = items
            .iter()
            .filter_map(|i| match i {
                Item::Doc(d) => Some(d.id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["x", "y", "z"]);
        assert_eq!(items.len(), 5, "one warning for xx and XX, none for ar-EG");
    }
}
