//! `toolkit split` end to end on the seeds: the sheet read back with the csv crate.

use crate::util::{jsonl, parse_csv, root, seed, toolkit, toolkit_in, write};
use toolkit::sheet::COLUMNS;

#[test]
fn split_all_seeds_gives_the_documented_sheet() {
    let r = toolkit(&["split", "seeds/"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.starts_with('\u{FEFF}'), "stdout gets no BOM");
    let (header, rows) = parse_csv(&r.stdout);
    assert_eq!(header, COLUMNS);
    let docs: std::collections::BTreeSet<_> = rows.iter().map(|r| r[0].to_string()).collect();
    assert_eq!(docs.len(), 5);
    // No boilerplate by default, and the JavaScript notice is gone.
    assert!(rows.iter().all(|r| &r[3] != "boilerplate"));
    assert!(!r.stdout.contains("enable JavaScript"));
    // Sentence numbers run 1..n in each document.
    for d in &docs {
        let sents: Vec<usize> = rows
            .iter()
            .filter(|r| &r[0] == d)
            .map(|r| r[1].parse().unwrap())
            .collect();
        assert_eq!(sents, (1..=sents.len()).collect::<Vec<_>>());
    }
    // Seed 000: the headline is the title, the page-broken sentence is one row.
    let s000: Vec<_> = rows.iter().filter(|r| r[0].starts_with("000_")).collect();
    assert_eq!(&s000[0][3], "title");
    assert!(s000[0][8].starts_with("حراك دبلوماسي دولي.. أرمينيا تدعو"));
    assert_eq!(&s000[1][3], "caption");
    assert!(s000
        .iter()
        .any(|r| r[8].contains("في إرسال قوات وتقديم دعم عسكري لأذربيجان")));
    assert!(s000
        .iter()
        .any(|r| &r[3] == "credit" && &r[8] == "المصدر : الجزيرة + وكالات"));
    // Summary and translator columns are empty in a split sheet.
    assert!(rows
        .iter()
        .all(|r| r[5].is_empty() && r[6].is_empty() && r[10].is_empty()));
}

#[test]
fn keep_boilerplate_shows_it_without_a_sentence_number() {
    let r = toolkit(&[
        "split",
        "--keep-boilerplate",
        seed("001_6b2d5fff41c62f6f").to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (_, rows) = parse_csv(&r.stdout);
    let boiler: Vec<_> = rows.iter().filter(|r| &r[3] == "boilerplate").collect();
    assert_eq!(
        boiler.len(),
        5,
        "JS notice, 2x read more, related nodes, more from"
    );
    assert!(boiler.iter().all(|r| r[1].is_empty()));
}

#[test]
fn output_file_has_a_bom_unless_asked_not_to() {
    let dir = tempfile::tempdir().unwrap();
    let s = seed("002_0b453c8b0ae0108c");
    let out = dir.path().join("out.csv");
    let r = toolkit(&["split", s.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let r = toolkit(&[
        "split",
        "--no-bom",
        s.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0);
    assert!(std::fs::read(&out).unwrap().starts_with(b"doc,"));
    // Nothing else was left in the folder (no temporary files).
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn every_format_carries_the_same_sentences() {
    let s = seed("003_0c8c7049fcc732c8");
    let s = s.to_str().unwrap();
    let csv = toolkit(&["split", s]);
    let (_, rows) = parse_csv(&csv.stdout);
    let tsv = toolkit(&["split", "--format", "tsv", s]);
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .from_reader(tsv.stdout.as_bytes());
    let tsv_sources: Vec<String> = r.records().map(|x| x.unwrap()[8].to_string()).collect();
    let json = toolkit(&["split", "--format", "jsonl", s]);
    let json_sources: Vec<String> = jsonl(&json.stdout)
        .iter()
        .map(|v| v["source"].as_str().unwrap().to_string())
        .collect();
    let text = toolkit(&["split", "--format", "text", s]);
    let csv_sources: Vec<String> = rows.iter().map(|r| r[8].to_string()).collect();
    assert_eq!(csv_sources, tsv_sources);
    assert_eq!(csv_sources, json_sources);
    for src in &csv_sources {
        assert!(text.stdout.contains(src.as_str()));
    }
    assert_eq!(csv_sources.len(), 22);
}

#[test]
fn stdin_text_and_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(seed("002_0b453c8b0ae0108c")).unwrap();
    let r = toolkit_in(dir.path(), &["split", "-"], Some(&text));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (_, rows) = parse_csv(&r.stdout);
    assert_eq!(&rows[0][0], "stdin");
    // An article that opens with `{`, after a blank line here, is text (said so); a
    // JSON Lines stream whose first record is broken is still records, the broken line
    // named.
    let brace = toolkit_in(
        dir.path(),
        &["split", "-"],
        Some("\n{ نص يبدأ بقوس.\nقال باشينيان إن الوضع خطير.\n".as_bytes()),
    );
    assert_eq!(brace.code, 0, "{}", brace.stderr);
    assert!(brace
        .stderr
        .contains("<stdin>: starts with '{' but is not JSON Lines"));
    assert_eq!(parse_csv(&brace.stdout).1.len(), 2);
    let broken = toolkit_in(
        dir.path(),
        &["split", "-"],
        Some("{broken\n\n{\"id\":\"a\",\"text\":\"قال باشينيان.\"}\n".as_bytes()),
    );
    assert_eq!(broken.code, 2);
    assert!(
        broken.stderr.contains("<stdin>:1: not valid JSON"),
        "{}",
        broken.stderr
    );
    assert_eq!(&parse_csv(&broken.stdout).1[0][0], "a");
    // `-` named twice is read once (the second read found it empty: exit 2).
    let twice = toolkit_in(dir.path(), &["split", "-", "-"], Some(&text));
    assert_eq!((twice.code, twice.stdout), (0, r.stdout));
    let jsonl = "{\"id\":\"a1\",\"text\":\"The talks were hosted by the U.S. The next round will take place in Geneva.\"}\n{\"id\":\"a2\",\"text\":\"وقال د. محمد إن الاتفاق خطوة أولى. وأضاف أن التطبيق هو الاختبار.\",\"lang\":\"ar\"}\n";
    let r = toolkit_in(dir.path(), &["split", "-"], Some(jsonl.as_bytes()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (_, rows) = parse_csv(&r.stdout);
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r[0].to_string(), r[4].to_string(), r[8].to_string()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "a1".into(),
                "en".into(),
                "The talks were hosted by the U.S.".into()
            ),
            (
                "a1".into(),
                "en".into(),
                "The next round will take place in Geneva.".into()
            ),
            (
                "a2".into(),
                "ar".into(),
                "وقال د. محمد إن الاتفاق خطوة أولى.".into()
            ),
            (
                "a2".into(),
                "ar".into(),
                "وأضاف أن التطبيق هو الاختبار.".into()
            ),
        ]
    );
}

#[test]
fn encodings_and_line_endings_give_the_same_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(seed("000_28ce33da5d2245a2")).unwrap();
    let crlf = text.replace('\n', "\r\n");
    let cr = text.replace('\n', "\r");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(crlf.as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(&text);
    // Windows-1256 cannot hold every character (ّ is fine, but check it round-trips).
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("lf.txt", text.clone().into_bytes()),
        ("crlf.txt", crlf.into_bytes()),
        ("cr.txt", cr.into_bytes()),
        ("bom.txt", bom),
        ("utf16.txt", utf16),
        ("cp1256.txt", cp1256.into_owned()),
    ];
    let mut sheets = vec![];
    for (name, bytes) in &variants {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        let r = toolkit_in(dir.path(), &["split", name], None);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        if *name == "cp1256.txt" {
            // Said even with --quiet: the translator should know how the text was read.
            let q = toolkit_in(dir.path(), &["split", name, "-q"], None);
            for stderr in [&r.stderr, &q.stderr] {
                assert!(
                    stderr.contains("cp1256.txt") && stderr.contains("Windows-1256"),
                    "{stderr}"
                );
            }
        }
        let (_, rows) = parse_csv(&r.stdout);
        sheets.push(rows.iter().map(|r| r[8].to_string()).collect::<Vec<_>>());
    }
    for s in &sheets[1..] {
        assert_eq!(s, &sheets[0]);
    }
}

/// ISO-8859-6, the other Arabic code page of old archives, as a plain text and as a web
/// page that declares it, gives the sentences of the UTF-8 text. Both used to be read as
/// Windows-1256, which turns ه و ى ي into `ç è é ê`.
#[test]
fn iso_8859_6_text_and_declared_pages_read_as_the_utf8_text() {
    let dir = tempfile::tempdir().unwrap();
    // Seed 001 has no character ISO-8859-6 lacks (no « » … – in it).
    let text = std::fs::read_to_string(seed("001_6b2d5fff41c62f6f")).unwrap();
    let (iso, _, had_errors) = encoding_rs::ISO_8859_6.encode(&text);
    assert!(!had_errors);
    let page = |text: &str| {
        let body: String = text
            .split("\n\n")
            .map(|p| format!("<p>{p}</p>\n"))
            .collect();
        format!("<html><head><meta charset=\"iso-8859-6\"></head><body>\n{body}</body></html>")
    };
    let utf8_page = page(&text);
    let (iso_page, _, _) = encoding_rs::ISO_8859_6.encode(&utf8_page);
    let files = [
        ("utf8.txt", text.clone().into_bytes(), ""),
        ("utf8.html", utf8_page.clone().into_bytes(), ""),
        (
            "iso.txt",
            iso.into_owned(),
            "iso.txt: not UTF-8: decoded as Arabic ISO-8859-6",
        ),
        (
            "iso.html",
            iso_page.into_owned(),
            "iso.html: not UTF-8: decoded as ISO-8859-6, as the file declares",
        ),
    ];
    let mut sources = vec![];
    for (name, bytes, said) in &files {
        write(dir.path(), name, bytes);
        let r = toolkit_in(dir.path(), &["split", "-q", name], None);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{name}: {}", r.stderr);
        let (_, rows) = parse_csv(&r.stdout);
        sources.push(rows.iter().map(|r| r[8].to_string()).collect::<Vec<_>>());
    }
    assert!(sources[0].len() > 30);
    assert_eq!(sources[2], sources[0]);
    assert_eq!(sources[3], sources[1]);
}

/// JSON Lines as Windows tools write them: piped with a byte order mark, or saved as
/// UTF-16 by PowerShell's `>`. Both give the records a plain file gives.
#[test]
fn json_lines_with_a_bom_or_in_utf16_are_read_as_records() {
    let dir = tempfile::tempdir().unwrap();
    let line = "{\"id\":\"x\",\"text\":\"قال باشينيان إن المحادثات ستستمر. وأضاف أنه متفائل.\"}\n";
    std::fs::write(dir.path().join("plain.jsonl"), line).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in line.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(dir.path().join("u16.jsonl"), utf16).unwrap();
    let plain = toolkit_in(dir.path(), &["split", "plain.jsonl"], None);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    let (_, rows) = parse_csv(&plain.stdout);
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| &r[0] == "x"));
    let u16 = toolkit_in(dir.path(), &["split", "u16.jsonl"], None);
    assert_eq!(u16.code, 0, "{}", u16.stderr);
    let bom = format!("\u{FEFF}{line}");
    let piped = toolkit_in(dir.path(), &["split", "-"], Some(bom.as_bytes()));
    assert_eq!(piped.code, 0, "{}", piped.stderr);
    assert_eq!(u16.stdout, plain.stdout);
    assert_eq!(piped.stdout, plain.stdout);
}

/// A JSON Lines id used twice gives two documents one `doc`: said, naming the line;
/// after a few, the rest are not listed. Every record is still written.
#[test]
fn repeated_json_lines_ids_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines = String::new();
    for i in 0..20 {
        let id = if i % 2 == 0 {
            "same".to_string()
        } else {
            format!("r{i}")
        };
        lines.push_str(&format!(
            "{{\"id\":\"{id}\",\"text\":\"قال باشينيان إن المحادثات ستستمر.\"}}\n"
        ));
    }
    std::fs::write(dir.path().join("rep.jsonl"), &lines).unwrap();
    let r = toolkit_in(dir.path(), &["split", "rep.jsonl"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (_, rows) = parse_csv(&r.stdout);
    assert_eq!(rows.len(), 20);
    assert!(
        r.stderr
            .contains("rep.jsonl:3: record id 'same' was used by an earlier record"),
        "{}",
        r.stderr
    );
    assert_eq!(
        r.stderr.matches("was used by an earlier").count(),
        5,
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("more record ids are repeated"),
        "{}",
        r.stderr
    );
}

/// A record whose id is a text file's name (without `.txt`) shares that file's `doc`:
/// said, naming both; a record with its own id is not.
#[test]
fn a_record_id_equal_to_a_file_name_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        seed("002_0b453c8b0ae0108c"),
        dir.path().join("2024-06-01.txt"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("wire.jsonl"),
        "{\"id\":\"w1\",\"text\":\"قال باشينيان إن المحادثات ستستمر.\"}\n\
         {\"id\":\"2024-06-01\",\"text\":\"وأضاف أن الحل بعيد.\"}\n",
    )
    .unwrap();
    let r = toolkit_in(dir.path(), &["split", "2024-06-01.txt", "wire.jsonl"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "wire.jsonl:2: record id '2024-06-01' is also the document id of 2024-06-01.txt"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.matches("record id").count(), 1, "{}", r.stderr);
}

#[test]
fn a_bad_file_is_named_and_the_others_still_processed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(seed("002_0b453c8b0ae0108c"), dir.path().join("good.txt")).unwrap();
    std::fs::write(
        dir.path().join("photo.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let r = toolkit_in(dir.path(), &["split", ".", "missing.txt"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("photo.txt") && r.stderr.contains("binary"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("empty.txt") && r.stderr.contains("empty"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("missing.txt") && r.stderr.contains("no such file"),
        "{}",
        r.stderr
    );
    let (_, rows) = parse_csv(&r.stdout);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| &r[0] == "good"));
}

/// A sheet, an XLIFF file or a JSON document named by mistake (the filled sheet instead
/// of the article) is refused by name; it used to be split into rows of commas, tags and
/// braces with exit 0.
#[test]
fn sheets_and_json_named_as_articles_are_refused_and_the_rest_processed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(seed("002_0b453c8b0ae0108c"), dir.path().join("good.txt")).unwrap();
    let sheet = toolkit_in(dir.path(), &["split", "good.txt"], None).stdout;
    write(dir.path(), "filled.csv", sheet.as_bytes());
    write(dir.path(), "filled.xlf", b"<?xml version=\"1.0\"?><xliff/>");
    write(dir.path(), "feed.json", br#"[{"id": "a", "text": "x"}]"#);
    write(dir.path(), "terms.tbx", b"<?xml version=\"1.0\"?><martif/>");
    for command in ["split", "summarize"] {
        let args = [
            command,
            "good.txt",
            "filled.csv",
            "filled.xlf",
            "feed.json",
            "terms.tbx",
        ];
        let r = toolkit_in(dir.path(), &args, None);
        assert_eq!(r.code, 2, "{}", r.stderr);
        for (file, says) in [
            ("filled.csv", "a .csv file is a sheet, not an article"),
            ("filled.xlf", "a .xlf file is an XLIFF file, not an article"),
            (
                "feed.json",
                "a .json file is not read as an article; give records as JSON Lines",
            ),
            (
                "terms.tbx",
                "a .tbx file is a termbase, not an article; load it as the glossary",
            ),
        ] {
            assert!(
                r.stderr.contains(&format!("{file}: {says}")),
                "{command}: {}",
                r.stderr
            );
        }
        let (_, rows) = parse_csv(&r.stdout);
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|r| &r[0] == "good"), "{command}");
    }
}
/// A file name with a line break (Linux allows one) keeps the text format's `# doc`
/// header on one line, in every command that writes one; the sheet formats quote it.
#[cfg(unix)]
#[test]
fn a_line_break_in_a_file_name_stays_in_the_text_header() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(seed("002_0b453c8b0ae0108c"), dir.path().join("a\nb.txt")).unwrap();
    for (command, header) in [
        ("split", "# a\\nb\n"),
        ("summarize", "# a\\nb ("),
        ("glossary-check", "# a\\nb\n"),
    ] {
        let r = toolkit_in(dir.path(), &[command, "--format", "text", "."], None);
        assert_eq!(r.code, 0, "{command}: {}", r.stderr);
        assert!(r.stdout.starts_with(header), "{command}: {}", r.stdout);
    }
}

