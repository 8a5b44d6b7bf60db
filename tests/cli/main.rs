//! The integration tests: one test binary, one module per area.

mod golden;
mod hostile;
mod properties;
mod roundtrip;
mod split;
mod util;
