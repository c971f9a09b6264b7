//! Start-up: read the corpus and the operator's files, build the engine, and report what was
//! loaded and what was not. Shared by every command and by the bot, so they all serve the same
//! corpus the same way.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::EngineConfig;
use crate::corpus::{self, Corpus, CorpusError, FileStamp, FileStates, Interview, Origin};
use crate::search::synonyms::{SynonymError, Synonyms};
use crate::search::{Engine, IndexLocation, IndexSource, SearchError};

/// Where a long load stands, for a progress bar. Implementations must be cheap: they are called
/// once per file and once per thousand passages.
pub trait Progress: Sync {
    /// A new stage starts, with `total` steps.
    fn stage(&self, name: &'static str, total: u64);
    /// `steps` more steps of the current stage are done.
    fn advance(&self, steps: u64);
}

/// Progress nobody watches.
pub struct Silent;

impl Progress for Silent {
    fn stage(&self, _: &'static str, _: u64) {}
    fn advance(&self, _: u64) {}
}

/// What loading did, for the `index` command and start-up logs.
#[derive(Debug)]
pub struct EngineReport {
    /// Interview files that could not be used (the rest are served).
    pub corpus_errors: Vec<CorpusError>,
    /// Synonym lines that could not be used.
    pub synonym_errors: Vec<SynonymError>,
    /// Whether the index was built or reused.
    pub index_source: IndexSource,
    /// Time spent loading and indexing.
    pub elapsed: Duration,
    /// Files that broke since the previous load and are served in their previous version.
    pub kept_previous: Vec<std::path::PathBuf>,
    /// Interview files read (the others were unchanged since the engine in memory or on disk
    /// was built).
    pub files_read: usize,
}

impl EngineReport {
    /// The report of loading `engine`, its time not yet measured.
    fn new(
        engine: &Engine,
        synonym_errors: Vec<SynonymError>,
        index_source: IndexSource,
        read: Read,
    ) -> EngineReport {
        EngineReport {
            corpus_errors: engine.files().errors.clone(),
            synonym_errors,
            index_source,
            elapsed: Duration::ZERO,
            kept_previous: read.kept_previous,
            files_read: read.files,
        }
    }

