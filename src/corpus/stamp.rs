//! What a file looked like when it was read, so that a reload re-reads only the files that
//! changed. The same rules as [`super::files_stamp`], one file at a time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::{CorpusError, COARSE_CLOCK_MARGIN};

/// A file's size, modification time and (on Unix) inode change time and inode number: every
/// write changes one of them, even when a tool restores the modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    size: u64,
    modified: Duration,
    changed: Duration,
    inode: u64,
}

impl FileStamp {
    /// The file's stamp, or `None` when it cannot be examined or is too recent to vouch for its
    /// content (a filesystem that keeps whole seconds shows no change for an edit made within the
    /// same second): such a file is simply read again.
    pub fn of(path: &Path) -> Option<FileStamp> {
        let metadata = std::fs::metadata(path).ok()?;
        let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?;
        let too_recent = |time: Duration| {
            time.subsec_nanos() == 0 && now.saturating_sub(time) < COARSE_CLOCK_MARGIN
        };
        let modified = metadata.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        #[cfg(unix)]
        let (changed, inode) = {
            use std::os::unix::fs::MetadataExt;
            let changed = Duration::new(
                u64::try_from(metadata.ctime()).ok()?,
                u32::try_from(metadata.ctime_nsec()).ok()?,
            );
            (changed, metadata.ino())
        };
        #[cfg(not(unix))]
        let (changed, inode) = (Duration::ZERO, 0);
        if too_recent(modified) || too_recent(changed) {
            return None;
        }
        Some(FileStamp {
            size: metadata.len(),
            modified,
            changed,
            inode,
        })
    }
}

/// The interview files a corpus was loaded from: each file's stamp when it was read, and the
/// files that failed then. Unchanged files need not be read again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStates {
    /// Stamp of every file read (interviews and failures alike), by path.
    pub stamps: BTreeMap<PathBuf, FileStamp>,
    /// The files that could not be loaded.
    pub errors: Vec<CorpusError>,
}

impl FileStates {
    /// Whether `path` is unchanged since it was read.
    pub fn unchanged(&self, path: &Path, now: Option<FileStamp>) -> bool {
        now.is_some() && self.stamps.get(path) == now.as_ref()
    }

    /// The error recorded for `path`, if it failed to load.
    pub fn error_of(&self, path: &Path) -> Option<&CorpusError> {
        self.errors.iter().find(|error| error.path() == Some(path))
    }
}

impl CorpusError {
    /// The file the error is about; `None` for the directory itself.
    pub fn path(&self) -> Option<&Path> {
        match self {
            CorpusError::Read { path, .. } | CorpusError::Parse { path, .. } => Some(path),
            CorpusError::Directory { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rewritten_file_has_another_stamp_and_an_untouched_one_keeps_its_stamp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "one").unwrap();
        let old = SystemTime::now() - Duration::from_secs(60);
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(old).unwrap();
        let first = FileStamp::of(&path);
        assert!(first.is_some());
        assert_eq!(FileStamp::of(&path), first);
        std::fs::write(&path, "two").unwrap();
        file.set_modified(old).unwrap();
        assert_ne!(FileStamp::of(&path), first, "same size and time, new ctime");
        assert_eq!(FileStamp::of(&dir.path().join("gone.txt")), None);
    }
}
