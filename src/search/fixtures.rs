//! What tests of the search build their evidence from, besides a question's first
//! phase over an engine (`Engine::shortlist`): concepts and interviews made by hand.

use crate::corpus::{Interview, Metadata, Turn};
use crate::search::query::{Alternative, Concept, Source};

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