    /// The report with the time since `started`.
    fn since(mut self, started: Instant) -> EngineReport {
        self.elapsed = started.elapsed();
        self
    }
}

/// What reading the interview files did, for [`EngineReport`].
#[derive(Default)]
struct Read {
    /// Files read.
    files: usize,
    /// Files that broke and are served in their previous version.
    kept_previous: Vec<PathBuf>,
}

/// Why nothing can be served.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The corpus directory is missing or unreadable.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// Not one interview could be loaded.
    #[error("no interview could be loaded from {dir}{details}")]
    EmptyCorpus { dir: String, details: String },
    /// The index could not be built.
    #[error(transparent)]
    Search(#[from] SearchError),
}

/// Loads the corpus and synonyms named by `config` and builds the engine.
///
/// # Errors
/// [`LoadError`] when the corpus directory is unusable, holds no valid interview, or the index
/// cannot be built. Broken single files are reported in [`EngineReport`] instead.
pub fn load_engine(config: &EngineConfig) -> Result<(Engine, EngineReport), LoadError> {
    reload_engine(config, None)
}

/// Like [`load_engine`], while `previous` is being served: only the interview files changed
/// since it was loaded are read, and an interview file that no longer parses keeps its previous
/// version (reported in [`EngineReport::kept_previous`]), so an edit in progress never takes an
/// interview offline.
///
/// # Errors
/// As [`load_engine`].
pub fn reload_engine(
    config: &EngineConfig,
    previous: Option<&Engine>,
) -> Result<(Engine, EngineReport), LoadError> {
    load_with_progress(config, previous, &Silent)
}

/// Up to this many changed files, an engine is updated in place whatever the archive's size.
const ALWAYS_UPDATE_UP_TO_FILES: usize = 16;

/// Beyond one changed file in this many, the engine is rebuilt: an update costs about the same
/// per file as a build, and every replaced passage weighs on BM25 statistics until Tantivy
/// merges its segment.
const REBUILD_ABOVE_ONE_CHANGE_IN: usize = 10;

/// [`reload_engine`] reporting its progress: reading files, then indexing passages.
///
/// # Errors
/// As [`load_engine`].
pub fn load_with_progress(
    config: &EngineConfig,
    previous: Option<&Engine>,
    progress: &dyn Progress,
) -> Result<(Engine, EngineReport), LoadError> {
    let started = Instant::now();
    let files = corpus::interview_files(&config.corpus_dir)?;
    let (synonyms, synonym_errors) = Synonyms::load_all(&config.config_dir);
    let files_stamp = match &config.index {
        IndexLocation::Directory(_) => corpus::files_stamp(&files),
        IndexLocation::Memory => None,
    };
    // Without an engine in memory, the one saved beside the index is the base: as is when no
    // file changed since, else brought up to date like a reload.
    let saved = match (&config.index, previous) {
        (IndexLocation::Directory(dir), None) => {
            Engine::open_saved(dir, synonyms.clone(), config.search)
        }
        _ => None,
    };
    let saved_engine = match saved {
        Some((engine, stamp)) if files_stamp.as_deref() == Some(stamp.as_str()) => {
            let read = Read::default();
            let report = EngineReport::new(&engine, synonym_errors, IndexSource::Restored, read);
            return Ok((engine, report.since(started)));
        }
        saved => saved.map(|(engine, _)| engine),
    };
    progress.stage("reading interviews", files.len() as u64);
    let base = previous.or(saved_engine.as_ref());
    let reading = Reading::of(&files, base, previous.is_some(), progress);
    if reading.interviews.is_empty() {
        return Err(empty_corpus(config, &reading.files.errors));
    }
    let read = Read {
        files: reading.read,
        kept_previous: reading.kept_previous.clone(),
    };
    let (engine, index_source) = match base {
        Some(base) if reading.is_small_change(files.len()) => {
            let engine = base.revised(reading.interviews, &reading.origins, synonyms)?;
            (engine.with_files(reading.files), IndexSource::Updated)
        }
        _ => {
            // The base is no longer needed: free it before building the new engine.
            drop(saved_engine);
            build(config, reading, synonyms, progress)?
        }
    };
    save_if_reusable(&engine, files_stamp.as_deref(), &read.kept_previous);
    let report = EngineReport::new(&engine, synonym_errors, index_source, read);
    Ok((engine, report.since(started)))
}

/// A new engine for the interviews read.
fn build(
    config: &EngineConfig,
    reading: Reading,
    synonyms: Synonyms,
    progress: &dyn Progress,
) -> Result<(Engine, IndexSource), LoadError> {
    let corpus = Arc::new(Corpus::from_shared(reading.interviews));
    progress.stage("indexing passages", corpus.passages.len() as u64);
    let (engine, source) =
        Engine::build_with_progress(corpus, synonyms, config.search, &config.index, &|n| {
            progress.advance(n)
        })?;
    Ok((engine.with_files(reading.files), source))
}

/// Saves the parsed corpus beside the index for the next start, when the files were read as
/// they are: not when previous versions of broken files are served, and not after a failure
/// to read a file, which may be gone once permissions or a mount are fixed.
fn save_if_reusable(engine: &Engine, files_stamp: Option<&str>, kept_previous: &[PathBuf]) {
    let read_failed = engine
        .files()
        .errors
        .iter()
        .any(|e| matches!(e, CorpusError::Read { .. }));
    let Some(stamp) = files_stamp.filter(|_| kept_previous.is_empty() && !read_failed) else {
        return;
    };
    // Failing only costs the next start-up its shortcut.
    if let Err(error) = engine.save(stamp) {
        tracing::warn!(%error, "cannot save the parsed corpus beside the index");
    }
}

/// The interviews of `files`, reading only those changed since `base` was loaded.
struct Reading {
    /// Every interview served, in file order.
    interviews: Vec<Arc<Interview>>,
    /// Where each interview comes from.
    origins: Vec<Origin>,
    /// The files as they are now.
    files: FileStates,
    /// Files read.
    read: usize,
    /// Interviews of `base` gone (file removed, or read again).
    removed: usize,
    /// Files that broke and are served in their previous version.
    kept_previous: Vec<PathBuf>,
}

impl Reading {
    /// Reads the files of `files` changed since `base` was loaded; with `keep_broken`, a file
    /// that no longer loads keeps its previous version.
    fn of(
        files: &[PathBuf],
        base: Option<&Engine>,
        keep_broken: bool,
        progress: &dyn Progress,
    ) -> Reading {
        let known = base
            .map(|base| &base.corpus().interviews)
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(index, interview)| (interview.source.as_path(), index))
            .collect();
        let mut reader = Reader {
            base,
            known,
            reading: Reading {
                interviews: Vec::with_capacity(files.len()),
                origins: Vec::with_capacity(files.len()),
                files: FileStates::default(),
                read: 0,
                removed: 0,
                kept_previous: Vec::new(),
            },
        };
        for path in files {
            progress.advance(1);
            let stamp = FileStamp::of(path);
            if !reader.reuse(path, stamp) {
                reader.read_file(path, stamp, keep_broken);
            }
        }
        let mut reading = reader.reading;
        let kept = reading
            .origins
            .iter()
            .filter(|o| matches!(o, Origin::Kept(_)))
            .count();
        reading.removed = reader.known.len() - kept;
        reading
    }

