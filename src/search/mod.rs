//! Finding the passage that answers a question: the only module that knows Tantivy.
//!
//! Every passage is one document with three analysed fields: its text, the interviewer's question
//! it answers, and the interview's metadata (title, interviewee, outlet). A question becomes a
//! [`QueryPlan`](query::QueryPlan) of weighted concepts (see [`query`]), BM25 ranks passages, and a relative rule
//! decides whether the best one really answers: the share of the question's weight it matches
//! (its *coverage*) must reach [`SearchSettings::min_coverage`]. Scores are not comparable across
//! questions; coverage is.
//!
//! Each interview is analysed in its own language (see [`language`]), into fields of that
//! language. A question's language is not guessed (short questions fool detectors): it is read
//! once per language present in the corpus, each reading searched on that language's fields,
//! and the reading that answers more of the question wins (see [`Engine::search`]). A corpus
//! in one language reads each question once, as before.
//!
//! # Layout
//! - `schema.rs`: the fields, which analyzer reads each, document ids;
//!   `indexing.rs` writes passages as documents; `keys.rs` names what is persisted, `persist.rs`
//!   writes and reads it; `update.rs` updates an engine in place.
//! - [`analyzer`]: text -> terms, the same for indexing, questions and highlights.
//! - [`query`]: question -> [`QueryPlan`](query::QueryPlan) -> Tantivy query; [`synonyms`], [`vocabulary`]
//!   (spelling, word forms) and [`terms`] (the corpus's term tables) feed it.
//! - `readings.rs`: a question read once per language; `answer.rs`: hits, refusals and
//!   explanations; `retrieve.rs`: the two ranking phases (`first_stage.rs`, then
//!   `positions.rs` and [`rerank`]); `names.rs`: interviews a question names
//!   (`names/voices.rs`: whose paragraphs; `names/written.rs`: names as written).

pub mod analyzer;
mod answer;
mod asked;
mod facts;
mod figures;
mod first_stage;
#[cfg(test)]
mod fixtures;
mod focus;
mod indexing;
mod keys;
pub mod language;
mod memo;
mod names;
mod outcome;
mod own_words;
mod persist;
mod pooled;
mod positions;
pub mod query;
mod readings;
mod refusal;
pub mod rerank;
mod retrieve;
mod schema;
mod scope;
mod someone_elses;
mod statistics;
pub mod synonyms;
pub mod terms;
#[cfg(test)]
mod testing;
mod together;
mod typo_support;
mod update;
pub mod vocabulary;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::{Index, IndexReader, ReloadPolicy};

use crate::corpus::Corpus;
pub(crate) use indexing::metadata_text;
use indexing::write_documents;
use keys::{fingerprint, saved_corpus_key};
use language::Language;
pub use outcome::{Abstention, Candidate, Explanation, Fact, Hit, SearchOutcome, Translation};
use readings::analyses_of;
use schema::{read_passage_ids, register_analyzers, Fields};
pub use scope::Scope;
use synonyms::Synonyms;
use terms::CorpusTerms;

/// Knobs of retrieval, set from configuration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SearchSettings {
    /// Least share (0..=1) of the question's weight a passage must match to be given as an
    /// answer; below it the engine says it has no good answer.
    pub min_coverage: f32,
}

impl Default for SearchSettings {
    fn default() -> Self {
        // Calibrated on tests/data/questions.jsonl and the archive's development questions:
        // in-scope questions rarely fall under 0.3; at 0.28 one off-topic question in ten got
        // through on the shipped interview, at 0.35 twice as many archive questions were refused.
        SearchSettings { min_coverage: 0.3 }
    }
}

/// Where the index lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexLocation {
    /// Built in memory at start-up (the shipped corpus takes milliseconds).
    Memory,
    /// Kept in this directory and reused while the corpus is unchanged.
    Directory(PathBuf),
}

/// Why the index could not be built or opened.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The index directory cannot be used; the operator must pick another or fix permissions.
    #[error("index directory {path}: {reason}")]
    IndexDirectory { path: PathBuf, reason: String },
    /// Tantivy failed (disk full, corrupted files...).
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
}

