//! `toolkit export` on real seed text: sheets with boilerplate rows (an empty `sent`), a
//! file of the wrong kind for `--to`, a TBX glossary back to CSV, and stdin.

use super::util::{root, seed, toolkit_in, Run};
use std::path::Path;
use toolkit::export::termbase::TermBase;
use toolkit::glossary::Glossary;

/// Run `toolkit ARGS` in `dir`.
fn toolkit(args: &[&str], dir: &Path) -> Run {
    toolkit_in(dir, args, None)
}

fn ok(out: Run) -> Run {
    assert_eq!(out.code, 0, "{}", out.stderr);
    out
}

fn read(dir: &Path, name: &str) -> String {
    let text = std::fs::read_to_string(dir.join(name)).unwrap();
    text.trim_start_matches('\u{FEFF}').to_string()
}

fn path(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// Seeds 004 and 001 open with boilerplate rows, whose empty `sent` used to become the row's
/// position: `doc:1`, the id of the title's unit too, so the sheet could not be exported
/// ("two inputs with the same file name?"); seed 002's one boilerplate row came back from
/// XLIFF with `sent=18`. Every cell now comes back as it went, through XLIFF and CSV.
#[test]
fn a_sheet_with_boilerplate_rows_goes_to_xliff_and_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    for stem in [
        "004_24d2e195e726acda",
        "002_0b453c8b0ae0108c",
        "001_6b2d5fff41c62f6f",
    ] {
        let s = path(&seed(stem));
        ok(toolkit(
            &["split", "-q", "--keep-boilerplate", &s, "-o", "k.csv"],
            dir.path(),
        ));
        let sheet = read(dir.path(), "k.csv");
        let blank = format!("\n{stem},,");
        assert!(sheet.contains(&blank), "{stem}: no boilerplate row");
        ok(toolkit(
            &["export", "k.csv", "--to", "xliff", "-o", "k.xlf"],
            dir.path(),
        ));
        let xml = read(dir.path(), "k.xlf");
        // Unit ids are unique, and a boilerplate row's names its sheet row.
        let ids: Vec<&str> = xml
            .split(r#"<trans-unit id=""#)
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
            .collect();
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{stem}: {ids:?}");
        assert!(
            ids.iter()
                .any(|id| id.starts_with(stem) && id.contains(":row")),
            "{stem}: {ids:?}"
        );
        // Boilerplate is not locked: the user asked for it with --keep-boilerplate.
        assert!(!xml.contains("translate="), "{stem}");
        ok(toolkit(
            &["export", "k.xlf", "--to", "csv", "-o", "back.csv"],
            dir.path(),
        ));
        assert!(
            read(dir.path(), "back.csv") == sheet,
            "{stem}: XLIFF round trip"
        );
        // CSV to CSV and TSV kept the row's position in `sent` too.
        ok(toolkit(
            &["export", "k.csv", "--to", "csv", "-o", "same.csv"],
            dir.path(),
        ));
        assert!(read(dir.path(), "same.csv") == sheet, "{stem}: CSV to CSV");
        ok(toolkit(
            &["export", "k.csv", "--to", "tsv", "-o", "k.tsv"],
            dir.path(),
        ));
        ok(toolkit(
            &["export", "k.tsv", "--to", "csv", "-o", "same.csv"],
            dir.path(),
        ));
        assert!(read(dir.path(), "same.csv") == sheet, "{stem}: through TSV");
    }
}

/// A sheet `sent` cell written like the id of a boilerplate row would come back empty:
/// refused, naming row and column, and no file is written.
#[test]
fn a_sent_cell_that_looks_like_a_boilerplate_id_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = path(&seed("002_0b453c8b0ae0108c"));
    ok(toolkit(&["split", "-q", &s, "-o", "s.csv"], dir.path()));
    let sheet = read(dir.path(), "s.csv").replacen(",3,", ",row3,", 1);
    std::fs::write(dir.path().join("s.csv"), sheet).unwrap();
    let out = toolkit(
        &["export", "s.csv", "--to", "xliff", "-o", "s.xlf"],
        dir.path(),
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("s.csv: row 4, column sent: 'row3'"),
        "{}",
        out.stderr
    );
    assert!(!dir.path().join("s.xlf").exists());
}

