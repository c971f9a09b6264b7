//! Finding the passage that answers a question: the only module that knows Tantivy.
//!
//! Every passage is one document with three analysed fields: its text, the interviewer's question
//! it answers, and the interview's metadata (title, interviewee, outlet). A question becomes a
//! [`QueryPlan`] of weighted concepts (see [`query`]), BM25 ranks passages, and a relative rule
//! decides whether the best one really answers: the share of the question's weight it matches
//! (its *coverage*) must reach [`SearchSettings::min_coverage`]. Scores are not comparable across
//! questions; coverage is.
//!
//! Each interview is analysed in its own language (see [`language`]), into fields of that
//! language. A question's language is not guessed (short questions fool detectors): it is read
//! once per language present in the corpus, each reading searched on that language's fields,
//! and the reading that answers more of the question wins (see [`Engine::search`]). A corpus
//! in one language reads each question once, as before.

pub mod analyzer;
mod first_stage;
pub mod language;
mod names;
mod persist;
mod positions;
pub mod query;
mod refusal;
pub mod rerank;
mod scope;
pub mod synonyms;
pub mod terms;
mod update;
pub mod vocabulary;

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::collector::{FilterCollector, TopDocs};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED,
};
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument};

use crate::corpus::{Corpus, Interview, Passage};
use analyzer::{analyzer_name, term_analyzer_for, Analyzer};
use language::Language;
use query::{FieldWeights, QueryPlan};
pub use scope::Scope;
use synonyms::Synonyms;
use terms::{CorpusTerms, FieldKind};

/// Bumped whenever analysis or schema change, so persisted indexes are rebuilt.
const INDEX_FORMAT: &str = "interview-bot-index-v3";

/// Field weights, measured on the labeled set (`interview-bot eval tests/data/questions.jsonl`):
/// the question field helps as much as the text (doubling or halving it lost hit@1); metadata
/// only tips the balance between interviews; two-word phrases pick the paragraph within an answer.
const TEXT_WEIGHT: f32 = 1.0;
const QUESTION_WEIGHT: f32 = 1.0;
const METADATA_WEIGHT: f32 = 0.3;
const PHRASE_WEIGHT: f32 = 0.5;

/// The fast field holding each document's position within its interview.
const PASSAGE_FIELD: &str = "passage";

/// The field identifying each document's interview ([`interview_key`]): indexed, so an edited
/// interview's documents can be deleted, and fast, so a search can be limited to some interviews.
const INTERVIEW_FIELD: &str = "interview";

/// Passages ranked by BM25 before coverage re-ranking picks the best.
const CANDIDATES: usize = 20;

/// Candidates the first phase hands to the second: enough that the paragraph that answers is
/// almost always among them (on the archive questions it is in the first 50 for all but a few),
/// few enough that the second phase stays cheap.
const FIRST_STAGE_CANDIDATES: usize = 100;

/// When a question matches an answer mostly through the interviewer's question, all its
/// paragraphs score alike; the first one opens the answer and reads best out of context.
const FIRST_PARAGRAPH_BOOST: f32 = 1.1;

/// Coverage gap under which two readings of a question (in two languages) count as answering
/// it equally well; the language that knows more of the question's words then wins.
const LANGUAGE_COVERAGE_MARGIN: f32 = 0.1;

/// Memory for Tantivy's indexing buffer: plenty for a 10,000-interview archive, well under the
/// memory budget.
const WRITER_MEMORY_BYTES: usize = 60_000_000;

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

/// A passage found for a question, with what rendering needs.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    /// The passage quoted.
    pub passage: &'a Passage,
    /// Its interview (title, interviewee, outlet).
    pub interview: &'a Interview,
    /// The question it answers; `None` for the introduction.
    pub question: Option<&'a str>,
    /// BM25 score (only comparable within one question).
    pub score: f32,
    /// Share of the question's weight the passage matches, 0..=1.
    pub coverage: f32,
    /// Byte ranges of matched words in the passage text, sorted, on char boundaries.
    pub highlights: Vec<Range<usize>>,
    /// The same passage in the interview's other versions (translations), aligned.
    pub translations: Vec<Translation>,
}

/// A passage's counterpart in another version of its interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The version's language.
    pub language: Language,
    /// The aligned passage's quote id (see [`crate::corpus::Corpus::quote_id`]).
    pub quote_id: String,
}

/// The reasoning behind an answer, for operators.
#[derive(Debug, Clone)]
pub struct Explanation<'a> {
    /// How the question was read.
    pub plan: QueryPlan,
    /// The best candidates, re-ranked, whether or not they pass the coverage rule.
    pub candidates: Vec<Candidate<'a>>,
    /// Why no answer was given, if none was.
    pub abstention: Option<Abstention>,
    /// The coverage rule in force.
    pub min_coverage: f32,
}

