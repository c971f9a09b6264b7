//! A persisted index that is reused while the corpus is unchanged.
//!
//! Layout of `INDEX_DIR`: a marker file, one sub-directory per corpus fingerprint, and a saved
//! corpus (`corpus-<key>.bin`) per state of the interview files. A new index is built in a
//! temporary sub-directory and renamed into place when complete, so a crash mid-build never leaves
//! a half-written index that would later be "reused", and a process still reading the previous
//! index keeps working; the saved corpus is written and renamed the same way. Stale ones are
//! removed afterwards.
//!
//! The saved corpus holds what start-up would otherwise compute from every file: the parsed
//! interviews, the files that failed to parse, and the corpus' term sets. With it, an archive of
//! thousands of interviews starts without reading them.

use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use bincode::Options;
use serde::{Deserialize, Serialize};
use tantivy::schema::Schema;
use tantivy::Index;

use super::terms::CorpusTerms;
use super::{IndexSource, SearchError};
use crate::corpus::{CorpusError, Interview};

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

/// An index built earlier for `fingerprint`, if it is there and readable.
pub(super) fn open_existing(dir: &Path, fingerprint: &str) -> Option<Index> {
    if !is_fingerprint(fingerprint) {
        return None;
    }
    let target = dir.join(fingerprint);
    if !target.join("meta.json").exists() {
        return None;
    }
    Index::open_in_dir(&target)
        .inspect_err(
            |error| tracing::warn!(%error, path = %target.display(), "persisted index unreadable"),
        )
        .ok()
}

/// What start-up needs besides the index, as written.
#[derive(Serialize)]
pub(super) struct SavedCorpusRef<'a> {
    pub fingerprint: &'a str,
    pub interviews: &'a [Interview],
    pub errors: &'a [CorpusError],
    pub terms: &'a CorpusTerms,
}

/// What start-up needs besides the index, as read back (same fields as [`SavedCorpusRef`]).
#[derive(Deserialize)]
pub(super) struct SavedCorpus {
    pub fingerprint: String,
    pub interviews: Vec<Interview>,
    pub errors: Vec<CorpusError>,
    pub terms: CorpusTerms,
}

fn saved_corpus_path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{SAVED_PREFIX}{key}{SAVED_SUFFIX}"))
}

const SAVED_PREFIX: &str = "corpus-";
const SAVED_SUFFIX: &str = ".bin";

/// Writes the saved corpus for `key`, then removes those of other keys.
pub(super) fn save_corpus(
    dir: &Path,
    key: &str,
    saved: &SavedCorpusRef<'_>,
) -> Result<(), SearchError> {
    let path = saved_corpus_path(dir, key);
    let staging = dir.join(format!(
        "{SAVED_PREFIX}{key}.writing-{}",
        std::process::id()
    ));
    let write = || -> std::io::Result<()> {
        let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(&staging)?);
        bincode::DefaultOptions::new()
            .serialize_into(&mut out, saved)
            .map_err(std::io::Error::other)?;
        out.flush()?;
        std::fs::rename(&staging, &path)
    };
    if let Err(error) = write() {
        let _ = std::fs::remove_file(&staging);
        return Err(SearchError::IndexDirectory {
            path: dir.to_path_buf(),
            reason: format!("cannot save the parsed corpus: {error}"),
        });
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // Other states of the files, and writes a crash left unfinished.
        if name.starts_with(SAVED_PREFIX) && entry.path() != path {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(())
}

/// The saved corpus for `key`, if there is one and it reads back whole. A damaged one is
/// removed (the caller then reads the interview files and saves it again).
pub(super) fn open_saved_corpus(dir: &Path, key: &str) -> Option<SavedCorpus> {
    let path = saved_corpus_path(dir, key);
    let file = std::fs::File::open(&path).ok()?;
    let size = file.metadata().ok()?.len();
    let read = bincode::DefaultOptions::new()
        .with_limit(size)
        .deserialize_from(BufReader::with_capacity(1 << 20, file));
    match read {
        Ok(saved) => Some(saved),
        Err(error) => {
            tracing::warn!(%error, path = %path.display(), "saved corpus unreadable; reading the interview files instead");
            let _ = std::fs::remove_file(&path);
            None
        }
    }
}

fn is_fingerprint(name: &str) -> bool {
    name.len() == 16 && name.chars().all(|c| c.is_ascii_hexdigit())
}

/// Deletes indexes of other fingerprints and abandoned staging directories.
fn remove_stale(dir: &Path, keep: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_fingerprint(&name) && name != keep && entry.path().is_dir() {
            if let Err(error) = std::fs::remove_dir_all(entry.path()) {
                tracing::warn!(%error, path = %entry.path().display(), "cannot remove a stale index");
            }
        }
    }
}
