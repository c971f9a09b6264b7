//! What the tests of the second phase build their evidence from: a question's first phase
//! over an engine, and concepts and interviews made by hand.

use super::Candidate;
use crate::corpus::{Interview, Metadata, Turn};
use crate::search::analyzer::{AnalyzedWord, Analyzer};
use crate::search::query::{Alternative, Concept, Source};
use crate::search::terms::ResolvedPlan;
use crate::search::{Engine, Scope};

/// A question's first phase over `engine`, read as its search reads it: what a test of the
/// second phase's evidence builds that evidence from.
pub(in crate::search) struct FirstPhase {
    /// The chosen reading (index in the engine's analyses).
    pub(in crate::search) index: usize,
    /// Which of the plan's concepts name an interview.
    pub(in crate::search) naming: Vec<bool>,
    pub(in crate::search) candidates: Vec<Candidate>,
    pub(in crate::search) resolved: ResolvedPlan,
    /// The question's analysed words.
    pub(in crate::search) words: Vec<AnalyzedWord>,
}

/// [`FirstPhase`] of `question` over the whole of `engine`.
pub(in crate::search) fn first_phase(engine: &Engine, question: &str) -> FirstPhase {
    let (index, outcome) = engine.choose(question, 1, &Scope::All);
    let (terms, plan) = (&engine.analyses[index], outcome.plan);
    let (named, naming) = engine.named(terms, &plan);
    let candidates = engine.candidates(terms, &plan, &named.terms, &Scope::All);
    let resolved = terms.resolve(&plan);
    let words = Analyzer::new(terms.language).analyze(question);
    FirstPhase {
        index,
        naming,
        candidates,
        resolved,
        words,
    }
}

/// A concept of one typed term and weight 1.
pub(in crate::search) fn typed_concept(term: &str) -> Concept {
    Concept {
        words: term.into(),
        alternatives: vec![Alternative {
            terms: vec![term.into()],
            source: Source::Typed,
        }],
        weight: 1.0,
    }
}

/// An interview `id` of `turns` (question, paragraphs), with no metadata or introduction.
pub(in crate::search) fn interview_of(id: &str, turns: &[(&str, &[&str])]) -> Interview {
    Interview {
        id: id.into(),
        source: Default::default(),
        metadata: Metadata::default(),
        title: "t".into(),
        intro: Vec::new(),
        turns: turns
            .iter()
            .map(|(question, answer)| Turn {
                question: (*question).into(),
                answer: answer.iter().map(|&a| a.into()).collect(),
                line: 1,
                speakers: Vec::new(),
            })
            .collect(),
    }
}