/// One candidate passage of an [`Explanation`].
#[derive(Debug, Clone)]
pub struct Candidate<'a> {
    /// The passage.
    pub passage: &'a Passage,
    /// Final score (BM25 times coverage).
    pub score: f32,
    /// Share of the question's weight matched.
    pub coverage: f32,
    /// Where each concept of the plan matched, in plan order.
    pub matches: Vec<terms::ConceptMatch>,
}

/// Why a question got no answer.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Abstention {
    /// Nothing searchable: empty, punctuation, emoji, or only stopwords.
    NoSearchableWords,
    /// No passage shares a word with the question.
    NoMatch,
    /// The best passage matches too little of the question.
    LowCoverage {
        /// Coverage of the best passage.
        coverage: f32,
        /// The threshold it missed.
        min_coverage: f32,
    },
}

/// The answer to one question: hits (empty when abstaining) and how the question was read.
#[derive(Debug, Clone)]
pub struct SearchOutcome<'a> {
    /// Passages that answer, best first.
    pub hits: Vec<Hit<'a>>,
    /// Set when there is no good answer.
    pub abstention: Option<Abstention>,
    /// How the question was read, for explanations.
    pub plan: QueryPlan,
}

/// The searchable fields of one analysis language.
#[derive(Debug, Clone, Copy)]
struct LanguageFields {
    text: Field,
    question: Field,
    metadata: Field,
}

#[derive(Debug, Clone, Copy)]
struct Fields {
    /// By [`Language`], in [`Language::ALL`] order.
    by_language: [LanguageFields; Language::ALL.len()],
    /// The interview a document belongs to ([`interview_key`]): deleting its term removes the
    /// interview's passages when its file changes.
    interview: Field,
    /// The passage's position within its interview: with `interview`, it leads back to the
    /// passage whatever the other interviews did since the document was written.
    passage: Field,
}

impl Fields {
    fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        // One set of fields per language, each analysed by its language's analyzer, so BM25
        // statistics stay within a language. Positions are indexed for phrase queries; nothing
        // is stored: the corpus stays in memory and the interview and position of a passage
        // (fast fields) lead back to it. English keeps the field names of single-language
        // indexes.
        let by_language = Language::ALL.map(|language| {
            let analysed = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analyzer_name(language))
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            let name = |field: &str| match language {
                Language::En => field.to_string(),
                other => format!("{field}_{}", other.code()),
            };
            LanguageFields {
                text: builder.add_text_field(&name("text"), analysed.clone()),
                question: builder.add_text_field(&name("question"), analysed.clone()),
                metadata: builder.add_text_field(&name("metadata"), analysed),
            }
        });
        let interview = builder.add_u64_field(INTERVIEW_FIELD, INDEXED | FAST);
        let passage = builder.add_u64_field(PASSAGE_FIELD, FAST);
        (
            builder.build(),
            Fields {
                by_language,
                interview,
                passage,
            },
        )
    }

    fn of(&self, language: Language) -> LanguageFields {
        let index = Language::ALL
            .iter()
            .position(|l| *l == language)
            .unwrap_or_default();
        self.by_language[index]
    }
}

