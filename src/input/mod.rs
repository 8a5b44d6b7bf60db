//! Reading inputs: files, folders (searched recursively for text files), `-` for stdin,
//! and JSON Lines files of `{"id", "text", "lang"?}` records; decoding every encoding
//! Arabic archives use.

mod decode;
mod delimited;
mod html;
mod jsonl;
mod legacy;
mod markdown;
mod plain_text;
mod walk;

pub use decode::{decode, Decoded};
pub use delimited::{
    cells_of_line, past_the_header, sniff_delimiter, unclosed_quote, UnclosedQuote,
};
pub use html::is_html_extension;
pub use jsonl::parse_record;
pub use markdown::is_markdown_extension;
pub use walk::{expand, folder_files, is_hidden, Expanded, Source};

use crate::document::Document;
use crate::error::Error;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// A non-fatal note about an input (for example: decoded as Windows-1256).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file (or `<stdin>`).
    pub origin: String,
    /// What happened.
    pub message: String,
}

/// What reading one source yields, one item at a time: a document, an error about one
/// record or file (the caller reports it and goes on), or a warning.
#[derive(Debug)]
pub enum Item {
    /// A document ready for the pipeline.
    Doc(Document),
    /// A record or file that could not be read.
    Error(Error),
    /// Something the user should know.
    Warning(Warning),
}

/// True when `source` holds many documents read one record at a time (stdin, JSON Lines);
/// false for a text file, which is one document and can be read anywhere, on any thread.
pub fn is_stream(source: &Source) -> bool {
    match source {
        Source::Stdin => true,
        Source::File(path) => is_jsonl(path),
    }
}

/// How standard input is named in messages (the documents read from it get the id
/// `stdin`).
pub const STDIN: &str = "<stdin>";

/// The whole content of `path`, or of stdin for `-`, with the name messages give it:
/// the path, or [`STDIN`]. For inputs read in one piece (a sheet, a glossary to export).
pub fn read_all(path: &Path) -> crate::error::Result<(PathBuf, Vec<u8>)> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(STDIN, e))?;
        return Ok((PathBuf::from(STDIN), bytes));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    Ok((path.to_path_buf(), bytes))
}

/// A file's extension, lower-cased (`CSV` → `csv`); empty when it has none.
pub fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

pub(crate) fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"))
}

