//! Running the built `toolkit` binary in a temporary folder.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What a run of the binary produced.
#[derive(Debug)]
pub struct Output {
    /// Standard output, as text.
    pub stdout: String,
    /// Standard error, as text.
    pub stderr: String,
    /// The exit code.
    pub code: i32,
}

/// A temporary folder to run the binary in.
pub struct Dir {
    dir: tempfile::TempDir,
}

impl Dir {
    /// A new, empty folder.
    pub fn new() -> Dir {
        Dir {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// Write a file (folders created as needed) and return its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.path().join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, contents).expect("write");
        p
    }

    /// Read a file of the folder as text.
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    /// Run `toolkit` with `args` in this folder.
    pub fn run(&self, args: &[&str]) -> Output {
        let out = Command::new(env!("CARGO_BIN_EXE_toolkit"))
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .expect("run toolkit");
        Output {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            code: out.status.code().unwrap_or(-1),
        }
    }
}

/// A path inside the repository.
pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}