impl LanguageFields {
    fn weights(&self) -> FieldWeights {
        FieldWeights {
            text: (self.text, TEXT_WEIGHT),
            question: (self.question, QUESTION_WEIGHT),
            metadata: (self.metadata, METADATA_WEIGHT),
            phrase: PHRASE_WEIGHT,
        }
    }
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
    /// one per analysis, in the same order.
    names: Vec<names::NameIndex>,
    /// Index directory and fingerprint of a persisted index, where [`Engine::save`] writes.
    saved_in: Option<(PathBuf, String)>,
    /// The interview files this engine was loaded from, to tell which changed.
    files: Arc<crate::corpus::FileStates>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("passages", &self.corpus.passages.len())
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
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
        let engine = Engine::assemble(
            corpus, &index, analyses, languages, synonyms, settings, saved_in,
        )?;
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
        let engine = Engine::assemble(
            corpus,
            &index,
            saved.terms,
            saved.languages,
            synonyms,
            settings,
            saved_in,
        )
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
        corpus: Arc<Corpus>,
        index: &Index,
        analyses: Vec<CorpusTerms>,
        languages: Vec<Language>,
        synonyms: Synonyms,
        settings: SearchSettings,
        saved_in: Option<(PathBuf, String)>,
    ) -> Result<Engine, SearchError> {
        let (_, fields) = Fields::schema();
        register_analyzers(index);
        let versions = corpus.version_groups();
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let doc_passages = read_passage_ids(&reader.searcher(), &corpus)?;
        let names = analyses
            .iter()
            .map(|terms| names::NameIndex::build(&corpus.interviews, terms.language))
            .collect();
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
            saved_in,
            files: Arc::default(),
        })
    }

    /// The corpus served.
    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// Number of synonym rules in use.
    pub fn synonym_count(&self) -> usize {
        self.synonyms.len()
    }

    /// Reads a question and plans the search, in the language whose reading answers it best;
    /// never fails.
    pub fn plan(&self, question: &str) -> QueryPlan {
        self.search(question, 1).plan
    }

    /// The languages interviews are analysed in, English first.
    pub fn languages(&self) -> Vec<Language> {
        self.analyses.iter().map(|terms| terms.language).collect()
    }

    /// The question read with one language's analysis.
    fn plan_in(&self, terms: &CorpusTerms, question: &str) -> QueryPlan {
        let stats = terms::Statistics {
            terms,
            passages: terms.analysed_passages(),
        };
        query::plan(
            question,
            &mut Analyzer::new(terms.language),
            self.synonyms.for_language(terms.language),
            &terms.vocabulary,
            &stats,
        )
    }

    /// Finds up to `limit` passages answering `question`, best first, or says why none does.
    /// Never fails and never panics, whatever the question.
    ///
    /// With several languages in the corpus the question is searched in each, and the reading
    /// that answers it wins: the higher coverage, then, when coverages are close, the language
    /// that knows more of the question's words as written, then the higher score. (Detecting the language
    /// of a short question is unreliable: keyword questions read as English.)
    pub fn search(&self, question: &str, limit: usize) -> SearchOutcome<'_> {
        self.search_in(question, limit, &Scope::All)
    }

    /// [`Engine::search`] quoting only interviews in `scope`: the same ranking and refusals,
    /// among that scope's passages.
    pub fn search_in(&self, question: &str, limit: usize, scope: &Scope) -> SearchOutcome<'_> {
        self.choose(question, limit, scope).1
    }

    /// The winning analysis (index in `analyses`) and its outcome.
    fn choose(&self, question: &str, limit: usize, scope: &Scope) -> (usize, SearchOutcome<'_>) {
        if self.analyses.len() == 1 {
            let plan = self.plan_in(&self.analyses[0], question);
            return (
                0,
                self.search_planned(&self.analyses[0], plan, question, limit, scope),
            );
        }
        // Readings that could cover more of the question are searched first; a reading whose
        // best possible coverage cannot come near the best found so far is not searched at all,
        // so a second language costs little more than planning.
        let mut readings: Vec<(usize, QueryPlan, f32)> = self
            .analyses
            .iter()
            .enumerate()
            .map(|(index, terms)| {
                let plan = self.plan_in(terms, question);
                let bound = coverage_bound(&plan, terms);
                (index, plan, bound)
            })
            .collect();
        readings.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        let mut best: Option<(usize, SearchOutcome<'_>, Evidence)> = None;
        for (index, plan, bound) in readings {
            if let Some((_, _, current)) = &best {
                if current.answered && bound + LANGUAGE_COVERAGE_MARGIN < current.coverage {
                    continue;
                }
            }
            let terms = &self.analyses[index];
            let outcome = self.search_planned(terms, plan, question, limit, scope);
            let evidence = Evidence::of(&outcome, terms, question);
            let better = best
                .as_ref()
                .is_none_or(|(_, _, current)| evidence.beats(current));
            if better {
                best = Some((index, outcome, evidence));
            }
        }
        let (index, outcome, _) = best.expect("at least one analysis");
        (index, outcome)
    }

    /// The search with one language's reading of the question.
    fn search_planned(
        &self,
        terms: &CorpusTerms,
        plan: QueryPlan,
        question: &str,
        limit: usize,
        scope: &Scope,
    ) -> SearchOutcome<'_> {
        // "What is this interview about (in one line)?" has no topic of its own that a passage
        // could cover: the introduction answers it.
        let about_the_interview = asks_what_it_is_about(question)
            && plan.concepts.iter().all(|c| {
                SUMMARY_WORDS.contains(&c.words.as_str()) || ABOUT_CUES.contains(&c.words.as_str())
            });
        let (hits, abstention) = if about_the_interview && !self.corpus.interviews.is_empty() {
            (self.introductions(terms.language, limit, scope), None)
        } else {
            self.run(terms, &plan, limit, scope)
        };
        SearchOutcome {
            hits,
            abstention,
            plan,
        }
    }

    /// Answers whose wording is closest to the question, as the first passage of each, even
    /// when none answers well enough to quote: "did you mean" suggestions for a no-match reply.
    pub fn related_answers(&self, question: &str, limit: usize) -> Vec<&Passage> {
        self.related_answers_in(question, limit, &Scope::All)
    }

    /// [`Engine::related_answers`] from interviews in `scope` only.
    pub fn related_answers_in(&self, question: &str, limit: usize, scope: &Scope) -> Vec<&Passage> {
        let (index, outcome) = self.choose(question, 1, scope);
        let (terms, plan) = (&self.analyses[index], outcome.plan);
        if plan.concepts.is_empty() {
            return Vec::new();
        }
        let mut answers: Vec<&Passage> = Vec::new();
        for (_, id) in self
            .ranked(terms, &plan, CANDIDATES, scope)
            .unwrap_or_default()
        {
            let passage = &self.corpus.passages[id];
            if passage.turn.is_none() {
                continue;
            }
            let first = &self.corpus.section_of(passage)[0];
            if !answers.iter().any(|a| a.id == first.id) {
                answers.push(first);
            }
            if answers.len() == limit {
                break;
            }
        }
        answers
    }

    /// The opening paragraph of each interview in `language`: the answer to "what is this
    /// interview about?".
    fn introductions(&self, language: Language, limit: usize, scope: &Scope) -> Vec<Hit<'_>> {
        self.corpus
            .passages
            .iter()
            .filter(|p| p.paragraph == 0 && p.turn.is_none() && scope.includes(p.interview))
            .filter(|p| self.language_of(p) == language)
            .take(limit)
            .map(|passage| Hit {
                passage,
                interview: self.corpus.interview_of(passage),
                question: None,
                score: 0.0,
                coverage: 1.0,
                highlights: Vec::new(),
                translations: self.translations(passage),
            })
            .collect()
    }

    fn language_of(&self, passage: &Passage) -> Language {
        self.languages
            .get(passage.interview)
            .copied()
            .unwrap_or_default()
    }

    /// The passage in the other versions of its interview (translations), aligned by answer
    /// and paragraph.
    pub fn translations(&self, passage: &Passage) -> Vec<Translation> {
        let Some(versions) = self.versions.get(passage.interview) else {
            return Vec::new();
        };
        versions
            .iter()
            .filter_map(|&other| {
                let aligned = self.corpus.aligned(passage, other)?;
                Some(Translation {
                    language: self.languages.get(other).copied().unwrap_or_default(),
                    quote_id: self.corpus.quote_id(aligned),
                })
            })
            .collect()
    }

    fn run(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        limit: usize,
        scope: &Scope,
    ) -> (Vec<Hit<'_>>, Option<Abstention>) {
        if plan.concepts.is_empty() {
            return (Vec::new(), Some(Abstention::NoSearchableWords));
        }
        let (resolved, candidates) = self.two_phase(terms, plan, scope);
        let candidates = match refusal::admissible(candidates, self.settings.min_coverage) {
            Ok(candidates) => candidates,
            Err(abstention) => return (Vec::new(), Some(abstention)),
        };
        let mut analyzer = Analyzer::new(terms.language);
        let hits = candidates
            .into_iter()
            .take(limit)
            .map(|c| self.hit(terms, &resolved, c.id, c.score, c.coverage, &mut analyzer))
            .collect();
        (hits, None)
    }

    /// The interviews the question names, and which of its concepts name them.
    fn named(&self, terms: &CorpusTerms, plan: &QueryPlan) -> (names::Named, Vec<bool>) {
        let typed: Vec<String> = plan
            .concepts
            .iter()
            .filter_map(|c| c.alternatives.first())
            .flat_map(|a| a.terms.iter().cloned())
            .collect();
        let frequency = |term: &str| terms.text_frequency(term);
        let Some(names) = self.names.iter().find(|n| n.language() == terms.language) else {
            return (names::Named::default(), vec![false; plan.concepts.len()]);
        };
        let named = names.named(&typed, &frequency, terms.analysed_passages());
        let naming = plan
            .concepts
            .iter()
            .map(|c| {
                !named.interviews.is_empty()
                    && c.alternatives
                        .first()
                        .is_some_and(|a| a.terms.iter().all(|t| named.terms.contains(t)))
            })
            .collect();
        (named, naming)
    }

    /// Both phases: candidates from the first, ordered by the second.
    fn two_phase(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        scope: &Scope,
    ) -> (terms::ResolvedPlan, Vec<rerank::Scored>) {
        let (named, naming) = self.named(terms, plan);
        let candidates = self.candidates(terms, plan, &named.terms, scope);
        let resolved = terms.resolve(plan);
        let evidence = rerank::Evidence::new(&self.corpus, terms, &resolved, &naming);
        let scored = rerank::rerank(&evidence, &candidates, &named);
        (resolved, scored)
    }

    /// The first phase's candidates, with the positions of the question's concepts in each.
    fn candidates(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        named: &[String],
        scope: &Scope,
    ) -> Vec<rerank::Candidate> {
        let searcher = self.reader.searcher();
        let fields = self.fields.of(terms.language);
        let found = self
            .first_stage(&searcher, terms, plan, named, scope)
            .and_then(|found| {
                let addresses: Vec<DocAddress> = found.iter().map(|f| f.2).collect();
                let positions =
                    positions::concept_positions(&searcher, fields.text, plan, &addresses)?;
                Ok(found
                    .into_iter()
                    .zip(positions)
                    .map(|((bm25, id, _), positions)| rerank::Candidate {
                        id,
                        bm25,
                        positions,
                    })
                    .collect())
            });
        found.unwrap_or_else(|error| {
            tracing::error!(%error, "search failed; answering as if nothing matched");
            Vec::new()
        })
    }

    /// The second phase's features of the first phase's candidates, for fitting its weights.
    #[doc(hidden)]
    pub fn candidate_features(&self, question: &str) -> Vec<(usize, [f32; rerank::FEATURES])> {
        let (index, outcome) = self.choose(question, 1, &Scope::All);
        let (terms, plan) = (&self.analyses[index], outcome.plan);
        let (named, naming) = self.named(terms, &plan);
        let candidates = self.candidates(terms, &plan, &named.terms, &Scope::All);
        let resolved = terms.resolve(&plan);
        let evidence = rerank::Evidence::new(&self.corpus, terms, &resolved, &naming);
        rerank::features_of(&evidence, &candidates, &named)
    }

    /// The first phase: the best [`FIRST_STAGE_CANDIDATES`] passages for a flat disjunction of
    /// the question's terms within `scope`, as (score, passage id).
    fn first_stage(
        &self,
        searcher: &tantivy::Searcher,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        named: &[String],
        scope: &Scope,
    ) -> tantivy::Result<Vec<(f32, usize, DocAddress)>> {
        let fields = self.fields.of(terms.language);
        let present = |field: Field, term: &str| {
            let kind = if field == fields.text {
                FieldKind::Text
            } else if field == fields.question {
                FieldKind::Question
            } else {
                FieldKind::Metadata
            };
            terms.present(kind, term)
        };
        let query = first_stage::query(plan, &fields.weights(), named, &present);
        let found = self.collect(searcher, &query, FIRST_STAGE_CANDIDATES, scope)?;
        Ok(found
            .into_iter()
            .filter_map(|(score, address)| Some((score, self.passage_id(address)?, address)))
            .collect())
    }

    /// How a question is read and how its best candidates score, whether or not they pass the
    /// coverage rule: the operators' `/why`.
    pub fn explain(&self, question: &str, limit: usize) -> Explanation<'_> {
        let (index, outcome) = self.choose(question, 1, &Scope::All);
        let terms = &self.analyses[index];
        let plan = outcome.plan;
        let (resolved, scored) = if plan.concepts.is_empty() {
            (terms.resolve(&plan), Vec::new())
        } else {
            self.two_phase(terms, &plan, &Scope::All)
        };
        let candidates = scored
            .into_iter()
            .take(limit)
            .map(|c| {
                let passage = &self.corpus.passages[c.id];
                Candidate {
                    passage,
                    score: c.score,
                    coverage: c.coverage,
                    matches: terms.concept_matches(&resolved, passage),
                }
            })
            .collect();
        Explanation {
            plan,
            candidates,
            abstention: outcome.abstention,
            min_coverage: self.settings.min_coverage,
        }
    }

    /// BM25 ranking, ties broken by corpus order so the first paragraph of an answer wins when
    /// only the question field matched.
    fn ranked(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        limit: usize,
        scope: &Scope,
    ) -> tantivy::Result<Vec<(f32, usize)>> {
        let searcher = self.reader.searcher();
        let fields = self.fields.of(terms.language);
        let present = |field: Field, term: &str| {
            let kind = if field == fields.text {
                FieldKind::Text
            } else if field == fields.question {
                FieldKind::Question
            } else {
                FieldKind::Metadata
            };
            terms.present(kind, term)
        };
        let query = query::to_query(plan, &fields.weights(), &present);
        // Candidates beyond `limit` let hits below the coverage rule be skipped.
        let candidates = (limit * 3).max(CANDIDATES);
        let found = self.collect(&searcher, &query, candidates, scope)?;
        let mut ranked = Vec::with_capacity(found.len());
        for (score, address) in found {
            if let Some(id) = self.passage_id(address) {
                ranked.push((score, id));
            }
        }
        for (score, id) in &mut ranked {
            let passage = &self.corpus.passages[*id];
            if passage.turn.is_some() && passage.paragraph == 0 {
                *score *= FIRST_PARAGRAPH_BOOST;
            }
        }
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Ok(ranked)
    }

    /// The `limit` best documents for `query` among the passages `scope` allows. A scope is a
    /// filter on the passage-id column while collecting, so the best in scope are found however
    /// far down the whole archive's ranking they are.
    fn collect(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn tantivy::query::Query,
        limit: usize,
        scope: &Scope,
    ) -> tantivy::Result<Vec<(f32, DocAddress)>> {
        let top = TopDocs::with_limit(limit).order_by_score();
        match scope.interviews() {
            None => searcher.search(query, &top),
            Some(interviews) => {
                let keys: Arc<[u64]> = interviews
                    .iter()
                    .filter_map(|&index| self.corpus.interviews.get(index))
                    .map(|interview| interview_key(interview))
                    .collect();
                let allowed = move |key: u64| keys.contains(&key);
                let filtered = FilterCollector::new(INTERVIEW_FIELD.to_string(), allowed, top);
                searcher.search(query, &filtered)
            }
        }
    }

    fn passage_id(&self, address: DocAddress) -> Option<usize> {
        self.doc_passages
            .get(address.segment_ord as usize)?
            .get(address.doc_id as usize)
            .map(|&id| id as usize)
            .filter(|&id| id < self.corpus.passages.len())
    }

    fn hit(
        &self,
        terms: &CorpusTerms,
        plan: &terms::ResolvedPlan,
        passage_id: usize,
        score: f32,
        coverage: f32,
        analyzer: &mut Analyzer,
    ) -> Hit<'_> {
        let passage = &self.corpus.passages[passage_id];
        let highlights = terms.highlights(plan, passage, analyzer);
        Hit {
            passage,
            interview: self.corpus.interview_of(passage),
            question: self.corpus.question_of(passage),
            score,
            coverage,
            highlights,
            translations: self.translations(passage),
        }
    }
}

