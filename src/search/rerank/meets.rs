//! Where the question's concepts meet a candidate passage, looked up once per passage: most
//! features read the same matches (its text, its interviewer's question, each concept's own
//! words and its related words), which each used to look up anew.

use super::RankingEvidence;
use super::RELATED_CREDIT;
use crate::corpus::Passage;
use crate::search::terms::ResolvedConcept;

/// Whether a concept is in a passage's text and in the interviewer's question it answers.
#[derive(Debug, Clone, Copy)]
pub(super) struct Met {
    pub(super) text: bool,
    pub(super) question: bool,
}

impl Met {
    pub(super) fn either(&self) -> bool {
        self.text || self.question
    }
}

/// Where each concept of a plan meets one passage, by index in the plan: through its own
/// words, and through its related words (when the plan has them).
pub(super) struct Meets(Vec<[Option<Met>; 2]>);

impl Meets {
    pub(super) fn get(&self, at: usize, related: bool) -> Option<&Met> {
        self.0
            .get(at)
            .and_then(|m| m[usize::from(related)].as_ref())
    }
}

impl RankingEvidence<'_> {
    /// Share of the topical weight of the concepts `met(index in the plan, whether through its
    /// related words)`: a concept met only through its related words counts [`RELATED_CREDIT`]
    /// of its weight. Every share of the second phase is this one, whether the matches were
    /// worked out beforehand (see [`RankingEvidence::meets`]) or are tested as it goes.
    pub(super) fn share_met(&self, met: &dyn Fn(usize, bool) -> bool) -> f32 {
        self.weighted_share(&|at, _| {
            if met(at, false) {
                return 1.0;
            }
            let related = self.plan.related.get(at);
            match related.is_some_and(|r| !r.alternatives.is_empty() && met(at, true)) {
                true => RELATED_CREDIT,
                false => 0.0,
            }
        })
    }

    /// Where each topical concept of the plan, and each through its related words, meets the
    /// passage (in its interviewer's question only when `question`): looked up once for all
    /// the features that read it. The concepts that name an interview are left out: no feature
    /// reads them.
    pub(super) fn meets(&self, passage: &Passage, question: bool) -> Meets {
        let met = |c: &ResolvedConcept| Met {
            text: self.in_text(c, passage),
            question: question && self.in_question(c, passage),
        };
        let related = |at: usize| self.plan.related.get(at).map(met);
        Meets(
            self.plan
                .concepts
                .iter()
                .enumerate()
                .map(
                    |(at, c)| match self.topical.get(at).copied().unwrap_or(false) {
                        true => [Some(met(c)), related(at)],
                        false => [None, None],
                    },
                )
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::search::testing::archive_engine;

    #[test]
    fn matches_looked_up_once_give_the_shares_of_matches_looked_up_each_time() {
        let engine = archive_engine();
        let question = "Why does Bolivia produce so little lithium compared with Chile?";
        let shortlist = engine.shortlist(question);
        let evidence = shortlist.evidence(engine);
        let mut partial = 0;
        for candidate in &shortlist.candidates {
            let passage = &engine.corpus.passages[candidate.id];
            let met = evidence.meets(passage, true);
            let text_only = evidence.meets(passage, false);
            let text = |at, related| met.get(at, related).is_some_and(|m| m.text);
            let asked = |at, related| met.get(at, related).is_some_and(|m| m.question);
            let either = |at, related| met.get(at, related).is_some_and(|m| m.either());
            let unasked = |at, related| text_only.get(at, related).is_some_and(|m| m.question);
            let in_text = evidence.share(&|c| evidence.in_text(c, passage));
            let in_question = evidence.share(&|c| evidence.in_question(c, passage));
            let in_either = evidence
                .share(&|c| evidence.in_text(c, passage) || evidence.in_question(c, passage));
            assert_eq!(evidence.share_met(&text), in_text);
            assert_eq!(evidence.share_met(&asked), in_question);
            assert_eq!(evidence.share_met(&either), in_either);
            assert_eq!(evidence.share_met(&unasked), 0.0);
            partial += usize::from(in_either > 0.0 && in_either < 1.0);
        }
        assert!(partial > 0, "no candidate meets only part of the question");
    }
}
