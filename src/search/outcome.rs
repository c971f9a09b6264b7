//! What a search gives back: hits with what rendering needs, the reasons for no answer, and the
//! explanation of an answer for operators.

use std::ops::Range;

pub use super::facts::Fact;
use super::language::Language;
use super::query::QueryPlan;
use super::terms;
use crate::corpus::{Interview, Passage};

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
    /// The passages that match enough of the question use its words only in passing (once
    /// each, apart, under an interviewer's question about something else), across an archive
    /// where every common word is used in passing somewhere.
    OnlyInPassing {
        /// Coverage of the best passage.
        coverage: f32,
    },
    /// The question asks for a quantity ("how many…") and no passage that matches it states
    /// one.
    NoFigure {
        /// Coverage of the best passage.
        coverage: f32,
    },
    /// The question asks for a fact (who, where, which, how many, what is the name…),
    /// and across several interviews no passage that matches enough of it has its rarest word:
    /// they speak of something else.
    OffSubject {
        /// Coverage of the best passage.
        coverage: f32,
    },
    /// The question asks for a fact across several interviews, and the passages that match
    /// enough of it have its rarest word, but never near another of its words (see
    /// `search::together`): they meet its words apart, on something else.
    Apart {
        /// Coverage of the best passage.
        coverage: f32,
    },
    /// The question asks for a year or a name ("in what year…", "what is the name
    /// of…") and no passage that matches it gives one near its words.
    NotGiven {
        /// Coverage of the best passage.
        coverage: f32,
        /// What the question asks for.
        fact: Fact,
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
    /// The language analysis that read it (index in the engine's analyses), for suggestions
    /// that read the question as the search did (see `Engine::related_answers_for`).
    pub(super) analysis: usize,
}
