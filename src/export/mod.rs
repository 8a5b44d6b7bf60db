//! Writing sheets: CSV, TSV, JSON Lines and readable text, to stdout or to a file that
//! appears whole or not at all.

mod atomic;
mod writer;

pub use atomic::AtomicFile;
pub use writer::{Format, RecordWriter};