/// `-o` picks the format from its extension unless `--format` says otherwise; a workbook
/// name is refused before anything is written.
#[test]
fn the_output_extension_picks_the_format() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(seed("002_0b453c8b0ae0108c"), dir.path().join("a.txt")).unwrap();
    let r = toolkit_in(dir.path(), &["split", "a.txt", "-o", "s.tsv"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let tsv = std::fs::read_to_string(dir.path().join("s.tsv")).unwrap();
    assert!(
        tsv.trim_start_matches('\u{feff}')
            .starts_with("doc\tsent\t"),
        "{tsv:.80}"
    );
    let r = toolkit_in(dir.path(), &["split", "a.txt", "-o", "s.jsonl"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let jsonl = std::fs::read_to_string(dir.path().join("s.jsonl")).unwrap();
    assert!(jsonl.starts_with("{\"doc\":\"a\""), "{jsonl:.80}");

    let r = toolkit_in(dir.path(), &["split", "a.txt", "-o", "s.xlsx"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("name the file .csv"), "{}", r.stderr);
    assert!(!dir.path().join("s.xlsx").exists());

    let r = toolkit_in(
        dir.path(),
        &["split", "a.txt", "-o", "c.tsv", "--format", "csv"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("writing csv into c.tsv"), "{}", r.stderr);
    let csv = std::fs::read_to_string(dir.path().join("c.tsv")).unwrap();
    assert!(csv.trim_start_matches('\u{feff}').starts_with("doc,sent,"));
}

#[test]
fn output_equal_to_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.txt");
    std::fs::copy(seed("002_0b453c8b0ae0108c"), &p).unwrap();
    let before = std::fs::read(&p).unwrap();
    let r = toolkit_in(dir.path(), &["split", "a.txt", "-o", "a.txt"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("also an input"), "{}", r.stderr);
    assert_eq!(std::fs::read(&p).unwrap(), before);
}

/// `-o` naming the glossary would replace it with the report: every command that takes
/// `--glossary` refuses, and the glossary is left as it was.
#[test]
fn output_equal_to_the_glossary_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("ours.csv");
    std::fs::copy(root().join("glossaries/ar-en.csv"), &g).unwrap();
    let before = std::fs::read(&g).unwrap();
    let article = seed("002_0b453c8b0ae0108c");
    let article = article.to_str().unwrap();
    let sheet = write(
        dir.path(),
        "back.csv",
        "doc,sent,source,target\nd,1,قال باشينيان.,Pashinyan said.\n".as_bytes(),
    );
    let sheet = sheet.to_str().unwrap();
    let runs: [&[&str]; 4] = [
        &["split", article, "--glossary", "ours.csv", "-o", "ours.csv"],
        &[
            "glossary-check",
            article,
            "--glossary",
            "ours.csv",
            "-o",
            "ours.csv",
        ],
        &[
            "glossary-check",
            sheet,
            "--glossary",
            "ours.csv",
            "-o",
            "ours.csv",
        ],
        &[
            "export",
            sheet,
            "--to",
            "xliff",
            "--glossary",
            "ours.csv",
            "-o",
            "ours.csv",
        ],
    ];
    for args in runs {
        let r = toolkit_in(dir.path(), args, None);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("also an input"), "{args:?}: {}", r.stderr);
        assert_eq!(std::fs::read(&g).unwrap(), before, "{args:?}");
    }
}

/// Every input line is a sentence or counted as boilerplate: with `-o` the closing line
/// says how many of each (the seeds' JavaScript notices, "read more" and related lists).
#[test]
fn split_to_a_file_counts_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = root().join("seeds");
    let seeds = seeds.to_str().unwrap();
    let r = toolkit_in(dir.path(), &["split", seeds, "-o", "s.csv"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let written = std::fs::read_to_string(dir.path().join("s.csv")).unwrap();
    let (_, rows) = parse_csv(&written);
    let line = format!(
        "split: 5 document(s), {} sentence(s), 10 boilerplate line(s) left out",
        rows.len()
    );
    assert!(r.stderr.contains(&line), "{}", r.stderr);
    let kept = toolkit_in(dir.path(), &["split", seeds, "--keep-boilerplate"], None);
    let (_, all) = parse_csv(&kept.stdout);
    assert_eq!(all.iter().filter(|r| &r[3] == "boilerplate").count(), 10);
    let q = toolkit_in(dir.path(), &["split", seeds, "-o", "q.csv", "-q"], None);
    assert!(q.stderr.is_empty(), "{}", q.stderr);
}

#[test]
fn unwritable_output_folder_fails_before_work() {
    let r = toolkit(&["split", "seeds/", "-o", "/no/such/folder/out.csv"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("/no/such/folder"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let _ = root();
}

#[test]
fn output_is_the_same_for_any_number_of_threads() {
    for cmd in [
        vec!["split", "seeds/"],
        vec!["summarize", "--all", "seeds/"],
        vec!["glossary-check", "seeds/"],
    ] {
        let mut outs = vec![];
        // 0 means all cores, as unset does.
        for t in ["1", "2", "4", "0"] {
            let mut args = cmd.clone();
            args.extend(["--threads", t, "--format", "jsonl"]);
            let r = toolkit(&args);
            assert_eq!(r.code, 0, "{cmd:?}: {}", r.stderr);
            outs.push(r.stdout);
        }
        assert!(!outs[0].is_empty());
        assert!(
            outs.iter().all(|o| o == &outs[0]),
            "{cmd:?} differs across thread counts"
        );
    }
    // Out of range is a usage error, not a panic while spawning 30,000 threads.
    for t in ["257", "30000"] {
        let r = toolkit(&["split", "seeds/", "--threads", t]);
        assert_eq!(r.code, 2, "--threads {t}: {}", r.stderr);
        assert!(r.stderr.contains("0..=256"), "{}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
}

/// Many more documents than a batch holds (256), with bad lines among them: records,
/// messages and counts stay in input order, and any thread count gives the same output.
#[test]
fn order_holds_across_batches_and_threads() {
    let d = tempfile::tempdir().unwrap();
    let texts = [
        "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف.",
        "أكد رئيس الوزراء الأرميني نيكول باشينيان أن الحل في قره باغ دبلوماسي.",
        "The talks will resume next week in Geneva, the minister said.",
    ];
    let bad_lines = [101, 302, 521];
    let mut input = String::new();
    let mut ids = Vec::new();
    for line in 1..=650 {
        if bad_lines.contains(&line) {
            input.push_str("{not json\n");
            continue;
        }
        let id = format!("r{line}");
        let text = texts[line % texts.len()];
        input.push_str(&format!("{{\"id\": \"{id}\", \"text\": \"{text}\"}}\n"));
        ids.push(id);
    }
    crate::util::write(d.path(), "in.jsonl", input.as_bytes());
    let mut outs = Vec::new();
    for t in ["1", "2", "3"] {
        let args = [
            "summarize",
            "--sentences",
            "1",
            "--format",
            "jsonl",
            "--threads",
            t,
        ];
        let r = toolkit_in(d.path(), &[&args[..], &["in.jsonl"]].concat(), None);
        assert_eq!(r.code, 2, "bad lines make the run exit 2: {}", r.stderr);
        // One message per bad line, in input order.
        let at: Vec<usize> = bad_lines
            .iter()
            .map(|l| {
                r.stderr
                    .find(&format!("in.jsonl:{l}:"))
                    .expect("a message per bad line")
            })
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{}", r.stderr);
        // Every good record once, in input order.
        let docs: Vec<String> = jsonl(&r.stdout)
            .iter()
            .map(|v| v["doc"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(docs, ids);
        outs.push(r.stdout);
    }
    assert!(outs.iter().all(|o| o == &outs[0]));
}

/// A seed written as Markdown (a `#` headline, names in bold, a place as a link, a
/// bulleted line) reads as the seed itself: the same rows, the same names at the same
/// offsets, and no `**`, `#` or URL in any cell.
#[test]
fn markdown_reads_as_the_text_a_reader_sees() {
    let dir = tempfile::tempdir().unwrap();
    let stem = "000_28ce33da5d2245a2";
    let text = std::fs::read_to_string(seed(stem)).unwrap();
    let (headline, body) = text.split_once('\n').unwrap();
    let body = body.replace("باشينيان", "**باشينيان**").replace(
        "قره باغ",
        "[قره باغ](https://ar.wikipedia.org/wiki/قره_باغ)",
    );
    let md = format!("# {headline}\n{body}");
    assert!(md.matches("**باشينيان**").count() >= 3 && md.contains("](https://"));
    let plain = write(dir.path(), &format!("txt/{stem}.txt"), text.as_bytes());
    let marked = write(dir.path(), &format!("md/{stem}.md"), md.as_bytes());
    for command in ["split", "glossary-check"] {
        let from_text = toolkit(&[command, plain.to_str().unwrap()]);
        let from_md = toolkit(&[command, marked.to_str().unwrap()]);
        assert_eq!(from_md.code, 0, "{}", from_md.stderr);
        assert!(!from_md.stdout.contains("**") && !from_md.stdout.contains("https://"));
        assert_eq!(from_md.stdout, from_text.stdout, "{command}");
    }
}

/// A seed saved from a browser: a `<head>` with a title and a script, the site's menu and
/// footer, the headline as `<h1>`, each paragraph a `<p>` with names in links and an
/// entity. It reads as the seed itself (the same rows and names), with no tag, script or
/// menu text in any cell; a folder's `.html` page is read too.
#[test]
fn a_saved_web_page_reads_as_the_article_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let stem = "000_28ce33da5d2245a2";
    let text = std::fs::read_to_string(seed(stem)).unwrap();
    let (headline, body) = text.split_once('\n').unwrap();
    // A paragraph of the seed is a `<p>`, its line breaks `<br>`.
    let paragraphs: String = body
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let p = p
                .trim()
                .replace('"', "&quot;")
                .replace('\n', "<br>\n")
                .replace(
                    "قره باغ",
                    "<a href=\"/tag/karabakh?a=1&amp;b=2\">قره باغ</a>",
                );
            format!("<p class=\"text\">{p}</p>\n")
        })
        .collect();
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>{headline} | الموقع</title>\n\
         <script>if (a < b) {{ document.write('<p>إعلان</p>'); }}</script></head>\n\
         <body><nav><ul><li><a href=\"/\">الرئيسية</a></li><li>سياسة</li></ul></nav>\n\
         <article><h1>{headline}</h1>\n{paragraphs}</article>\n\
         <footer>جميع الحقوق محفوظة ©</footer></body></html>\n"
    );
    let plain = write(dir.path(), &format!("txt/{stem}.txt"), text.as_bytes());
    write(dir.path(), &format!("web/{stem}.html"), page.as_bytes());
    let folder = dir.path().join("web");
    for command in ["split", "glossary-check"] {
        let from_text = toolkit(&[command, plain.to_str().unwrap()]);
        let from_html = toolkit(&[command, folder.to_str().unwrap()]);
        assert_eq!(from_html.code, 0, "{}", from_html.stderr);
        for markup in [
            "<",
            "href",
            "&quot;",
            "إعلان",
            "الرئيسية",
            "محفوظة",
            "الموقع",
        ] {
            assert!(!from_html.stdout.contains(markup), "{command}: {markup}");
        }
        assert_eq!(from_html.stdout, from_text.stdout, "{command}");
    }
}

/// A numbered list after a colon: each item is its own row with its number, in a text
/// file and in Markdown; the bullets of a Markdown list are dropped.
#[test]
fn numbered_lists_keep_their_numbers_and_rows() {
    let dir = tempfile::tempdir().unwrap();
    let items = "وتنص المبادرة على ثلاث خطوات رئيسية تبدأ الأسبوع المقبل:\n1. وقف إطلاق النار على طول خط التماس فوراً.\n2. تبادل الأسرى والجثامين خلال أسبوع.\n";
    let txt = format!("اتفاق في جنيف\n\nواجتمع المفاوضون في جنيف أمس. {items}");
    let md = format!(
        "اتفاق في جنيف\n\nواجتمع المفاوضون في جنيف أمس. {items}\n- عودة النازحين إلى قراهم.\n"
    );
    write(dir.path(), "plan.txt", txt.as_bytes());
    write(dir.path(), "plan.md", md.as_bytes());
    for (file, extra) in [
        ("plan.txt", None),
        ("plan.md", Some("عودة النازحين إلى قراهم.")),
    ] {
        let r = toolkit_in(dir.path(), &["split", file], None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let (_, rows) = parse_csv(&r.stdout);
        let sources: Vec<&str> = rows.iter().map(|r| &r[8]).collect();
        let mut expected = vec![
            "اتفاق في جنيف",
            "واجتمع المفاوضون في جنيف أمس.",
            "وتنص المبادرة على ثلاث خطوات رئيسية تبدأ الأسبوع المقبل:",
            "1. وقف إطلاق النار على طول خط التماس فوراً.",
            "2. تبادل الأسرى والجثامين خلال أسبوع.",
        ];
        expected.extend(extra);
        assert_eq!(sources, expected, "{file}");
        assert!(rows[1..].iter().all(|r| &r[3] == "body"), "{file}");
    }
}

#[test]
fn a_markdown_file_of_markup_only_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "empty.md", b"<!-- draft -->\n\n---\n");
    write(
        dir.path(),
        "ok.md",
        "## خبر\n\nبدأت القمة اليوم.\n".as_bytes(),
    );
    let r = toolkit_in(dir.path(), &["split", "empty.md", "ok.md"], None);
    // 2: some inputs failed, the others were processed.
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("empty.md: the file holds only Markdown markup"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("بدأت القمة اليوم."));
    assert!(!r.stdout.contains("##"));
}
