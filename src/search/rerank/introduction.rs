//! When an interview's introduction is the answer: a question that asks who, where or which.
//!
//! An introduction is the publisher's summary of the interview: it names most of the topics
//! its answers develop, in other words, so for "what does she think about X?" it matches X
//! about as well as her answer does, without her view (its plain weight is negative). But it is
//! also where the facts of a person's life are told — where they were born, studied or worked,
//! who they are, where a shop first opened — which the answers take for granted ("You grew up
//! in Oruro."). A question that opens with who, where or which (see [`asks_which`]) asks for
//! such a fact, and there the introduction is as likely an answer as any paragraph. A question
//! that asks for a view ("what does she think of…", "¿qué opina…?", "o que ela acha…"), a
//! reason ("why…", "¿por qué…?") or a way ("how did…", "¿cómo…?") asks for the
//! interviewee's own account, which an introduction, written by the publisher, names but does
//! not give ("How should a project be split…?" met a summary announcing that the talk covers
//! splitting projects).
//!
//! [`asks_which`]: crate::search::facts::asks_which

use super::{flag, RankingEvidence};
use crate::corpus::Passage;
use crate::search::analyzer::AnalyzedWord;

/// Words that ask for someone's view, folded, in the three languages: the verbs of thinking
/// and believing in the forms a question uses, and the nouns for a view.
#[rustfmt::skip]
const VIEW_WORDS: &[&str] = &[
    "think", "thinks", "believe", "believes", "feel", "feels", "opinion", "view", "views",
    "piensa", "piensan", "opina", "opinan", "cree", "creen", "opinion",
    "pensa", "pensam", "acha", "acham", "opiniao",
];

/// Whether the question asks for someone's view (see [`VIEW_WORDS`]).
pub(in crate::search) fn asks_view(question: &[AnalyzedWord]) -> bool {
    question
        .iter()
        .any(|w| VIEW_WORDS.contains(&w.surface.as_str()))
}

/// Words after which "how" asks for a quantity or a measure ("how many", "how old"), a fact an
/// introduction may well give, not for a way.
#[rustfmt::skip]
const MEASURE_WORDS: &[&str] = &[
    "many", "much", "old", "long", "far", "big", "tall", "high", "often", "large",
];

/// First words of a question searched for why or how: where a question word stands, after a
/// greeting at most ("so, why…"); later, "how" and "como" are mostly not asking ("as she
/// says", "tal como").
const REASON_WITHIN_WORDS: usize = 3;

/// Whether the question asks why or how (in its first words): "why", "how" (not "how many",
/// see [`MEASURE_WORDS`]), "por qué" / "por que", "cómo" / "como".
fn asks_reason(question: &[AnalyzedWord]) -> bool {
    let head = &question[..question.len().min(REASON_WITHIN_WORDS)];
    head.iter().enumerate().any(|(at, word)| {
        let next = question.get(at + 1).map_or("", |w| w.surface.as_str());
        match word.surface.as_str() {
            "why" => true,
            "how" | "como" => !MEASURE_WORDS.contains(&next),
            "por" => next == "que",
            _ => false,
        }
    })
}

/// Whether the question asks for the interviewee's own account: a view, a reason or a way.
pub(super) fn asks_account(question: &[AnalyzedWord]) -> bool {
    asks_view(question) || asks_reason(question)
}

impl RankingEvidence<'_> {
    /// For an introduction's paragraph when the question asks who, where or which, the share
    /// of the question its text matches (`text_coverage`), else 0: an introduction that tells
    /// a fact of the question's words, not one that shares a word with it ("who is liable
    /// when software overlooks a tumour?" meets "software engineer" in a founder's portrait).
    pub(super) fn introduction_asked_which(&self, passage: &Passage, text_coverage: f32) -> f32 {
        if self.asks_which && passage.turn.is_none() {
            text_coverage
        } else {
            0.0
        }
    }

    /// 1 for an introduction's paragraph when the question asks for a view, a reason or a way
    /// (see [`asks_account`]), else 0.
    pub(super) fn introduction_asked_view(&self, passage: &Passage) -> f32 {
        flag(self.asks_account && passage.turn.is_none())
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

    #[test]
    fn the_introduction_counts_for_where_and_against_a_view() {
        // Arrange: an introduction that tells where the bakery is, and an answer about it.
        let mut bakery = interview_of(
            "bakery",
            &[("And the bakery?", &["The bakery opens at four."])],
        );
        bakery.intro = vec!["Nora Blake opened a bakery near the harbour.".into()];
        let corpus = Corpus::new(vec![bakery]);
        let terms = CorpusTerms::build(&corpus, Language::En, &[Language::En]);
        let plan = QueryPlan {
            concepts: vec![typed_concept("bakeri")],
            ..QueryPlan::default()
        };
        let resolved = terms.resolve(&plan);
        let features = |question: &str, passage: &Passage| {
            let words = Analyzer::new(Language::En).analyze(question);
            let evidence = RankingEvidence::new(&corpus, &terms, &resolved, &[false], &words);
            (
                evidence.introduction_asked_which(passage, 0.5),
                evidence.introduction_asked_view(passage),
            )
        };
        let feature = |question: &str, passage: &Passage| features(question, passage).0;
        let view = |question: &str, passage: &Passage| features(question, passage).1;
        let (intro, answer) = (&corpus.passages[0], &corpus.passages[1]);
        // Act / Assert
        assert_eq!(feature("Where is her bakery?", intro), 0.5);
        assert_eq!(feature("¿Dónde está su panadería?", intro), 0.5);
        assert_eq!(feature("Where is her bakery?", answer), 0.0);
        assert_eq!(feature("What does she think of her bakery?", intro), 0.0);
        assert_eq!(feature("bakery", intro), 0.0);
        assert_eq!(view("What does she think of her bakery?", intro), 1.0);
        assert_eq!(view("¿Qué opina de su panadería?", intro), 1.0);
        assert_eq!(view("What does she think of her bakery?", answer), 0.0);
        assert_eq!(view("Where is her bakery?", intro), 0.0);
        assert_eq!(view("Why did she open a bakery?", intro), 1.0);
        assert_eq!(view("so, how does the bakery work?", intro), 1.0);
        assert_eq!(view("¿Por qué abrió la panadería?", intro), 1.0);
        assert_eq!(view("Como funciona a padaria?", intro), 1.0);
        assert_eq!(view("How many bakeries are there?", intro), 0.0);
        assert_eq!(view("How old is her bakery?", intro), 0.0);
        assert_eq!(view("Where is the bakery, and how big?", intro), 0.0);
    }
}