/// A searchable corpus. Cheap to share behind an `Arc`; every search takes `&self`.
pub struct Engine {
    corpus: Arc<Corpus>,
    /// The index, kept to update it in place when files change.
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// One analysis per language present in the corpus, English first.
    analyses: Vec<CorpusTerms>,
    /// Language of each interview, by index.
    languages: Vec<Language>,
    /// Other versions of each interview, by index (see [`Corpus::version_groups`]).
    versions: Vec<Vec<usize>>,
    synonyms: Synonyms,
    settings: SearchSettings,
    /// Passage id of every document, by segment then document id. The reader never reloads, so
    /// this is read once instead of opening a fast-field column per hit.
    doc_passages: Vec<Vec<u32>>,
    /// The people and outlets of every interview, to tell which interviews a question names;
    /// one per analysis, in the same order. Shared with the engine this one was revised from
    /// when no name changed.
    names: Vec<Arc<names::NameIndex>>,
    /// Tokens per field of the live documents, and documents per metadata term: BM25's
    /// statistics without the deleted documents an updated index still holds.
    tokens: statistics::TokenTotals,
    metadata_frequencies: Arc<std::collections::HashMap<tantivy::Term, u64>>,
    /// Index directory and fingerprint of a persisted index, where [`Engine::save`] writes.
    saved_in: Option<(PathBuf, String)>,
    /// The interview files this engine was loaded from, to tell which changed.
    files: Arc<crate::corpus::FileStates>,
    /// This engine among all built in the process, so that what a question's search keeps for
    /// its later steps (see `retrieve.rs`) is never taken for another engine's.
    stamp: u64,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("passages", &self.corpus.passages.len())
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

/// What an engine is made of besides its index, for [`Engine::assemble`].
struct Parts {
    corpus: Arc<Corpus>,
    /// One analysis per language, English first.
    analyses: Vec<CorpusTerms>,
    /// Language of each interview, by index.
    languages: Vec<Language>,
    /// Tokens per field of the live documents, when known (after an update, or saved); read
    /// from the index otherwise.
    tokens: Option<statistics::TokenTotals>,
    /// The names' indexes, one per analysis, when the engine revised kept them; built
    /// otherwise.
    names: Option<Vec<Arc<names::NameIndex>>>,
}

/// What [`Engine::build`] did with the index, for the `index` command's report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexSource {
    /// Built in memory.
    BuiltInMemory,
    /// Written to the index directory.
    BuiltOnDisk,
    /// An up-to-date index was found on disk and reused.
    Reused,
    /// The interview files were unchanged since they were indexed: the index and the parsed
    /// corpus saved with it were loaded without reading the files.
    Restored,
    /// Some interview files changed since the engine in memory or on disk was built: only they
    /// were read, and the index was updated in place.
    Updated,
}

impl Engine {
    /// Indexes a corpus (or reuses an up-to-date persisted index).
    ///
    /// # Errors
    /// [`SearchError`] when the index directory is unusable or Tantivy fails.
    pub fn build(
        corpus: Arc<Corpus>,
        synonyms: Synonyms,
        settings: SearchSettings,
        location: &IndexLocation,
    ) -> Result<(Engine, IndexSource), SearchError> {
        Engine::build_with_progress(corpus, synonyms, settings, location, &|_| {})
    }

    /// [`Engine::build`], calling `indexed(n)` as passages are written to a new index.
    ///
    /// # Errors
    /// As [`Engine::build`].
    pub fn build_with_progress(
        corpus: Arc<Corpus>,
        synonyms: Synonyms,
        settings: SearchSettings,
        location: &IndexLocation,
        indexed: &(dyn Fn(u64) + Sync),
    ) -> Result<(Engine, IndexSource), SearchError> {
        let (schema, fields) = Fields::schema();
        let languages: Vec<Language> = corpus
            .interviews
            .iter()
            .map(|interview| language::of_interview(interview).language)
            .collect();
        let (index, source, saved_in) = match location {
            IndexLocation::Memory => {
                let index = Index::create_in_ram(schema);
                register_analyzers(&index);
                write_documents(&index, &corpus, &languages, fields, indexed)?;
                (index, IndexSource::BuiltInMemory, None)
            }
            IndexLocation::Directory(dir) => {
                let fingerprint = fingerprint(&corpus, &languages);
                let (index, source) = persist::open_or_build(dir, &fingerprint, schema, |index| {
                    register_analyzers(index);
                    write_documents(index, &corpus, &languages, fields, indexed)
                })?;
                (index, source, Some((dir.clone(), fingerprint)))
            }
        };
        let analyses = analyses_of(&corpus, &languages);
        let parts = Parts {
            corpus,
            analyses,
            languages,
            tokens: None,
            names: None,
        };
        let engine = Engine::assemble(parts, &index, synonyms, settings, saved_in)?;
        Ok((engine, source))
    }

