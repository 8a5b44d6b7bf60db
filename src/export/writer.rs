//! One writer for every record type (sheet rows, name matches, QA problems), in every
//! output format.

use serde::Serialize;
use std::io::{self, Write};
use std::str::FromStr;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// Tab-separated values with a header row.
    Tsv,
    /// One JSON object per line.
    Jsonl,
    /// Readable text for people (the caller decides what goes in it).
    Text,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "csv" => Ok(Format::Csv),
            "tsv" => Ok(Format::Tsv),
            "jsonl" | "json" | "ndjson" => Ok(Format::Jsonl),
            "text" | "txt" => Ok(Format::Text),
            other => Err(format!(
                "unknown format '{other}': use csv, tsv, jsonl or text"
            )),
        }
    }
}

/// Writes serialisable records one at a time (streaming) as CSV, TSV or JSON Lines.
/// For [`Format::Text`] the caller writes through [`RecordWriter::raw`].
pub struct RecordWriter<W: Write> {
    inner: Inner<W>,
}

enum Inner<W: Write> {
    Delimited(Box<csv::Writer<W>>),
    Lines(io::BufWriter<W>),
}

impl<W: Write> RecordWriter<W> {
    /// A writer of `format` over `out`. With `bom`, a UTF-8 byte order mark is written
    /// first (Excel needs it to show Arabic from a CSV file).
    pub fn new(mut out: W, format: Format, bom: bool) -> io::Result<Self> {
        if bom && matches!(format, Format::Csv | Format::Tsv) {
            out.write_all("\u{FEFF}".as_bytes())?;
        }
        let inner = match format {
            Format::Csv | Format::Tsv => Inner::Delimited(Box::new(
                csv::WriterBuilder::new()
                    .delimiter(if format == Format::Tsv { b'\t' } else { b',' })
                    .from_writer(out),
            )),
            Format::Jsonl | Format::Text => Inner::Lines(io::BufWriter::new(out)),
        };
        Ok(RecordWriter { inner })
    }

    /// Write one record (a header row comes before the first one in CSV/TSV).
    pub fn write<T: Serialize>(&mut self, record: &T) -> io::Result<()> {
        match &mut self.inner {
            Inner::Delimited(w) => w.serialize(record).map_err(csv_to_io),
            Inner::Lines(w) => {
                serde_json::to_writer(&mut *w, record)?;
                w.write_all(b"\n")
            }
        }
    }

    /// Write a header row by hand (for a CSV with no records, so that it still has one).
    pub fn write_header(&mut self, columns: &[&str]) -> io::Result<()> {
        self.write_cells(columns)
    }

    /// Write one row of plain cells to a CSV or TSV (a table that is not a sheet of
    /// records, such as a glossary); nothing for the line formats.
    pub fn write_cells(&mut self, cells: &[&str]) -> io::Result<()> {
        match &mut self.inner {
            Inner::Delimited(w) => w.write_record(cells).map_err(csv_to_io),
            Inner::Lines(_) => Ok(()),
        }
    }

    /// Direct access to the byte stream, for the text format (`None` for CSV/TSV,
    /// whose quoting must go through [`RecordWriter::write`]).
    pub fn raw(&mut self) -> Option<&mut dyn Write> {
        match &mut self.inner {
            Inner::Delimited(_) => None,
            Inner::Lines(w) => Some(w),
        }
    }

    /// Flush and hand back the underlying writer.
    pub fn finish(self) -> io::Result<W> {
        match self.inner {
            Inner::Delimited(w) => w.into_inner().map_err(|e| e.into_error()),
            Inner::Lines(w) => w.into_inner().map_err(|e| e.into_error()),
        }
    }
}

fn csv_to_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}
