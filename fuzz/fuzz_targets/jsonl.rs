//! One JSON Lines record from any text: a document or a reason, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(doc) = toolkit::input::parse_record(s, "d", "fuzz".into()) {
            let _ = toolkit::pipeline::analyze(doc, None);
        }
    }
});
