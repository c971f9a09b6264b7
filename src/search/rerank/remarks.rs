//! Words met only in an interviewer's line that asks nothing, for the refusal.
//!
//! A passage matches the question with salience when a word of it is in the interviewer's
//! question the passage answers (see [`RankingEvidence::salient_coverage`]): the reply is about
//! what was asked. An interviewer's line without a question mark asks nothing, though: a
//! moderator's greeting opening a press conference ("Good morning, everybody, …"), a remark in a
//! conversation longer than a questionnaire's prompt ("Your favourite painter." asks for a
//! reply). A common word met there ("good" for "Recommend me
//! a good gaming laptop") is said in passing, as it would be in the reply's own text, and the
//! reply is not about it. So for the refusal (not the ranking, which still reads the line as
//! context), such a line's common words are salient only through the passage's own text; a
//! word used by few passages (a village the interviewer names in an oral history's long
//! statement) still tells what the reply is about.

use super::{flag, RankingEvidence};
use crate::corpus::Passage;
use crate::search::terms::ResolvedConcept;

/// Words at most of a line without a question mark that still asks for a reply: a
/// questionnaire's prompt ("Your favourite painter."), as the refusal reads prompts
/// (`refusal::borrowed::MAX_PROMPT_WORDS`); a longer line is a remark.
const MAX_PROMPT_WORDS: usize = 12;

/// Marks that make an interviewer's line a question (Latin and full-width question marks; the
/// Spanish opening mark always comes with a closing one).
const QUESTION_MARKS: [char; 2] = ['?', '？'];

impl RankingEvidence<'_> {
    /// The salience the refusal reads for `passage`: `ranked`, the ranking's salient coverage,
    /// unless the interviewer's line it answers asks nothing (see the module doc); then the
    /// share of the topic its own text says with salience, or the remark with a word as
    /// specific as an introduction's must be (see `salience::INTRODUCED_MAX_SHARE`).
    pub(super) fn refusal_salience(
        &self,
        passage: &Passage,
        positions: &[Vec<u32>],
        ranked: f32,
    ) -> f32 {
        if !self.answers_a_remark(passage) {
            return ranked;
        }
        let own = self.salient_coverage(positions, &self.meets(passage, false));
        let specific = |_: usize, concept: &ResolvedConcept| {
            flag(concept.weight >= self.specific_weight && self.in_question(concept, passage))
        };
        own.max(self.weighted_share(&specific))
    }

    /// Whether the interviewer's line `passage` answers is a remark: without a question mark,
    /// and longer than a questionnaire's prompt (see [`MAX_PROMPT_WORDS`]).
    fn answers_a_remark(&self, passage: &Passage) -> bool {
        let interview = &self.corpus.interviews[passage.interview];
        let remark = |line: &str| {
            !line.contains(|c| QUESTION_MARKS.contains(&c))
                && line.split_whitespace().nth(MAX_PROMPT_WORDS).is_some()
        };
        (passage.turn)
            .and_then(|turn| interview.turns.get(turn))
            .is_some_and(|turn| remark(&turn.question))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::search::fixtures::{interview_of, typed_concept};
    use crate::search::language::Language;
    use crate::search::query::{idf, QueryPlan};
    use crate::search::terms::CorpusTerms;

    #[test]
    fn a_common_word_met_only_in_a_remark_of_the_interviewer_is_not_salient_for_the_refusal() {
        // Arrange: the same reply under a long remark and under a question, each line with
        // "marsh"; the reply says "kiln" once, far from any other word of the question.
        let reply = "The kiln burns all night.";
        let remark = "That marsh floods every spring after all those long weeks of heavy rain.";
        let interview = interview_of(
            "kiln",
            &[(remark, &[reply]), ("What about the marsh?", &[reply])],
        );
        let corpus = Corpus::new(vec![interview]);
        let terms = CorpusTerms::build(&corpus, Language::En, &[Language::En]);
        let passages = terms.analysed_passages();
        let salience = |marsh_weight: f32, at: usize| {
            let mut marsh = typed_concept("marsh");
            marsh.weight = marsh_weight;
            let plan = QueryPlan {
                concepts: vec![marsh, typed_concept("kiln")],
                ..QueryPlan::default()
            };
            let resolved = terms.resolve(&plan);
            let evidence = RankingEvidence::new(&corpus, &terms, &resolved, &[false, false], &[]);
            let positions = [vec![], vec![1]];
            let passage = &corpus.passages[at];
            let ranked = evidence.salient_coverage(&positions, &evidence.meets(passage, true));
            (
                ranked,
                evidence.refusal_salience(passage, &positions, ranked),
            )
        };
        let (common, rare) = (idf(passages, passages), idf(1, passages));
        // Act
        let (after_remark, after_question) = (salience(common, 0), salience(common, 1));
        // Assert: the ranking reads both lines; the refusal reads a remark's rare words only.
        assert!(after_remark.0 > 0.0, "the ranking reads the remark");
        assert_eq!(
            after_remark.1, 0.0,
            "the refusal does not, for a common word"
        );
        assert_eq!(
            after_question.1, after_question.0,
            "a question is read alike"
        );
        assert!(
            salience(rare, 0).1 > 0.0,
            "a rare word of a remark is salient"
        );
    }
}
