//! Whether an answer says what a factual question asks about in one breath: its rarest word
//! near another of its words.
//!
//! A question asking for a fact ("Who won the 2022 World Cup?", "Who was Diego Vargas's first
//! coach?") relates two things or more: a winner and a cup, a coach and a first one. In an
//! archive, a passage on the same subject meets those words apart — "Bolivia has won almost
//! nothing outside La Paz for decades. […] we would not have qualified for a single World Cup"
//! — and reaches coverage and salience while saying nothing of the relation asked about. The
//! passage that answers says the question's rarest word next to another word of the question:
//! within [`TOGETHER_WINDOW`] words in one paragraph of the answer. The interviewer's question
//! and the interview's title frame the whole answer, so a word of the question they use is
//! next to everything the answer says. Words written next to the rarest one in the question
//! ("World Cup", "data centres") name one thing with it, and are no second thing.

use super::analyzer::{AnalyzedWord, Analyzer};

/// Words (stopwords counted) between the question's rarest word and another of its words for
/// a passage to say them together: about a sentence; the salient-match window of the second
/// phase is as wide.
pub(super) const TOGETHER_WINDOW: usize = 20;

/// The index terms (with their alternatives) of the question's rarest topical concept, and of
/// the other topical concepts it must be said with.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Anchor {
    /// The rarest concept's terms.
    pub(super) rarest: Vec<String>,
    /// The terms of every other concept, any of which may be the rarest's partner.
    pub(super) partners: Vec<String>,
}

/// Which of an anchor's two sides a text has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Sides {
    rarest: bool,
    partner: bool,
}

impl Sides {
    fn or(self, other: Sides) -> Sides {
        Sides {
            rarest: self.rarest || other.rarest,
            partner: self.partner || other.partner,
        }
    }
}

impl Anchor {
    fn is_rarest(&self, word: &AnalyzedWord) -> bool {
        word.term.as_ref().is_some_and(|t| self.rarest.contains(t))
    }

    fn is_partner(&self, word: &AnalyzedWord) -> bool {
        word.term
            .as_ref()
            .is_some_and(|t| self.partners.contains(t))
    }

    /// Whether `words` have the rarest word within [`TOGETHER_WINDOW`] of a partner.
    pub(super) fn near(&self, words: &[AnalyzedWord]) -> bool {
        let partners: Vec<usize> = words
            .iter()
            .filter(|w| self.is_partner(w))
            .map(|w| w.position)
            .collect();
        words.iter().filter(|w| self.is_rarest(w)).any(|w| {
            partners
                .iter()
                .any(|&p| p.abs_diff(w.position) <= TOGETHER_WINDOW)
        })
    }

    fn sides(&self, words: &[AnalyzedWord]) -> Sides {
        Sides {
            rarest: words.iter().any(|w| self.is_rarest(w)),
            partner: words.iter().any(|w| self.is_partner(w)),
        }
    }

    /// Whether an answer says the anchor with a partner: near each other in one of its
    /// `paragraphs`, or one of them in its `frame` (the interviewer's question, the
    /// interview's title) and the other in the answer.
    pub(super) fn said_together(
        &self,
        analyzer: &mut Analyzer,
        frame: &[&str],
        paragraphs: &[&str],
    ) -> bool {
        let mut answer = Sides::default();
        for text in paragraphs {
            let words = analyzer.analyze(text);
            if self.near(&words) {
                return true;
            }
            answer = answer.or(self.sides(&words));
        }
        let framed = frame
            .iter()
            .map(|text| self.sides(&analyzer.analyze(text)))
            .fold(Sides::default(), Sides::or);
        (framed.rarest && (answer.partner || framed.partner)) || (framed.partner && answer.rarest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::language::Language;

    fn anchor(rarest: &str, partners: &[&str]) -> Anchor {
        Anchor {
            rarest: vec![rarest.to_string()],
            partners: partners.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn said(anchor: &Anchor, frame: &[&str], paragraphs: &[&str]) -> bool {
        let mut analyzer = Analyzer::new(Language::En);
        anchor.said_together(&mut analyzer, frame, paragraphs)
    }

    #[test]
    fn the_rarest_word_must_sit_near_another_word_of_the_question() {
        let cup = anchor("cup", &["won"]);
        let apart = "Bolivia has won almost nothing away from home for decades, and everyone \
                     knows it. If our football depended only on the thin air of the capital, \
                     we would not have qualified for a single World Cup since 1994.";
        assert!(!said(&cup, &[], &[apart]));
        let near = "Argentina won the cup after a final that went to penalties.";
        assert!(said(&cup, &[], &[near]));
        assert!(!said(&cup, &[], &["We won.", "The cup was lost."]));
    }

    #[test]
    fn the_interviewer_s_question_or_the_title_frames_the_whole_answer() {
        let coach = anchor("coach", &["first"]);
        let answer = ["My coach at the club taught me to head the ball."];
        assert!(!said(&coach, &[], &answer));
        assert!(said(&coach, &["Who was your first teacher?"], &answer));
        let first = ["It was my first season."];
        assert!(said(&coach, &["Tell us about your coach."], &first));
        assert!(!said(&coach, &["Tell us about your coach."], &["Nothing."]));
    }
}
