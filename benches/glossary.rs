//! Glossary benchmarks: loading and matching with the built-in glossary, and with a
//! 100,000-entry glossary of real names.
//!
//! The big glossary is built at run time from `../shared/data/names/` (Wikidata person
//! name tokens and Google's Arabic–English name pairs, about 80,000 single words), with
//! pairs of those words as two-word names to reach 100,000 entries; the data is never
//! copied into this repository. Without that folder the big-glossary group is skipped
//! with a note. The text is the five seed articles, repeated, matched line by line as
//! the pipeline matches sentence by sentence.
//!
//!     cargo bench --bench glossary

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};
use std::time::Duration;
use toolkit::glossary::Glossary;

const ENTRIES: usize = 100_000;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The seed articles, repeated to about 1 MB, as lines.
fn news_lines() -> Vec<String> {
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(manifest().join("seeds"))
        .expect("seeds/")
        .map(|e| e.expect("entry").path())
        .collect();
    seeds.sort();
    let text: String = seeds
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed"))
        .collect::<Vec<_>>()
        .join("\n");
    let lines: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(String::from)
        .collect();
    let copies = (1_000_000 / text.len()).max(1);
    (0..copies).flat_map(|_| lines.iter().cloned()).collect()
}

/// A CSV glossary of `ENTRIES` real names, or `None` if the names folder is absent.
fn big_glossary_csv() -> Option<String> {
    let dir = manifest().join("../shared/data/names");
    let wikidata = std::fs::read_to_string(dir.join("wikidata-person-tokens.tsv")).ok()?;
    let google = std::fs::read_to_string(dir.join("google-ar2en.tsv")).ok()?;
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let rows = wikidata
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            let (en, ar) = (f.next()?, f.next()?);
            Some((ar, en))
        })
        .chain(google.lines().filter_map(|l| l.split_once('\t')));
    for (ar, en) in rows {
        let (ar, en) = (ar.trim(), en.trim());
        if !ar.is_empty() && !en.is_empty() && seen.insert(ar.to_string()) {
            pairs.push((ar.to_string(), en.to_string()));
        }
    }
    // Two-word names from the single words, until there are ENTRIES entries.
    let singles = pairs.len();
    let mut i = 0usize;
    while pairs.len() < ENTRIES && i < singles * 4 {
        let (a, b) = (i % singles, (i * 7919 + 13) % singles);
        i += 1;
        if a == b {
            continue;
        }
        let ar = format!("{} {}", pairs[a].0, pairs[b].0);
        if seen.insert(ar.clone()) {
            let en = format!("{} {}", pairs[a].1, pairs[b].1);
            pairs.push((ar, en));
        }
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["ar", "en"]).ok()?;
    for (ar, en) in &pairs {
        w.write_record([ar, en]).ok()?;
    }
    String::from_utf8(w.into_inner().ok()?).ok()
}

/// One way of matching a line, returning a count (so that nothing is optimised away).
type Stage<'a> = dyn Fn(&str) -> usize + 'a;

fn bench_matching(c: &mut Criterion, name: &str, g: &Glossary, lines: &[String]) {
    let bytes: usize = lines.iter().map(String::len).sum();
    let mut group = c.benchmark_group(format!("glossary/{name}"));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    let stages: [(&str, &Stage); 3] = [
        ("find_exact (no variant guessing)", &|l| {
            g.find_exact(l).len()
        }),
        ("find", &|l| g.find(l).len()),
        ("scan (with unknown names)", &|l| g.scan(l).unknown.len()),
    ];
    for (name, stage) in stages {
        group.bench_function(name, |b| {
            b.iter(|| lines.iter().map(|l| stage(black_box(l))).sum::<usize>())
        });
    }
    group.finish();
}

fn benches(c: &mut Criterion) {
    let lines = news_lines();
    {
        let mut group = c.benchmark_group("glossary/load");
        group.sample_size(10);
        group.bench_function("builtin", |b| {
            b.iter(|| {
                Glossary::from_text(Path::new("ar-en.csv"), toolkit::glossary::BUILTIN_CSV)
                    .expect("builtin")
            })
        });
        group.finish();
    }
    bench_matching(c, "builtin", &Glossary::builtin(), &lines);

    let Some(csv) = big_glossary_csv() else {
        eprintln!(
            "note: ../shared/data/names not found; skipping the 100,000-entry glossary benchmarks"
        );
        return;
    };
    let big = Glossary::from_text(Path::new("names.csv"), &csv).expect("big glossary");
    eprintln!("big glossary: {} entries", big.len());
    {
        let mut group = c.benchmark_group("glossary/load");
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(20));
        group.throughput(Throughput::Bytes(csv.len() as u64));
        group.bench_function("100k names", |b| {
            b.iter(|| Glossary::from_text(Path::new("names.csv"), black_box(&csv)).expect("big"))
        });
        group.finish();
    }
    bench_matching(c, "100k", &big, &lines);
}

criterion_group!(glossary, benches);
criterion_main!(glossary);
