//! A question read in a language it is not written in: English about a Spanish or Portuguese
//! interview, or the reverse, with no translation file (issue 9). Read with the interviews'
//! analysis, the question's own function words ("did", "the", "qué", "de") were unknown
//! content words weighing the most, and every other word of its language missed too, so
//! such questions were refused. Across languages the names, numbers and title words the two
//! share carry the match, with the words spelled alike once reduced to a common skeleton
//! (cognates: "psychology" and "psicologia"); the question's function words carry nothing,
//! and its other words, which that language could not be expected to write, count little.

use std::collections::HashSet;

use crate::search::analyzer::Analyzer;
use crate::search::language::Language;
use crate::search::query::{self, Alternative, Concept, QueryPlan, Source, TermStatistics};
use crate::search::terms::{self, CorpusTerms, FieldKind};

/// Function words by which the question's language must lead the reading's for the question
/// to count as written in another language: English and Spanish share "a", "me", "no".
const FUNCTION_WORD_LEAD: usize = 2;

/// Share of the passages a word of the question's language that the interviews' language
/// neither uses nor spells alike is weighed as using: a word that language could not be
/// expected to write is no sign the question is about something else, as an unknown word
/// (weighing the most) is within one language, but it is still part of what is asked.
/// Measured at 0.05, 0.2, 0.35 and 0.5: 0.2 answered one more archive question across
/// languages than 0.05, higher shares nothing more; off-topic refusals and the real folders
/// did not move.
const FOREIGN_WORD_SHARE: f64 = 0.2;

/// The language a question is written in when it is not the reading's: English for a
/// Spanish or Portuguese reading, Spanish or Portuguese for an English one, told by the
/// function words each language's analysis drops (Spanish and Portuguese read each other's
/// questions as before: they share most spellings).
pub(super) fn written_in(question: &str, reading: Language) -> Option<Language> {
    let count = |language: Language| {
        let words = Analyzer::new(language).analyze(question);
        words.iter().filter(|word| word.term.is_none()).count()
    };
    let english = count(Language::En);
    let (spanish, portuguese) = (count(Language::Es), count(Language::Pt));
    let (romance, romance_count) = if portuguese > spanish {
        (Language::Pt, portuguese)
    } else {
        (Language::Es, spanish)
    };
    match reading {
        Language::En => (romance_count >= english + FUNCTION_WORD_LEAD).then_some(romance),
        Language::Es | Language::Pt => {
            (english >= romance_count + FUNCTION_WORD_LEAD).then_some(Language::En)
        }
        _ => None,
    }
}

/// The plan of a question written in `written`, read with the analysis of `terms`: without
/// the question's function words, with cognates for the words the corpus does not know, and
/// the rest of its words weighed as common words.
pub(super) fn read_across(
    plan: QueryPlan,
    question: &str,
    written: Language,
    terms: &CorpusTerms,
) -> QueryPlan {
    let function_words: HashSet<String> = (Analyzer::new(written).analyze(question))
        .into_iter()
        .filter(|word| word.term.is_none())
        .map(|word| word.surface)
        .collect();
    let stats = terms::Statistics {
        terms,
        passages: terms.analysed_passages(),
    };
    let foreign_weight = foreign_word_weight(&stats);
    let unknown_weight = query::idf(0, stats.document_count());
    let mut dropped: Vec<String> = Vec::new();
    let mut concepts = Vec::new();
    for concept in plan.concepts {
        if function_words.contains(&concept.words) {
            dropped.extend(own_terms(&concept).iter().cloned());
            continue;
        }
        concepts.push(with_cognates(
            concept,
            terms,
            &stats,
            foreign_weight,
            unknown_weight,
        ));
    }
    let phrases = (plan.phrases.into_iter())
        .filter(|p| !dropped.contains(&p.first) && !dropped.contains(&p.second))
        .collect();
    QueryPlan {
        concepts,
        phrases,
        ..plan
    }
}

