//! Reading any text as a returned sheet (CSV/TSV/`;`), as XLIFF, and as TBX, then
//! checking the rows: data or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(sheet) = toolkit::qa::sheet_reader::parse_delimited(Path::new("fuzz.csv"), text) {
        let _ = toolkit::qa::check_sheet(&sheet.rows, &toolkit::glossary::Glossary::builtin());
    }
    let _ = toolkit::export::xliff::read_xliff(Path::new("fuzz.xlf"), text);
    let _ = toolkit::export::tbx::parse_tbx(Path::new("fuzz.tbx"), text);
});
