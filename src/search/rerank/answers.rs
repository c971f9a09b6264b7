//! What an answer as a whole gives each of its paragraphs in the second phase: the share of
//! the question it matches and its best paragraph's text coverage. Several candidates are
//! often paragraphs of one answer; these are worked out once per answer and question.

use super::Evidence;
use crate::corpus::Passage;

impl Evidence<'_> {
    /// The share of the question's topic the passage's answer matches (any of its paragraphs,
    /// or the interviewer's question it answers, the same for all), and the best text coverage
    /// among its paragraphs (`section`): computed once per answer, whichever of its paragraphs
    /// comes first.
    pub(super) fn answer_shares(&self, passage: &Passage, section: &[Passage]) -> [f32; 2] {
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
        self.answers.borrow_mut().push((first, [coverage, best]));
        [coverage, best]
    }
}

#[cfg(test)]
mod tests {
    use crate::search::analyzer::Analyzer;
    use crate::search::rerank::Evidence;
    use crate::search::testing::archive_engine;
    use crate::search::Scope;

    #[test]
    fn an_answer_gives_each_of_its_paragraphs_what_it_would_give_it_alone() {
        let engine = archive_engine();
        let question = "What does Marta Quispe think about water privatisation?";
        let (index, outcome) = engine.choose(question, 1, &Scope::All);
        let (terms, plan) = (&engine.analyses[index], outcome.plan);
        let (named, naming) = engine.named(terms, &plan);
        let candidates = engine.candidates(terms, &plan, &named.terms, &Scope::All);
        let resolved = terms.resolve(&plan);
        let words = Analyzer::new(terms.language).analyze(question);
        let evidence = || Evidence::new(&engine.corpus, terms, &resolved, &naming, &words);
        let shared = evidence();
        let mut answers = Vec::new();
        for candidate in &candidates {
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
