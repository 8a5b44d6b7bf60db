//! Output files written whole or not at all.
//!
//! On Linux the data goes to an anonymous file (`O_TMPFILE`) in the target's folder: it
//! has no name until [`AtomicFile::commit`] links it in and renames it over the target,
//! so a run that is interrupted in any way — an error, a full disk, Ctrl-C, `kill`, even
//! `kill -9` — leaves nothing behind. Where anonymous files are not available, a named
//! temporary file (`.NAME.XXXX.part`) is used and removed on error.

use crate::error::{Error, Result};
use std::fs::File;
use std::io::{self, Seek, Write};
use std::path::{Path, PathBuf};

/// A file being written; it appears at its path only on [`AtomicFile::commit`].
pub struct AtomicFile {
    path: PathBuf,
    dir: PathBuf,
    tmp: Tmp,
}

enum Tmp {
    /// A file with no name yet (Linux `O_TMPFILE`), buffered.
    Anonymous(io::BufWriter<File>),
    /// A named temporary file, removed on drop.
    Named(io::BufWriter<tempfile::NamedTempFile>),
}

impl AtomicFile {
    /// Start writing `path`. Fails at once if its folder does not exist or is not
    /// writable, so that no work is done for nothing.
    pub fn create(path: &Path) -> Result<Self> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if path.is_dir() {
            return Err(Error::io(
                path,
                io::Error::new(io::ErrorKind::IsADirectory, "is a folder, not a file"),
            ));
        }
        if !dir.is_dir() {
            return Err(Error::io(
                &dir,
                io::Error::new(io::ErrorKind::NotFound, "the output folder does not exist"),
            ));
        }
        let tmp = match anonymous_in(&dir) {
            Some(f) => Tmp::Anonymous(io::BufWriter::with_capacity(1 << 16, f)),
            None => Tmp::Named(io::BufWriter::with_capacity(
                1 << 16,
                tempfile::Builder::new()
                    .prefix(&format!(".{}.", file_name(path)))
                    .suffix(".part")
                    .tempfile_in(&dir)
                    .map_err(|e| Error::io(&dir, e))?,
            )),
        };
        Ok(AtomicFile {
            path: path.to_path_buf(),
            dir,
            tmp,
        })
    }

    /// The final path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flush, sync, and put the file at its path (replacing what was there).
    pub fn commit(self) -> Result<()> {
        let path = self.path;
        let err = |e: io::Error| Error::io(&path, e);
        match self.tmp {
            Tmp::Named(w) => {
                let tmp = w.into_inner().map_err(|e| err(e.into_error()))?;
                tmp.as_file().sync_all().map_err(err)?;
                tmp.persist(&path).map_err(|e| err(e.error))?;
            }
            Tmp::Anonymous(w) => {
                let mut file = w.into_inner().map_err(|e| err(e.into_error()))?;
                file.sync_all().map_err(err)?;
                let staging = staging_name(&self.dir, &path);
                if link_anonymous(&file, &staging).is_err() {
                    // No /proc or no linkat: copy into a named temporary file instead.
                    file.rewind().map_err(err)?;
                    let mut named = tempfile::Builder::new()
                        .prefix(&format!(".{}.", file_name(&path)))
                        .suffix(".part")
                        .tempfile_in(&self.dir)
                        .map_err(err)?;
                    io::copy(&mut file, &mut named).map_err(err)?;
                    named.as_file().sync_all().map_err(err)?;
                    named.persist(&path).map_err(|e| err(e.error))?;
                    return Ok(());
                }
                if let Err(e) = std::fs::rename(&staging, &path) {
                    let _ = std::fs::remove_file(&staging);
                    return Err(err(e));
                }
            }
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.tmp {
            Tmp::Anonymous(w) => w.write(buf),
            Tmp::Named(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match &mut self.tmp {
            Tmp::Anonymous(w) => w.flush(),
            Tmp::Named(w) => w.flush(),
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into())
}

/// A name beside the target for the instant between link and rename.
fn staging_name(dir: &Path, path: &Path) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    dir.join(format!(
        ".{}.{}.{nanos}.part",
        file_name(path),
        std::process::id()
    ))
}

#[cfg(target_os = "linux")]
fn anonymous_in(dir: &Path) -> Option<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .read(true)
        .mode(0o666)
        .custom_flags(libc::O_TMPFILE)
        .open(dir)
        .ok()
}

#[cfg(not(target_os = "linux"))]
fn anonymous_in(_dir: &Path) -> Option<File> {
    None
}

#[cfg(target_os = "linux")]
fn link_anonymous(file: &File, to: &Path) -> io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::io::AsRawFd;
    let from = std::ffi::CString::new(format!("/proc/self/fd/{}", file.as_raw_fd()))?;
    let to = std::ffi::CString::new(to.as_os_str().as_bytes())?;
    // SAFETY: both are valid NUL-terminated C strings that live across the call.
    let rc = unsafe {
        libc::linkat(
            libc::AT_FDCWD,
            from.as_ptr(),
            libc::AT_FDCWD,
            to.as_ptr(),
            libc::AT_SYMLINK_FOLLOW,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn link_anonymous(_file: &File, _to: &Path) -> io::Result<()> {
    Err(io::Error::other("no anonymous files here"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_appears_without_commit() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.csv");
        {
            let mut f = AtomicFile::create(&p).unwrap();
            f.write_all(b"half").unwrap();
        }
        assert!(!p.exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        let mut f = AtomicFile::create(&p).unwrap();
        f.write_all(b"whole").unwrap();
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "whole");
        // Replacing an existing file works too, and leaves only it.
        let mut f = AtomicFile::create(&p).unwrap();
        f.write_all(b"again").unwrap();
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "again");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn missing_folder_fails_before_work() {
        let dir = tempfile::tempdir().unwrap();
        let e = AtomicFile::create(&dir.path().join("no/such/out.csv"))
            .err()
            .unwrap();
        assert!(e.to_string().contains("does not exist"), "{e}");
    }
}
