//! The real Arabic text the benchmarks run on: the seeds, and the EASC development
//! articles when `../shared` is beside the repository. Included by each bench.

use std::path::{Path, PathBuf};

/// Every article's text, read once.
pub fn arabic_articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("seeds"))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    let easc = root.join("../shared/data/easc-dev/Articles");
    if let Ok(topics) = std::fs::read_dir(&easc) {
        for t in topics.flatten() {
            if let Ok(rd) = std::fs::read_dir(t.path()) {
                files.extend(rd.flatten().map(|e| e.path()));
            }
        }
    } else {
        eprintln!(
            "note: {} not found, benchmarking on the seeds only",
            easc.display()
        );
    }
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|b| toolkit::input::decode(b, Path::new("x")).ok())
        .map(|d| d.text)
        .collect()
}
