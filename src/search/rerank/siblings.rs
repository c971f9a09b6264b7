//! Evidence for choosing among the paragraphs of one answer, beside what sets answers apart.
//!
//! Paragraphs of one answer share their interview's subject: a question naming that subject
//! ("what does she think about water privatisation?" in an interview about water) meets
//! many of its paragraphs through the subject's words, which tell them apart little, and the
//! first phase then prefers the paragraph that repeats them most. Within an
//! interview, a word weighs by how few of its paragraphs use it: the paragraph that says the
//! question's words its interview rarely says is the one about them.

use std::collections::HashMap;

use super::{RankingEvidence, RELATED_CREDIT};
use crate::corpus::Passage;

/// Per interview: the share of its passages whose text uses each concept of the plan.
pub(in crate::search) type Spread = HashMap<usize, Vec<f32>>;

impl RankingEvidence<'_> {
    /// How widely each of `interviews` uses each concept (see [`Spread`]).
    pub(super) fn spread(&self, interviews: impl IntoIterator<Item = usize>) -> Spread {
        let mut spread = Spread::new();
        for interview in interviews {
            spread
                .entry(interview)
                .or_insert_with(|| self.spread_in(interview));
        }
        spread
    }

    fn spread_in(&self, interview: usize) -> Vec<f32> {
        let passages = self.terms.passage_terms.get(interview);
        let passages = passages.map_or(&[][..], |p| &p[..]);
        self.plan
            .concepts
            .iter()
            .map(|concept| {
                let using = passages
                    .iter()
                    .filter(|ids| self.matches(concept, |id| ids.binary_search(&id).is_ok()))
                    .count();
                using as f32 / passages.len().max(1) as f32
            })
            .collect()
    }

    /// The passage's share of the question's topic, each concept's weight times the share of
    /// its interview's passages that do not use it (`spread`): a word every paragraph says
    /// tells none of them apart. A concept met only through its related words counts
    /// [`RELATED_CREDIT`] of it.
    fn distinct_share(&self, passage: &Passage, spread: &[f32]) -> f32 {
        let related = |at: usize| self.plan.related.get(at);
        self.weighted_share(&|at, concept| {
            let credit = if self.in_text(concept, passage) {
                1.0
            } else if related(at)
                .is_some_and(|r| !r.alternatives.is_empty() && self.in_text(r, passage))
            {
                RELATED_CREDIT
            } else {
                0.0
            };
            credit * (1.0 - spread.get(at).copied().unwrap_or(0.0))
        })
    }

    /// The passage's distinct share (see [`RankingEvidence::distinct_share`]) over the best
    /// among the paragraphs of its answer (`best`, from [`Self::best_distinct_share`] of its
    /// section): 1 for the paragraph that says most of what its interview rarely says, 0 when
    /// no paragraph says any of it.
    pub(super) fn distinct_in_answer(&self, passage: &Passage, best: f32, spread: &[f32]) -> f32 {
        let own = self.distinct_share(passage, spread);
        let best = best.max(own);
        if best > 0.0 {
            own / best
        } else {
            0.0
        }
    }

    /// The best distinct share among the paragraphs of one answer (`section`), computed once
    /// per answer for all of its candidates.
    pub(super) fn best_distinct_share(&self, section: &[Passage], spread: &[f32]) -> f32 {
        section
            .iter()
            .map(|p| self.distinct_share(p, spread))
            .fold(0.0, f32::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::search::fixtures::{interview_of, typed_concept};
    use crate::search::language::Language;
    use crate::search::query::QueryPlan;
    use crate::search::terms::CorpusTerms;

    #[test]
    fn a_word_every_paragraph_says_tells_none_of_them_apart() {
        // Arrange: "water" is in every paragraph of the interview; only the last paragraph of
        // the first answer says "tariff".
        let corpus = Corpus::new(vec![interview_of(
            "water",
            &[
                (
                    "And the water company?",
                    &[
                        "Water, water, water: the water company failed.",
                        "The water tariff doubled in a year.",
                    ],
                ),
                ("And now?", &["Water still comes by truck."]),
            ],
        )]);
        let terms = CorpusTerms::build(&corpus, Language::En, &[Language::En]);
        let plan = QueryPlan {
            concepts: vec![typed_concept("water"), typed_concept("tariff")],
            ..QueryPlan::default()
        };
        let resolved = terms.resolve(&plan);
        let evidence = RankingEvidence::new(&corpus, &terms, &resolved, &[false, false], &[]);
        let spread = evidence.spread([0]);
        let (first, second) = (&corpus.passages[0], &corpus.passages[1]);
        let section = corpus.section_of(first);
        // Act
        let best = evidence.best_distinct_share(section, &spread[&0]);
        let distinct = |p| evidence.distinct_in_answer(p, best, &spread[&0]);
        // Assert
        assert_eq!(spread[&0], [1.0, 1.0 / 3.0]);
        assert_eq!(distinct(first), 0.0);
        assert_eq!(distinct(second), 1.0);
    }
}
