//! What every document command shares: input options, output options, and the runner
//! that reads documents, processes them in parallel (output in input order), writes the
//! records whole or not at all, and reports what failed.

use rayon::prelude::*;
use serde::Serialize;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use toolkit::export::{AtomicFile, Format, RecordWriter};
use toolkit::glossary::Glossary;
use toolkit::input::{self, Item, Source};
use toolkit::lang::Lang;
use toolkit::pipeline::{analyze, Analyzed};
use toolkit::segment::MAX_UNIT_CHARS;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything went well.
    Ok,
    /// The command ran, and its checks found problems (exit 1).
    #[allow(dead_code)] // used by the checking commands
    Problems,
    /// Bad usage, or some input could not be read (exit 2).
    Failed,
    /// The output could not be written (a full disk; exit 2): nothing else the command
    /// writes (glossary-check's reports) is written either.
    NotWritten,
}

impl Outcome {
    /// The process exit code.
    pub fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Ok => ExitCode::SUCCESS,
            Outcome::Problems => ExitCode::from(1),
            Outcome::Failed | Outcome::NotWritten => ExitCode::from(2),
        }
    }
}

/// Print an error the way every command does.
pub fn error(msg: impl std::fmt::Display) {
    eprintln!("toolkit: error: {msg}");
}

