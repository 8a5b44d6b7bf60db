//! Expanding the command line's INPUTs into sources: files as given, folders searched
//! recursively (sorted, symlink loops broken), `-` for stdin.

use crate::error::Error;
use std::collections::{BTreeMap, HashSet};
use std::io;
use std::path::{Path, PathBuf};

/// Where documents come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

/// The sources found, and the inputs that could not be used.
#[derive(Debug, Default)]
pub struct Expanded {
    /// Readable-looking sources, in a stable order.
    pub sources: Vec<Source>,
    /// Inputs that do not exist or whose folders could not be listed.
    pub errors: Vec<Error>,
    /// Things to tell the user that lose nothing: two files giving the same document id.
    pub warnings: Vec<String>,
}

/// File endings taken from folders (and files without one). Files named on the command
/// line are always taken.
const TEXT_EXTENSIONS: [&str; 9] = [
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "jsonl", "ndjson",
];

/// What folders give, for messages: ".txt, .text, .md, .markdown, .html, .htm, .xhtml, .jsonl
/// and .ndjson files and files without an extension".
pub fn folder_files() -> String {
    let dotted: Vec<String> = TEXT_EXTENSIONS.iter().map(|e| format!(".{e}")).collect();
    let (last, rest) = dotted.split_last().expect("a list of extensions");
    format!(
        "{} and {last} files and files without an extension",
        rest.join(", ")
    )
}

/// A hidden file or folder (its name starts with a dot: `.git`, `.DS_Store`): never an
/// input, wherever folders are read.
pub fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

fn is_text_name(path: &Path) -> bool {
    if is_hidden(path) {
        return false;
    }
    match path.extension() {
        None => true,
        Some(e) => {
            let e = e.to_string_lossy().to_ascii_lowercase();
            TEXT_EXTENSIONS.contains(&e.as_str())
        }
    }
}

/// Expand the command line's inputs.
pub fn expand(inputs: &[String]) -> Expanded {
    let mut out = Expanded::default();
    // Files in folders that are not read, by extension.
    let mut skipped: BTreeMap<String, usize> = BTreeMap::new();
    for input in inputs {
        if input == "-" {
            out.sources.push(Source::Stdin);
            continue;
        }
        let path = PathBuf::from(input);
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => {
                let mut seen = HashSet::new();
                walk_dir(&path, &mut seen, &mut out, &mut skipped);
            }
            Ok(_) => out.sources.push(Source::File(path)),
            Err(e) => out.errors.push(Error::io(
                &path,
                if e.kind() == io::ErrorKind::NotFound {
                    io::Error::new(io::ErrorKind::NotFound, "no such file or folder")
                } else {
                    e
                },
            )),
        }
    }
    if inputs.len() > 1 {
        dedupe(inputs, &mut out.sources);
    }
    out.warnings = shared_ids(&out.sources);
    out.warnings.extend(not_read(&skipped));
    out
}

/// The files the folders held that are not read (an `.html` page, a `.pdf`, a sheet),
/// counted by extension: said in one line, so that nothing is left out unseen.
fn not_read(skipped: &BTreeMap<String, usize>) -> Option<String> {
    let total: usize = skipped.values().sum();
    if total == 0 {
        return None;
    }
    let mut kinds: Vec<(&String, &usize)> = skipped.iter().collect();
    kinds.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let list: Vec<String> = kinds
        .iter()
        .take(6)
        .map(|(ext, n)| format!("{n} .{ext}"))
        .collect();
    let more = if kinds.len() > 6 { ", ..." } else { "" };
    Some(format!(
        "the folders hold {total} file(s) that are not read ({}{more}): folders give {}; name a text file to read it (sheets go to glossary-check)",
        list.join(", "),
        folder_files()
    ))
}

/// `toolkit split news/ news/a.txt` or `news/ news/sub/`: a file met twice is read once,
/// or its rows would repeat under the same doc and sentence numbers. Overlapping folders
/// give the same path twice; a file named on the command line is compared by its real
/// path, but only with the walked files of the same name, so that a folder of 100,000
/// files does not cost 100,000 path resolutions.
fn dedupe(inputs: &[String], sources: &mut Vec<Source>) {
    let named: HashSet<&std::ffi::OsStr> = inputs
        .iter()
        .map(Path::new)
        .filter(|p| p.is_file())
        .filter_map(Path::file_name)
        .collect();
    let mut seen = HashSet::new();
    sources.retain(|s| match s {
        Source::File(p) if p.file_name().is_some_and(|n| named.contains(n)) => {
            seen.insert(p.canonicalize().unwrap_or_else(|_| p.clone()))
        }
        Source::File(p) => seen.insert(p.clone()),
        // Standard input can be read once: `-` named twice is one input, not a second
        // one found empty.
        Source::Stdin => seen.insert(PathBuf::from("-")),
    });
}

/// Files whose names give the same document id (`a/2024-06-01.txt`, `b/2024-06-01.txt`):
/// their rows would share `doc` and sentence numbers, and a CAT tool would see one
/// document. Said once per id.
fn shared_ids(sources: &[Source]) -> Vec<String> {
    let mut by_id: std::collections::BTreeMap<String, Vec<&Path>> = Default::default();
    for s in sources {
        // JSON Lines records carry their own ids; sheets and the like are no documents.
        let Source::File(p) = s else { continue };
        if super::is_jsonl(p) || super::not_an_article(p).is_some() {
            continue;
        }
        by_id.entry(super::stem(p)).or_default().push(p);
    }
    by_id
        .into_iter()
        .filter(|(_, paths)| paths.len() > 1)
        .map(|(id, paths)| {
            let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            format!(
                "{} all give the document id '{id}', so their rows share it; rename all but one to tell them apart",
                paths.join(", ")
            )
        })
        .collect()
}

