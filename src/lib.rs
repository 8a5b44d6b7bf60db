//! `toolkit`: turns foreign-language news into work for human translators.
//!
//! The pipeline runs in one direction:
//! input → [`Document`] → blocks and sentences ([`segment`]) → tokens ([`text`]) →
//! summary scores ([`summarize`]) and glossary names ([`glossary`]) → a [`sheet::Sheet`] →
//! export ([`export`]). The library never parses command-line flags and never prints;
//! the `toolkit` binary does that.
#![deny(missing_docs)]

pub mod document;
pub mod error;
pub mod eval;
pub mod export;
pub mod glossary;
pub mod input;
pub mod lang;
pub mod pipeline;
pub mod qa;
pub mod segment;
pub mod sheet;
pub mod summarize;
pub mod text;

pub use document::Document;
pub use error::{Error, Result};
