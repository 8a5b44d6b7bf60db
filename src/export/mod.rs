//! Writing sheets: CSV, TSV, JSON Lines and readable text, to stdout or to a file that
//! appears whole or not at all; and the exchange formats of CAT tools: XLIFF 1.2 for
//! sheets, TBX and OmegaT's tab-separated glossary for glossaries.

mod atomic;
pub mod omegat;
pub mod tbx;
pub mod termbase;
mod writer;
pub mod xliff;
mod xml;

pub use atomic::AtomicFile;
pub use writer::{Format, RecordWriter};
pub use xml::root_element;
