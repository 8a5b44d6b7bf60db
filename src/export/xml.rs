//! Small helpers over quick-xml shared by the XLIFF and TBX writers and readers.

use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::io::{self, Write};

/// Text escaped for XML element content (`<`, `>`, `&`; quotes need no escape there), with carriage returns as character references so that a
/// CRLF inside a cell comes back as it went (parsers turn a raw CR into LF).
pub fn escaped(s: &str) -> String {
    quick_xml::escape::partial_escape(s).replace('\r', "&#13;")
}

/// Write `<name attrs>text</name>`, or `<name attrs/>` when `text` is empty.
pub fn text_element<W: Write>(
    w: &mut Writer<W>,
    name: &str,
    attrs: &[(&str, &str)],
    text: &str,
) -> io::Result<()> {
    let start = BytesStart::new(name).with_attributes(attrs.iter().copied());
    if text.is_empty() {
        return w.write_event(Event::Empty(start));
    }
    w.write_event(Event::Start(start))?;
    w.write_event(Event::Text(BytesText::from_escaped(escaped(text))))?;
    w.write_event(Event::End(BytesEnd::new(name)))
}

/// Write `<name attrs>` (the caller closes it with [`end`]).
pub fn start<W: Write>(w: &mut Writer<W>, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    w.write_event(Event::Start(
        BytesStart::new(name).with_attributes(attrs.iter().copied()),
    ))
}

/// Write `</name>`.
pub fn end<W: Write>(w: &mut Writer<W>, name: &str) -> io::Result<()> {
    w.write_event(Event::End(BytesEnd::new(name)))
}

/// The value of attribute `name`, by local name (so `xml:lang` is `lang`).
pub fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name.as_bytes())
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// The local name of the root element of an XML text (`xliff`, `martif`, `tbx`), or
/// `None` when the text has no element before its first error or its end.
pub fn root_element(text: &str) -> Option<String> {
    let mut reader = quick_xml::Reader::from_str(text);
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) => {
                return Some(String::from_utf8_lossy(e.local_name().as_ref()).into_owned())
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// The 1-based line of byte offset `pos` in `text`, for messages about XML files.
pub fn line_at(text: &str, pos: u64) -> usize {
    let pos = (pos as usize).min(text.len());
    text.as_bytes()[..pos]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Line numbers for positions met in order while reading: each byte is counted once,
/// where calling [`line_at`] for every event would scan the file again and again.
#[derive(Debug, Default)]
pub struct Lines {
    pos: usize,
    line: usize,
}

impl Lines {
    /// The 1-based line of byte offset `pos` in `text`; `pos` never goes backwards.
    pub fn at(&mut self, text: &str, pos: u64) -> usize {
        let pos = (pos as usize).min(text.len()).max(self.pos);
        self.line += text.as_bytes()[self.pos..pos]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.pos = pos;
        self.line + 1
    }
}
