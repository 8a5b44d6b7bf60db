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
    /// A device or pipe (`/dev/null`, `/dev/stdout`, a FIFO): written in place, since
    /// renaming a file over it would replace the device.
    Direct(io::BufWriter<File>),
}

impl AtomicFile {
    /// Start writing `path`. Fails at once if its folder does not exist or is not
    /// writable, so that no work is done for nothing.
    ///
    /// A symbolic link is written through: the file it points to is replaced, not the
    /// link (renaming over `-o link.csv` would turn the link into a file and leave its
    /// target as it was).
    pub fn create(path: &Path) -> Result<Self> {
        let resolved = through_links(path);
        let path = resolved.as_path();
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
        if let Ok(meta) = std::fs::metadata(path) {
            if !meta.is_file() {
                let f = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map_err(|e| Error::io(path, e))?;
                return Ok(AtomicFile {
                    path: path.to_path_buf(),
                    dir,
                    tmp: Tmp::Direct(io::BufWriter::new(f)),
                });
            }
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

    /// True for a device or pipe written in place (`/dev/stdout`, a FIFO), where what
    /// was written before a failure has gone through; a regular file appears whole or
    /// not at all.
    pub fn in_place(&self) -> bool {
        matches!(self.tmp, Tmp::Direct(_))
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
            Tmp::Direct(mut w) => w.flush().map_err(err)?,
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
            Tmp::Direct(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match &mut self.tmp {
            Tmp::Anonymous(w) => w.flush(),
            Tmp::Named(w) => w.flush(),
            Tmp::Direct(w) => w.flush(),
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into())
}

/// The path a chain of symbolic links ends at (the path itself if it is none), whether
/// or not a file is there yet. A link to a device or pipe (`/dev/stdout` on a terminal)
/// stays as it is: it is written in place.
fn through_links(path: &Path) -> PathBuf {
    let is_link = |p: &Path| std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link(path) {
        return path.to_path_buf();
    }
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
        Ok(_) => path.to_path_buf(),
        // A link to a file not there yet: follow the chain (a bound, as the kernel has,
        // ends a loop).
        Err(_) => {
            let mut p = path.to_path_buf();
            for _ in 0..40 {
                let Some(target) = is_link(&p).then(|| std::fs::read_link(&p).ok()).flatten()
                else {
                    break;
                };
                p = match p.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            p
        }
    }
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
    fn devices_are_written_in_place_not_replaced() {
        let dev_null = Path::new("/dev/null");
        if !dev_null.exists() {
            return;
        }
        let mut f = AtomicFile::create(dev_null).unwrap();
        f.write_all(b"discarded").unwrap();
        f.commit().unwrap();
        assert!(!std::fs::metadata(dev_null).unwrap().is_file());
    }

    #[test]
    fn missing_folder_fails_before_work() {
        let dir = tempfile::tempdir().unwrap();
        let e = AtomicFile::create(&dir.path().join("no/such/out.csv"))
            .err()
            .unwrap();
        assert!(e.to_string().contains("does not exist"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn links_are_written_through_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        // Write `text` through the link `link` to `target`: the link stays a link.
        let write_through = |link: &str, target: &str, text: &str| {
            let (target, link) = (dir.path().join(target), dir.path().join(link));
            let mut f = AtomicFile::create(&link).unwrap();
            f.write_all(text.as_bytes()).unwrap();
            f.commit().unwrap();
            let meta = std::fs::symlink_metadata(&link).unwrap();
            assert!(meta.file_type().is_symlink(), "{link:?}");
            assert_eq!(std::fs::read_to_string(&target).unwrap(), text);
        };
        std::fs::write(dir.path().join("real.csv"), "old").unwrap();
        std::os::unix::fs::symlink("real.csv", dir.path().join("link.csv")).unwrap();
        write_through("link.csv", "real.csv", "new");
        // A link to a file not made yet makes it, and stays a link.
        std::os::unix::fs::symlink("later.csv", dir.path().join("d.csv")).unwrap();
        write_through("d.csv", "later.csv", "made");
    }
}
