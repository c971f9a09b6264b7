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
pub struct LoadReport {
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
/// cannot be built. Broken single files are reported in [`LoadReport`] instead.
pub fn load_engine(config: &EngineConfig) -> Result<(Engine, LoadReport), LoadError> {
    reload_engine(config, None)
}

/// Like [`load_engine`], while `previous` is being served: only the interview files changed
/// since it was loaded are read, and an interview file that no longer parses keeps its previous
/// version (reported in [`LoadReport::kept_previous`]), so an edit in progress never takes an
/// interview offline.
///
/// # Errors
/// As [`load_engine`].
pub fn reload_engine(
    config: &EngineConfig,
    previous: Option<&Engine>,
) -> Result<(Engine, LoadReport), LoadError> {
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
) -> Result<(Engine, LoadReport), LoadError> {
    let started = Instant::now();
    let files = corpus::interview_files(&config.corpus_dir)?;
    let (synonyms, synonym_errors) = Synonyms::load_all(&config.config_dir);
    let files_stamp = match &config.index {
        IndexLocation::Directory(_) => corpus::files_stamp(&files),
        IndexLocation::Memory => None,
    };
    // Without an engine in memory, the one saved beside the index is the base: as is when no
    // file changed since, else brought up to date like a reload.
    let mut saved = match (&config.index, previous) {
        (IndexLocation::Directory(dir), None) => {
            Engine::open_saved(dir, synonyms.clone(), config.search)
        }
        _ => None,
    };
    if let Some((engine, stamp)) = saved.take() {
        if files_stamp.as_deref() == Some(stamp.as_str()) {
            let corpus_errors = engine.files().errors.clone();
            let report = LoadReport {
                corpus_errors,
                synonym_errors,
                index_source: IndexSource::Restored,
                elapsed: started.elapsed(),
                kept_previous: Vec::new(),
                files_read: 0,
            };
            return Ok((engine, report));
        }
        saved = Some((engine, stamp));
    }
    let saved_engine = saved.map(|(engine, _)| engine);
    let base = previous.or(saved_engine.as_ref());
    progress.stage("reading interviews", files.len() as u64);
    let reading = read_changed(&files, base, previous.is_some(), progress);
    if reading.interviews.is_empty() {
        return Err(empty_corpus(config, &reading.files.errors));
    }
    let changes = reading.read + reading.removed;
    let small = changes <= ALWAYS_UPDATE_UP_TO_FILES.max(files.len() / REBUILD_ABOVE_ONE_CHANGE_IN);
    let (engine, index_source) = match base {
        Some(base) if small => {
            let engine = base.revised(reading.interviews, &reading.origins, synonyms)?;
            (engine, IndexSource::Updated)
        }
        _ => {
            // The base is no longer needed: free it before building the new engine.
            drop(saved_engine);
            let corpus = Arc::new(Corpus::from_shared(reading.interviews));
            progress.stage("indexing passages", corpus.passages.len() as u64);
            Engine::build_with_progress(corpus, synonyms, config.search, &config.index, &|n| {
                progress.advance(n)
            })?
        }
    };
    let engine = engine.with_files(reading.files);
    // Only what the files say is worth reusing: not previous versions of broken files, and not
    // a failure to read a file, which may be gone once permissions or a mount are fixed.
    let reusable = reading.kept_previous.is_empty()
        && !engine
            .files()
            .errors
            .iter()
            .any(|e| matches!(e, CorpusError::Read { .. }));
    if let (Some(stamp), true) = (&files_stamp, reusable) {
        // Failing only costs the next start-up its shortcut.
        if let Err(error) = engine.save(stamp) {
            tracing::warn!(%error, "cannot save the parsed corpus beside the index");
        }
    }
    let report = LoadReport {
        corpus_errors: engine.files().errors.clone(),
        synonym_errors,
        index_source,
        elapsed: started.elapsed(),
        kept_previous: reading.kept_previous,
        files_read: reading.read,
    };
    Ok((engine, report))
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

fn read_changed(
    files: &[PathBuf],
    base: Option<&Engine>,
    keep_broken: bool,
    progress: &dyn Progress,
) -> Reading {
    let known: HashMap<&Path, usize> = base
        .map(|base| &base.corpus().interviews)
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(index, interview)| (interview.source.as_path(), index))
        .collect();
    let mut reading = Reading {
        interviews: Vec::with_capacity(files.len()),
        origins: Vec::with_capacity(files.len()),
        files: FileStates::default(),
        read: 0,
        removed: 0,
        kept_previous: Vec::new(),
    };
    let keep = |reading: &mut Reading, index: usize| {
        let interview = &base
            .expect("known interviews are the base's")
            .corpus()
            .interviews[index];
        reading.interviews.push(Arc::clone(interview));
        reading.origins.push(Origin::Kept(index));
    };
    for path in files {
        progress.advance(1);
        let stamp = FileStamp::of(path);
        let unchanged = base.filter(|base| base.files().unchanged(path, stamp));
        if let Some(base) = unchanged {
            if let Some(&index) = known.get(path.as_path()) {
                keep(&mut reading, index);
                reading
                    .files
                    .stamps
                    .insert(path.clone(), stamp.expect("unchanged"));
                continue;
            }
            if let Some(error) = base.files().error_of(path) {
                reading.files.errors.push(error.clone());
                reading
                    .files
                    .stamps
                    .insert(path.clone(), stamp.expect("unchanged"));
                continue;
            }
        }
        reading.read += 1;
        match corpus::load_file(path) {
            Ok(interview) => {
                reading.interviews.push(Arc::new(interview));
                reading.origins.push(Origin::Read);
                reading
                    .files
                    .stamps
                    .extend(stamp.map(|s| (path.clone(), s)));
            }
            Err(error) => {
                let previous = known.get(path.as_path()).filter(|_| keep_broken);
                if let Some(&index) = previous {
                    // Not stamped: read again next time, and kept again while it is broken.
                    keep(&mut reading, index);
                    reading.kept_previous.push(path.clone());
                } else if matches!(error, CorpusError::Parse { .. }) {
                    reading
                        .files
                        .stamps
                        .extend(stamp.map(|s| (path.clone(), s)));
                }
                reading.files.errors.push(error);
            }
        }
    }
    let kept = reading
        .origins
        .iter()
        .filter(|o| matches!(o, Origin::Kept(_)))
        .count();
    reading.removed = known.len() - kept;
    reading
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
