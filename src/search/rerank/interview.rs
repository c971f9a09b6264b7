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

/// Added to the number of interviews that use a concept, and twice to their total, in its
/// rarity among interviews: a concept every interview uses keeps a little weight, and one no
/// interview uses (reached only through a related word) does not weigh without bound.
const INTERVIEW_SMOOTHING: f32 = 0.5;

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

    /// The share of the question's topic that a passage's interview uses anywhere, each
    /// concept counted once and weighed by its rarity across interviews (see
    /// [`RankingEvidence::rarity_across_interviews`]).
    pub(super) fn interview_coverage(&self, used: &[bool]) -> f32 {
        let rarity = self
            .interview_rarity
            .get_or_init(|| self.rarity_across_interviews());
        let (mut held, mut total) = (0.0, 0.0);
        let topical = self
            .topical
            .iter()
            .zip(used.iter().chain(std::iter::repeat(&false)));
        for ((&topical, &used), &rarity) in topical.zip(rarity) {
            if topical {
                total += rarity;
                held += rarity * flag(used);
            }
        }
        if total > 0.0 {
            held / total
        } else {
            0.0
        }
    }

    /// Per concept of the plan, how rare it is among interviews: the log of their number over
    /// the number that use it (smoothed by [`INTERVIEW_SMOOTHING`]). A word's weight counts
    /// paragraphs, and in a large archive a topic word one interview repeats in every answer
    /// ("climate") looks as rare as a word three interviews use once; what tells the
    /// interview the question is about is the concept few interviews use at all.
    fn rarity_across_interviews(&self) -> Vec<f32> {
        let interviews = self.terms.passage_terms.len();
        let mut using = vec![0_usize; self.plan.concepts.len()];
        for used in self.uses(0..interviews).values() {
            for (count, &used) in using.iter_mut().zip(used) {
                *count += usize::from(used);
            }
        }
        let all = interviews as f32 + INTERVIEW_SMOOTHING * 2.0;
        using
            .into_iter()
            .map(|count| (all / (count as f32 + INTERVIEW_SMOOTHING)).ln().max(0.0))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, Interview};
    use crate::search::language::Language;
    use crate::search::query::QueryPlan;
    use crate::search::rerank::fixtures::{interview_of, typed_concept};
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
        assert!(evidence.interview_coverage(&uses[&1]) < 0.5);
    }

    #[test]
    fn a_concept_few_interviews_use_weighs_more_in_the_interview_coverage() {
        // Arrange: every interview speaks of cobalt; only the first of a tariff too.
        let corpus = Corpus::new(vec![
            interview("a", &["Cobalt comes from the mines.", "A tariff was set."]),
            interview("b", &["Cobalt is refined abroad."]),
            interview("c", &["Cobalt prices fell."]),
            interview("d", &["We recycle cobalt."]),
        ]);
        let terms = CorpusTerms::build(&corpus, Language::En, &[Language::En; 4]);
        let plan = QueryPlan {
            concepts: vec![typed_concept("cobalt"), typed_concept("tariff")],
            ..QueryPlan::default()
        };
        let resolved = terms.resolve(&plan);
        let evidence = RankingEvidence::new(&corpus, &terms, &resolved, &[false, false], &[]);
        // Act
        let uses = evidence.uses([0, 1]);
        let (both, cobalt) = (uses[&0].clone(), uses[&1].clone());
        // Assert: both concepts weigh the same in the plan, but the interview holding only
        // the word every interview uses covers little of the question.
        assert!(evidence.interview_coverage(&both) > 0.99);
        assert!(evidence.interview_coverage(&cobalt) < 0.2);
    }
}
