//! A persisted index that is reused while the corpus is unchanged.
//!
//! Layout of `INDEX_DIR`: a marker file, one sub-directory per corpus fingerprint, and a saved
//! corpus (`corpus-<key>.bin`) for the build of the program that wrote it. A new index is built in a
//! temporary sub-directory and renamed into place when complete, so a crash mid-build never leaves
//! a half-written index that would later be "reused", and a process still reading the previous
//! index keeps working; the saved corpus is written and renamed the same way. Stale ones are
//! removed afterwards.
//!
//! The saved corpus holds what start-up would otherwise compute from every file: the parsed
//! interviews, the stamp of every file and those that failed to parse, and the corpus' term
//! sets. With it, an archive of thousands of interviews starts without reading them, and when
//! some files changed only those are read (see `super::update`).

use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use bincode::Options;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tantivy::schema::Schema;
use tantivy::Index;

use super::language::Language;
use super::statistics::TokenTotals;
use super::terms::CorpusTerms;
use super::{IndexSource, SearchError};
use crate::corpus::{Corpus, FileStates, Interview};

/// Marks a directory as ours, so that pointing `INDEX_DIR` at a directory holding other files
/// never deletes them.
const MARKER_FILE: &str = ".interview-bot-index";

/// Buffer between the saved corpus file and its checksum: large blocks keep checksumming and
/// system calls cheap for a corpus of hundreds of megabytes.
const IO_BUFFER_BYTES: usize = 1 << 20;

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

    let staging = dir.join(format!("{fingerprint}.building-{}", unique_suffix()));
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
pub(super) struct SavedCorpusRef<'a> {
    pub fingerprint: &'a str,
    pub files_stamp: &'a str,
    pub files: &'a FileStates,
    pub interviews: &'a [Arc<Interview>],
    pub terms: &'a [CorpusTerms],
    pub languages: &'a [Language],
    pub tokens: &'a TokenTotals,
}

/// What start-up needs besides the index, as read back (same fields as [`SavedCorpusRef`],
/// the interviews already cut into passages).
pub(super) struct SavedCorpus {
    pub fingerprint: String,
    /// The state of the interview files ([`crate::corpus::files_stamp`]) when it was saved.
    pub files_stamp: String,
    pub files: FileStates,
    pub corpus: Corpus,
    /// One analysis per language, as [`super::Engine`] keeps them.
    pub terms: Vec<CorpusTerms>,
    /// Language of each interview, by index.
    pub languages: Vec<Language>,
    /// Tokens per field of the index's live documents.
    pub tokens: Option<TokenTotals>,
}

/// The saved corpus but its interviews: the first of the file's two sections.
#[derive(Serialize)]
struct TablesRef<'a> {
    fingerprint: &'a str,
    files_stamp: &'a str,
    files: &'a FileStates,
    terms: &'a [CorpusTerms],
    languages: &'a [Language],
    tokens: &'a TokenTotals,
}

/// [`TablesRef`] as read back.
#[derive(Deserialize)]
struct Tables {
    fingerprint: String,
    files_stamp: String,
    files: FileStates,
    terms: Vec<CorpusTerms>,
    languages: Vec<Language>,
    tokens: TokenTotals,
}

fn saved_corpus_path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{SAVED_PREFIX}{key}{SAVED_SUFFIX}"))
}

const SAVED_PREFIX: &str = "corpus-";
const SAVED_SUFFIX: &str = ".bin";

/// Staging files and directories older than this were left by a process that died mid-write;
/// younger ones may belong to another process writing right now.
const ABANDONED_AFTER: Duration = Duration::from_secs(3600);

/// A name part no other process uses, even in containers where every process is pid 1.
fn unique_suffix() -> String {
    format!("{}-{:016x}", std::process::id(), rand::random::<u64>())
}

