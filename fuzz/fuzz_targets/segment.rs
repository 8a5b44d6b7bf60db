//! Segmentation of any text, in every profile: never panics, and units are ordered,
//! on char boundaries, and cover every visible character.
#![no_main]

use libfuzzer_sys::fuzz_target;
use toolkit::lang::Lang;
use toolkit::text::normalize::is_invisible;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for lang in [Lang::Ar, Lang::En, Lang::De, Lang::Fr, Lang::Ru, Lang::Tr, Lang::Other] {
        let seg = toolkit::segment::segment(&text, lang);
        let mut covered = vec![false; text.len()];
        let mut last = 0;
        for u in &seg.units {
            assert!(u.start < u.end && u.start >= last);
            assert!(text.is_char_boundary(u.start) && text.is_char_boundary(u.end));
            covered[u.start..u.end].iter_mut().for_each(|c| *c = true);
            last = u.end;
        }
        for (i, c) in text.char_indices() {
            assert!(c.is_whitespace() || is_invisible(c) || covered[i]);
        }
    }
});
