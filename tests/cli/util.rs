//! Running the real `toolkit` binary in a temporary folder.
#![allow(dead_code)] // each test module uses a different part of it

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What a run of the binary left.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A seed file.
pub fn seed(stem: &str) -> PathBuf {
    root().join("seeds").join(format!("{stem}.txt"))
}

/// `../shared` beside the repository, if it is there (CI has it).
pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    p.is_dir().then_some(p)
}

/// Write `bytes` to `dir/name`, creating folders as needed; returns the path.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
    std::fs::write(&p, bytes).expect("write");
    p
}

/// Run `toolkit ARGS` in `dir` with `stdin` as standard input.
pub fn toolkit_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_toolkit"));
    cmd.args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run toolkit");
    if let Some(input) = stdin {
        use std::io::Write;
        let mut s = child.stdin.take().unwrap();
        s.write_all(input).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Run `toolkit ARGS` in the repository root.
pub fn toolkit(args: &[&str]) -> Run {
    toolkit_in(&root(), args, None)
}

/// Parse CSV text (with or without a BOM) into a header and records.
pub fn parse_csv(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r.records().map(|r| r.unwrap()).collect();
    (header, rows)
}

/// The JSON Lines records of a run's stdout.
pub fn jsonl(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}
