//! Running the real `toolkit` binary from tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path inside the repository.
pub fn repo(rel: &str) -> PathBuf {
    root().join(rel)
}

/// What a run of the binary gave back.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

fn finish(o: Output) -> Run {
    Run {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(o.stderr).expect("stderr is UTF-8"),
    }
}

/// Run `toolkit ARGS` in `dir`.
pub fn toolkit_in(dir: &Path, args: &[&str]) -> Run {
    let o = Command::new(env!("CARGO_BIN_EXE_toolkit"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run toolkit");
    finish(o)
}

/// Run `toolkit ARGS` in the repository root.
pub fn toolkit(args: &[&str]) -> Run {
    toolkit_in(&root(), args)
}

/// Run `toolkit ARGS` with `input` on stdin.
pub fn toolkit_stdin(args: &[&str], input: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_toolkit"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run toolkit");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    finish(child.wait_with_output().expect("wait for toolkit"))
}

/// The JSON Lines records of a run's stdout.
pub fn jsonl(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}