/// Writes the saved corpus for `key`, then removes those of other keys.
///
/// The file holds two sections, so that start-up decodes them on two threads: the term tables
/// and file states, then the interviews. It starts with the CRC-32 of each section and the
/// first one's length, so a file damaged on disk is never mistaken for a valid corpus.
pub(super) fn save_corpus(
    dir: &Path,
    key: &str,
    saved: &SavedCorpusRef<'_>,
) -> Result<(), SearchError> {
    let path = saved_corpus_path(dir, key);
    let staging = dir.join(format!("{SAVED_PREFIX}{key}.writing-{}", unique_suffix()));
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&staging)?;
        file.write_all(&[0; HEADER_BYTES])?;
        let tables = TablesRef {
            fingerprint: saved.fingerprint,
            files_stamp: saved.files_stamp,
            files: saved.files,
            terms: saved.terms,
            languages: saved.languages,
            tokens: saved.tokens,
        };
        let (file, tables_checksum, tables_length) = write_section(file, &tables)?;
        let (mut file, interviews_checksum, _) = write_section(file, saved.interviews)?;
        let mut header = Vec::with_capacity(HEADER_BYTES);
        header.extend(tables_checksum.to_le_bytes());
        header.extend(interviews_checksum.to_le_bytes());
        header.extend(tables_length.to_le_bytes());
        file.seek(SeekFrom::Start(0))?;
        file.write_all(&header)?;
        drop(file);
        std::fs::rename(&staging, &path)
    };
    if let Err(error) = write() {
        let _ = std::fs::remove_file(&staging);
        return Err(SearchError::IndexDirectory {
            path: dir.to_path_buf(),
            reason: format!("cannot save the parsed corpus: {error}"),
        });
    }
    for (name, entry) in entries(dir) {
        if !name.starts_with(SAVED_PREFIX) || entry.path() == path {
            continue;
        }
        if name.ends_with(SAVED_SUFFIX) || is_abandoned(&entry) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(())
}

/// Appends `value` to `file`; returns the file, the section's checksum and its length.
fn write_section<T: Serialize + ?Sized>(
    file: std::fs::File,
    value: &T,
) -> std::io::Result<(std::fs::File, u32, u64)> {
    // The checksum sits under the buffer, so it sees large blocks rather than every field.
    let mut out = BufWriter::with_capacity(IO_BUFFER_BYTES, Checksummed::new(file));
    bincode::DefaultOptions::new()
        .serialize_into(&mut out, value)
        .map_err(std::io::Error::other)?;
    let checksummed = out.into_inner().map_err(|e| e.into_error())?;
    let length = checksummed.bytes;
    let (file, checksum) = checksummed.finish();
    Ok((file, checksum, length))
}

/// The saved corpus for `key`, if there is one and it reads back whole with its checksums. A
/// damaged one is removed (the caller then reads the interview files and saves it again).
pub(super) fn open_saved_corpus(dir: &Path, key: &str) -> Option<SavedCorpus> {
    let path = saved_corpus_path(dir, key);
    let read = || -> Result<SavedCorpus, String> {
        let mut file = std::fs::File::open(&path).map_err(|e| e.to_string())?;
        let size = file.metadata().map_err(|e| e.to_string())?.len();
        let mut header = [0; HEADER_BYTES];
        file.read_exact(&mut header)
            .map_err(|_| "the header is missing".to_string())?;
        let number = |at: usize| u32::from_le_bytes(header[at..at + 4].try_into().expect("4"));
        let (tables_checksum, interviews_checksum) = (number(0), number(4));
        let tables_length = u64::from_le_bytes(header[8..16].try_into().expect("8 bytes"));
        let interviews_at = (HEADER_BYTES as u64)
            .checked_add(tables_length)
            .filter(|&at| at <= size)
            .ok_or("the header is damaged")?;
        let (corpus, tables) = std::thread::scope(|scope| {
            let interviews = scope.spawn(|| {
                let interviews: Vec<Arc<Interview>> = read_section(
                    &path,
                    interviews_at,
                    size - interviews_at,
                    interviews_checksum,
                )?;
                Ok::<_, String>(Corpus::from_shared(interviews))
            });
            let tables: Result<Tables, String> =
                read_section(&path, HEADER_BYTES as u64, tables_length, tables_checksum);
            let corpus = interviews
                .join()
                .unwrap_or_else(|_| Err("decoding failed".to_string()));
            (corpus, tables)
        });
        let (corpus, tables) = (corpus?, tables?);
        Ok(SavedCorpus {
            fingerprint: tables.fingerprint,
            files_stamp: tables.files_stamp,
            files: tables.files,
            corpus,
            terms: tables.terms,
            languages: tables.languages,
            tokens: Some(tables.tokens),
        })
    };
    if !path.exists() {
        return None;
    }
    match read() {
        Ok(saved) => Some(saved),
        Err(error) => {
            tracing::warn!(%error, path = %path.display(), "saved corpus damaged; reading the interview files instead");
            let _ = std::fs::remove_file(&path);
            None
        }
    }
}