/// The terms of a concept's own words (its first alternative); none for a concept without
/// alternatives.
fn own_terms(concept: &Concept) -> &[String] {
    concept.alternatives.first().map_or(&[], |a| &a.terms)
}

/// The weight of a word the corpus's language would not write (see [`FOREIGN_WORD_SHARE`]).
fn foreign_word_weight(stats: &terms::Statistics<'_>) -> f32 {
    let passages = stats.document_count();
    let share = (passages as f64 * FOREIGN_WORD_SHARE).round().max(1.0) as u64;
    query::idf(share, passages)
}

/// A concept the corpus does not know, joined by the corpus words spelled alike, weighed as
/// they are; else weighed as a common word, unless it is an unknown name (weighing more than
/// an unknown word: names are spelled alike in every language).
fn with_cognates(
    mut concept: Concept,
    terms: &CorpusTerms,
    stats: &terms::Statistics<'_>,
    foreign_weight: f32,
    unknown_weight: f32,
) -> Concept {
    let known =
        |term: &str| stats.document_frequency(term) > 0 || terms.present(FieldKind::Metadata, term);
    let is_known = (concept.alternatives.iter()).any(|a| a.terms.iter().all(|t| known(t)));
    if is_known || concept.words.contains(' ') {
        return concept;
    }
    let cognates: Vec<String> = (terms.vocabulary.cognates(&concept.words).into_iter())
        .map(|c| c.term)
        .filter(|t| stats.document_frequency(t) > 0)
        .collect();
    if let Some(most_used) = cognates.iter().map(|t| stats.document_frequency(t)).max() {
        concept.weight = query::idf(most_used, stats.document_count());
        concept
            .alternatives
            .extend(cognates.into_iter().map(|term| Alternative {
                terms: vec![term],
                source: Source::Form,
            }));
    } else if concept.weight <= unknown_weight {
        concept.weight = foreign_weight;
    }
    concept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::testing::archive_engine;

    #[test]
    fn a_question_is_written_across_languages_when_its_function_words_say_so() {
        let english = "Why did Rosa García quit the plant in Llipi?";
        assert_eq!(written_in(english, Language::Es), Some(Language::En));
        assert_eq!(written_in(english, Language::En), None);
        let spanish = "¿Qué hizo Lucía Reyes después de su primer disco?";
        assert_eq!(written_in(spanish, Language::En), Some(Language::Es));
        assert_eq!(written_in(spanish, Language::Es), None);
        // Spanish and Portuguese read each other's questions as before.
        let portuguese = "O que a Joana Lins pensa das cisternas?";
        assert_eq!(written_in(portuguese, Language::Es), None);
        assert_eq!(written_in(portuguese, Language::En), Some(Language::Pt));
    }

    #[test]
    fn a_concept_without_alternatives_has_no_own_terms() {
        let bare = Concept {
            words: "the".to_string(),
            alternatives: Vec::new(),
            weight: 1.0,
        };
        assert!(own_terms(&bare).is_empty());
    }

    #[test]
    fn a_question_naming_an_interview_in_another_language_is_answered_from_it() {
        let engine = archive_engine();
        for (question, interviewee) in [
            ("Why did Rosa García quit the Llipi plant?", "Rosa García"),
            (
                "¿Por qué la banda de Lucía Reyes se llama Marea Baja?",
                "Lucía Reyes",
            ),
        ] {
            let outcome = engine.search(question, 1);
            assert!(!outcome.hits.is_empty(), "{question}");
            assert_eq!(outcome.hits[0].interview.interviewee(), interviewee);
        }
    }

    #[test]
    fn off_topic_questions_in_another_language_stay_refused() {
        let engine = archive_engine();
        for question in [
            "Did Rosa García ever play professional football?",
            "¿Cuál es el equipo de fútbol favorito de Lucía Reyes?",
            "¿Cómo se prepara una paella valenciana?",
        ] {
            assert!(engine.search(question, 1).hits.is_empty(), "{question}");
        }
    }
}
