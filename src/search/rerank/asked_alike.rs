//! The interviewer asking with the reader's question word.
//!
//! Short replies make sense only with their question: "March 8th, 1921." answers "And when
//! were you born?", "Up in Hood River." answers "And where were you born?", and both prompts
//! meet every word of "When was Eros Osterloh born?" but one. The question word the reader
//! opens with ("when", "where", "why", "who") says which of the two is meant: a paragraph under
//! an interviewer's question using the same one answers the same kind of thing. Other
//! question words ("what", "how", "which") ask too many kinds of thing to tell answers apart.

use super::{flag, RankingEvidence};
use crate::corpus::Passage;
use crate::search::analyzer::{folded_text, AnalyzedWord};

/// The kind of thing a question word asks for, when it asks for one kind only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    When,
    Where,
    Why,
    Who,
}

/// A question word of the three languages, folded, and the kind it asks; `None` for the ones
/// that ask for any kind of thing ("what", "how", "qué", "como"), which end the search for
/// the first question word all the same. "Why" in Spanish and Portuguese is two words ("por
/// qué", "por quê", see [`kind_of`]): "porque" is mostly "because".
#[rustfmt::skip]
const QUESTION_WORDS: &[(&str, Option<Kind>)] = &[
    ("when", Some(Kind::When)), ("cuando", Some(Kind::When)), ("quando", Some(Kind::When)),
    ("where", Some(Kind::Where)), ("donde", Some(Kind::Where)), ("onde", Some(Kind::Where)),
    ("aonde", Some(Kind::Where)),
    ("why", Some(Kind::Why)),
    ("who", Some(Kind::Who)), ("whom", Some(Kind::Who)), ("quien", Some(Kind::Who)),
    ("quem", Some(Kind::Who)),
    ("what", None), ("which", None), ("how", None), ("que", None), ("cual", None),
    ("como", None), ("qual", None), ("cuanto", None), ("cuantos", None), ("quanto", None),
    ("quantos", None),
];

/// The kind a word asks for, reading "por que" ("por qué") as "why"; `Some(None)` for a
/// question word of any kind, `None` for a word that asks nothing.
fn kind_of(word: &str, next: Option<&str>) -> Option<Option<Kind>> {
    if word == "por" && next == Some("que") {
        return Some(Some(Kind::Why));
    }
    QUESTION_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, kind)| *kind)
}

/// The kind the first question word of `words` asks for ("hi! why did she come…": why;
/// "how did you feel when…": none).
fn first_kind(words: &[&str]) -> Option<Kind> {
    (0..words.len())
        .find_map(|at| kind_of(words[at], words.get(at + 1).copied()))
        .flatten()
}

/// The kind the reader's first question word asks for.
pub(super) fn reader_kind(question: &[AnalyzedWord]) -> Option<Kind> {
    let words: Vec<&str> = question.iter().map(|w| w.surface.as_str()).collect();
    first_kind(&words)
}

/// Whether an interviewer's first question word asks for `kind`, read as the reader's is
/// ("And you'd-- where did you attend university?": where; "How did you feel when…": none).
pub(super) fn asks_kind(asked: &str, kind: Kind) -> bool {
    let text = folded_text(asked);
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    first_kind(&words) == Some(kind)
}

impl RankingEvidence<'_> {
    /// 1 when the reader's question asks when, where, why or who and the passage answers an
    /// interviewer's question asking the same, else 0.
    pub(super) fn asked_alike(&self, passage: &Passage) -> f32 {
        let (Some(kind), Some(turn)) = (self.reader_kind, passage.turn) else {
            return 0.0;
        };
        let interview = &self.corpus.interviews[passage.interview];
        flag(
            interview
                .turns
                .get(turn)
                .is_some_and(|t| asks_kind(&t.question, kind)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Analyzer;
    use crate::search::language::Language;

    fn kind(question: &str, language: Language) -> Option<Kind> {
        reader_kind(&Analyzer::new(language).analyze(question))
    }

    #[test]
    fn the_readers_first_question_word_tells_the_kind_asked() {
        assert_eq!(
            kind("When was Ida Marsh born?", Language::En),
            Some(Kind::When)
        );
        assert_eq!(
            kind("hi! why did she move to Tarn?", Language::En),
            Some(Kind::Why)
        );
        assert_eq!(
            kind("¿Por qué dejó el coro?", Language::Es),
            Some(Kind::Why)
        );
        assert_eq!(kind("Onde ela estudou?", Language::Pt), Some(Kind::Where));
        // "How" asks for any kind of thing, and ends the search before "when".
        assert_eq!(kind("How did she feel when it ended?", Language::En), None);
    }

    #[test]
    fn the_prompt_asking_when_matches_a_when_question_and_not_the_one_asking_where() {
        assert!(asks_kind("And when were you born?", Kind::When));
        assert!(!asks_kind("And where were you born?", Kind::When));
        assert!(asks_kind("¿Dónde estudió?", Kind::Where));
        assert!(asks_kind("¿Por qué se fue?", Kind::Why));
        assert!(!asks_kind("What drew you to Google?", Kind::Why));
        assert!(asks_kind(
            "And you'd-- where did you attend university?",
            Kind::Where
        ));
        assert!(asks_kind("¿Y por quê saiu da banda?", Kind::Why));
    }

    #[test]
    fn only_the_first_question_word_of_a_prompt_tells_its_kind() {
        assert!(!asks_kind(
            "How did you feel when the shop closed?",
            Kind::When
        ));
        assert!(asks_kind(
            "When the shop closed, how did you feel?",
            Kind::When
        ));
    }

    #[test]
    fn porque_is_because_and_asks_nothing() {
        assert!(!asks_kind("Você saiu porque estava cansado?", Kind::Why));
        assert_eq!(kind("¿Se fue porque llovía?", Language::Es), None);
    }
}
