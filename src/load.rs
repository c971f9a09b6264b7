//! Start-up: read the corpus and the operator's files, build the engine, and report what was
//! loaded and what was not. Shared by every command and by the bot, so they all serve the same
//! corpus the same way.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::EngineConfig;
use crate::corpus::{self, Corpus, CorpusError};
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

/// Like [`load_engine`], while `previous` is being served: an interview file that no longer
/// parses keeps its previous version (reported in [`LoadReport::kept_previous`]), so an edit in
/// progress never takes an interview offline.
///
/// # Errors
/// As [`load_engine`].
pub fn reload_engine(
    config: &EngineConfig,
    previous: Option<&Corpus>,
) -> Result<(Engine, LoadReport), LoadError> {
    load_with_progress(config, previous, &Silent)
}

/// [`reload_engine`] reporting its progress: reading files, then indexing passages.
///
/// # Errors
/// As [`load_engine`].
pub fn load_with_progress(
    config: &EngineConfig,
    previous: Option<&Corpus>,
    progress: &dyn Progress,
) -> Result<(Engine, LoadReport), LoadError> {
    let started = Instant::now();
    let files = corpus::interview_files(&config.corpus_dir)?;
    let (synonyms, synonym_errors) = Synonyms::load_all(&config.config_dir);
    // With a persisted index, files unchanged since they were last read need not be read
    // again. Not on a reload: files that broke meanwhile keep their previous version, which
    // only the running engine has.
    let files_stamp = match &config.index {
        IndexLocation::Directory(_) => corpus::files_stamp(&files),
        IndexLocation::Memory => None,
    };
    if let (IndexLocation::Directory(dir), Some(stamp), None) =
        (&config.index, &files_stamp, previous)
    {
        if let Some((engine, corpus_errors)) =
            Engine::open_saved(dir, stamp, synonyms.clone(), config.search)
        {
            return Ok((
                engine,
                LoadReport {
                    corpus_errors,
                    synonym_errors,
                    index_source: IndexSource::Restored,
                    elapsed: started.elapsed(),
                    kept_previous: Vec::new(),
                },
            ));
        }
    }
    progress.stage("reading interviews", files.len() as u64);
    let mut loaded = corpus::LoadReport::default();
    for path in files {
        match corpus::load_file(&path) {
            Ok(interview) => loaded.interviews.push(interview),
            Err(error) => loaded.errors.push(error),
        }
        progress.advance(1);
    }
    let mut kept_previous = Vec::new();
    if let Some(previous) = previous {
        for error in &loaded.errors {
            let path = match error {
                CorpusError::Parse { path, .. } | CorpusError::Read { path, .. } => path,
                CorpusError::Directory { .. } => continue,
            };
            if let Some(interview) = previous.interviews.iter().find(|i| &i.source == path) {
                loaded.interviews.push(interview.clone());
                kept_previous.push(path.clone());
            }
        }
        loaded.interviews.sort_by(|a, b| a.source.cmp(&b.source));
    }
    if loaded.interviews.is_empty() {
        let details = if loaded.errors.is_empty() {
            " (it has no .txt or .md interview files)".to_string()
        } else {
            loaded
                .errors
                .iter()
                .map(|e| format!("\n  {e}"))
                .collect::<String>()
        };
        return Err(LoadError::EmptyCorpus {
            dir: config.corpus_dir.display().to_string(),
            details,
        });
    }
    let corpus = Arc::new(Corpus::new(loaded.interviews));
    progress.stage("indexing passages", corpus.passages.len() as u64);
    let (engine, index_source) =
        Engine::build_with_progress(corpus, synonyms, config.search, &config.index, &|done| {
            progress.advance(done)
        })?;
    // Only what the files say is worth reusing: not previous versions of broken files, and not
    // a failure to read a file, which may be gone once permissions or a mount are fixed.
    let reusable = kept_previous.is_empty()
        && !loaded
            .errors
            .iter()
            .any(|e| matches!(e, CorpusError::Read { .. }));
    if let (Some(stamp), true) = (&files_stamp, reusable) {
        // Failing only costs the next start-up its shortcut.
        if let Err(error) = engine.save(stamp, &loaded.errors) {
            tracing::warn!(%error, "cannot save the parsed corpus beside the index");
        }
    }
    Ok((
        engine,
        LoadReport {
            corpus_errors: loaded.errors,
            synonym_errors,
            index_source,
            elapsed: started.elapsed(),
            kept_previous,
        },
    ))
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