/// How well one language's reading of a question answers it, to pick among languages.
#[derive(Debug, Clone, Copy)]
struct Evidence {
    answered: bool,
    coverage: f32,
    /// Question words this language knows, as function words or as word forms its passages
    /// use verbatim: the best sign of the question's language when both readings match
    /// equally well (stemming makes "exclusive" and "exclusiva" alike, the words are not).
    known_words: usize,
    score: f32,
}

impl Evidence {
    fn of(outcome: &SearchOutcome<'_>, terms: &CorpusTerms, question: &str) -> Evidence {
        let (coverage, score) = match (outcome.hits.first(), &outcome.abstention) {
            (Some(hit), _) => (hit.coverage, hit.score),
            (None, Some(Abstention::LowCoverage { coverage, .. })) => (*coverage, 0.0),
            _ => (0.0, 0.0),
        };
        let known_words = Analyzer::new(terms.language)
            .analyze(question)
            .iter()
            .filter(|word| word.term.is_none() || terms.knows_word(&word.surface))
            .count();
        Evidence {
            answered: !outcome.hits.is_empty(),
            coverage,
            known_words,
            score,
        }
    }

    fn beats(&self, other: &Evidence) -> bool {
        if self.answered != other.answered {
            return self.answered;
        }
        if (self.coverage - other.coverage).abs() > LANGUAGE_COVERAGE_MARGIN {
            return self.coverage > other.coverage;
        }
        if self.known_words != other.known_words {
            return self.known_words > other.known_words;
        }
        (self.coverage, self.score) > (other.coverage, other.score)
    }
}

