//! Reading interview files from disk: which files of a directory are interviews, one file
//! read and parsed (errors naming the file and line), a whole directory loaded without one
//! broken file hiding the others, and the stamp that says whether the files changed.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{parse, CorpusError, Interview, COARSE_CLOCK_MARGIN};

/// File extensions read as interviews; anything else in the directory (a README, a sidecar) is
/// ignored so operators can keep notes next to their files.
const INTERVIEW_EXTENSIONS: &[&str] = &["txt", "md"];

/// The outcome of loading a directory: the interviews that parsed, and an error for each file
/// that did not. One broken file never hides the others.
#[derive(Debug, Default)]
pub struct LoadReport {
    /// Interviews that parsed, ordered by file name.
    pub interviews: Vec<Interview>,
    /// One entry per file that could not be loaded.
    pub errors: Vec<CorpusError>,
}

/// Reads every interview file (`*.txt`, `*.md`) directly inside `dir`, in file-name order.
///
/// # Errors
/// Returns [`CorpusError::Directory`] when the directory cannot be listed. Problems with single
/// files are collected in [`LoadReport::errors`].
pub fn load_dir(dir: &Path) -> Result<LoadReport, CorpusError> {
    let mut report = LoadReport::default();
    for path in interview_files(dir)? {
        match load_file(&path) {
            Ok(interview) => report.interviews.push(interview),
            Err(error) => report.errors.push(error),
        }
    }
    Ok(report)
}

/// The interview files directly inside `dir`, in the order [`load_dir`] reads them.
///
/// # Errors
/// Returns [`CorpusError::Directory`] when the directory cannot be listed.
pub fn interview_files(dir: &Path) -> Result<Vec<PathBuf>, CorpusError> {
    let entries = std::fs::read_dir(dir).map_err(|e| CorpusError::Directory {
        path: dir.to_path_buf(),
        reason: e.to_string(),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| is_interview_file(path))
        .collect();
    files.sort();
    Ok(files)
}

/// Identifies the state of interview files on disk without reading them: their paths, sizes,
/// modification times and (on Unix) inode change times, which every write updates even when a
/// tool restores the modification time. A parsed corpus is saved under this key, so an unchanged
/// corpus starts without being parsed again. `None` when a file cannot be examined; then the
/// files are simply read.
pub fn files_stamp(files: &[PathBuf]) -> Option<String> {
    use std::hash::Hasher;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    // A filesystem that keeps whole seconds shows no change for an edit made within the same
    // second (same size): a file that recent cannot vouch for its content yet.
    let too_recent =
        |time: Duration| time.subsec_nanos() == 0 && now.saturating_sub(time) < COARSE_CLOCK_MARGIN;
    let mut hasher = crate::fingerprint::Fingerprint::new();
    for path in files {
        let metadata = std::fs::metadata(path).ok()?;
        let modified = metadata
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        if too_recent(modified) {
            return None;
        }
        hasher.part(path.as_os_str().as_encoded_bytes());
        hasher.write_u64(metadata.len());
        hasher.write_u64(modified.as_secs());
        hasher.write_u32(modified.subsec_nanos());
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let changed = Duration::new(
                u64::try_from(metadata.ctime()).ok()?,
                u32::try_from(metadata.ctime_nsec()).ok()?,
            );
            if too_recent(changed) {
                return None;
            }
            hasher.write_i64(metadata.ctime());
            hasher.write_i64(metadata.ctime_nsec());
            hasher.write_u64(metadata.ino());
        }
    }
    Some(hasher.hex())
}

fn is_interview_file(path: &Path) -> bool {
    path.is_file()
        && path
            .extension()
            .and_then(|ext| ext.to_str())
            .is_some_and(|ext| INTERVIEW_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

/// Reads and parses one interview file.
///
/// # Errors
/// [`CorpusError::Read`] if the file cannot be read, [`CorpusError::Parse`] if it is not UTF-8 or
/// not a valid interview (with the offending line).
pub fn load_file(path: &Path) -> Result<Interview, CorpusError> {
    let bytes = std::fs::read(path).map_err(|e| CorpusError::Read {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        CorpusError::Parse {
            path: path.to_path_buf(),
            line: 1 + valid.iter().filter(|&&b| b == b'\n').count(),
            reason: "the file is not valid UTF-8 text; save it as UTF-8".to_string(),
        }
    })?;
    // Letters saved in the wrong encoding are read as they were written.
    let text = super::mojibake::repair(&text).map_or(text, |repaired| repaired.text);
    let id = interview_id(path);
    parse(&id, &text)
        .map_err(|e| CorpusError::Parse {
            path: path.to_path_buf(),
            line: e.line,
            reason: e.reason,
        })
        .map(|mut interview| {
            interview.source = path.to_path_buf();
            interview
        })
}

/// A file stem reduced to lowercase ASCII letters, digits and dashes, so it is safe in quote ids.
pub fn interview_id(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut id = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        "interview".to_string()
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_files_stamp_changes_with_the_set_of_files_and_their_contents() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let b = dir.path().join("b.txt");
        std::fs::write(&a, "one").unwrap();
        std::fs::write(&b, "two").unwrap();
        let both = files_stamp(&[a.clone(), b.clone()]).unwrap();
        assert_eq!(files_stamp(&[a.clone(), b.clone()]).unwrap(), both);
        assert_ne!(files_stamp(std::slice::from_ref(&a)).unwrap(), both);
        std::fs::write(&b, "three").unwrap();
        assert_ne!(files_stamp(&[a.clone(), b.clone()]).unwrap(), both);
        assert_eq!(files_stamp(&[a.clone(), dir.path().join("gone.txt")]), None);

        // Whole-second times (a coarse filesystem) from just now cannot vouch for the content.
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap();
        let whole_second = std::time::UNIX_EPOCH + Duration::from_secs(now.as_secs());
        std::fs::File::options()
            .write(true)
            .open(&a)
            .unwrap()
            .set_modified(whole_second)
            .unwrap();
        assert_eq!(files_stamp(std::slice::from_ref(&a)), None);
    }

    #[test]
    fn interview_ids_are_safe_slugs() {
        assert_eq!(
            interview_id(Path::new("a/Sacha Llorenti (2021).txt")),
            "sacha-llorenti-2021"
        );
        assert_eq!(interview_id(Path::new("___.txt")), "interview");
    }
}
