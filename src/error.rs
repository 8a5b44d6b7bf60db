//! The library's one error type: every variant says where the problem is.

use std::path::PathBuf;

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong, with the place it went wrong.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A file's bytes are not text in any encoding we accept.
    #[error("{}: {reason}", path.display())]
    Decode {
        /// The file.
        path: PathBuf,
        /// Why, and what to do.
        reason: String,
    },
    /// A line of a JSON Lines file is not a usable record.
    #[error("{}:{line}: {reason}", path.display())]
    JsonLine {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A glossary file is malformed.
    #[error("{}: row {row}{}: {reason}", path.display(), column.as_ref().map(|c| format!(", column {c}")).unwrap_or_default())]
    Glossary {
        /// The glossary file.
        path: PathBuf,
        /// 1-based row number in the file (the header is row 1).
        row: usize,
        /// The column, by name, when one is at fault.
        column: Option<String>,
        /// What is wrong.
        reason: String,
    },
    /// A sheet (CSV/TSV/XLIFF) handed back for checking is malformed.
    #[error("{}: row {row}{}: {reason}", path.display(), column.as_ref().map(|c| format!(", column {c}")).unwrap_or_default())]
    Sheet {
        /// The sheet file.
        path: PathBuf,
        /// 1-based row number in the file (the header is row 1).
        row: usize,
        /// The column, by name, when one is at fault.
        column: Option<String>,
        /// What is wrong.
        reason: String,
    },
    /// The request itself cannot be carried out (bad option values, empty input...).
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
