//! A spelling correction is taken only when the corpus supports it.
//!
//! A question word the corpus lacks is matched with corpus words one edit away (see
//! `query::Source::Spelling`). But an unknown word is often a real word of the question's
//! language the corpus never uses, and the corpus word one edit away is another word:
//! "When did they launch the ferry app?" met "lunch" in an interview about food. A real
//! typo's correction is a word the passage that answers uses beside the question's other
//! words ("goverment corruption" -> "government" beside "corruption"); another word is not. So a correction is
//! kept only when some passage (its text or the interviewer's question it answers) holds it
//! together with a word of another concept of the question (as typed, or through any of its
//! alternatives: typos beside typos, a paraphrase's related word beside the correction). A
//! question with nothing else to judge by keeps its corrections.

use super::query::{Concept, QueryPlan, Source};
use super::terms::CorpusTerms;

/// The plan without the spelling corrections no passage uses beside another concept of the
/// question (see the module doc).
pub(super) fn supported_corrections(mut plan: QueryPlan, terms: &CorpusTerms) -> QueryPlan {
    let corrected = |c: &Concept| c.alternatives.iter().any(|a| a.source == Source::Spelling);
    // Most questions have no correction: they cost nothing here.
    if !plan.concepts.iter().any(corrected) {
        return plan;
    }
    let ids: Vec<Vec<u32>> = plan
        .concepts
        .iter()
        .map(|c| concept_ids(c, terms))
        .collect();
    let verdicts: Vec<Vec<bool>> = (0..plan.concepts.len())
        .map(|at| {
            let context: Vec<u32> = (ids.iter().enumerate())
                .filter(|&(other, _)| other != at)
                .flat_map(|(_, ids)| ids.iter().copied())
                .collect();
            let alternatives = &plan.concepts[at].alternatives;
            alternatives
                .iter()
                .map(|a| a.source != Source::Spelling || supported(terms, &a.terms, &context))
                .collect()
        })
        .collect();
    for (concept, keep) in plan.concepts.iter_mut().zip(verdicts) {
        let mut keep = keep.into_iter();
        concept.alternatives.retain(|_| keep.next().unwrap_or(true));
    }
    plan
}

/// The corpus's ids of every term of `concept`'s alternatives, sorted, each once.
fn concept_ids(concept: &Concept, terms: &CorpusTerms) -> Vec<u32> {
    let mut ids: Vec<u32> = (concept.alternatives.iter())
        .flat_map(|a| a.terms.iter().filter_map(|t| terms.id(t)))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Whether some passage holds every term of `correction` and one of `context`; true when the
/// context is empty (nothing to judge by).
fn supported(terms: &CorpusTerms, correction: &[String], context: &[u32]) -> bool {
    if context.is_empty() {
        return true;
    }
    let Some(ids) = correction
        .iter()
        .map(|t| terms.id(t))
        .collect::<Option<Vec<u32>>>()
    else {
        return false;
    };
    let has = |set: &[u32], id: &u32| set.binary_search(id).is_ok();
    let together =
        |set: &[u32]| ids.iter().all(|id| has(set, id)) && context.iter().any(|id| has(set, id));
    let texts = terms.passage_terms.iter().flat_map(|i| i.iter());
    let questions = terms.question_terms.iter().flat_map(|i| i.iter());
    texts.chain(questions).any(|set| together(set))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, Interview, Metadata, Turn};
    use crate::search::analyzer::Analyzer;
    use crate::search::language::Language;
    use crate::search::query::Alternative;

    fn interview(id: &str, answers: &[&str]) -> Interview {
        Interview {
            id: id.into(),
            source: Default::default(),
            metadata: Metadata::default(),
            title: "t".into(),
            intro: Vec::new(),
            turns: vec![Turn {
                question: "What happened?".into(),
                answer: answers.iter().map(|&a| a.into()).collect(),
                line: 1,
                speakers: Vec::new(),
            }],
        }
    }

    /// A concept for `word`, with `corrections` as its spelling alternatives.
    fn concept(word: &str, corrections: &[&str]) -> Concept {
        let term = |w: &str| Analyzer::new(Language::En).terms(w).remove(0);
        let alternative = |w: &str, source| Alternative {
            terms: vec![term(w)],
            source,
        };
        let mut alternatives = vec![alternative(word, Source::Typed)];
        alternatives.extend(corrections.iter().map(|w| alternative(w, Source::Spelling)));
        Concept {
            words: word.into(),
            alternatives,
            weight: 1.0,
        }
    }

    fn terms() -> CorpusTerms {
        let corpus = Corpus::new(vec![
            interview("a", &["We had lunch by the harbour every Sunday."]),
            interview(
                "b",
                &["The government answered the corruption report late."],
            ),
            interview("c", &["In 1983 I announced the free software project."]),
        ]);
        CorpusTerms::build(&corpus, Language::En, &[Language::En])
    }

    fn spelling_left(plan: &QueryPlan) -> Vec<usize> {
        let count = |c: &Concept| {
            let spelling = c
                .alternatives
                .iter()
                .filter(|a| a.source == Source::Spelling);
            spelling.count()
        };
        plan.concepts.iter().map(count).collect()
    }

    #[test]
    fn a_correction_no_passage_uses_beside_the_other_words_is_dropped() {
        let plan = QueryPlan {
            concepts: vec![concept("launch", &["lunch"]), concept("software", &[])],
            ..QueryPlan::default()
        };
        let plan = supported_corrections(plan, &terms());
        assert_eq!(spelling_left(&plan), [0, 0]);
        assert_eq!(
            plan.concepts[0].alternatives.len(),
            1,
            "the typed word stays"
        );
    }

    #[test]
    fn a_typo_beside_its_context_or_alone_keeps_its_correction() {
        let typo = QueryPlan {
            concepts: vec![
                concept("goverment", &["government"]),
                concept("corruption", &[]),
            ],
            ..QueryPlan::default()
        };
        assert_eq!(
            spelling_left(&supported_corrections(typo, &terms())),
            [1, 0]
        );
        let two_typos = QueryPlan {
            concepts: vec![
                concept("goverment", &["government"]),
                concept("corupption", &["corruption"]),
            ],
            ..QueryPlan::default()
        };
        let kept = supported_corrections(two_typos, &terms());
        assert_eq!(spelling_left(&kept), [1, 1]);
        let mut paraphrase = concept("officials", &[]);
        paraphrase.alternatives.push(Alternative {
            terms: vec!["govern".into()],
            source: Source::Related,
        });
        let beside_related = QueryPlan {
            concepts: vec![concept("corupption", &["corruption"]), paraphrase],
            ..QueryPlan::default()
        };
        let kept = supported_corrections(beside_related, &terms());
        assert_eq!(
            spelling_left(&kept),
            [1, 0],
            "a related word is context too"
        );
        let alone = QueryPlan {
            concepts: vec![concept("lnch", &["lunch"])],
            ..QueryPlan::default()
        };
        assert_eq!(spelling_left(&supported_corrections(alone, &terms())), [1]);
    }
}