/// A document id as the text format's `# doc` header shows it: on one line, with a
/// line break or other control character (a file name can hold one) written as an
/// escape (`\n`), so that the header cannot be taken for text.
pub fn header_id(doc: &str) -> String {
    doc.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Print a warning the way every command does.
pub fn warning(msg: impl std::fmt::Display) {
    eprintln!("toolkit: warning: {msg}");
}

/// Options shared by the document commands.
#[derive(Debug, Clone, clap::Args)]
pub struct Common {
    /// Files, folders (searched for .txt, .text, .md, .markdown, .html, .htm, .xhtml, .jsonl
    /// and .ndjson files and files without an extension), `-` for stdin, or .jsonl files of
    /// {"id", "text", "lang"?} records. Markdown and HTML are read without their markup.
    /// glossary-check also takes filled sheets (.csv, .tsv, .xlf), named one by one; split
    /// and summarize refuse them, and .json files.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Language of the inputs: auto (detect per document) or a code such as ar, en, fr.
    #[arg(long, default_value = "auto")]
    pub lang: String,
    /// Write to this file instead of stdout (written whole or not at all).
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Output format: csv, tsv, jsonl or text; default: from the -o file's extension
    /// (.tsv, .jsonl, .txt), else csv.
    #[arg(long)]
    pub format: Option<String>,
    /// Glossary file: CSV or TSV with a header such as ar,en, or TBX; default: the
    /// built-in Arabic–English glossary.
    #[arg(long, value_name = "FILE")]
    pub glossary: Option<PathBuf>,
    /// Do not start a CSV written with -o with a UTF-8 byte order mark.
    #[arg(long)]
    pub no_bom: bool,
    /// Keep boilerplate lines (site notices, "read more" blocks) in the sheet.
    #[arg(long)]
    pub keep_boilerplate: bool,
    /// Worker threads, 1 to 256; 0 or unset: all cores. Output is the same for any number.
    // Bounded: tens of thousands of threads made rayon panic while spawning them.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(0..=256))]
    pub threads: Option<u16>,
    /// No progress bar and no summary on stderr (errors and warnings are still printed).
    #[arg(short, long)]
    pub quiet: bool,
}

/// The options checked and ready.
pub struct Ready {
    /// Forced language, if not auto.
    pub lang: Option<Lang>,
    /// Output format.
    pub format: Format,
    /// The glossary to use.
    pub glossary: Arc<Glossary>,
}

impl Common {
    /// Validate options and load the glossary; errors are printed and give `Err(Failed)`.
    pub fn ready(&self) -> Result<Ready, Outcome> {
        let lang = if self.lang.eq_ignore_ascii_case("auto") {
            None
        } else {
            match self.lang.parse::<Lang>() {
                Ok(l) => Some(l),
                Err(e) => {
                    error(format!("--lang: {e}"));
                    return Err(Outcome::Failed);
                }
            }
        };
        let format = match output_format(self.format.as_deref(), self.output.as_deref()) {
            Ok((f, note)) => {
                note.into_iter().for_each(warning);
                f
            }
            Err(e) => {
                error(e);
                return Err(Outcome::Failed);
            }
        };
        let glossary = match &self.glossary {
            None => Glossary::builtin(),
            Some(p) => match Glossary::from_path(p) {
                Ok(g) => {
                    // Warnings show even with --quiet: they say what was skipped.
                    g.warnings().iter().for_each(warning);
                    Arc::new(g)
                }
                Err(e) => {
                    error(e);
                    return Err(Outcome::Failed);
                }
            },
        };
        if let Some(t) = self.threads.filter(|&t| t > 0) {
            // Ignore the error of a pool built twice (tests run commands in one process).
            let _ = rayon::ThreadPoolBuilder::new()
                .num_threads(usize::from(t))
                .build_global();
        }
        Ok(Ready {
            lang,
            format,
            glossary,
        })
    }
}

/// The output format: `--format` if given, else what the `-o` file's extension names
/// (`.tsv`, `.jsonl`, `.txt`), else CSV. A workbook or XLIFF name is refused with the way
/// to get one (a CSV in a `.xlsx` file is what Excel refuses to open); a `--format` that
/// contradicts the extension is written as asked, with a warning.
pub fn output_format(
    format: Option<&str>,
    output: Option<&Path>,
) -> Result<(Format, Option<String>), String> {
    let ext = output.map(input::extension).unwrap_or_default();
    let named = |p: Option<&Path>| p.map(|p| p.display().to_string()).unwrap_or_default();
    let by_extension = match ext.as_str() {
        // The names --format takes (csv, tsv, jsonl/json/ndjson, text/txt), and .tab.
        "tab" => Some(Format::Tsv),
        "xlsx" | "xls" | "xlsm" | "ods" => {
            return Err(format!(
                "-o {}: toolkit writes CSV, not a workbook; name the file .csv (Excel and LibreOffice open it, and its byte order mark keeps the Arabic right)",
                named(output)
            ))
        }
        "xlf" | "xliff" | "tbx" => {
            return Err(format!(
                "-o {}: write the sheet as .csv, then convert it: toolkit export SHEET.csv --to {}",
                named(output),
                if ext == "tbx" { "tbx" } else { "xliff" }
            ))
        }
        other => other.parse::<Format>().ok(),
    };
    let Some(asked) = format else {
        return Ok((by_extension.unwrap_or(Format::Csv), None));
    };
    let format = asked
        .parse::<Format>()
        .map_err(|e| format!("--format: {e}"))?;
    let note = by_extension.filter(|&f| f != format).map(|_| {
        format!(
            "writing {} into {} as --format says, although its extension names another format",
            asked.to_ascii_lowercase(),
            named(output)
        )
    });
    Ok((format, note))
}

/// Where records go: stdout, or a file that appears only when all went well.
pub enum Sink {
    /// Standard output.
    Stdout(io::Stdout),
    /// A file being written.
    File(AtomicFile),
}

impl Sink {
    /// Say that writing failed, naming where: the file (which is not left behind half
    /// written) or stdout. The outcome to return.
    pub fn failed(&self, e: &io::Error) -> Outcome {
        match self {
            Sink::Stdout(_) => error(format!("<stdout>: cannot write the output: {e}")),
            Sink::File(f) if f.in_place() => error(format!(
                "{}: cannot write the output: {e}",
                f.path().display()
            )),
            Sink::File(f) => error(format!(
                "{}: cannot write the output: {e}; the file was not written (no part of it is left)",
                f.path().display()
            )),
        }
        Outcome::NotWritten
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(s) => s.write(buf),
            Sink::File(f) => f.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(s) => s.flush(),
            Sink::File(f) => f.flush(),
        }
    }
}

/// What makes a file itself, whatever path reaches it: device and inode where there are
/// such (one `stat`), else the canonical path (a system call per path component, which
/// adds up over tens of thousands of inputs).
#[derive(PartialEq)]
enum FileId {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg(not(unix))]
    Path(PathBuf),
}

