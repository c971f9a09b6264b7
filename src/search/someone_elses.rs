//! Which candidates answer for the person a question names, not for someone else (see
//! [`super::refusal::someone_else`]).

use super::analyzer::Analyzer;
use super::names::NamesWritten;
use super::query::{Alternative, Concept, QueryPlan, Source};
use super::refusal::someone_else::{answers_for_someone_else, asks_what_someone_says};
use super::rerank::Scored;
use super::terms::{CorpusTerms, ResolvedConcept, ResolvedPlan};
use super::Engine;
use crate::corpus::Passage;

impl Engine {
    /// The candidates that are not someone else's words about a person the question names
    /// by a whole name (see [`super::refusal::someone_else`]).
    pub(super) fn not_someone_elses(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        resolved: &ResolvedPlan,
        question: &str,
        candidates: Vec<Scored>,
    ) -> Vec<Scored> {
        if !asks_what_someone_says(&Analyzer::new(terms.language).analyze(question)) {
            return candidates;
        }
        let written = NamesWritten::of(question);
        let written_name: Vec<bool> = (plan.concepts.iter())
            .map(|c| written.has(&c.words))
            .collect();
        if !written_name.contains(&true) {
            return candidates;
        }
        let names = self.names.iter().find(|n| n.language() == terms.language);
        let last = last_words(&written_name);
        candidates
            .into_iter()
            .filter(|c| {
                let passage = &self.corpus.passages[c.id];
                let of_its_people: Vec<bool> = (plan.concepts.iter().zip(&resolved.concepts))
                    .enumerate()
                    .map(|(at, (concept, ids))| {
                        let indexed = names.is_some_and(|names| {
                            let at_interview = passage.interview;
                            let of_people = |term: &String| names.of_interview(term, at_interview);
                            let written = |term: &String| names.written_in(term, at_interview);
                            let spelled = |a: &&Alternative| a.source != Source::Spelling;
                            (concept.alternatives.iter().flat_map(|a| &a.terms)).any(of_people)
                                || (last[at]
                                    && (concept.alternatives.iter().filter(spelled))
                                        .flat_map(|a| &a.terms)
                                        .any(written))
                        });
                        indexed || matches(ids, &|id| terms.is_name(passage, id))
                    })
                    .collect();
                let met: Vec<bool> = (plan.concepts.iter().zip(&resolved.concepts))
                    .map(|(concept, ids)| met_in(terms, passage, concept, ids))
                    .collect();
                !answers_for_someone_else(&written_name, &of_its_people, &met)
            })
            .collect()
    }
}

/// By concept, whether it is the last word of a name the question writes (`written_name`, a
/// run of name words): the word, a surname, that an interview writing it anywhere (see
/// [`super::names::NameIndex::written_in`]) shows it speaks of that person.
fn last_words(written_name: &[bool]) -> Vec<bool> {
    let next = |i: usize| written_name.get(i + 1).copied().unwrap_or(false);
    (0..written_name.len())
        .map(|i| written_name[i] && !next(i))
        .collect()
}

/// Whether some alternative of a concept has every term passing `test`.
fn matches(concept: &ResolvedConcept, test: &dyn Fn(u32) -> bool) -> bool {
    let whole = |ids: &Vec<Option<u32>>| ids.iter().all(|id| id.is_some_and(test));
    concept.alternatives.iter().any(whole)
}

/// Whether a passage's text or its interviewer's question writes a concept as the question
/// spells it, or by a synonym or another form ("OAS" for "Organization of American States"),
/// not through a spelling correction: a name one letter away ("Montero", "Monteiro") is
/// another person's. `ids` are the concept's resolved alternatives, those of `concept` that
/// count, in order.
fn met_in(
    terms: &CorpusTerms,
    passage: &Passage,
    concept: &Concept,
    ids: &ResolvedConcept,
) -> bool {
    let text = terms.text_terms(passage);
    let found = |id: u32| text.binary_search(&id).is_ok() || terms.in_question(passage, id);
    let counted = concept.alternatives.iter().filter(|a| a.source.counts());
    (counted.zip(&ids.alternatives))
        .filter(|(alternative, _)| alternative.source != Source::Spelling)
        .any(|(_, ids)| ids.iter().all(|id| id.is_some_and(found)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_last_word_of_each_name_is_its_surname() {
        // "What does Coach K think of the shop Nora Vale runs?": coach, k, shop, nora, vale,
        // runs.
        let written = [true, true, false, true, true, false];
        let last = [false, true, false, false, true, false];
        assert_eq!(last_words(&written), last);
        assert_eq!(last_words(&[false, true]), [false, true]);
    }
}
