//! A question's plan as this corpus's term ids, and where its concepts match a passage: what
//! the second phase and the explanations compare with the term tables.

use super::CorpusTerms;
use crate::corpus::Passage;
use crate::search::query::{Concept, QueryPlan};

impl CorpusTerms {
    /// The plan's alternatives as term ids (`None` for terms the corpus lacks).
    pub(in crate::search) fn resolve(&self, plan: &QueryPlan) -> ResolvedPlan {
        let resolved = |concept: &Concept, related: bool| ResolvedConcept {
            weight: concept.weight,
            alternatives: concept
                .alternatives
                .iter()
                .filter(|a| a.source.counts() != related)
                .map(|a| a.terms.iter().map(|t| self.id(t)).collect())
                .collect(),
        };
        let concepts = |related| plan.concepts.iter().map(|c| resolved(c, related)).collect();
        ResolvedPlan {
            concepts: concepts(false),
            related: concepts(true),
        }
    }

    /// Where each concept matched the passage, for explanations.
    pub(in crate::search) fn concept_matches(
        &self,
        plan: &ResolvedPlan,
        passage: &Passage,
    ) -> Vec<ConceptMatch> {
        let all = |ids: &[Option<u32>], test: &dyn Fn(u32) -> bool| {
            ids.iter().all(|id| id.is_some_and(test))
        };
        plan.concepts
            .iter()
            .map(|concept| {
                let any = |test: &dyn Fn(u32) -> bool| {
                    concept.alternatives.iter().any(|ids| all(ids, test))
                };
                ConceptMatch {
                    in_text: any(&|id| self.in_text(passage, id)),
                    in_question: any(&|id| self.in_question(passage, id)),
                    names_interview: any(&|id| self.is_name(passage, id)),
                }
            })
            .collect()
    }
}

/// Where one concept of a question matched a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConceptMatch {
    /// In the passage text.
    pub in_text: bool,
    /// In the interviewer's question it answers.
    pub in_question: bool,
    /// It names the interview's people or outlet (does not count towards coverage).
    pub names_interview: bool,
}

/// A plan with terms replaced by ids.
pub(in crate::search) struct ResolvedPlan {
    /// The plan's concepts, in plan order.
    pub(in crate::search) concepts: Vec<ResolvedConcept>,
    /// The same concepts matched only through related words (see [`Source::Related`](crate::search::query::Source::Related)).
    pub(in crate::search) related: Vec<ResolvedConcept>,
}

/// A concept with terms replaced by ids.
pub(in crate::search) struct ResolvedConcept {
    /// The concept's weight (its inverse document frequency).
    pub(in crate::search) weight: f32,
    /// Each alternative's term ids; `None` for a term the corpus lacks.
    pub(in crate::search) alternatives: Vec<Vec<Option<u32>>>,
}
