//! Decoding any bytes: never panics; what decodes is text whose byte order mark is gone.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = toolkit::input::decode(data, std::path::Path::new("fuzz.txt")) {
        // Only a second BOM (in the text itself) may remain.
        if data.starts_with(b"\xEF\xBB\xBF") {
            assert_eq!(d.text.starts_with('\u{FEFF}'), data[3..].starts_with(b"\xEF\xBB\xBF"));
        }
    }
});