impl FileId {
    fn of(path: &Path) -> io::Result<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let m = std::fs::metadata(path)?;
            Ok(FileId::Inode(m.dev(), m.ino()))
        }
        #[cfg(not(unix))]
        {
            path.canonicalize().map(FileId::Path)
        }
    }
}

/// True when both paths reach one existing file.
pub fn is_same_file(a: &Path, b: &Path) -> bool {
    matches!((FileId::of(a), FileId::of(b)), (Ok(x), Ok(y)) if x == y)
}

/// What `-o` must not overwrite: the inputs and the glossary they are read with
/// (`--glossary ours.csv -o ours.csv` would otherwise replace the glossary with the
/// report).
pub fn guarded(inputs: &[Source], glossary: Option<&Path>) -> Vec<Source> {
    let mut all = inputs.to_vec();
    all.extend(glossary.map(|g| Source::File(g.to_path_buf())));
    all
}

/// Open the output named by `-o` (or stdout), refusing to overwrite an input (pass
/// [`guarded`] to count the glossary as one).
pub fn open_sink(output: Option<&Path>, inputs: &[Source]) -> Result<Sink, Outcome> {
    let Some(path) = output else {
        return Ok(Sink::Stdout(io::stdout()));
    };
    if let Ok(target) = FileId::of(path) {
        for s in inputs {
            if let Source::File(p) = s {
                if FileId::of(p).is_ok_and(|c| c == target) {
                    error(format!(
                        "{}: the output is also an input; choose another -o path",
                        path.display()
                    ));
                    return Err(Outcome::Failed);
                }
            }
        }
    }
    match AtomicFile::create(path) {
        Ok(f) => Ok(Sink::File(f)),
        Err(e) => {
            error(format!("cannot write the output: {e}"));
            Err(Outcome::Failed)
        }
    }
}

/// Open the output named by `-o` (or stdout), let `write` fill it, and commit it: for a
/// command whose output is made in one go. A broken pipe is not an error.
pub fn write_whole(
    output: Option<&Path>,
    inputs: &[Source],
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Outcome> {
    let mut sink = open_sink(output, inputs)?;
    match write(&mut sink) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(sink.failed(&e)),
        _ => {}
    }
    close_sink(sink)
}

/// Finish a sink: commit a file, flush stdout. A broken pipe is not an error.
pub fn close_sink(mut sink: Sink) -> Result<(), Outcome> {
    match sink {
        Sink::Stdout(ref mut s) => match s.flush() {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(sink.failed(&e)),
            _ => Ok(()),
        },
        Sink::File(f) => f.commit().map_err(|e| {
            error(e);
            Outcome::NotWritten
        }),
    }
}

/// Counts for the closing line on stderr.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    /// Documents processed.
    pub docs: usize,
    /// Inputs or records that failed.
    pub failed: usize,
    /// Bytes of document text processed.
    pub bytes: usize,
}

/// Read every input, run `per_doc` on each document (in parallel, results in input
/// order), and hand each document's records to `emit` in order. Errors in single
/// inputs are printed and counted; the others are still processed.
///
/// Documents go in batches through two stages: while the workers process one batch,
/// this thread writes out the one before (and reads the records of a stream). Without
/// the overlap, every core but this one waited at the end of each batch.
pub fn for_each_document<R, F, E>(
    common: &Common,
    ready: &Ready,
    expanded: &input::Expanded,
    per_doc: F,
    mut emit: E,
) -> (Tally, Result<(), io::Error>)
where
    R: Send,
    F: Fn(Analyzed) -> R + Sync,
    E: FnMut(R) -> io::Result<()>,
{
    let mut tally = Tally::default();
    for e in &expanded.errors {
        error(e);
        tally.failed += 1;
    }
    expanded.warnings.iter().for_each(warning);
    let progress = progress_bar(common, &expanded.sources);
    let per_doc = &per_doc;
    // Set when writing fails (a closed pipe): the batch still running skips the documents
    // it has not started, so that we leave now rather than after up to 256 more.
    let stop = &AtomicBool::new(false);
    let r = std::thread::scope(|scope| {
        let mut running = None;
        let mut write = |batch: std::thread::ScopedJoinHandle<'_, Vec<Done<R>>>,
                         tally: &mut Tally| {
            let results = batch
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            let r = write_batch(results, &mut emit, progress.as_ref(), tally);
            if r.is_err() {
                stop.store(true, Ordering::Relaxed);
            }
            r
        };
        for step in Batches::new(&expanded.sources) {
            match step {
                Step::Batch(work) => {
                    let lang = ready.lang;
                    let next = scope.spawn(move || process_batch(work, lang, per_doc, stop));
                    if let Some(previous) = running.replace(next) {
                        write(previous, &mut tally)?;
                    }
                }
                Step::Message(item) => {
                    // Keep messages in order with the documents before them.
                    if let Some(previous) = running.take() {
                        write(previous, &mut tally)?;
                    }
                    report_items(vec![item], &mut tally);
                }
            }
        }
        match running.take() {
            Some(last) => write(last, &mut tally),
            None => Ok(()),
        }
    });
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    (tally, r)
}

