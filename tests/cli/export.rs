//! `toolkit export` on real seed text: sheets with boilerplate rows (an empty `sent`).

use super::util::{seed, toolkit_in, Run};
use std::path::Path;

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
