//! Which fact a question asks for (a year, a time, a name) and whether a passage gives it: the
//! reading of one passage, apart from the checks that decide which passages must be read.

use crate::search::analyzer::{AnalyzedWord, Analyzer};
use crate::search::facts;
use crate::search::query::QueryPlan;
use crate::search::terms::CorpusTerms;
use crate::search::Engine;

use super::FactAsked;

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
