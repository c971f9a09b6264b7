//! What an answer as a whole gives each of its paragraphs in the second phase: the share of
//! the question it matches, its best paragraph's text coverage, and its BM25 score as one
//! document. Several candidates are often paragraphs of one answer; these are worked out once
//! per answer and question.
//!
//! The share says which of the question's concepts the answer uses; the score also says how
//! much it speaks of them: an answer that comes back to the question's rarer words in several
//! paragraphs, or under an interviewer's question that asks about them, is about them more
//! than one that names each once in passing, and a long answer uses more words by its length
//! alone. A concept's frequency is the number of the answer's paragraphs (and of its
//! interviewer's question) that use it, its length the number of distinct words of each, both
//! already known from the index's term sets, so no text is read again.
//!
//! Within its answer, a paragraph is also compared with the others: its share of the question
//! over the best paragraph's, and, for the answer's opening, how much of the question the
//! interviewer's question asks.

use super::meets::Meets;
use super::{RankingEvidence, ANSWER_FEATURES, BASE_FEATURES, FEATURES};
use crate::corpus::Passage;

/// BM25's saturation for answers scored as one document (the usual value): a third paragraph
/// using a concept adds less than the second.
const ANSWER_K1: f32 = 1.2;

/// BM25's length normalisation for answers (the usual value): a long answer uses more words
/// by its length alone.
const ANSWER_B: f32 = 0.75;

impl RankingEvidence<'_> {
    /// The share of the question's topic the passage's answer matches (any of its paragraphs,
    /// or the interviewer's question it answers, the same for all), the best text coverage
    /// among its paragraphs (`section`), and the answer's BM25 score as one document (see
    /// [`RankingEvidence::answer_match`]): computed once per answer, whichever of its paragraphs comes
    /// first.
    pub(super) fn answer_shares(&self, passage: &Passage, section: &[Passage]) -> [f32; 3] {
        let first = passage.id - passage.paragraph;
        let known = self
            .answers
            .borrow()
            .iter()
            .find(|(id, _)| *id == first)
            .map(|a| a.1);
        if let Some(shares) = known {
            return shares;
        }
        let coverage = self
            .share(&|c| self.in_question(c, passage) || section.iter().any(|p| self.in_text(c, p)));
        let best = section
            .iter()
            .map(|p| self.share(&|c| self.in_text(c, p)))
            .fold(0.0, f32::max);
        let matched = self.answer_match(passage, section);
        self.answers
            .borrow_mut()
            .push((first, [coverage, best, matched]));
        [coverage, best, matched]
    }

    /// The answer's BM25 score as one document over the question's topical concepts: a
    /// concept's frequency is the number of its paragraphs, and of its interviewer's question,
    /// that use it; its length the number of distinct words of each, added up.
    fn answer_match(&self, passage: &Passage, section: &[Passage]) -> f32 {
        let asked: &[u32] = passage
            .turn
            .and_then(|turn| self.terms.question_terms.get(passage.interview)?.get(turn))
            .map_or(&[], |ids| ids);
        let texts: Vec<&[u32]> = section.iter().map(|p| self.terms.text_terms(p)).collect();
        let length: usize = texts.iter().map(|t| t.len()).sum::<usize>() + asked.len();
        let norm = 1.0 - ANSWER_B + ANSWER_B * length as f32 / self.average_answer_length();
        let used =
            |ids: &[u32], concept| self.matches(concept, |id| ids.binary_search(&id).is_ok());
        self.plan
            .concepts
            .iter()
            .enumerate()
            .filter(|&(at, _)| self.topical.get(at).copied().unwrap_or(false))
            .map(|(_, concept)| {
                let frequency = texts.iter().filter(|t| used(t, concept)).count()
                    + usize::from(used(asked, concept));
                let frequency = frequency as f32;
                concept.weight * frequency * (ANSWER_K1 + 1.0) / (frequency + ANSWER_K1 * norm)
            })
            .sum()
    }

    /// The mean length of the corpus's answers and introductions (see
    /// [`RankingEvidence::answer_match`]).
    fn average_answer_length(&self) -> f32 {
        self.terms.average_answer_length(self.corpus)
    }

    /// How the passage compares with the other paragraphs of its answer: its share of the
    /// question's words over the best paragraph's and, for an answer's first paragraph, how
    /// much of the question its interviewer's question covers (plain, and weighed by
    /// [`RankingEvidence::focus`]). When the interviewer asked what the reader asks, the answer's
    /// opening paragraph is the direct reply, even if it repeats none of the question's words;
    /// a later paragraph that does repeat them is often elaborating on one word of it. (The
    /// fitted weight of the first feature is negative: within one answer, repeating more of
    /// the question's words counts for less than across answers.)
    pub(super) fn within_answer(
        &self,
        passage: &Passage,
        met: &Meets,
        best_in_answer: f32,
        text_coverage: f32,
        question_coverage: f32,
    ) -> [f32; ANSWER_FEATURES - BASE_FEATURES] {
        let best = best_in_answer.max(text_coverage);
        let opens_answer = passage.turn.is_some() && passage.paragraph == 0;
        [
            if best > 0.0 {
                text_coverage / best
            } else {
                0.0
            },
            if opens_answer { question_coverage } else { 0.0 },
            if opens_answer {
                question_coverage * self.focus(passage, met)
            } else {
                0.0
            },
        ]
    }

    /// How much of the interviewer's question the reader's question asks: its topical concepts
    /// found in the interviewer's question over that question's distinct terms. A long
    /// interviewer's question covers many topics, and a later paragraph may answer one of them.
    fn focus(&self, passage: &Passage, met: &Meets) -> f32 {
        let Some(turn) = passage.turn else {
            return 0.0;
        };
        let asked = self
            .terms
            .question_terms
            .get(passage.interview)
            .and_then(|questions| questions.get(turn))
            .map_or(0, |terms| terms.len());
        let matched = self
            .plan
            .concepts
            .iter()
            .enumerate()
            .filter(|&(at, _)| {
                self.topical.get(at).copied().unwrap_or(false)
                    && met.get(at, false).is_some_and(|m| m.question)
            })
            .count();
        (matched as f32 / asked.max(1) as f32).min(1.0)
    }
}