/// The most coverage any passage of one language could reach for a plan: the share of its
/// weight whose concepts that language's passages or interview names contain at all (a concept
/// naming an interview leaves both sides of the share, which can only lower it below this).
/// 1 for an empty plan, which may still ask what the interview is about.
fn coverage_bound(plan: &QueryPlan, terms: &CorpusTerms) -> f32 {
    let stats = terms::Statistics {
        terms,
        passages: terms.analysed_passages(),
    };
    let total: f32 = plan.concepts.iter().map(|c| c.weight).sum();
    if total <= 0.0 {
        return 1.0;
    }
    let known: f32 = plan
        .concepts
        .iter()
        .filter(|c| {
            c.alternatives.iter().any(|a| {
                a.terms.iter().all(|t| {
                    query::TermStatistics::document_frequency(&stats, t) > 0
                        || terms.present(FieldKind::Metadata, t)
                })
            })
        })
        .map(|c| c.weight)
        .sum();
    known / total
}

/// One analysis per language of the corpus, English first; English alone for an empty corpus.
fn analyses_of(corpus: &Corpus, languages: &[Language]) -> Vec<CorpusTerms> {
    present_languages(languages)
        .into_iter()
        .map(|language| CorpusTerms::build(corpus, language, languages))
        .collect()
}