/// A glossary given where a sheet is wanted, or the other way round, used to get the
/// message of the other reader ("the header has no source or target column", "not an
/// XLIFF file"); it is named for what it is, with the `--to` that fit it.
#[test]
fn a_file_of_the_wrong_kind_is_named_with_the_formats_that_fit() {
    let dir = tempfile::tempdir().unwrap();
    let glossary = path(&root().join("glossaries/ar-en.csv"));
    let s = path(&seed("000_28ce33da5d2245a2"));
    ok(toolkit(&["split", "-q", &s, "-o", "s.csv"], dir.path()));
    ok(toolkit(
        &["export", "s.csv", "--to", "xliff", "-o", "s.xlf"],
        dir.path(),
    ));
    ok(toolkit(
        &["export", &glossary, "--to", "tbx", "-o", "g.tbx"],
        dir.path(),
    ));
    let cases = [
        (
            glossary.as_str(),
            "xliff",
            "is a glossary (header ar,en,variants,type,note); --to xliff takes a sheet",
            "for a glossary use --to tbx, --to omegat, --to csv or --to tsv",
        ),
        (
            "g.tbx",
            "xliff",
            "g.tbx is a TBX glossary; --to xliff takes a sheet",
            "for a glossary use --to tbx",
        ),
        (
            "s.csv",
            "tbx",
            "s.csv is a sheet (header doc,sent,para,kind,lang,in_summary,rank,score,source,names,target,note); --to tbx takes a glossary",
            "for a sheet use --to xliff, --to csv or --to tsv",
        ),
        (
            "s.xlf",
            "omegat",
            "s.xlf is an XLIFF sheet; --to omegat takes a glossary",
            "for a sheet use --to xliff",
        ),
    ];
    for (input, to, what, fix) in cases {
        let out = toolkit(&["export", input, "--to", to, "-o", "out"], dir.path());
        assert_eq!(out.code, 2, "{input} --to {to}");
        assert!(
            out.stderr.contains(what),
            "{input} --to {to}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains(fix),
            "{input} --to {to}: {}",
            out.stderr
        );
        assert!(!dir.path().join("out").exists());
    }
}

/// A glossary keeper gets a TBX back as the CSV glossary (and TSV): the built-in glossary
/// goes CSV → TBX → CSV byte for byte, and TSV loads as the same entries.
#[test]
fn a_tbx_glossary_goes_back_to_csv_and_tsv() {
    let dir = tempfile::tempdir().unwrap();
    let csv = root().join("glossaries/ar-en.csv");
    let original = std::fs::read_to_string(&csv).unwrap();
    let builtin = TermBase::from_glossary(&Glossary::builtin());
    ok(toolkit(
        &["export", &path(&csv), "--to", "tbx", "-o", "ar-en.tbx"],
        dir.path(),
    ));
    ok(toolkit(
        &[
            "export",
            "ar-en.tbx",
            "--to",
            "csv",
            "--no-bom",
            "-o",
            "back.csv",
        ],
        dir.path(),
    ));
    assert!(read(dir.path(), "back.csv") == original);
    // With -o, a CSV starts with a byte order mark (for Excel), as sheets do.
    ok(toolkit(
        &["export", "ar-en.tbx", "--to", "csv", "-o", "bom.csv"],
        dir.path(),
    ));
    let bom = std::fs::read_to_string(dir.path().join("bom.csv")).unwrap();
    assert!(bom.starts_with('\u{FEFF}'));
    // To stdout: no byte order mark.
    let out = ok(toolkit(&["export", "ar-en.tbx", "--to", "csv"], dir.path()));
    assert!(out.stdout == original);
    ok(toolkit(
        &["export", "ar-en.tbx", "--to", "tsv", "-o", "back.tsv"],
        dir.path(),
    ));
    let tsv = read(dir.path(), "back.tsv");
    assert!(tsv.starts_with("ar\ten\tvariants\ttype\tnote\n"));
    let g = Glossary::from_path(&dir.path().join("back.tsv")).unwrap();
    assert_eq!(TermBase::from_glossary(&g), builtin);
}