    /// Whether few enough of `files` changed (read, or gone) for the base engine to be updated
    /// in place rather than rebuilt.
    fn is_small_change(&self, files: usize) -> bool {
        let changes = self.read + self.removed;
        changes <= ALWAYS_UPDATE_UP_TO_FILES.max(files / REBUILD_ABOVE_ONE_CHANGE_IN)
    }
}

/// [`Reading`] under way.
struct Reader<'a> {
    /// The engine whose unchanged interviews are kept, if any.
    base: Option<&'a Engine>,
    /// Index of each of `base`'s interviews, by file.
    known: HashMap<&'a Path, usize>,
    /// What was read so far.
    reading: Reading,
}

impl Reader<'_> {
    /// Keeps what `base` knows of `path` when the file is unchanged: its interview, or its
    /// error. False when the file must be read.
    fn reuse(&mut self, path: &Path, stamp: Option<FileStamp>) -> bool {
        let Some(base) = self.base.filter(|base| base.files().unchanged(path, stamp)) else {
            return false;
        };
        if let Some(&index) = self.known.get(path) {
            self.keep(index);
        } else if let Some(error) = base.files().error_of(path) {
            self.reading.files.errors.push(error.clone());
        } else {
            return false;
        }
        self.reading
            .files
            .stamps
            .extend(stamp.map(|stamp| (path.to_path_buf(), stamp)));
        true
    }

    /// Reads `path`, which changed or is new.
    fn read_file(&mut self, path: &Path, stamp: Option<FileStamp>, keep_broken: bool) {
        self.reading.read += 1;
        let stamped = stamp.map(|stamp| (path.to_path_buf(), stamp));
        match corpus::load_file(path) {
            Ok(interview) => {
                self.reading.interviews.push(Arc::new(interview));
                self.reading.origins.push(Origin::Read);
                self.reading.files.stamps.extend(stamped);
            }
            Err(error) => {
                let previous = self.known.get(path).filter(|_| keep_broken);
                if let Some(&index) = previous {
                    // Not stamped: read again next time, and kept again while it is broken.
                    self.keep(index);
                    self.reading.kept_previous.push(path.to_path_buf());
                } else if matches!(error, CorpusError::Parse { .. }) {
                    self.reading.files.stamps.extend(stamped);
                }
                self.reading.files.errors.push(error);
            }
        }
    }

    /// Serves `base`'s interview `index` again.
    fn keep(&mut self, index: usize) {
        let base = self.base.expect("known interviews are the base's");
        self.reading
            .interviews
            .push(Arc::clone(&base.corpus().interviews[index]));
        self.reading.origins.push(Origin::Kept(index));
    }
}

fn empty_corpus(config: &EngineConfig, errors: &[CorpusError]) -> LoadError {
    let details = if errors.is_empty() {
        " (it has no .txt or .md interview files)".to_string()
    } else {
        errors
            .iter()
            .map(|e| format!("\n  {e}"))
            .collect::<String>()
    };
    LoadError::EmptyCorpus {
        dir: config.corpus_dir.display().to_string(),
        details,
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::Mutex;

    use super::*;
    use crate::search::{IndexLocation, SearchSettings};

    #[derive(Default)]
    struct Recorder(Mutex<Vec<(&'static str, u64, u64)>>);

    impl Progress for Recorder {
        fn stage(&self, name: &'static str, total: u64) {
            self.0.lock().unwrap().push((name, total, 0));
        }
        fn advance(&self, steps: u64) {
            self.0.lock().unwrap().last_mut().unwrap().2 += steps;
        }
    }

    #[test]
    fn progress_reports_each_stage_to_its_end() {
        let config = EngineConfig {
            corpus_dir: PathBuf::from("corpus"),
            config_dir: PathBuf::from("config"),
            index: IndexLocation::Memory,
            search: SearchSettings::default(),
        };
        let recorder = Recorder::default();
        let (engine, _) = load_with_progress(&config, None, &recorder).unwrap();
        let files = corpus::interview_files(&config.corpus_dir).unwrap().len() as u64;
        let passages = engine.corpus().passages.len() as u64;
        assert_eq!(
            *recorder.0.lock().unwrap(),
            [
                ("reading interviews", files, files),
                ("indexing passages", passages, passages)
            ]
        );
    }
}
