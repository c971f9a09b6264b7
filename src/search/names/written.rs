//! How a name is written in a question: a place rather than a person ("São Paulo"), or a
//! person's whole name ("Aaron Smith"), read from the question's words and capitals.

use crate::search::analyzer::Analyzer;
use crate::search::language::Language;
use crate::search::query::QueryPlan;

/// Whether a question's name `term` comes right after a function word written with a capital,
/// which the analysis kept as part of a proper name (see `analyzer::proper`): "São Paulo", "La
/// Paz", "El Alto". Such a name is a place or an institution, not a person: "os jovens vão
/// para São Paulo?" does not ask about an interviewee called Paulo.
pub(in crate::search) fn in_a_place_name(plan: &QueryPlan, term: &str, language: Language) -> bool {
    let mut analyzer = Analyzer::new(language);
    let surface = |first: &str| {
        plan.concepts
            .iter()
            .find(|c| {
                c.alternatives
                    .first()
                    .is_some_and(|a| a.terms.iter().any(|t| t == first))
            })
            .map(|c| c.words.clone())
    };
    plan.phrases
        .iter()
        .filter(|pair| pair.gap == 1 && pair.second == term)
        .filter_map(|pair| surface(&pair.first))
        .any(|word| analyzer.analyze(&word).iter().all(|w| w.term.is_none()))
}

/// Letters at most of a particle inside a name: "de", "van", "dos".
const MAX_PARTICLE_CHARS: usize = 3;

/// The words of a question written as part of a person's name, lowercased: those in a run of
/// two capitalised words or more ("Aaron Smith", with a particle between: "Ana de Souza"),
/// none opening the question (where any word is capitalised); a single capitalised word is as
/// often a place or an organisation. Read once for all of a question's concepts.
pub(in crate::search) struct NamesWritten(Vec<String>);

impl NamesWritten {
    pub(in crate::search) fn of(question: &str) -> NamesWritten {
        let written: Vec<&str> = question
            .split_whitespace()
            .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()))
            .map(|w| w.strip_suffix("'s").unwrap_or(w))
            .collect();
        let capitalised = |at: usize| {
            let word = written.get(at).filter(|_| at > 0);
            word.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        // A short word in lowercase between two capitalised ones is a particle of the name
        // ("Ana de Souza", "Vincent van Gogh").
        let particle = |at: usize| {
            let word = written.get(at).filter(|_| at > 0);
            let short = word.is_some_and(|w| (1..=MAX_PARTICLE_CHARS).contains(&w.chars().count()));
            short
                && word.is_some_and(|w| w.chars().all(char::is_lowercase))
                && capitalised(at - 1)
                && capitalised(at + 1)
        };
        let joined = |before: usize, after: usize| {
            capitalised(before) || capitalised(after) || particle(before) || particle(after)
        };
        let in_run =
            |at: usize| particle(at) || (capitalised(at) && joined(at.wrapping_sub(1), at + 1));
        let names = (0..written.len())
            .filter(|&at| in_run(at))
            .map(|at| written[at].to_lowercase())
            .collect();
        NamesWritten(names)
    }

    /// Whether a concept's `words` (at least one) are all written as part of a person's name.
    pub(in crate::search) fn has(&self, words: &str) -> bool {
        if self.0.is_empty() {
            return false;
        }
        let mut words = words.split_whitespace().peekable();
        words.peek().is_some() && words.all(|word| self.0.iter().any(|name| name == word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concept(words: &str, term: &str) -> crate::search::query::Concept {
        use crate::search::query::{Alternative, Concept, Source};
        Concept {
            words: words.into(),
            alternatives: vec![Alternative {
                terms: vec![term.into()],
                source: Source::Typed,
            }],
            weight: 1.0,
        }
    }

    #[test]
    fn a_name_after_a_capitalised_function_word_is_a_place_not_a_person() {
        use crate::search::query::PhrasePair;
        let pair = |first: &str, second: &str, gap| PhrasePair {
            first: first.into(),
            second: second.into(),
            gap,
        };
        let place = QueryPlan {
            concepts: vec![
                concept("jovens", "jov"),
                concept("sao", "sa"),
                concept("paulo", "paul"),
            ],
            phrases: vec![pair("jov", "sa", 4), pair("sa", "paul", 1)],
            ..QueryPlan::default()
        };
        assert!(in_a_place_name(&place, "paul", Language::Pt));
        assert!(!in_a_place_name(&place, "jov", Language::Pt));
        let person = QueryPlan {
            concepts: vec![concept("paulo", "paul"), concept("menezes", "menez")],
            phrases: vec![pair("paul", "menez", 1)],
            ..QueryPlan::default()
        };
        assert!(!in_a_place_name(&person, "menez", Language::Pt));
        assert!(!in_a_place_name(&person, "paul", Language::Pt));
    }

    #[test]
    fn a_name_is_a_run_of_capitalised_words_that_does_not_open_the_question() {
        let written = NamesWritten::of("Reddit Inc: what does Aaron Sellwood think of Boston's?");
        assert!(written.has("aaron sellwood"));
        assert!(written.has("sellwood"));
        assert!(!written.has("reddit"));
        assert!(!written.has("think"));
        assert!(!written.has("boston"));
        assert!(!written.has(""));
        assert!(!NamesWritten::of("what does sellwood think").has("sellwood"));
        let particle = NamesWritten::of("What does Ana de Souza think of traffic?");
        assert!(particle.has("ana de souza"));
        assert!(particle.has("de"));
        assert!(!particle.has("of"));
    }
}