    /// Opens the engine saved by [`Engine::save`] in `dir`, with the state of the interview files
    /// it was saved for ([`crate::corpus::files_stamp`]): when the files are still in that state
    /// it serves as is, otherwise it is the base that [`Engine::revised`] brings up to date.
    /// `None` when there is none, it was written by another build of the program, or it does not
    /// match its index: the caller then reads the files.
    pub fn open_saved(
        dir: &Path,
        synonyms: Synonyms,
        settings: SearchSettings,
    ) -> Option<(Engine, String)> {
        let saved = persist::open_saved_corpus(dir, &saved_corpus_key())?;
        let index = persist::open_existing(dir, &saved.fingerprint)?;
        let corpus = Arc::new(saved.corpus);
        let consistent = !saved.terms.is_empty()
            && saved.languages.len() == corpus.interviews.len()
            && saved
                .terms
                .iter()
                .all(|terms| terms.passage_count() == corpus.passages.len());
        if !consistent {
            tracing::warn!(path = %dir.display(), "saved corpus does not match its terms; reading the interview files");
            return None;
        }
        let saved_in = Some((dir.to_path_buf(), saved.fingerprint));
        let parts = Parts {
            corpus,
            analyses: saved.terms,
            languages: saved.languages,
            tokens: saved.tokens,
            names: None,
        };
        let engine = Engine::assemble(parts, &index, synonyms, settings, saved_in)
            .inspect_err(|error| tracing::warn!(%error, "saved index unreadable"))
            .ok()?;
        if engine.reader.searcher().num_docs() != engine.corpus.passages.len() as u64 {
            tracing::warn!(path = %dir.display(), "saved corpus does not match its index; reading the interview files");
            return None;
        }
        Some((engine.with_files(saved.files), saved.files_stamp))
    }

    /// Saves the parsed corpus, the state of its files ([`Engine::files`]) and its term sets
    /// beside the index, so that a later start ([`Engine::open_saved`]) reads only the files
    /// changed since `files_stamp` ([`crate::corpus::files_stamp`]), or none. Does nothing for an
    /// index in memory.
    ///
    /// # Errors
    /// [`SearchError::IndexDirectory`] when the file cannot be written.
    pub fn save(&self, files_stamp: &str) -> Result<(), SearchError> {
        let Some((dir, fingerprint)) = &self.saved_in else {
            return Ok(());
        };
        persist::save_corpus(
            dir,
            &saved_corpus_key(),
            &persist::SavedCorpusRef {
                fingerprint,
                files_stamp,
                files: &self.files,
                interviews: &self.corpus.interviews,
                terms: &self.analyses,
                languages: &self.languages,
                tokens: &self.tokens,
            },
        )
    }

    /// The interview files this engine serves, as they were when read.
    pub fn files(&self) -> &crate::corpus::FileStates {
        &self.files
    }

    /// This engine, recording that its corpus was read from `files`.
    pub fn with_files(mut self, files: crate::corpus::FileStates) -> Engine {
        self.files = Arc::new(files);
        self
    }

    fn assemble(
        parts: Parts,
        index: &Index,
        synonyms: Synonyms,
        settings: SearchSettings,
        saved_in: Option<(PathBuf, String)>,
    ) -> Result<Engine, SearchError> {
        let Parts {
            corpus,
            analyses,
            languages,
            tokens,
            names,
        } = parts;
        let (_, fields) = Fields::schema();
        register_analyzers(index);
        let versions = corpus.version_groups();
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let doc_passages = read_passage_ids(&searcher, &corpus)?;
        let tokens = match tokens {
            Some(tokens) => tokens,
            None => {
                statistics::TokenTotals::of_index(&searcher, index, &corpus, &languages, &fields)?
            }
        };
        let metadata_frequencies =
            statistics::metadata_frequencies(index, &corpus, &languages, &fields).into();
        let names = names.unwrap_or_else(|| {
            (analyses.iter())
                .map(|terms| names::NameIndex::build(&corpus.interviews, terms.language))
                .map(Arc::new)
                .collect()
        });
        Ok(Engine {
            names,
            corpus,
            index: index.clone(),
            reader,
            fields,
            analyses,
            languages,
            versions,
            synonyms,
            settings,
            doc_passages,
            tokens,
            metadata_frequencies,
            saved_in,
            files: Arc::default(),
            stamp: retrieve::next_stamp(),
        })
    }

    /// BM25's statistics over the live documents, for every search (see [`statistics`]).
    fn live_statistics(&self) -> statistics::LiveStatistics<'_> {
        statistics::LiveStatistics {
            documents: self.corpus.passages.len() as u64,
            tokens: &self.tokens,
            metadata: &self.metadata_frequencies,
            analyses: &self.analyses,
            fields: &self.fields,
        }
    }

    /// The corpus served.
    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// Number of synonym rules in use.
    pub fn synonym_count(&self) -> usize {
        self.synonyms.len()
    }

    /// The language each interview is analysed in, by index in the corpus.
    pub fn interview_languages(&self) -> &[Language] {
        &self.languages
    }

    /// The languages interviews are analysed in, English first.
    pub fn languages(&self) -> Vec<Language> {
        self.analyses.iter().map(|terms| terms.language).collect()
    }
}