/// Documents in a batch: at most this many are held at once per stage, which bounds
/// memory however long the input.
const BATCH: usize = 256;

/// One document's outcome: messages about its input, its size in bytes, its records.
type Done<R> = (Vec<Item>, usize, Option<R>);

/// What the reading stage hands on: a batch of work, or a message about a stream (a bad
/// line) to report after the documents before it.
enum Step {
    Batch(Vec<Pending>),
    Message(Item),
}

/// The inputs cut into [`Step`]s. Text files are only named here (the workers read
/// them); the records of a stream (stdin, JSON Lines) are read here, one batch ahead.
struct Batches<'a> {
    sources: std::slice::Iter<'a, Source>,
    stream: Option<Box<dyn Iterator<Item = Item> + Send>>,
    batch: Vec<Pending>,
    /// A message read while a batch was still to be handed on.
    message: Option<Item>,
    /// A hash of each streamed record's id: a JSON Lines `id` used twice gives two
    /// documents one `doc`, whose rows then share sentence numbers. (8 bytes a record,
    /// where the ids themselves would cost tens of megabytes on a day's stream.)
    ids: std::collections::HashSet<u64>,
    /// The hash of each text file's document id (its name without the extension), and
    /// the file: a record whose id is a file's id shares that file's rows.
    file_ids: std::collections::HashMap<u64, &'a Path>,
    /// How many repeated ids were met (only the first few are named).
    repeats: usize,
}

/// The key of a document id in [`Batches`]' sets: SipHash, keyed once per run, so that
/// 64 bits make a false repeat as good as impossible.
fn id_hash(id: &str) -> u64 {
    use std::hash::{BuildHasher, RandomState};
    static KEYS: std::sync::LazyLock<RandomState> = std::sync::LazyLock::new(RandomState::new);
    KEYS.hash_one(id)
}

/// How many repeated record ids are named before the rest go unlisted.
const REPEATS_NAMED: usize = 5;

impl<'a> Batches<'a> {
    fn new(sources: &'a [Source]) -> Batches<'a> {
        Batches {
            sources: sources.iter(),
            stream: None,
            batch: Vec::with_capacity(BATCH),
            message: None,
            ids: Default::default(),
            file_ids: sources
                .iter()
                .filter_map(|s| match s {
                    Source::File(p) if !input::is_stream(s) => {
                        Some((id_hash(&input::stem(p)), p.as_path()))
                    }
                    _ => None,
                })
                .collect(),
            repeats: 0,
        }
    }

    /// A warning when `doc`'s id was met before in a stream, or is a text file's id
    /// (the first few times).
    fn repeated_id(&mut self, doc: &toolkit::Document) -> Option<Item> {
        let hash = id_hash(&doc.id);
        let file = self.file_ids.get(&hash).copied();
        if self.ids.insert(hash) && file.is_none() {
            return None;
        }
        self.repeats += 1;
        let message = match self.repeats {
            n if n <= REPEATS_NAMED => match file {
                Some(path) => format!(
                    "record id '{}' is also the document id of {}; the rows of both share it (give the record another id or rename the file)",
                    doc.id,
                    path.display()
                ),
                None => format!(
                    "record id '{}' was used by an earlier record; the rows of both share it (give each record its own id)",
                    doc.id
                ),
            },
            n if n == REPEATS_NAMED + 1 => "more record ids are repeated; they are not listed".into(),
            _ => return None,
        };
        Some(Item::Warning(input::Warning {
            origin: doc.origin.clone(),
            message,
        }))
    }

    fn take(&mut self) -> Step {
        Step::Batch(std::mem::replace(
            &mut self.batch,
            Vec::with_capacity(BATCH),
        ))
    }
}

impl Iterator for Batches<'_> {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        loop {
            if let Some(m) = self.message.take() {
                return Some(Step::Message(m));
            }
            if self.batch.len() >= BATCH {
                return Some(self.take());
            }
            if let Some(stream) = &mut self.stream {
                match stream.next() {
                    Some(Item::Doc(d)) => {
                        let repeated = self.repeated_id(&d);
                        self.batch.push(Pending::Doc(d));
                        if let Some(w) = repeated {
                            // Said after the documents up to this one, like a bad line.
                            self.message = Some(w);
                            return Some(self.take());
                        }
                    }
                    Some(other) => {
                        self.message = Some(other);
                        if !self.batch.is_empty() {
                            return Some(self.take());
                        }
                    }
                    None => self.stream = None,
                }
                continue;
            }
            match self.sources.next() {
                Some(s) if input::is_stream(s) => self.stream = Some(input::read(s)),
                Some(s) => self.batch.push(Pending::File(s.clone())),
                None if self.batch.is_empty() => return None,
                None => return Some(self.take()),
            }
        }
    }
}

