//! Golden segmentations written by careful reading: the five seeds and table-driven
//! hard cases in seven languages (`tests/golden/`).
//!
//! A boundary is identified by the number of visible characters before it, so gold and
//! output are compared whatever their spacing. ` ¦ ` in a gold unit marks an optional
//! boundary (inside a quotation, after `..` in a headline): there, either answer is right.

use std::collections::BTreeSet;
use std::path::Path;
use toolkit::lang::Lang;
use toolkit::segment::{segment, Kind};

const OPTIONAL: &str = " ¦ ";

fn visible(s: &str) -> usize {
    s.chars()
        .filter(|&c| !c.is_whitespace() && !toolkit::text::normalize::is_invisible(c))
        .count()
}

/// Gold units: (kind, text with the marker removed, optional boundary positions).
struct Gold {
    units: Vec<(Kind, String)>,
    boundaries: BTreeSet<usize>,
    optional: BTreeSet<usize>,
}

fn parse_gold(lines: &[&str]) -> Gold {
    let mut g = Gold {
        units: vec![],
        boundaries: BTreeSet::new(),
        optional: BTreeSet::new(),
    };
    let mut pos = 0;
    for l in lines {
        if l.starts_with('#') || l.trim().is_empty() {
            continue;
        }
        let (kind, text) = l.split_once('\t').expect("kind<TAB>text");
        let kind: Kind = kind.parse().unwrap();
        let pieces: Vec<&str> = text.split(OPTIONAL).collect();
        for (i, p) in pieces.iter().enumerate() {
            pos += visible(p);
            if i + 1 < pieces.len() {
                g.optional.insert(pos);
            }
        }
        g.boundaries.insert(pos);
        g.units.push((kind, text.replace(OPTIONAL, " ")));
    }
    g
}

/// Output boundaries and kinds of the real segmenter.
fn ours(text: &str, lang: Lang) -> (BTreeSet<usize>, Vec<(Kind, String)>) {
    let seg = segment(text, lang);
    let mut pos = 0;
    let mut b = BTreeSet::new();
    let mut units = vec![];
    for u in &seg.units {
        let t = u.source_text(text);
        pos += visible(&t);
        b.insert(pos);
        units.push((u.kind, t));
    }
    (b, units)
}

/// Precision, recall and F1 of boundaries, optional ones left out of both sides.
fn score(gold: &Gold, got: &BTreeSet<usize>) -> (usize, usize, usize) {
    let g: BTreeSet<_> = gold
        .boundaries
        .difference(&gold.optional)
        .copied()
        .collect();
    let o: BTreeSet<_> = got.difference(&gold.optional).copied().collect();
    let tp = g.intersection(&o).count();
    (tp, o.len() - tp, g.len() - tp)
}

fn f1((tp, fp, fn_): (usize, usize, usize)) -> f64 {
    if tp == 0 {
        return 0.0;
    }
    let p = tp as f64 / (tp + fp) as f64;
    let r = tp as f64 / (tp + fn_) as f64;
    2.0 * p * r / (p + r)
}

fn golden_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden"))
}

#[test]
fn seeds_boundary_f1_is_at_least_0_99_and_kinds_match() {
    let mut total = (0, 0, 0);
    let mut kind_errors = vec![];
    for entry in std::fs::read_dir(golden_dir().join("split")).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let gold_text = std::fs::read_to_string(&path).unwrap();
        let gold = parse_gold(&gold_text.lines().collect::<Vec<_>>());
        let seed = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("seeds/{stem}.txt")),
        )
        .unwrap();
        let (got, units) = ours(&seed, Lang::Ar);
        let s = score(&gold, &got);
        if s.1 + s.2 > 0 {
            eprintln!("{stem}: {s:?} (tp, fp, fn)");
            for (k, t) in &units {
                eprintln!("  {k}\t{t}");
            }
        }
        total = (total.0 + s.0, total.1 + s.1, total.2 + s.2);
        // Kinds are compared unit by unit where the boundaries agree.
        for (k, t) in &units {
            if let Some((gk, _)) = gold.units.iter().find(|(_, gt)| gt == t) {
                if gk != k {
                    kind_errors.push(format!("{stem}: {t:.60} is {gk}, got {k}"));
                }
            }
        }
        // No unit is only punctuation or ends with the Arabic comma.
        for (_, t) in &units {
            assert!(
                t.chars().any(char::is_alphanumeric),
                "{stem}: punctuation-only unit {t:?}"
            );
            assert!(!t.ends_with('،'), "{stem}: unit ends with a comma: {t}");
        }
    }
    let f = f1(total);
    eprintln!("seeds: boundary F1 {f:.4} {total:?}");
    assert!(
        kind_errors.is_empty(),
        "kind errors:\n{}",
        kind_errors.join("\n")
    );
    assert!(f >= 0.99, "seed boundary F1 {f:.4} < 0.99");
}

/// One table-driven case: name, input, gold.
fn cases(file: &str) -> Vec<(String, String, Gold)> {
    let text = std::fs::read_to_string(golden_dir().join("cases").join(file)).unwrap();
    let mut out = vec![];
    let mut lines = text.lines().peekable();
    while let Some(l) = lines.next() {
        let Some(name) = l.strip_prefix("# ") else {
            continue;
        };
        let mut input = vec![];
        for l in lines.by_ref() {
            if l == "---" {
                break;
            }
            input.push(l);
        }
        let mut gold = vec![];
        for l in lines.by_ref() {
            if l == "===" {
                break;
            }
            gold.push(l);
        }
        out.push((name.to_string(), input.join("\n"), parse_gold(&gold)));
    }
    out
}

fn run_cases(file: &str, lang: Lang) {
    let mut failures = vec![];
    let all = cases(file);
    assert!(!all.is_empty(), "{file} has no cases");
    for (name, input, gold) in &all {
        let (got, units) = ours(input, lang);
        let s = score(gold, &got);
        let kinds_ok = gold.units.len() != units.len()
            || gold.units.iter().zip(&units).all(|(g, o)| g.0 == o.0);
        if s.1 + s.2 > 0 || !kinds_ok {
            failures.push(format!(
                "{file} / {name}:\n{}",
                units
                    .iter()
                    .map(|(k, t)| format!("  {k}\t{t}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn arabic_hard_cases() {
    run_cases("ar.txt", Lang::Ar);
}

#[test]
fn english_cases() {
    run_cases("en.txt", Lang::En);
}

#[test]
fn french_cases() {
    run_cases("fr.txt", Lang::Fr);
}

#[test]
fn german_cases() {
    run_cases("de.txt", Lang::De);
}

#[test]
fn spanish_cases() {
    run_cases("es.txt", Lang::Es);
}

#[test]
fn russian_cases() {
    run_cases("ru.txt", Lang::Ru);
}

#[test]
fn turkish_cases() {
    run_cases("tr.txt", Lang::Tr);
}
