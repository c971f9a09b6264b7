//! Evidence from the candidate's interview as a whole: which of the question's concepts it
//! uses anywhere.
//!
//! A paragraph that matches one striking word of the question can sit in an interview that
//! never speaks of the rest ("why are so many care workers quitting?" meets "quitting" in an
//! interview about software); the interview that uses every concept somewhere, even in other
//! paragraphs, is the one the question is about, and its paragraphs should win ties of
//! paragraph evidence.

use std::collections::HashMap;

use super::{flag, RankingEvidence};

/// Per interview: whether its passages' text uses each concept of the plan.
pub(in crate::search) type Uses = HashMap<usize, Vec<bool>>;

impl RankingEvidence<'_> {
    /// The concepts each of `interviews` uses (see [`Uses`]).
    pub(super) fn uses(&self, interviews: impl IntoIterator<Item = usize>) -> Uses {
        let mut uses = Uses::new();
        for interview in interviews {
            uses.entry(interview)
                .or_insert_with(|| self.used_in(interview));
        }
        uses
    }

    fn used_in(&self, interview: usize) -> Vec<bool> {
        let Some(passages) = self.terms.passage_terms.get(interview) else {
            return vec![false; self.plan.concepts.len()];
        };
        self.plan
            .concepts
            .iter()
            .map(|concept| {
                passages
                    .iter()
                    .any(|ids| self.matches(concept, |id| ids.binary_search(&id).is_ok()))
            })
            .collect()
    }

    /// The share of the question's topic that a passage's interview uses anywhere.
    pub(super) fn interview_coverage(&self, used: &[bool]) -> f32 {
        self.weighted_share(&|at, _| flag(used.get(at).copied().unwrap_or(false)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, Interview};
    use crate::search::fixtures::{interview_of, typed_concept};
    use crate::search::language::Language;
    use crate::search::query::QueryPlan;
    use crate::search::terms::CorpusTerms;

    fn interview(id: &str, answer: &[&str]) -> Interview {
        interview_of(id, &[("What happened?", answer)])
    }

    #[test]
    fn an_interview_that_uses_every_concept_somewhere_covers_the_question() {
        // Arrange: both interviews say "cobalt"; only the first says "tariff", in another
        // paragraph than its "cobalt".
        let corpus = Corpus::new(vec![
            interview("a", &["Cobalt comes from the mines.", "A tariff was set."]),
            interview("b", &["Cobalt is refined abroad."]),
        ]);
        let terms = CorpusTerms::build(&corpus, Language::En, &[Language::En; 2]);
        let plan = QueryPlan {
            concepts: vec![typed_concept("cobalt"), typed_concept("tariff")],
            ..QueryPlan::default()
        };
        let resolved = terms.resolve(&plan);
        let evidence = RankingEvidence::new(&corpus, &terms, &resolved, &[false, false], &[]);
        // Act
        let uses = evidence.uses([0, 1]);
        // Assert
        assert_eq!(uses[&0], [true, true]);
        assert_eq!(uses[&1], [true, false]);
        assert!((evidence.interview_coverage(&uses[&0]) - 1.0).abs() < 1e-6);
        assert!((evidence.interview_coverage(&uses[&1]) - 0.5).abs() < 1e-6);
    }
}
