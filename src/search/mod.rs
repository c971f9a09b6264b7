//! Finding the passage that answers a question: the only module that knows Tantivy.
//!
//! Every passage is one document with three analysed fields: its text, the interviewer's question
//! it answers, and the interview's metadata (title, interviewee, outlet). A question becomes a
//! [`QueryPlan`] of weighted concepts (see [`query`]), BM25 ranks passages, and a relative rule
//! decides whether the best one really answers: the share of the question's weight it matches
//! (its *coverage*) must reach [`SearchSettings::min_coverage`]. Scores are not comparable across
//! questions; coverage is.

pub mod analyzer;
mod first_stage;
pub mod language;
mod names;
mod persist;
mod positions;
pub mod query;
mod refusal;
pub mod rerank;
pub mod synonyms;
pub mod terms;
pub mod vocabulary;

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::collector::TopDocs;
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST};
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument};

use crate::corpus::{Corpus, CorpusError, Interview, Passage};
use analyzer::{term_analyzer, Analyzer, TERM_ANALYZER};
use query::{FieldWeights, QueryPlan};
use synonyms::Synonyms;
use terms::{CorpusTerms, FieldKind};

/// Bumped whenever analysis or schema change, so persisted indexes are rebuilt.
const INDEX_FORMAT: &str = "interview-bot-index-v1";

/// Field weights, measured on the labeled set (`interview-bot eval tests/data/questions.jsonl`):
/// the question field helps as much as the text (doubling or halving it lost hit@1); metadata
/// only tips the balance between interviews; two-word phrases pick the paragraph within an answer.
const TEXT_WEIGHT: f32 = 1.0;
const QUESTION_WEIGHT: f32 = 1.0;
const METADATA_WEIGHT: f32 = 0.3;
const PHRASE_WEIGHT: f32 = 0.5;

/// Passages ranked by BM25 before coverage re-ranking picks the best.
const CANDIDATES: usize = 20;

/// Candidates the first phase hands to the second: enough that the paragraph that answers is
/// almost always among them (on the archive questions it is in the first 50 for all but a few),
/// few enough that the second phase stays cheap.
const FIRST_STAGE_CANDIDATES: usize = 100;

/// When a question matches an answer mostly through the interviewer's question, all its
/// paragraphs score alike; the first one opens the answer and reads best out of context.
const FIRST_PARAGRAPH_BOOST: f32 = 1.1;

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

#[derive(Debug, Clone, Copy)]
struct Fields {
    text: Field,
    question: Field,
    metadata: Field,
    passage: Field,
}

