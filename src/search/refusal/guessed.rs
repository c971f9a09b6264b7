//! A spelling correction is a guess, and a guess alone is no evidence.
//!
//! A word the corpus does not know is matched with corpus words one edit away (see
//! `query::Source::Spelling`): "goverment" finds "government". But a word the corpus lacks is
//! as often a word of another subject that happens to be one letter away from one of the
//! corpus's: "Como se faz um bolo de cenoura?" found "censura" in an interview about
//! censorship. When a question has two topical concepts or more, one of them a word no
//! passage uses and that nothing corrects ("bolo"), a passage that matches the question only
//! through corrections (in its text or its interviewer's question) is not quoted: the word
//! the corpus lacks says the question is about something else, and the correction is all that
//! ties it to the corpus. A question with typos only ("goverment corupption") is left to
//! coverage, as is one whose passage matches a word as typed beside the correction.

use super::super::query::{QueryPlan, Source};
use super::super::rerank::Scored;
use super::super::terms::{CorpusTerms, ResolvedPlan};
use super::super::Engine;
use crate::corpus::Passage;

/// Topical concepts a question must have for corrections alone not to be evidence: with one,
/// the correction is all the question asks about.
pub(in crate::search) const MIN_CONCEPTS: usize = 2;

/// How a passage matches a question's topical concepts.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(in crate::search) struct Matched {
    /// Some concept through a word as typed, a synonym or another form of it.
    pub(in crate::search) sure: bool,
    /// Some concept through a spelling correction.
    pub(in crate::search) guessed: bool,
}

impl Matched {
    /// Whether the passage's only evidence is guessed.
    pub(in crate::search) fn only_guessed(self) -> bool {
        self.guessed && !self.sure
    }
}

impl Engine {
    /// The candidates whose evidence is more than spelling corrections (see the module doc).
    pub(in crate::search) fn beyond_guesses(
        &self,
        terms: &CorpusTerms,
        plan: &QueryPlan,
        resolved: &ResolvedPlan,
        candidates: Vec<Scored>,
    ) -> Vec<Scored> {
        let topical = self.topical_concepts(terms, plan);
        let corrected = |at: &usize| {
            let alternatives = plan.concepts[*at].alternatives.iter();
            alternatives
                .into_iter()
                .any(|a| a.source == Source::Spelling)
        };
        // A word no passage uses, nor any of its alternatives: another subject's word.
        let unknown = |at: &usize| {
            let alternatives = resolved.concepts.get(*at).map(|c| &c.alternatives);
            alternatives.is_none_or(|a| a.iter().all(|ids| ids.iter().any(Option::is_none)))
        };
        let applies = topical.len() >= MIN_CONCEPTS
            && topical.iter().any(corrected)
            && topical.iter().any(unknown);
        if !applies {
            return candidates;
        }
        candidates
            .into_iter()
            .filter(|c| {
                let passage = &self.corpus.passages[c.id];
                !matched(terms, plan, resolved, &topical, passage).only_guessed()
            })
            .collect()
    }
}

/// How `passage` (its text or its interviewer's question) matches the `topical` concepts.
fn matched(
    terms: &CorpusTerms,
    plan: &QueryPlan,
    resolved: &ResolvedPlan,
    topical: &[usize],
    passage: &Passage,
) -> Matched {
    let text = terms.text_terms(passage);
    let found = |id: &Option<u32>| {
        id.is_some_and(|id| text.binary_search(&id).is_ok() || terms.in_question(passage, id))
    };
    let mut matched = Matched::default();
    for &at in topical {
        let (Some(concept), Some(ids)) = (plan.concepts.get(at), resolved.concepts.get(at)) else {
            continue;
        };
        let counted = concept.alternatives.iter().filter(|a| a.source.counts());
        for (alternative, ids) in counted.zip(&ids.alternatives) {
            if !ids.is_empty() && ids.iter().all(found) {
                match alternative.source {
                    Source::Spelling => matched.guessed = true,
                    _ => matched.sure = true,
                }
            }
        }
    }
    matched
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::search::testing::engine_of;

    /// An interview with `name`, its two exchanges `(prompt, answer)`, written in `dir`.
    fn interview(dir: &std::path::Path, name: &str, exchanges: [(&str, &str); 2]) {
        let [(p1, a1), (p2, a2)] = exchanges;
        let text = format!(
            "+++\ntitle = \"Entrevista a {name}\"\ninterviewee = \"{name}\"\n+++\n\
             P. {p1}\n\nR. {a1}\n\nP. {p2}\n\nR. {a2}\n"
        );
        let file = name.replace(' ', "-").to_lowercase();
        std::fs::write(dir.join(format!("{file}.txt")), text).unwrap();
    }

    #[test]
    fn a_correction_beside_a_word_no_passage_uses_is_no_answer_but_a_typo_alone_is() {
        let dir = tempfile::tempdir().unwrap();
        let censorship = "Difícil. A censura cortava metade dos meus textos e eu reescrevia.";
        let desk = "Numa mesa velha junto à janela, com vista para o rio.";
        interview(
            dir.path(),
            "Rui Matos",
            [
                ("Como foi escrever sob a censura?", censorship),
                ("E hoje, onde escreve?", desk),
            ],
        );
        let school = "Na escola, aos doze anos, numa peça sobre pescadores.";
        let listen = "A ouvir antes de falar, e a respirar antes de entrar em cena.";
        interview(
            dir.path(),
            "Ana Lobo",
            [
                ("Como começou no teatro?", school),
                ("O que ensina aos alunos?", listen),
            ],
        );
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        let engine = engine_of(loaded.into_iter().map(Arc::new).collect());
        let typo = engine.search("Como era a cenzura?", 1);
        assert!(typo
            .hits
            .first()
            .is_some_and(|h| &*h.passage.text == censorship));
        let cake = engine.search("Como se faz um bolo de cenoura?", 1);
        assert!(cake.hits.is_empty(), "{:?}", cake.hits.first());
    }
}