fn walk_dir(
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    out: &mut Expanded,
    skipped: &mut BTreeMap<String, usize>,
) {
    // A folder reached twice (through a symlink loop) is walked once.
    let canonical = match dir.canonicalize() {
        Ok(c) => c,
        Err(e) => {
            out.errors.push(Error::io(dir, e));
            return;
        }
    };
    if !seen.insert(canonical) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.errors.push(Error::io(dir, e));
            return;
        }
    };
    // The entry's own type comes with the listing; only a symlink needs a stat to see
    // what it points to (a stat per file was a tenth of a big run's start-up).
    let mut paths: Vec<(PathBuf, Option<std::fs::FileType>)> = entries
        .filter_map(|e| {
            let e = e.ok()?;
            let kind = e.file_type().ok().filter(|t| !t.is_symlink());
            Some((e.path(), kind))
        })
        .collect();
    paths.sort_by(|a, b| a.0.cmp(&b.0));
    for (p, kind) in paths {
        let kind = match kind {
            Some(t) => Ok(t),
            None => std::fs::metadata(&p).map(|m| m.file_type()),
        };
        match kind {
            // A hidden folder (.git, .venv) holds no articles: its extensionless files
            // (.git/HEAD) would pass for text.
            Ok(t) if t.is_dir() => {
                if !is_hidden(&p) {
                    walk_dir(&p, seen, out, skipped)
                }
            }
            Ok(_) if !is_text_name(&p) => {
                if !is_hidden(&p) {
                    *skipped.entry(super::extension(&p)).or_default() += 1;
                }
            }
            Ok(t) if t.is_file() => out.sources.push(Source::File(p)),
            // A pipe, socket or device left in a folder: reading it could wait forever.
            // Named on the command line it is read (`toolkit split <(curl ...)`).
            Ok(_) => out.errors.push(Error::io(
                &p,
                io::Error::other(
                    "not a regular file (a pipe, socket or device); skipped in a folder, name it on the command line to read it",
                ),
            )),
            // A dangling symlink or a file that vanished: say so, go on.
            Err(e) => out.errors.push(Error::io(&p, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_in_order_and_loops_broken() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("b/c")).unwrap();
        std::fs::write(d.path().join("b/c/2.txt"), "x").unwrap();
        std::fs::write(d.path().join("a.TXT"), "x").unwrap();
        std::fs::write(d.path().join("img.png"), "x").unwrap();
        std::fs::write(d.path().join(".hidden.txt"), "x").unwrap();
        // A hidden folder is not walked: .git/HEAD has no extension, like an article.
        std::fs::create_dir_all(d.path().join(".git")).unwrap();
        std::fs::write(d.path().join(".git/HEAD"), "ref: refs/heads/main").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(d.path(), d.path().join("b/loop")).unwrap();
        let e = expand(&[d.path().to_string_lossy().into_owned(), "/no/such".into()]);
        let names: Vec<_> = e
            .sources
            .iter()
            .map(|s| match s {
                Source::File(p) => p
                    .strip_prefix(d.path())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                Source::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(names, ["a.TXT", "b/c/2.txt"]);
        assert_eq!(e.errors.len(), 1);
        assert!(e.errors[0].to_string().contains("no such file or folder"));
        // The image is said to be left out, in one line; hidden files are not counted.
        assert_eq!(e.warnings.len(), 1, "{:?}", e.warnings);
        assert!(
            e.warnings[0].contains("hold 1 file(s) that are not read (1 .png)"),
            "{}",
            e.warnings[0]
        );
    }

    /// A pipe left in a folder would block the whole run on its first read: it is
    /// reported by name and the folder's files are still taken.
    #[cfg(unix)]
    #[test]
    fn a_pipe_in_a_folder_is_reported_not_read() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.txt"), "x").unwrap();
        let fifo = d.path().join("news.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // no mkfifo on this system
        }
        let e = expand(&[d.path().to_string_lossy().into_owned()]);
        assert_eq!(e.sources, [Source::File(d.path().join("a.txt"))]);
        assert_eq!(e.errors.len(), 1);
        let msg = e.errors[0].to_string();
        assert!(
            msg.contains("news.txt") && msg.contains("not a regular file"),
            "{msg}"
        );
    }

    /// A file named twice is read once; two files with one name are both read, with a
    /// warning that their rows share a document id.
    #[test]
    fn files_named_twice_and_names_shared() {
        let d = tempfile::tempdir().unwrap();
        for f in [
            "a/2024-06-01.txt",
            "b/2024-06-01.txt",
            "b/other.txt",
            "c/2024-06-01.txt",
        ] {
            let p = d.path().join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let arg = |f: &str| d.path().join(f).to_string_lossy().into_owned();
        let e = expand(&[arg("b"), arg("b/other.txt")]);
        assert_eq!(e.sources.len(), 2);
        assert!(e.warnings.is_empty(), "{:?}", e.warnings);
        // Overlapping folders: each file once.
        let all = d.path().to_string_lossy().into_owned();
        let e = expand(&[all.clone(), arg("b"), arg("b/other.txt")]);
        assert_eq!(e.sources.len(), 4);
        // Three files with one name: one warning naming all three.
        assert_eq!(e.warnings.len(), 1, "{:?}", e.warnings);
        for f in ["a/2024-06-01.txt", "b/2024-06-01.txt", "c/2024-06-01.txt"] {
            assert!(e.warnings[0].contains(&arg(f)), "{:?}", e.warnings);
        }
        let e = expand(&[arg("a"), arg("b")]);
        assert_eq!(e.sources.len(), 3);
        assert_eq!(e.warnings.len(), 1);
        assert!(e.warnings[0].contains("'2024-06-01'"), "{:?}", e.warnings);
    }
}
