//! Splitting real Arabic news into sentences (structure + sentence boundaries), one core.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use toolkit::lang::Lang;

#[path = "corpus.rs"]
mod corpus;

fn split(c: &mut Criterion) {
    let docs = corpus::arabic_articles();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("split");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("segment {} arabic articles", docs.len()), |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                n += toolkit::segment::segment(d, Lang::Ar).units.len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, split);
criterion_main!(benches);
