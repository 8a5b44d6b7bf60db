//! Loading any text as a CSV or TSV glossary, then matching with it: a glossary or an
//! error naming a row, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for name in ["fuzz.csv", "fuzz.tsv"] {
        match toolkit::glossary::Glossary::from_text(Path::new(name), text) {
            Ok(g) => {
                let _ = g.find(text);
            }
            Err(e) => assert!(e.to_string().contains("row")),
        }
    }
});
