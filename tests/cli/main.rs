//! The integration tests: one test binary, one module per area.

mod export;
mod glossary;
mod golden;
mod hostile;
mod properties;
mod readme;
mod roundtrip;
mod split;
mod summarize;
mod util;
