//! The engine's side of [`super::facts`]: which fact a question asks for, and whether a
//! passage of the corpus gives it near the question's topic words.

use super::analyzer::{AnalyzedWord, Analyzer};
use super::facts::{self, Fact};
use super::query::QueryPlan;
use super::terms::CorpusTerms;
use super::Engine;

/// A question that asks for a fact, as passages are checked against it.
pub(super) struct FactAsked {
    /// What it asks for.
    pub(super) fact: Fact,
    /// The index terms of its topic (not the names of the interviews it names).
    topic: Vec<String>,
    /// The index terms of all its words and their alternatives, names included.
    own: Vec<String>,
}

impl Engine {
    /// The fact `question` asks for, if any, with its topic as this language reads it.
    pub(super) fn fact_asked(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        words: &[AnalyzedWord],
    ) -> Option<FactAsked> {
        let fact = facts::asks_for(words)?;
        let own = plan
            .concepts
            .iter()
            .flat_map(|c| c.alternatives.iter().flat_map(|a| a.terms.iter().cloned()))
            .chain(words.iter().filter_map(|w| w.term.clone()))
            .collect();
        let cues: Vec<&String> = words
            .iter()
            .filter(|w| facts::is_cue(&w.surface))
            .filter_map(|w| w.term.as_ref())
            .collect();
        let of_cues: Vec<&String> = plan
            .concepts
            .iter()
            .filter(|c| {
                let first = c
                    .alternatives
                    .first()
                    .map_or(&[][..], |a| a.terms.as_slice());
                first.iter().any(|t| cues.contains(&t))
            })
            .flat_map(|c| c.alternatives.iter().flat_map(|a| a.terms.iter()))
            .collect();
        let mut topic = self.topical_terms(terms, plan);
        topic.retain(|t| !of_cues.contains(&t));
        Some(FactAsked { fact, topic, own })
    }

    /// Whether passage `id` gives the fact `asked` (see [`facts::gives`]).
    pub(super) fn gives_fact(&self, analyzer: &mut Analyzer, id: usize, asked: &FactAsked) -> bool {
        let passage = &self.corpus.passages[id];
        let in_list =
            |list: &[String], w: &AnalyzedWord| w.term.as_ref().is_some_and(|t| list.contains(t));
        let is_topic = |w: &AnalyzedWord| in_list(&asked.topic, w);
        let is_own = |w: &AnalyzedWord| in_list(&asked.own, w);
        let asked_by_interviewer = self
            .corpus
            .question_of(passage)
            .is_some_and(|q| analyzer.analyze(q).iter().any(is_topic));
        let question = facts::Question {
            is_topic: &is_topic,
            is_own: &is_own,
            asked_by_interviewer,
        };
        let words = analyzer.analyze(&passage.text);
        facts::gives(asked.fact, &passage.text, &words, &question)
    }
}