/// Feature `at` of every candidate over the best candidate's (zero when none has it): an
/// answer's score is only comparable within one question.
pub(super) fn relative_to_best(all: &mut [(usize, [f32; FEATURES])], at: usize) {
    let best = all.iter().map(|(_, f)| f[at]).fold(0.0_f32, f32::max);
    for (_, features) in all.iter_mut() {
        features[at] = if best > 0.0 { features[at] / best } else { 0.0 };
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Corpus;
    use crate::search::fixtures::{interview_of, typed_concept};
    use crate::search::language::Language;
    use crate::search::query::QueryPlan;
    use crate::search::rerank::RankingEvidence;
    use crate::search::terms::CorpusTerms;
    use crate::search::testing::archive_engine;

    #[test]
    fn an_answer_that_comes_back_to_the_question_scores_more_than_one_naming_it_once() {
        // Arrange: the first answer speaks of cobalt in two paragraphs under a question about
        // it, the second names it once; both use one of the question's two concepts, so they
        // cover the same share of it. The third uses neither.
        let interview = interview_of(
            "a",
            &[
                (
                    "Where does the cobalt come from?",
                    &[
                        "Cobalt comes from the mines.",
                        "Refined cobalt is sold abroad.",
                        "The mines employ the town.",
                    ],
                ),
                (
                    "How was the harvest?",
                    &["Good, and the cobalt trucks passed by."],
                ),
                ("And the weather?", &["Mild all year."]),
            ],
        );
        let corpus = Corpus::new(vec![interview]);
        let terms = CorpusTerms::build(&corpus, Language::En, &[Language::En]);
        let plan = QueryPlan {
            concepts: vec![typed_concept("cobalt"), typed_concept("tariff")],
            ..QueryPlan::default()
        };
        let resolved = terms.resolve(&plan);
        let evidence = RankingEvidence::new(&corpus, &terms, &resolved, &[false, false], &[]);
        let score = |turn: usize| {
            let passage = corpus
                .passages
                .iter()
                .find(|p| p.turn == Some(turn))
                .unwrap();
            evidence.answer_shares(passage, corpus.section_of(passage))[2]
        };
        // Act
        let (about, once, never) = (score(0), score(1), score(2));
        // Assert
        assert!(about > once && once > 0.0, "{about} {once}");
        assert_eq!(never, 0.0);
    }

    #[test]
    fn an_answer_gives_each_of_its_paragraphs_what_it_would_give_it_alone() {
        let engine = archive_engine();
        let question = "What does Marta Quispe think about water privatisation?";
        let shortlist = engine.shortlist(question);
        let evidence = || shortlist.evidence(engine);
        let shared = evidence();
        let mut answers = Vec::new();
        for candidate in &shortlist.candidates {
            let passage = &engine.corpus.passages[candidate.id];
            let section = engine.corpus.section_of(passage);
            let alone = evidence().answer_shares(passage, section);
            assert_eq!(shared.answer_shares(passage, section), alone);
            answers.push(passage.id - passage.paragraph);
        }
        let asked = answers.len();
        answers.sort_unstable();
        answers.dedup();
        assert!(answers.len() < asked, "no two candidates of one answer");
        assert!(answers.len() > 1, "candidates of one answer only");
    }
}
