//! Property tests: arbitrary Unicode and bytes never panic, and the invariants hold.

use proptest::prelude::*;
use std::path::Path;
use toolkit::lang::Lang;
use toolkit::segment::segment;
use toolkit::text::normalize::is_invisible;
use toolkit::text::{fold, fold_with_map};

/// Text made of the characters that matter to the splitter: Arabic and Latin letters,
/// digits, every kind of punctuation and quote, spaces of all kinds, line breaks.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قال",
        "باشينيان",
        "و",
        "ال",
        "أ",
        "د",
        "م",
        "هـ",
        "Mr",
        "U",
        "S",
        "the",
        "Die",
        "3",
        "٣",
        "1442",
        ".",
        "..",
        "...",
        "…",
        "!",
        "?",
        "؟",
        "،",
        "؛",
        ":",
        "\"",
        "«",
        "»",
        "“",
        "”",
        "(",
        ")",
        " ",
        " ",
        "\u{00A0}",
        "\u{200C}",
        "\u{200F}",
        "\u{FEFF}",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "ـ",
        "ّ",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

/// Long text without a sentence end, to reach the cut at 2,000 characters: words with
/// vowel signs, commas, line breaks, joiners, direction isolates and emoji.
fn endless() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "قال ",
        "بَاشِينْيَان",
        "، ",
        ", ",
        " ",
        "\n",
        "\u{200D}",
        "\u{2067}",
        "\u{2069}",
        "👨\u{200D}👩",
        "🇦🇲",
        "x",
    ]);
    prop::collection::vec(pieces, 300..1500).prop_map(|v| v.concat())
}

fn check_segmentation(text: &str, lang: Lang) {
    let seg = segment(text, lang);
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for u in &seg.units {
        assert!(u.start < u.end, "empty unit");
        assert!(u.start >= last_end, "units overlap or are out of order");
        assert!(text.is_char_boundary(u.start) && text.is_char_boundary(u.end));
        assert_eq!(text[..u.start].chars().count(), u.char_start);
        assert_eq!(text[..u.end].chars().count(), u.char_end);
        assert!(text[u.start..u.end].chars().count() <= toolkit::segment::MAX_UNIT_CHARS);
        covered[u.start..u.end].iter_mut().for_each(|c| *c = true);
        last_end = u.end;
    }
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() && !is_invisible(c) {
            assert!(covered[i], "visible {c:?} at byte {i} is in no unit");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn segmentation_covers_any_unicode(s in any::<String>()) {
        check_segmentation(&s, Lang::Ar);
        check_segmentation(&s, Lang::En);
    }

    #[test]
    fn segmentation_covers_news_like_text(s in newsish()) {
        for lang in [Lang::Ar, Lang::En, Lang::De, Lang::Ru, Lang::Fr] {
            check_segmentation(&s, lang);
        }
    }

    #[test]
    fn long_text_without_sentence_ends_is_cut_and_covered(s in endless()) {
        check_segmentation(&s, Lang::Ar);
    }

    #[test]
    fn fold_is_idempotent(s in any::<String>()) {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn fold_map_points_into_the_original(s in newsish()) {
        let f = fold_with_map(&s);
        prop_assert_eq!(f.map.len(), f.text.len() + 1);
        for &o in &f.map {
            prop_assert!(o <= s.len() && s.is_char_boundary(o));
        }
        prop_assert!(f.map.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn decoding_any_bytes_never_panics(b in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = toolkit::input::decode(&b[..], Path::new("x.txt"));
    }

    #[test]
    fn json_records_never_panic(s in any::<String>()) {
        let _ = toolkit::input::parse_record(&s, "d", "x".into());
    }
}