/// The documents of one source, read lazily so that a huge JSON Lines file streams.
pub fn read(source: &Source) -> Box<dyn Iterator<Item = Item> + Send> {
    match source {
        Source::Stdin => {
            // Peek at the first visible byte without reading everything: JSON Lines on
            // stdin stream (a cluster engine pipes gigabytes through us).
            let mut reader = BufReader::with_capacity(1 << 16, std::io::stdin());
            let mut at_start = true;
            let first = loop {
                match reader.fill_buf() {
                    Ok([]) => break None,
                    // A byte order mark (PowerShell and Notepad write one) is not text.
                    Ok(buf) if at_start && buf.starts_with(UTF8_BOM) => {
                        reader.consume(UTF8_BOM.len());
                        at_start = false;
                    }
                    Ok(buf) => match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                        Some(k) => break Some(buf[k]),
                        None => {
                            let n = buf.len();
                            reader.consume(n);
                            at_start = false;
                        }
                    },
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Box::new(std::iter::once(Item::Error(Error::io(STDIN, e)))),
                }
            };
            // JSON Lines when the first line is a JSON object, or the next line opens
            // one too (a stream whose first record is broken: said by line); an article
            // that happens to open with `{` is read as text, with a word.
            let mut head = Vec::new();
            let mut note = None;
            if first == Some(b'{') {
                let records;
                (head, records) = match sniff_records(&mut reader) {
                    Ok(sniffed) => sniffed,
                    Err(e) => return Box::new(std::iter::once(Item::Error(Error::io(STDIN, e)))),
                };
                if records {
                    let lines = std::io::Cursor::new(head).chain(reader);
                    return Box::new(jsonl::records(lines, PathBuf::from(STDIN), "stdin".into()));
                }
                note = Some(Item::Warning(Warning {
                    origin: STDIN.into(),
                    message: "starts with '{' but is not JSON Lines (its first line is not a JSON object): read as article text".into(),
                }));
            }
            let mut bytes = head;
            if let Err(e) = reader.read_to_end(&mut bytes) {
                return Box::new(std::iter::once(Item::Error(Error::io(STDIN, e))));
            }
            Box::new(
                note.into_iter()
                    .chain(whole_file(bytes, Path::new(STDIN), "stdin".into())),
            )
        }
        Source::File(path) => {
            if let Some(reason) = not_an_article(path) {
                let e = Error::Decode {
                    path: path.clone(),
                    reason,
                };
                return Box::new(std::iter::once(Item::Error(e)));
            }
            if is_jsonl(path) {
                match std::fs::File::open(path) {
                    Ok(f) => jsonl_file(BufReader::with_capacity(1 << 16, f), path),
                    Err(e) => Box::new(std::iter::once(Item::Error(Error::io(path, e)))),
                }
            } else {
                match std::fs::read(path) {
                    Ok(bytes) => Box::new(whole_file(bytes, path, stem(path))),
                    Err(e) => Box::new(std::iter::once(Item::Error(Error::io(path, e)))),
                }
            }
        }
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The start of a stdin that opens with `{`, read for [`read`] to keep: its first line
/// (blank lines before it included), and the next visible one when the first is no JSON;
/// with whether the stream is JSON Lines: the first line is a JSON value, or the next
/// one opens an object as well.
fn sniff_records(reader: &mut impl BufRead) -> std::io::Result<(Vec<u8>, bool)> {
    let mut head = Vec::new();
    next_visible_line(reader, &mut head)?;
    if serde_json::from_slice::<serde::de::IgnoredAny>(&head).is_ok() {
        return Ok((head, true));
    }
    let at = head.len();
    next_visible_line(reader, &mut head)?;
    let records = head[at..].trim_ascii_start().starts_with(b"{");
    Ok((head, records))
}

/// Append the lines of `reader` to `buf` up to and including the next one that is not
/// blank, or to the end.
fn next_visible_line(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> std::io::Result<()> {
    let at = buf.len();
    while buf[at..].iter().all(u8::is_ascii_whitespace) {
        if reader.read_until(b'\n', buf)? == 0 {
            break;
        }
    }
    Ok(())
}

/// Why a file named on the command line is not read as an article: a sheet, a
/// translation exchange file or a JSON document, which read as text would give rows of
/// commas, tags and braces with exit 0. `None` for anything else: a file named by the
/// user is read whatever its name, as long as its name does not say it is one of these.
fn not_an_article(path: &Path) -> Option<String> {
    let ext = extension(path);
    let what = match ext.as_str() {
        "csv" | "tsv" | "tab" => "a sheet",
        "xlf" | "xliff" | "sdlxliff" | "mqxliff" => "an XLIFF file",
        "tbx" => {
            return Some(
                "a .tbx file is a termbase, not an article; load it as the glossary (--glossary FILE), or convert it (toolkit export FILE --to csv)".into(),
            )
        }
        "tmx" | "po" => {
            return Some(format!(
                "a .{ext} file is a translation memory or catalogue, not an article; save its text as .txt to read it"
            ))
        }
        "json" => {
            return Some(
                "a .json file is not read as an article; give records as JSON Lines (a .jsonl file, one {\"id\", \"text\"} object per line), or rename the file to .txt to read it as text".into(),
            )
        }
        _ => return None,
    };
    Some(format!(
        "a .{ext} file is {what}, not an article; glossary-check checks filled sheets and XLIFF (toolkit glossary-check FILE), and a text saved under this name is read when renamed to .txt"
    ))
}

/// The records of a JSON Lines file, streamed; one saved as UTF-16 (PowerShell's `>`
/// writes UTF-16 with a BOM) is decoded whole first, since its lines are not UTF-8.
fn jsonl_file(
    mut reader: BufReader<std::fs::File>,
    path: &Path,
) -> Box<dyn Iterator<Item = Item> + Send> {
    let utf16 = matches!(reader.fill_buf(), Ok(b) if b.starts_with(b"\xFF\xFE") || b.starts_with(b"\xFE\xFF"));
    if !utf16 {
        return Box::new(jsonl::records(reader, path.to_path_buf(), stem(path)));
    }
    let mut bytes = Vec::new();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return Box::new(std::iter::once(Item::Error(Error::io(path, e))));
    }
    match decode(&bytes[..], path) {
        Ok(d) => Box::new(jsonl::records(
            std::io::Cursor::new(d.text.into_bytes()),
            path.to_path_buf(),
            stem(path),
        )),
        Err(e) => Box::new(std::iter::once(Item::Error(e))),
    }
}

/// A document id from a path: its file name without the extension.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn whole_file(bytes: Vec<u8>, path: &Path, id: String) -> impl Iterator<Item = Item> {
    let mut items = Vec::with_capacity(2);
    match decode(bytes, path) {
        Ok(Decoded { text, warning }) => {
            // Markdown and HTML are read as a reader sees them: `**`, `#`, tags and URLs
            // are not words.
            let blank = |t: &str| t.chars().all(crate::segment::is_blank_char);
            let ext = extension(path);
            let markup = if is_markdown_extension(&ext) {
                Some(("Markdown markup", markdown::to_plain_text(&text)))
            } else if is_html_extension(&ext) {
                Some((
                    "HTML markup (no text in its body)",
                    html::to_plain_text(&text),
                ))
            } else {
                None
            };
            let (text, only_markup) = match markup {
                Some((kind, plain)) => {
                    let only = (blank(&plain) && !blank(&text)).then_some(kind);
                    (plain, only)
                }
                None => (text, None),
            };
            if let Some(message) = warning {
                items.push(Item::Warning(Warning {
                    origin: path.display().to_string(),
                    message,
                }));
            }
            if blank(&text) {
                items.push(Item::Error(Error::Decode {
                    path: path.to_path_buf(),
                    reason: if let Some(kind) = only_markup {
                        format!("the file holds only {kind}: nothing to process")
                    } else if text.is_empty() {
                        "the file is empty: nothing to process".into()
                    } else {
                        "the file holds only white space: nothing to process".into()
                    },
                }));
            } else {
                items.push(Item::Doc(Document::new(
                    id,
                    text,
                    path.display().to_string(),
                )));
            }
        }
        Err(e) => items.push(Item::Error(e)),
    }
    items.into_iter()
}