/// Read (for files), analyze and process a batch on the workers, results in batch order.
/// Once `stop` is set, documents not yet started are skipped.
fn process_batch<R: Send>(
    batch: Vec<Pending>,
    lang: Option<Lang>,
    per_doc: &(impl Fn(Analyzed) -> R + Sync),
    stop: &AtomicBool,
) -> Vec<Done<R>> {
    batch
        .into_par_iter()
        .map(|pending| {
            if stop.load(Ordering::Relaxed) {
                return (Vec::new(), 0, None);
            }
            let mut notes = match pending {
                Pending::Doc(d) => vec![Item::Doc(d)],
                Pending::File(source) => input::read(&source).collect(),
            };
            let doc = notes.iter().position(|i| matches!(i, Item::Doc(_)));
            match doc.map(|k| notes.remove(k)) {
                Some(Item::Doc(d)) => {
                    let bytes = d.text.len();
                    let analyzed = analyze(d, lang);
                    notes.extend(long_passages(&analyzed));
                    (notes, bytes, Some(per_doc(analyzed)))
                }
                _ => (notes, 0, None),
            }
        })
        .collect()
}

/// A warning when the document had passages too long to be one row (text without
/// sentence ends), which were cut into several.
fn long_passages(a: &Analyzed) -> Option<Item> {
    (a.seg.cut > 0).then(|| {
        Item::Warning(input::Warning {
            origin: a.doc.origin.clone(),
            message: format!(
                "{} passage(s) ran past {MAX_UNIT_CHARS} characters without a sentence end; each was cut into rows of at most {MAX_UNIT_CHARS} characters, after a comma or at a line break or space where it has one (no text is left out; a name cut in two is found only in part)",
                a.seg.cut,
            ),
        })
    })
}

/// Write a processed batch: messages, counts and records in input order, whatever
/// thread made them.
fn write_batch<R>(
    results: Vec<Done<R>>,
    emit: &mut impl FnMut(R) -> io::Result<()>,
    progress: Option<&indicatif::ProgressBar>,
    tally: &mut Tally,
) -> io::Result<()> {
    for (notes, bytes, r) in results {
        report_items(notes, tally);
        if let Some(r) = r {
            tally.docs += 1;
            tally.bytes += bytes;
            emit(r)?;
        }
    }
    if let Some(p) = progress {
        p.set_position(tally.bytes as u64);
        p.set_message(format!("{} docs", tally.docs));
    }
    Ok(())
}

/// Work waiting in a batch: a document already read, or a text file to read.
enum Pending {
    Doc(toolkit::Document),
    File(Source),
}

/// Print the errors and warnings among `items` and count the errors.
fn report_items(items: Vec<Item>, tally: &mut Tally) {
    for item in items {
        match item {
            Item::Error(e) => {
                error(e);
                tally.failed += 1;
            }
            // Shown even with --quiet: a text decoded with replacements or as a legacy
            // code page is text the translator should know was changed on the way in.
            Item::Warning(w) => warning(format!("{}: {}", w.origin, w.message)),
            Item::Doc(_) => {}
        }
    }
}

