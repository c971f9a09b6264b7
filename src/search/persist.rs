//! A persisted index that is reused while the corpus is unchanged.
//!
//! Layout of `INDEX_DIR`: a marker file, and one sub-directory per corpus fingerprint. A new index
//! is built in a temporary sub-directory and renamed into place when complete, so a crash
//! mid-build never leaves a half-written index that would later be "reused", and a process still
//! reading the previous index keeps working. Stale fingerprints are removed afterwards.

use std::path::Path;

use tantivy::schema::Schema;
use tantivy::Index;

use super::{IndexSource, SearchError};

/// Marks a directory as ours, so that pointing `INDEX_DIR` at a directory holding other files
/// never deletes them.
const MARKER_FILE: &str = ".interview-bot-index";

/// Opens the index for `fingerprint` in `dir`, or builds it with `build`.
pub(super) fn open_or_build(
    dir: &Path,
    fingerprint: &str,
    schema: Schema,
    build: impl FnOnce(&Index) -> Result<(), SearchError>,
) -> Result<(Index, IndexSource), SearchError> {
    let dir_error = |reason: String| SearchError::IndexDirectory {
        path: dir.to_path_buf(),
        reason,
    };
    std::fs::create_dir_all(dir).map_err(|e| dir_error(format!("cannot create it: {e}")))?;
    let marker = dir.join(MARKER_FILE);
    if !marker.exists() {
        let has_other_files = std::fs::read_dir(dir)
            .map_err(|e| dir_error(format!("cannot list it: {e}")))?
            .next()
            .is_some();
        if has_other_files {
            return Err(dir_error(
                "it is not empty and holds no interview-bot index; point INDEX_DIR at an empty or new directory"
                    .to_string(),
            ));
        }
        std::fs::write(&marker, "index files of interview-bot; safe to delete\n")
            .map_err(|e| dir_error(format!("cannot write to it: {e}")))?;
    }

    let target = dir.join(fingerprint);
    if target.join("meta.json").exists() {
        match Index::open_in_dir(&target) {
            Ok(index) => return Ok((index, IndexSource::Reused)),
            Err(error) => {
                tracing::warn!(%error, path = %target.display(), "persisted index unreadable; rebuilding it");
                let _ = std::fs::remove_dir_all(&target);
            }
        }
    }

    let staging = dir.join(format!("{fingerprint}.building-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging)
        .map_err(|e| dir_error(format!("cannot create {}: {e}", staging.display())))?;
    let built = Index::create_in_dir(&staging, schema)
        .map_err(SearchError::from)
        .and_then(|index| build(&index));
    if let Err(error) = built {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(error);
    }
    if let Err(error) = std::fs::rename(&staging, &target) {
        let _ = std::fs::remove_dir_all(&staging);
        if !target.join("meta.json").exists() {
            return Err(dir_error(format!(
                "cannot move the new index into place: {error}"
            )));
        }
        // Another process finished the same index first: use theirs.
    }
    remove_stale(dir, fingerprint);
    Ok((Index::open_in_dir(&target)?, IndexSource::BuiltOnDisk))
}

/// Deletes indexes of other fingerprints and abandoned staging directories.
fn remove_stale(dir: &Path, keep: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.len() == 16 && name.chars().all(|c| c.is_ascii_hexdigit());
        if ours && name != keep && entry.path().is_dir() {
            if let Err(error) = std::fs::remove_dir_all(entry.path()) {
                tracing::warn!(%error, path = %entry.path().display(), "cannot remove a stale index");
            }
        }
    }
}
