//! Summarizer throughput on real Arabic: the five seeds and, when it is beside the
//! checkout, the EASC development articles (77 more, 320 KB). `cargo bench --bench
//! summarize`; `scripts/bench-summarize.sh` times the whole binary next to sumy.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use toolkit::lang::Lang;
use toolkit::pipeline::{analyze, Analyzed};
use toolkit::summarize::features::prepare;
use toolkit::summarize::{rank, Budget, Method, Options};
use toolkit::Document;

#[path = "corpus.rs"]
mod corpus;

fn bench(c: &mut Criterion) {
    let docs: Vec<Document> = corpus::arabic_articles()
        .into_iter()
        .enumerate()
        .map(|(i, t)| Document::new(i.to_string(), t, "bench"))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let analyzed: Vec<Analyzed> = docs
        .iter()
        .cloned()
        .map(|d| analyze(d, Some(Lang::Ar)))
        .collect();

    // The summarizer alone: features, scores, selection, on segmented documents.
    let mut g = c.benchmark_group("summarize");
    g.throughput(Throughput::Bytes(bytes as u64));
    for method in [Method::Default, Method::LexRank, Method::Lead] {
        let opts = Options {
            method,
            ..Options::default()
        };
        g.bench_with_input(BenchmarkId::new("stage", method), &opts, |b, opts| {
            b.iter(|| {
                for a in &analyzed {
                    let p = prepare(&a.doc.text, &a.seg, a.lang, None);
                    std::hint::black_box(rank(&[&p], opts));
                }
            })
        });
    }
    // A word budget (as `eval easc` and `--words` use): the default method fills it.
    let opts = Options {
        budget: Budget::Words(120),
        ..Options::default()
    };
    g.bench_with_input(
        BenchmarkId::new("stage-words", Method::Default),
        &opts,
        |b, opts| {
            b.iter(|| {
                for a in &analyzed {
                    let p = prepare(&a.doc.text, &a.seg, a.lang, None);
                    std::hint::black_box(rank(&[&p], opts));
                }
            })
        },
    );
    g.finish();

    // Segmentation and summary from raw text: what `toolkit summarize` does per document
    // besides reading and writing.
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    let opts = Options::default();
    g.bench_function("segment+summarize", |b| {
        b.iter(|| {
            for d in &docs {
                let a = analyze(d.clone(), Some(Lang::Ar));
                let p = prepare(&a.doc.text, &a.seg, a.lang, None);
                std::hint::black_box(rank(&[&p], &opts));
            }
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(5));
    targets = bench
}
criterion_main!(benches);
