//! Engines over the test archive (`tests/data/interviews`), for the unit tests of the engine.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use super::analyzer::{AnalyzedWord, Analyzer};
use super::query::{Alternative, Concept, Source};
use super::rerank::Candidate;
use super::synonyms::Synonyms;
use super::terms::ResolvedPlan;
use super::{Engine, IndexLocation, Scope, SearchSettings};
use crate::corpus::{Corpus, Interview, Metadata, Turn};

/// The test archive's interviews, parsed.
pub(super) fn archive_interviews() -> Vec<Arc<Interview>> {
    let report = crate::corpus::load_dir(Path::new("tests/data/interviews")).unwrap();
    assert!(report.interviews.len() >= 10, "the test archive is there");
    report.interviews.into_iter().map(Arc::new).collect()
}

/// An engine in memory over `interviews`, with the default settings and no synonyms.
pub(super) fn engine_of(interviews: Vec<Arc<Interview>>) -> Engine {
    let corpus = Arc::new(Corpus::from_shared(interviews));
    Engine::build(
        corpus,
        Synonyms::default(),
        SearchSettings::default(),
        &IndexLocation::Memory,
    )
    .unwrap()
    .0
}

/// The test archive, indexed in memory once.
pub(super) fn archive_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| engine_of(archive_interviews()))
}

/// A question's first phase over `engine`, read as its search reads it: what a test of the
/// second phase's evidence builds that evidence from.
pub(super) struct FirstPhase {
    /// The chosen reading (index in the engine's analyses).
    pub(super) index: usize,
    /// Which of the plan's concepts name an interview.
    pub(super) naming: Vec<bool>,
    pub(super) candidates: Vec<Candidate>,
    pub(super) resolved: ResolvedPlan,
    /// The question's analysed words.
    pub(super) words: Vec<AnalyzedWord>,
}

/// [`FirstPhase`] of `question` over the whole of `engine`.
pub(super) fn first_phase(engine: &Engine, question: &str) -> FirstPhase {
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
pub(super) fn typed_concept(term: &str) -> Concept {
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
pub(super) fn interview_of(id: &str, turns: &[(&str, &[&str])]) -> Interview {
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