/// A progress bar on stderr, in bytes of input (so it shows MB/s and time left), only
/// when stderr is a terminal, not `--quiet`, and there is more than a little to do.
fn progress_bar(common: &Common, sources: &[Source]) -> Option<indicatif::ProgressBar> {
    if common.quiet || !io::stderr().is_terminal() {
        return None;
    }
    let total: u64 = sources
        .iter()
        .map(|s| match s {
            Source::File(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
            Source::Stdin => 0,
        })
        .sum();
    if total < 4_000_000 && sources.len() < 100 {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:30} {bytes}/{total_bytes} · {msg} · {binary_bytes_per_sec} · eta {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}

/// Run a document command end to end: open the output, stream records of type `T`
/// (one `Vec<T>` per document) in `ready.format`, close, and report.
pub fn run_records<T, F>(
    common: &Common,
    ready: &Ready,
    columns: &[&str],
    per_doc: F,
    text: impl Fn(&[T], &mut dyn Write) -> io::Result<()>,
) -> Outcome
where
    T: Serialize + Send,
    F: Fn(Analyzed) -> Vec<T> + Sync,
{
    run_with(
        common,
        ready,
        columns,
        |expanded, emit| for_each_document(common, ready, expanded, per_doc, emit),
        text,
    )
}

/// What hands a command's records, one `Vec<T>` per document, to the writer: it calls
/// the given `emit` for each and returns the tally. [`for_each_document`] streams; a
/// command that needs every document first (summarize --digest) collects, then emits.
pub type Emit<'a, T> = &'a mut dyn FnMut(Vec<T>) -> io::Result<()>;

/// [`run_records`] with the producer of records given: open the output, write what
/// `produce` emits (reading `expanded`) in `ready.format`, close, and report.
pub fn run_with<T, P>(
    common: &Common,
    ready: &Ready,
    columns: &[&str],
    produce: P,
    text: impl Fn(&[T], &mut dyn Write) -> io::Result<()>,
) -> Outcome
where
    T: Serialize,
    P: FnOnce(&input::Expanded, Emit<'_, T>) -> (Tally, io::Result<()>),
{
    let expanded = input::expand(&common.inputs);
    let inputs = guarded(&expanded.sources, common.glossary.as_deref());
    let mut sink = match open_sink(common.output.as_deref(), &inputs) {
        Ok(s) => s,
        Err(o) => return o,
    };
    let bom = common.output.is_some() && !common.no_bom;
    let (tally, result) = {
        let mut writer = match RecordWriter::new(&mut sink, ready.format, bom) {
            Ok(w) => w,
            Err(e) => {
                error(e);
                return Outcome::Failed;
            }
        };
        let mut any = false;
        let (tally, mut result) = produce(&expanded, &mut |records: Vec<T>| {
            if ready.format == Format::Text {
                if let Some(raw) = writer.raw() {
                    text(&records, raw)?;
                }
                return Ok(());
            }
            for r in &records {
                writer.write(r)?;
                any = true;
            }
            Ok(())
        });
        if result.is_ok() && !any {
            result = writer.write_header(columns);
        }
        if result.is_ok() {
            result = writer.finish().map(|_| ());
        }
        (tally, result)
    };
    if let Err(e) = result {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return Outcome::Ok;
        }
        return sink.failed(&e);
    }
    if let Err(o) = close_sink(sink) {
        return o;
    }
    report(&tally)
}

/// The closing line on stderr, and the outcome from the tally.
pub fn report(tally: &Tally) -> Outcome {
    if tally.failed > 0 {
        eprintln!(
            "toolkit: {} document(s) processed, {} input(s) failed (see the errors above)",
            tally.docs, tally.failed
        );
        return Outcome::Failed;
    }
    if tally.docs == 0 {
        error(format!(
            "no documents found in the inputs (folders are searched for {}; a .csv or .xlf sheet is taken only when named itself)",
            input::folder_files()
        ));
        return Outcome::Failed;
    }
    Outcome::Ok
}
