//! From a person's free-text question to a plan of weighted concepts ([`plan`]), and from the
//! plan to a Tantivy query ([`to_query`]). Never fails: whatever the input, the worst outcome is
//! an empty plan.
//!
//! A *concept* is one thing the question asks about: a word, or a synonym group found in the
//! question. Each has alternatives (the word itself, its synonyms, spelling corrections) and a
//! weight, its inverse document frequency, used to decide how much of the question a passage
//! really answers.

mod bound;
mod clauses;
mod fillers;
mod plan;
mod related;
mod slips;

pub use bound::{bounded, MAX_QUESTION_BYTES};
pub(super) use clauses::{metadata_clause, terms_query};
pub use clauses::{to_query, FieldWeights};
pub use plan::plan;
pub(super) use plan::strip_addressing;

/// How an alternative was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The person's own word(s).
    Typed,
    /// From the operator's synonyms file.
    Synonym,
    /// A corpus word one edit away from a word the index does not know.
    Spelling,
    /// Another form of the word that the corpus uses: a place for its people ("bolivians" ->
    /// "bolivia") or the other way round.
    Form,
    /// A word of general language that people use for the typed one (see [`related`]).
    Related,
    /// The root a rare derived word shares with the corpus's forms of it ("edit" for
    /// "editor", see `Vocabulary::derived_root`).
    Root,
}

/// Weight of a spelling correction relative to the word as typed: a guess counts a bit less.
const CORRECTION_BOOST: f32 = 0.8;

/// Weight of a synonym relative to the words the person used.
const SYNONYM_BOOST: f32 = 0.9;

/// Weight of a related word relative to the word typed: a paraphrase's evidence, weaker than
/// the operator's synonyms (chosen on the archive's development questions among 0.3-0.7).
const RELATED_BOOST: f32 = 0.7;

/// Weight of a derived word's root relative to the word typed: a guess from the spelling
/// alone, that "editor" and "editing" are one word, counts less than a correction.
const ROOT_BOOST: f32 = 0.7;

/// Weight of another form of the word (a place for its people) relative to the word typed.
const FORM_BOOST: f32 = 0.9;

impl Source {
    /// How much a match through an alternative of this source counts, relative to the words
    /// typed.
    pub fn boost(self) -> f32 {
        match self {
            Source::Typed => 1.0,
            Source::Synonym => SYNONYM_BOOST,
            Source::Spelling => CORRECTION_BOOST,
            Source::Form => FORM_BOOST,
            Source::Related => RELATED_BOOST,
            Source::Root => ROOT_BOOST,
        }
    }

    /// Whether a match through an alternative of this source counts as matching the concept
    /// (coverage, proximity); a related word or a root counts for less (see
    /// `rerank::RELATED_CREDIT`): counted in full, "router" met "route" and answered off-topic
    /// questions.
    pub fn counts(self) -> bool {
        !matches!(self, Source::Related | Source::Root)
    }
}

/// One way of matching a concept: a single term or a short phrase of terms.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Alternative {
    /// Index terms; more than one means a phrase.
    pub terms: Vec<String>,
    /// Where it came from.
    pub source: Source,
}

/// Something the question asks about.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Concept {
    /// The person's words for it.
    pub words: String,
    /// Ways to match it; any one is enough.
    pub alternatives: Vec<Alternative>,
    /// Inverse document frequency of the concept; unknown words weigh the most.
    pub weight: f32,
}

/// Two neighbouring question words, rewarded when a passage has them next to each other.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PhrasePair {
    /// First term.
    pub first: String,
    /// Second term.
    pub second: String,
    /// Word distance between them in the question (stopwords count), kept in the phrase.
    pub gap: usize,
}

/// What will be searched for.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct QueryPlan {
    /// Concepts in question order.
    pub concepts: Vec<Concept>,
    /// Phrase boosts.
    pub phrases: Vec<PhrasePair>,
    /// The interviews this reading names, found once by the engine that read it (see
    /// `Engine::named`) for every step of its search that asks.
    #[serde(skip)]
    pub(in crate::search) named: super::memo::Memo,
}

/// Index statistics the planner needs, abstracted so planning is testable without an index.
pub trait TermStatistics {
    /// Number of passages containing `term` in any searchable field.
    fn document_frequency(&self, term: &str) -> u64;
    /// Number of passages.
    fn document_count(&self) -> u64;
}

/// BM25's inverse document frequency.
pub fn idf(document_frequency: u64, document_count: u64) -> f32 {
    let n = document_count as f32;
    let df = document_frequency as f32;
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}
