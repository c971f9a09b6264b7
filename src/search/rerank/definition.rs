//! A question asking what something is: the answer that first names it.
//!
//! "What is the Museum of All Things?", "¿Qué es el gota a gota?", "O que é o marco
//! temporal?" ask for a definition, and an interview defines a thing where it first brings it
//! up: "The Museum of All Things is a free virtual museum…" opens the first answer, while the
//! later answers take it as known and repeat its name ("You can download the Museum of All
//! Things for free…"), often more often and beside more of the question's words. So for such a
//! question the first answer paragraph of an interview whose text uses every word of the
//! question's topic counts for it; the introduction, the publisher's summary, names the thing
//! without the interviewee's words and is not that paragraph.

use super::{flag, RankingEvidence};
use crate::corpus::{Passage, PassageId};
use crate::search::analyzer::AnalyzedWord;

/// Forms of "to be" after "what" ("que") that ask what something is, folded, in the three
/// languages: "what is / are / was / were", "¿qué es / son / era / eran?", "o que é / são /
/// era / eram?".
#[rustfmt::skip]
const COPULAS: &[&str] = &[
    "is", "are", "was", "were",
    "es", "son", "era", "eran",
    "e", "sao", "eram",
];

/// Question words that, followed by a form of "to be", ask what something is.
const WHAT_WORDS: &[&str] = &["what", "que"];

/// Whether the question opens by asking what something is: "what" ("qué", "o que") and a form
/// of "to be" as its first words, or "what's".
pub(super) fn asks_definition(question: &[AnalyzedWord]) -> bool {
    let surfaces: Vec<&str> = question.iter().map(|w| w.surface.as_str()).collect();
    let opening = match surfaces.as_slice() {
        ["o", rest @ ..] => rest,
        all => all,
    };
    match opening {
        ["what's", ..] => true,
        [what, be, ..] => WHAT_WORDS.contains(what) && COPULAS.contains(be),
        _ => false,
    }
}

impl RankingEvidence<'_> {
    /// 1 when the question asks what something is and `passage` is the first answer paragraph
    /// of its interview whose text uses every concept of the question's topic, else 0.
    pub(super) fn first_mention(&self, passage: &Passage) -> f32 {
        if !self.asks_definition || passage.turn.is_none() {
            return 0.0;
        }
        flag(self.first_mention_in(passage.interview) == Some(passage.id))
    }

    /// The first answer paragraph of `interview` using the question's whole topic: found once
    /// per interview, whichever of its candidates asks first.
    fn first_mention_in(&self, interview: usize) -> Option<PassageId> {
        let known = (self.first_mentions.borrow().iter())
            .find(|(i, _)| *i == interview)
            .map(|m| m.1);
        if let Some(first) = known {
            return first;
        }
        let passages = self.corpus.passages.of_interview(interview);
        let first = (self.terms.passage_terms.get(interview)).and_then(|terms| {
            passages
                .iter()
                .zip(terms.iter())
                .find(|(p, ids)| p.turn.is_some() && self.uses_whole_topic(ids))
                .map(|(p, _)| p.id)
        });
        self.first_mentions.borrow_mut().push((interview, first));
        first
    }

    /// Whether a text of these sorted term ids uses every topical concept of the question.
    fn uses_whole_topic(&self, ids: &[u32]) -> bool {
        let mut topical = self.plan.concepts.iter().zip(&self.topical);
        topical.all(|(concept, &topic)| {
            !topic || self.matches(concept, |id| ids.binary_search(&id).is_ok())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::search::analyzer::Analyzer;
    use crate::search::fixtures::{interview_of, typed_concept};
    use crate::search::language::Language;
    use crate::search::query::QueryPlan;
    use crate::search::terms::CorpusTerms;

    fn words(question: &str, language: Language) -> Vec<AnalyzedWord> {
        Analyzer::new(language).analyze(question)
    }

    #[test]
    fn what_and_a_form_of_to_be_ask_what_something_is() {
        assert!(asks_definition(&words(
            "What is the Tern Quay?",
            Language::En
        )));
        assert!(asks_definition(&words("what's a slow loop", Language::En)));
        assert!(asks_definition(&words(
            "¿Qué son las ruedas de barrio?",
            Language::Es
        )));
        assert!(asks_definition(&words(
            "O que é o mutirão de telhados?",
            Language::Pt
        )));
        assert!(!asks_definition(&words(
            "What does Ivo Harrow do?",
            Language::En
        )));
        assert!(!asks_definition(&words(
            "Why is the quay closed?",
            Language::En
        )));
        assert!(!asks_definition(&words(
            "¿Qué opina de las ruedas?",
            Language::Es
        )));
    }

    #[test]
    fn the_first_answer_naming_the_thing_is_its_definition() {
        // Arrange: the quay is defined in the first answer and named again, with "quay" twice,
        // in the second.
        let corpus = Corpus::new(vec![interview_of(
            "a",
            &[
                (
                    "Tell us about the project.",
                    &["The Tern Quay is a floating market."],
                ),
                (
                    "How do people come?",
                    &["They take the ferry to the Tern Quay quay."],
                ),
            ],
        )]);
        let terms = CorpusTerms::build(&corpus, Language::En, &[Language::En]);
        let plan = QueryPlan {
            concepts: vec![typed_concept("tern"), typed_concept("quay")],
            ..QueryPlan::default()
        };
        let resolved = terms.resolve(&plan);
        let question = words("What is the Tern Quay?", Language::En);
        let evidence = RankingEvidence::new(&corpus, &terms, &resolved, &[false; 2], &question);
        let asked_why = words("Why is the Tern Quay busy?", Language::En);
        let other = RankingEvidence::new(&corpus, &terms, &resolved, &[false; 2], &asked_why);
        let [first, second] = [0, 1].map(|id| &corpus.passages[id]);
        // Act / Assert
        assert_eq!(evidence.first_mention(first), 1.0);
        assert_eq!(evidence.first_mention(second), 0.0);
        assert_eq!(other.first_mention(first), 0.0);
    }
}