/// The languages analysed for interviews in `languages`: each once, English first; English
/// alone for an empty corpus.
fn present_languages(languages: &[Language]) -> Vec<Language> {
    let mut present: Vec<Language> = languages.to_vec();
    present.sort_unstable();
    present.dedup();
    if present.is_empty() {
        present.push(Language::En);
    }
    present
}

/// The passage id of every document: the first passage of its interview plus its position
/// there; `u32::MAX` for a document of no interview of `corpus` (deleted, never a hit).
fn read_passage_ids(
    searcher: &tantivy::Searcher,
    corpus: &Corpus,
) -> tantivy::Result<Vec<Vec<u32>>> {
    let starts = corpus.interview_starts();
    let by_key: std::collections::HashMap<u64, usize> = corpus
        .interviews
        .iter()
        .enumerate()
        .map(|(index, interview)| (interview_key(interview), index))
        .collect();
    searcher
        .segment_readers()
        .iter()
        .map(|segment| {
            let interviews = segment.fast_fields().u64(INTERVIEW_FIELD)?;
            let positions = segment.fast_fields().u64(PASSAGE_FIELD)?;
            Ok((0..segment.max_doc())
                .map(|doc| {
                    let interview = interviews.first(doc).and_then(|key| by_key.get(&key));
                    match (interview, positions.first(doc)) {
                        (Some(&i), Some(at)) if (at as usize) < starts[i + 1] - starts[i] => {
                            (starts[i] + at as usize) as u32
                        }
                        _ => u32::MAX,
                    }
                })
                .collect())
        })
        .collect()
}