/// A TBX from another tool can hold admitted target forms, which a CSV glossary has no
/// column for: left out with a warning naming one.
#[test]
fn target_forms_a_csv_cannot_hold_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let tbx = r#"<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="c1"><descrip type="subjectField">place</descrip>
<langSet xml:lang="ar"><tig><term>تركيا</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Turkey</term></tig><tig><term>Türkiye</term></tig></langSet>
</termEntry>
</body></text></martif>
"#;
    std::fs::write(dir.path().join("t.tbx"), tbx).unwrap();
    let out = ok(toolkit(&["export", "t.tbx", "--to", "csv"], dir.path()));
    assert_eq!(
        out.stdout,
        "ar,en,variants,type,note\nتركيا,Turkey,,place,\n"
    );
    assert!(
        out.stderr.contains(
            "t.tbx: 1 entry has other target forms ('Türkiye' beside 'Turkey' for 'تركيا')"
        ),
        "{}",
        out.stderr
    );
}

/// `-` used to be taken as a file name ("-: No such file or directory"): export reads
/// stdin like the other commands, and writes what it writes for the file.
#[test]
fn export_reads_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let s = path(&seed("004_24d2e195e726acda"));
    ok(toolkit(
        &["split", "-q", "--keep-boilerplate", &s, "-o", "k.csv"],
        dir.path(),
    ));
    let sheet = std::fs::read(dir.path().join("k.csv")).unwrap();
    let from_file = ok(toolkit(&["export", "k.csv", "--to", "xliff"], dir.path()));
    let piped = toolkit_in(dir.path(), &["export", "-", "--to", "xliff"], Some(&sheet));
    assert_eq!(piped.code, 0, "{}", piped.stderr);
    assert!(piped.stdout == from_file.stdout);
    // A glossary too, TBX included.
    let glossary = std::fs::read(root().join("glossaries/ar-en.csv")).unwrap();
    let tbx = toolkit_in(dir.path(), &["export", "-", "--to", "tbx"], Some(&glossary));
    assert_eq!(tbx.code, 0, "{}", tbx.stderr);
    assert!(tbx.stdout.contains("Exported by toolkit from stdin"));
    let back = toolkit_in(
        dir.path(),
        &["export", "-", "--to", "csv"],
        Some(tbx.stdout.as_bytes()),
    );
    assert!(back.stdout.as_bytes() == glossary, "{}", back.stderr);
    // Nothing piped in: an error naming stdin, and no output file.
    let out = toolkit_in(
        dir.path(),
        &["export", "-", "--to", "xliff", "-o", "e.xlf"],
        Some(b""),
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("<stdin>: row 1: the file is empty"),
        "{}",
        out.stderr
    );
    assert!(!dir.path().join("e.xlf").exists());
}

/// `export -` with a terminal on stdin says so at once instead of waiting for input that
/// never comes. util-linux `script` gives the binary a terminal; without it the test says
/// so and passes.
#[test]
fn export_stdin_on_a_terminal_is_refused_at_once() {
    let bin = env!("CARGO_BIN_EXE_toolkit");
    let run = std::process::Command::new("script")
        .args(["-qec", &format!("{bin} export - --to xliff"), "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output();
    let Ok(out) = run else {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("export -: stdin is a terminal"),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(2), "{text}");
}