/// Decodes the `length` bytes at `offset` of the file at `path`, checking their CRC-32.
fn read_section<T: DeserializeOwned>(
    path: &Path,
    offset: u64,
    length: u64,
    expected: u32,
) -> Result<T, String> {
    let mut file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    file.seek(SeekFrom::Start(offset))
        .map_err(|e| e.to_string())?;
    let mut input = BufReader::with_capacity(IO_BUFFER_BYTES, Checksummed::new(file.take(length)));
    let value: T = bincode::DefaultOptions::new()
        .with_limit(length)
        .deserialize_from(&mut input)
        .map_err(|e| e.to_string())?;
    // Whatever follows in the section must be hashed too: nothing should.
    let trailing = std::io::copy(&mut input, &mut std::io::sink()).map_err(|e| e.to_string())?;
    let checksummed = input.into_inner();
    let read = checksummed.bytes;
    let (_, checksum) = checksummed.finish();
    if trailing > 0 || read != length || checksum != expected {
        return Err("the checksum does not match".to_string());
    }
    Ok(value)
}

/// Two CRC-32 (tables, interviews) and the length of the tables section.
const HEADER_BYTES: usize = 16;

/// A reader or writer that computes the CRC-32 of the bytes passing through, and counts them.
struct Checksummed<T> {
    inner: T,
    hasher: crc32fast::Hasher,
    bytes: u64,
}

impl<T> Checksummed<T> {
    fn new(inner: T) -> Self {
        Checksummed {
            inner,
            hasher: crc32fast::Hasher::new(),
            bytes: 0,
        }
    }

    fn finish(self) -> (T, u32) {
        (self.inner, self.hasher.finalize())
    }
}

impl<W: Write> Write for Checksummed<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let written = self.inner.write(buf)?;
        self.hasher.update(&buf[..written]);
        self.bytes += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

impl<R: Read> Read for Checksummed<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.hasher.update(&buf[..read]);
        self.bytes += read as u64;
        Ok(read)
    }
}

/// The entries of `dir` with their names; none if it cannot be listed.
fn entries(dir: &Path) -> impl Iterator<Item = (String, std::fs::DirEntry)> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| (entry.file_name().to_string_lossy().into_owned(), entry))
}

fn is_abandoned(entry: &std::fs::DirEntry) -> bool {
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|modified| modified.elapsed().ok())
        .is_some_and(|age| age > ABANDONED_AFTER)
}

fn is_fingerprint(name: &str) -> bool {
    name.len() == crate::fingerprint::HEX_DIGITS && name.chars().all(|c| c.is_ascii_hexdigit())
}

/// Deletes indexes of other fingerprints and abandoned staging directories.
fn remove_stale(dir: &Path, keep: &str) {
    for (name, entry) in entries(dir) {
        let stale = (is_fingerprint(&name) && name != keep)
            || (name.contains(".building-") && is_abandoned(&entry));
        if stale && entry.path().is_dir() {
            if let Err(error) = std::fs::remove_dir_all(entry.path()) {
                tracing::warn!(%error, path = %entry.path().display(), "cannot remove a stale index");
            }
        }
    }
}
