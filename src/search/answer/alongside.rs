//! What the engine offers alongside an answer, from the same reading of the question: the
//! operators' explanation of how its candidates rank, and "did you mean" suggestions for a
//! question nothing may be quoted for. Kept apart from the search itself, which neither
//! needs.

use crate::corpus::Passage;
use crate::search::analyzer::Analyzer;
use crate::search::query;
use crate::search::retrieve::CANDIDATES;
use crate::search::{Candidate, Engine, Explanation, Scope, SearchOutcome};

impl Engine {
    /// How a question is read and how its best candidates score, whether or not they pass the
    /// coverage rule: the operators' `/why`.
    pub fn explain(&self, question: &str, limit: usize) -> Explanation<'_> {
        let question = query::bounded(question);
        let (index, outcome) = self.choose(question, 1, &Scope::All);
        let terms = &self.analyses[index];
        let plan = outcome.plan;
        let (resolved, scored) = if plan.concepts.is_empty() {
            (terms.resolve(&plan), Vec::new())
        } else {
            let words = Analyzer::new(terms.language).analyze(question);
            let (resolved, _, scored) = self.two_phase(terms, &plan, &words, &Scope::All);
            (resolved, scored)
        };
        let candidates = scored
            .into_iter()
            .take(limit)
            .map(|c| {
                let passage = &self.corpus.passages[c.id];
                Candidate {
                    passage,
                    score: c.score,
                    coverage: c.coverage,
                    matches: terms.concept_matches(&resolved, passage),
                }
            })
            .collect();
        Explanation {
            plan,
            candidates,
            abstention: outcome.abstention,
            min_coverage: self.settings.min_coverage,
        }
    }

    /// Answers whose wording is closest to the question, as the first passage of each, even
    /// when none answers well enough to quote: "did you mean" suggestions for a no-match reply.
    pub fn related_answers(&self, question: &str, limit: usize) -> Vec<&Passage> {
        self.related_answers_in(question, limit, &Scope::All)
    }

    /// [`Engine::related_answers`] from interviews in `scope` only.
    pub fn related_answers_in(&self, question: &str, limit: usize, scope: &Scope) -> Vec<&Passage> {
        self.related_answers_for(&self.search_in(question, 1, scope), limit, scope)
    }

    /// [`Engine::related_answers_in`] after a search of the question in `scope`, reading it as
    /// that search did (its `outcome`) instead of searching it again.
    pub fn related_answers_for(
        &self,
        outcome: &SearchOutcome<'_>,
        limit: usize,
        scope: &Scope,
    ) -> Vec<&Passage> {
        let (terms, plan) = (&self.analyses[outcome.analysis], &outcome.plan);
        if plan.concepts.is_empty() {
            return Vec::new();
        }
        let mut answers: Vec<&Passage> = Vec::new();
        for (_, id) in self
            .ranked(terms, plan, CANDIDATES, scope)
            .unwrap_or_default()
        {
            let passage = &self.corpus.passages[id];
            if passage.turn.is_none() {
                continue;
            }
            let first = &self.corpus.section_of(passage)[0];
            if !answers.iter().any(|a| a.id == first.id) {
                answers.push(first);
            }
            if answers.len() == limit {
                break;
            }
        }
        answers
    }
}