/// Identifies an interview's documents in the index: a hash of its file's path, which stays
/// the same when the file is edited.
fn interview_key(interview: &Interview) -> u64 {
    use std::hash::Hasher;
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(interview.source.as_os_str().as_encoded_bytes());
    hasher.finish()
}

/// Registers every language's analyzer under the name its fields use: the one place that
/// says which analyzer reads which field.
fn register_analyzers(index: &Index) {
    for language in Language::ALL {
        index
            .tokenizers()
            .register(analyzer_name(language), term_analyzer_for(language));
    }
}

/// Words asking for the form of a summary rather than a topic ("in one line", "briefly").
const SUMMARY_WORDS: &[&str] = &[
    "one",
    "line",
    "lines",
    "sentence",
    "sentences",
    "word",
    "words",
    "short",
    "brief",
    "briefly",
    "quick",
    "quickly",
    "nutshell",
    "main",
    "point",
    "points",
    "overall",
    "simple",
    "simply",
];

/// A question with no topic of its own that asks what the interview is ("what is this
/// interview about?", "tldr").
fn asks_what_it_is_about(question: &str) -> bool {
    analyzer::words(question).any(|(_, _, word)| ABOUT_CUES.contains(&word.to_lowercase().as_str()))
}

/// Words that name the interview itself in a question.
const ABOUT_CUES: &[&str] = &[
    "interview",
    "interviews",
    "article",
    "piece",
    "conversation",
    "summary",
    "summarize",
    "summarise",
    "tldr",
    "overview",
    "gist",
    "entrevista",
    "resumo",
    "resumen",
];