impl Fields {
    fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        // Positions are indexed for phrase queries; nothing is stored: the corpus stays in memory
        // and a passage's id (a fast field) leads back to it.
        let analysed = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TERM_ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let fields = Fields {
            text: builder.add_text_field("text", analysed.clone()),
            question: builder.add_text_field("question", analysed.clone()),
            metadata: builder.add_text_field("metadata", analysed),
            passage: builder.add_u64_field("passage", FAST),
        };
        (builder.build(), fields)
    }

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
    reader: IndexReader,
    fields: Fields,
    terms: CorpusTerms,
    synonyms: Synonyms,
    settings: SearchSettings,
    /// Passage id of every document, by segment then document id. The index never changes
    /// after it is opened, so this is read once instead of opening a fast-field column per hit.
    doc_passages: Vec<Vec<u32>>,
    /// The people and outlets of every interview, to tell which interviews a question names.
    names: names::NameIndex,
    /// Index directory and fingerprint of a persisted index, where [`Engine::save`] writes.
    saved_in: Option<(PathBuf, String)>,
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
        let (index, source, saved_in) = match location {
            IndexLocation::Memory => {
                let index = Index::create_in_ram(schema);
                register_analyzer(&index);
                write_documents(&index, &corpus, fields, indexed)?;
                (index, IndexSource::BuiltInMemory, None)
            }
            IndexLocation::Directory(dir) => {
                let fingerprint = fingerprint(&corpus);
                let (index, source) = persist::open_or_build(dir, &fingerprint, schema, |index| {
                    register_analyzer(index);
                    write_documents(index, &corpus, fields, indexed)
                })?;
                (index, source, Some((dir.clone(), fingerprint)))
            }
        };
        let terms = CorpusTerms::build(&corpus);
        let engine = Engine::assemble(corpus, &index, terms, synonyms, settings, saved_in)?;
        Ok((engine, source))
    }

    /// Opens the engine saved by [`Engine::save`] in `dir` for interview files in the state
    /// `files_stamp` describes (see [`crate::corpus::files_stamp`]), with the files that failed to
    /// load then. `None` when there is none, or it does not match its index: the caller then
    /// reads the files.
    pub fn open_saved(
        dir: &Path,
        files_stamp: &str,
        synonyms: Synonyms,
        settings: SearchSettings,
    ) -> Option<(Engine, Vec<CorpusError>)> {
        let saved = persist::open_saved_corpus(dir, &saved_corpus_key(files_stamp))?;
        let index = persist::open_existing(dir, &saved.fingerprint)?;
        let corpus = Arc::new(Corpus::new(saved.interviews));
        if saved.terms.passage_count() != corpus.passages.len() {
            tracing::warn!(path = %dir.display(), "saved corpus does not match its terms; reading the interview files");
            return None;
        }
        let saved_in = Some((dir.to_path_buf(), saved.fingerprint));
        let engine = Engine::assemble(corpus, &index, saved.terms, synonyms, settings, saved_in)
            .inspect_err(|error| tracing::warn!(%error, "saved index unreadable"))
            .ok()?;
        let indexed: usize = engine.doc_passages.iter().map(Vec::len).sum();
        if indexed != engine.corpus.passages.len() {
            tracing::warn!(path = %dir.display(), "saved corpus does not match its index; reading the interview files");
            return None;
        }
        Some((engine, saved.errors))
    }

    /// Saves the parsed corpus and its term sets beside the index, so that a later start with
    /// the interview files unchanged ([`Engine::open_saved`] with the same `files_stamp`) skips
    /// reading and analysing them. `errors` are the files that failed to load, reported again
    /// then. Does nothing for an index in memory.
    ///
    /// # Errors
    /// [`SearchError::IndexDirectory`] when the file cannot be written.
    pub fn save(&self, files_stamp: &str, errors: &[CorpusError]) -> Result<(), SearchError> {
        let Some((dir, fingerprint)) = &self.saved_in else {
            return Ok(());
        };
        persist::save_corpus(
            dir,
            &saved_corpus_key(files_stamp),
            &persist::SavedCorpusRef {
                fingerprint,
                interviews: &self.corpus.interviews,
                errors,
                terms: &self.terms,
            },
        )
    }

    fn assemble(
        corpus: Arc<Corpus>,
        index: &Index,
        terms: CorpusTerms,
        synonyms: Synonyms,
        settings: SearchSettings,
        saved_in: Option<(PathBuf, String)>,
    ) -> Result<Engine, SearchError> {
        let (_, fields) = Fields::schema();
        register_analyzer(index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let doc_passages = read_passage_ids(&reader.searcher())?;
        let names = names::NameIndex::build(&corpus.interviews);
        Ok(Engine {
            names,
            corpus,
            reader,
            fields,
            terms,
            synonyms,
            settings,
            doc_passages,
            saved_in,
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

    /// Reads a question and plans the search; never fails.
    pub fn plan(&self, question: &str) -> QueryPlan {
        let stats = terms::Statistics {
            terms: &self.terms,
            passages: self.corpus.passages.len() as u64,
        };
        query::plan(
            question,
            &mut Analyzer::default(),
            &self.synonyms,
            &self.terms.vocabulary,
            &stats,
        )
    }

    /// Finds up to `limit` passages answering `question`, best first, or says why none does.
    /// Never fails and never panics, whatever the question.
    pub fn search(&self, question: &str, limit: usize) -> SearchOutcome<'_> {
        let plan = self.plan(question);
        // "What is this interview about (in one line)?" has no topic of its own that a passage
        // could cover: the introduction answers it.
        let about_the_interview = asks_what_it_is_about(question)
            && plan.concepts.iter().all(|c| {
                SUMMARY_WORDS.contains(&c.words.as_str()) || ABOUT_CUES.contains(&c.words.as_str())
            });
        let (hits, abstention) = if about_the_interview && !self.corpus.interviews.is_empty() {
            (self.introductions(limit), None)
        } else {
            self.run(&plan, limit)
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
        let plan = self.plan(question);
        if plan.concepts.is_empty() {
            return Vec::new();
        }
        let mut answers: Vec<&Passage> = Vec::new();
        for (_, id) in self.ranked(&plan, CANDIDATES).unwrap_or_default() {
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

    /// The opening paragraph of each interview: the answer to "what is this interview about?".
    fn introductions(&self, limit: usize) -> Vec<Hit<'_>> {
        self.corpus
            .passages
            .iter()
            .filter(|p| p.paragraph == 0 && p.turn.is_none())
            .take(limit)
            .map(|passage| Hit {
                passage,
                interview: self.corpus.interview_of(passage),
                question: None,
                score: 0.0,
                coverage: 1.0,
                highlights: Vec::new(),
            })
            .collect()
    }

    fn run(&self, plan: &QueryPlan, limit: usize) -> (Vec<Hit<'_>>, Option<Abstention>) {
        if plan.concepts.is_empty() {
            return (Vec::new(), Some(Abstention::NoSearchableWords));
        }
        let (resolved, candidates) = self.two_phase(plan);
        let candidates = match refusal::admissible(candidates, self.settings.min_coverage) {
            Ok(candidates) => candidates,
            Err(abstention) => return (Vec::new(), Some(abstention)),
        };
        let mut analyzer = Analyzer::default();
        let hits = candidates
            .into_iter()
            .take(limit)
            .map(|c| self.hit(&resolved, c.id, c.score, c.coverage, &mut analyzer))
            .collect();
        (hits, None)
    }

    /// The interviews the question names, and which of its concepts name them.
    fn named(&self, plan: &QueryPlan) -> (names::Named, Vec<bool>) {
        let typed: Vec<String> = plan
            .concepts
            .iter()
            .filter_map(|c| c.alternatives.first())
            .flat_map(|a| a.terms.iter().cloned())
            .collect();
        let frequency = |term: &str| self.terms.text_frequency(term);
        let named = self
            .names
            .named(&typed, &frequency, self.corpus.passages.len() as u64);
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
    fn two_phase(&self, plan: &QueryPlan) -> (terms::ResolvedPlan, Vec<rerank::Scored>) {
        let (named, naming) = self.named(plan);
        let candidates = self.candidates(plan, &named.terms);
        let resolved = self.terms.resolve(plan);
        let evidence = rerank::Evidence::new(&self.corpus, &self.terms, &resolved, &naming);
        let scored = rerank::rerank(&evidence, &candidates, &named);
        (resolved, scored)
    }

    /// The first phase's candidates, with the positions of the question's concepts in each.
    fn candidates(&self, plan: &QueryPlan, named: &[String]) -> Vec<rerank::Candidate> {
        let searcher = self.reader.searcher();
        let found = self.first_stage(&searcher, plan, named).and_then(|found| {
            let addresses: Vec<DocAddress> = found.iter().map(|f| f.2).collect();
            let positions =
                positions::concept_positions(&searcher, self.fields.text, plan, &addresses)?;
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
        let plan = self.plan(question);
        let (named, naming) = self.named(&plan);
        let candidates = self.candidates(&plan, &named.terms);
        let resolved = self.terms.resolve(&plan);
        let evidence = rerank::Evidence::new(&self.corpus, &self.terms, &resolved, &naming);
        rerank::features_of(&evidence, &candidates, &named)
    }

    /// The first phase: the best [`FIRST_STAGE_CANDIDATES`] passages for a flat disjunction of
    /// the question's terms, as (score, passage id).
    fn first_stage(
        &self,
        searcher: &tantivy::Searcher,
        plan: &QueryPlan,
        named: &[String],
    ) -> tantivy::Result<Vec<(f32, usize, DocAddress)>> {
        let present = |field: Field, term: &str| self.present(field, term);
        let query = first_stage::query(plan, &self.fields.weights(), named, &present);
        let found = searcher.search(
            &query,
            &TopDocs::with_limit(FIRST_STAGE_CANDIDATES).order_by_score(),
        )?;
        Ok(found
            .into_iter()
            .filter_map(|(score, address)| Some((score, self.passage_id(address)?, address)))
            .collect())
    }

    fn present(&self, field: Field, term: &str) -> bool {
        let kind = if field == self.fields.text {
            FieldKind::Text
        } else if field == self.fields.question {
            FieldKind::Question
        } else {
            FieldKind::Metadata
        };
        self.terms.present(kind, term)
    }

    /// How a question is read and how its best candidates score, whether or not they pass the
    /// coverage rule: the operators' `/why`.
    pub fn explain(&self, question: &str, limit: usize) -> Explanation<'_> {
        let plan = self.plan(question);
        let outcome = self.search(question, 1);
        let (resolved, scored) = if plan.concepts.is_empty() {
            (self.terms.resolve(&plan), Vec::new())
        } else {
            self.two_phase(&plan)
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
                    matches: self.terms.concept_matches(&resolved, passage),
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
    fn ranked(&self, plan: &QueryPlan, limit: usize) -> tantivy::Result<Vec<(f32, usize)>> {
        let searcher = self.reader.searcher();
        let present = |field: Field, term: &str| self.present(field, term);
        let query = query::to_query(plan, &self.fields.weights(), &present);
        // Candidates beyond `limit` let hits below the coverage rule be skipped.
        let candidates = (limit * 3).max(CANDIDATES);
        let found = searcher.search(&query, &TopDocs::with_limit(candidates).order_by_score())?;
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

    fn passage_id(&self, address: DocAddress) -> Option<usize> {
        self.doc_passages
            .get(address.segment_ord as usize)?
            .get(address.doc_id as usize)
            .map(|&id| id as usize)
            .filter(|&id| id < self.corpus.passages.len())
    }

    fn hit(
        &self,
        plan: &terms::ResolvedPlan,
        passage_id: usize,
        score: f32,
        coverage: f32,
        analyzer: &mut Analyzer,
    ) -> Hit<'_> {
        let passage = &self.corpus.passages[passage_id];
        let highlights = self.terms.highlights(plan, passage, analyzer);
        Hit {
            passage,
            interview: self.corpus.interview_of(passage),
            question: self.corpus.question_of(passage),
            score,
            coverage,
            highlights,
        }
    }
}

fn read_passage_ids(searcher: &tantivy::Searcher) -> tantivy::Result<Vec<Vec<u32>>> {
    searcher
        .segment_readers()
        .iter()
        .map(|segment| {
            let column = segment.fast_fields().u64("passage")?;
            Ok((0..segment.max_doc())
                .map(|doc| column.first(doc).map_or(u32::MAX, |id| id as u32))
                .collect())
        })
        .collect()
}

fn register_analyzer(index: &Index) {
    index.tokenizers().register(TERM_ANALYZER, term_analyzer());
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

/// Passages between two progress reports.
const PROGRESS_EVERY: usize = 1_000;

fn write_documents(
    index: &Index,
    corpus: &Corpus,
    fields: Fields,
    indexed: &(dyn Fn(u64) + Sync),
) -> Result<(), SearchError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4);
    let mut writer: IndexWriter = index.writer_with_num_threads(threads, WRITER_MEMORY_BYTES)?;
    let metadata: Vec<String> = corpus.interviews.iter().map(metadata_text).collect();
    for passage in &corpus.passages {
        let mut document = TantivyDocument::default();
        document.add_text(fields.text, &passage.text);
        if let Some(question) = corpus.question_of(passage) {
            document.add_text(fields.question, question);
        }
        document.add_text(fields.metadata, &metadata[passage.interview]);
        document.add_u64(fields.passage, passage.id as u64);
        writer.add_document(document)?;
        if (passage.id + 1) % PROGRESS_EVERY == 0 {
            indexed(PROGRESS_EVERY as u64);
        }
    }
    indexed((corpus.passages.len() % PROGRESS_EVERY) as u64);
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Bumped whenever [`persist::SavedCorpus`] or the types it holds change shape.
const SAVED_CORPUS_FORMAT: &str = "interview-bot-corpus-v1";

/// Names the saved corpus for a state of the interview files and this very build of the
/// program: another build may parse or analyse the same files differently.
fn saved_corpus_key(files_stamp: &str) -> String {
    saved_corpus_key_for(&program_identity(), files_stamp)
}

/// The running executable's size and modification time: any rebuild or upgrade changes them.
fn program_identity() -> String {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| format!("{} {:?}", m.len(), m.modified().ok()))
        .unwrap_or_default()
}

fn saved_corpus_key_for(program: &str, files_stamp: &str) -> String {
    use std::hash::Hasher;
    let mut hasher = fnv::FnvHasher::default();
    for part in [
        SAVED_CORPUS_FORMAT,
        env!("CARGO_PKG_VERSION"),
        program,
        INDEX_FORMAT,
        &analyzer::fingerprint(),
        files_stamp,
    ] {
        hasher.write(part.as_bytes());
        hasher.write_u8(0xff);
    }
    format!("{:016x}", hasher.finish())
}

/// Identifies the indexed content, so a persisted index is reused only for the same corpus.
fn fingerprint(corpus: &Corpus) -> String {
    use std::hash::Hasher;
    let mut hasher = fnv::FnvHasher::default();
    let mut feed = |s: &str| {
        hasher.write(s.as_bytes());
        hasher.write_u8(0xff);
    };
    feed(INDEX_FORMAT);
    feed(&analyzer::fingerprint());
    for interview in &corpus.interviews {
        feed(&metadata_text(interview));
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
    fn another_build_or_another_state_of_the_files_never_reuses_a_saved_corpus() {
        let key = saved_corpus_key_for("1000 t1", "files-a");
        assert_ne!(key, saved_corpus_key_for("1001 t1", "files-a"));
        assert_ne!(key, saved_corpus_key_for("1000 t2", "files-a"));
        assert_ne!(key, saved_corpus_key_for("1000 t1", "files-b"));
        assert_eq!(saved_corpus_key("files-a"), saved_corpus_key("files-a"));
        assert!(!program_identity().is_empty(), "the running build is known");
    }
}
