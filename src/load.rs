//! Start-up: read the corpus and the operator's files, build the engine, and report what was
//! loaded and what was not. Shared by every command and by the bot, so they all serve the same
//! corpus the same way.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::EngineConfig;
use crate::corpus::{self, Corpus, CorpusError};
use crate::search::synonyms::{SynonymError, Synonyms};
use crate::search::{Engine, IndexSource, SearchError};

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
    let started = Instant::now();
    let mut loaded = corpus::load_dir(&config.corpus_dir)?;
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
    let (synonyms, synonym_errors) = Synonyms::load(&config.synonyms_path());
    let corpus = Arc::new(Corpus::new(loaded.interviews));
    let (engine, index_source) = Engine::build(corpus, synonyms, config.search, &config.index)?;
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