/// The words of an interview's metadata that identify it in a question.
pub(crate) fn metadata_text(interview: &Interview) -> String {
    let m = &interview.metadata;
    [
        Some(&interview.title),
        m.interviewee.as_ref(),
        m.interviewer.as_ref(),
        m.outlet.as_ref(),
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .collect::<Vec<_>>()
    .join(" \n ")
}

/// Up to this many passages, one thread writes the index (in a fraction of a second): documents
/// then sit in corpus order, so that equal scores are cut the same way by every build and by an
/// update that writes the index again (see `update`).
const ONE_THREAD_UP_TO_DOCS: usize = 20_000;

/// Passages between two progress reports.
const PROGRESS_EVERY: usize = 1_000;

fn write_documents(
    index: &Index,
    corpus: &Corpus,
    languages: &[Language],
    fields: Fields,
    indexed: &(dyn Fn(u64) + Sync),
) -> Result<(), SearchError> {
    let threads = if corpus.passages.len() <= ONE_THREAD_UP_TO_DOCS {
        1
    } else {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(4)
    };
    let mut writer: IndexWriter = index.writer_with_num_threads(threads, WRITER_MEMORY_BYTES)?;
    let starts = corpus.interview_starts();
    let mut reported = 0;
    for (index, window) in starts.windows(2).enumerate() {
        let language = languages.get(index).copied().unwrap_or_default();
        add_documents(
            &writer,
            corpus,
            &corpus.passages[window[0]..window[1]],
            fields.of(language),
            fields,
        )?;
        let done = window[1] - window[1] % PROGRESS_EVERY;
        if done > reported {
            indexed((done - reported) as u64);
            reported = done;
        }
    }
    indexed((corpus.passages.len() - reported) as u64);
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Adds the documents of `passages`, all of one interview of `corpus`, into `own`: the fields
/// of the interview's language.
fn add_documents(
    writer: &IndexWriter,
    corpus: &Corpus,
    passages: &[Passage],
    own: LanguageFields,
    fields: Fields,
) -> Result<(), SearchError> {
    let Some(first) = passages.first() else {
        return Ok(());
    };
    let interview = corpus.interview_of(first);
    let key = interview_key(interview);
    let metadata = metadata_text(interview);
    for (position, passage) in passages.iter().enumerate() {
        let mut document = TantivyDocument::default();
        document.add_text(own.text, &passage.text);
        if let Some(question) = corpus.question_of(passage) {
            document.add_text(own.question, question);
        }
        document.add_text(own.metadata, &metadata);
        document.add_u64(fields.interview, key);
        document.add_u64(fields.passage, position as u64);
        writer.add_document(document)?;
    }
    Ok(())
}

/// Bumped whenever [`persist::SavedCorpus`] or the types it holds change shape.
const SAVED_CORPUS_FORMAT: &str = "interview-bot-corpus-v3";

/// Names the saved corpus for this very build of the program: another build may parse or
/// analyse the same files differently.
fn saved_corpus_key() -> String {
    saved_corpus_key_for(&program_identity())
}

/// The running executable's size and modification time: any rebuild or upgrade changes them.
fn program_identity() -> String {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| format!("{} {:?}", m.len(), m.modified().ok()))
        .unwrap_or_default()
}

fn saved_corpus_key_for(program: &str) -> String {
    use std::hash::Hasher;
    let mut hasher = fnv::FnvHasher::default();
    for part in [
        SAVED_CORPUS_FORMAT,
        env!("CARGO_PKG_VERSION"),
        program,
        INDEX_FORMAT,
        &analyzer::fingerprint(),
    ] {
        hasher.write(part.as_bytes());
        hasher.write_u8(0xff);
    }
    format!("{:016x}", hasher.finish())
}

/// Identifies the indexed content, so a persisted index is reused only for the same corpus.
fn fingerprint(corpus: &Corpus, languages: &[Language]) -> String {
    use std::hash::Hasher;
    let mut hasher = fnv::FnvHasher::default();
    let mut feed = |s: &str| {
        hasher.write(s.as_bytes());
        hasher.write_u8(0xff);
    };
    feed(INDEX_FORMAT);
    feed(&analyzer::fingerprint());
    for (interview, language) in corpus.interviews.iter().zip(languages) {
        feed(&metadata_text(interview));
        feed(language.code());
    }
    for passage in &corpus.passages {
        feed(&passage.text);
        feed(corpus.question_of(passage).unwrap_or_default());
        feed(&passage.interview.to_string());
    }
    format!("{:016x}", hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_build_never_reuses_a_saved_corpus() {
        let key = saved_corpus_key_for("1000 t1");
        assert_ne!(key, saved_corpus_key_for("1001 t1"));
        assert_ne!(key, saved_corpus_key_for("1000 t2"));
        assert_eq!(saved_corpus_key(), saved_corpus_key());
        assert!(!program_identity().is_empty(), "the running build is known");
    }

    /// The test archive, indexed in memory once.
    fn archive() -> &'static Engine {
        static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        ENGINE.get_or_init(|| {
            let report = crate::corpus::load_dir(Path::new("tests/data/interviews")).unwrap();
            let corpus = Arc::new(Corpus::new(report.interviews));
            let settings = SearchSettings::default();
            Engine::build(
                corpus,
                Synonyms::default(),
                settings,
                &IndexLocation::Memory,
            )
            .unwrap()
            .0
        })
    }

    fn interview(engine: &Engine, id: &str) -> usize {
        engine
            .corpus()
            .interviews
            .iter()
            .position(|i| i.id == id)
            .unwrap()
    }

    #[test]
    fn a_scoped_search_quotes_only_its_interviews_and_finds_their_best_passage() {
        let engine = archive();
        let question = "Why are nurses leaving public hospitals after the pandemic?";
        let everywhere = engine.search(question, 10);
        let water = interview(engine, "quispe-water-cochabamba");
        assert!(
            everywhere.hits.iter().all(|h| h.passage.interview != water),
            "the question is not about water in Cochabamba"
        );

        let scope = Scope::only([water]);
        let scoped = engine.search_in("public service water tariffs", 5, &scope);
        assert!(!scoped.hits.is_empty());
        assert!(scoped.hits.iter().all(|h| h.passage.interview == water));

        let lithium = interview(engine, "quispe-lithium-andes");
        let both = Scope::only([lithium, water]);
        let hits = engine.search_in("salt flats", 10, &both).hits;
        assert!(hits.iter().all(|h| both.includes(h.passage.interview)));
        assert_eq!(hits[0].passage.interview, lithium);
    }

    #[test]
    fn a_scope_is_the_same_ranking_as_the_whole_archive_restricted_to_it() {
        let engine = archive();
        let question = "What does she think about lithium mining and water?";
        let all = engine.search(question, 200).hits;
        let first = all[0].passage.interview;
        let scoped = engine.search_in(question, 3, &Scope::only([first])).hits;
        let expected: Vec<usize> = all
            .iter()
            .filter(|h| h.passage.interview == first)
            .take(3)
            .map(|h| h.passage.id)
            .collect();
        let got: Vec<usize> = scoped.iter().map(|h| h.passage.id).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn an_empty_scope_or_one_without_an_answer_quotes_nothing() {
        let engine = archive();
        let question = "What is the main threat to the salt flats?";
        assert!(engine
            .search_in(question, 5, &Scope::only([]))
            .hits
            .is_empty());
        let music = interview(engine, "reyes-band-tour");
        let refused = engine.search_in("lithium brine evaporation ponds", 5, &Scope::only([music]));
        assert!(
            refused.hits.is_empty(),
            "{:?}",
            refused.hits.first().map(|h| &h.passage.text)
        );
        assert!(refused.abstention.is_some());
        let related = engine.related_answers_in("salt flats lithium", 3, &Scope::only([music]));
        assert!(related.iter().all(|p| p.interview == music));
    }
}
