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

use std::rc::Rc;

use super::analyzer::{AnalyzedWord, Analyzer};

/// The analysed words of an answer's interview title, read by the analyzer given, when needed.
pub(super) type TitleWords<'a> = dyn Fn(&mut Analyzer) -> Rc<[AnalyzedWord]> + 'a;

/// Words (stopwords counted) between the question's rarest word and another of its words for
/// a passage to say them together: about a sentence; the salient-match window of the second
/// phase is as wide.
pub(super) const TOGETHER_WINDOW: usize = 20;

/// The question's rarest topical concept and the other topical concepts it must be said with,
/// by index in the plan, with their index terms (and alternatives).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Anchor {
    /// The rarest concept's index in the plan.
    pub(super) at: usize,
    /// The other concepts' indexes, any of which may be the rarest's partner.
    pub(super) partners_at: Vec<usize>,
    /// The rarest concept's terms.
    pub(super) rarest: Vec<String>,
    /// The partners' terms.
    pub(super) partners: Vec<String>,
}

/// Which of an anchor's two sides a text has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Sides {
    /// The rarest concept.
    pub(super) rarest: bool,
    /// One of its partners.
    pub(super) partner: bool,
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

    /// Which sides a text matches, from whether it matches each concept of the plan.
    pub(super) fn sides(&self, matched: &dyn Fn(usize) -> bool) -> Sides {
        Sides {
            rarest: matched(self.at),
            partner: self.partners_at.iter().any(|&at| matched(at)),
        }
    }

    /// Which sides analysed `words` have.
    fn sides_of(&self, words: &[AnalyzedWord]) -> Sides {
        Sides {
            rarest: words.iter().any(|w| self.is_rarest(w)),
            partner: words.iter().any(|w| self.is_partner(w)),
        }
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

    /// Whether an answer says the anchor with a partner: near each other in one of its
    /// `paragraphs` (each with the sides it matches), or one of them in its frame (the
    /// interviewer's question, whose sides are `asked`, and the interview's title, whose
    /// analysed words `title` gives when needed) and the other in the answer. Only paragraphs
    /// that match both sides are read.
    pub(super) fn said_together(
        &self,
        analyzer: &mut Analyzer,
        (asked, title): (Sides, &TitleWords<'_>),
        paragraphs: &[(Sides, &str)],
    ) -> bool {
        let mut answer = Sides::default();
        for &(sides, text) in paragraphs {
            if sides.rarest && sides.partner && self.near(&analyzer.analyze(text)) {
                return true;
            }
            answer = answer.or(sides);
        }
        let framed = |frame: Sides| {
            (frame.rarest && (answer.partner || frame.partner)) || (frame.partner && answer.rarest)
        };
        framed(asked) || framed(asked.or(self.sides_of(&title(analyzer))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::language::Language;

    fn anchor(rarest: &str, partner: &str) -> Anchor {
        Anchor {
            at: 0,
            partners_at: vec![1],
            rarest: vec![rarest.to_string()],
            partners: vec![partner.to_string()],
        }
    }

    /// Whether the anchor is said in `paragraphs` under the interviewer's question `asked`.
    fn said(anchor: &Anchor, asked: &str, paragraphs: &[&str]) -> bool {
        let mut analyzer = Analyzer::new(Language::En);
        let mut sides_of = |text: &str| {
            let words = analyzer.analyze(text);
            anchor.sides(&|at| {
                let terms = if at == 0 {
                    &anchor.rarest
                } else {
                    &anchor.partners
                };
                words
                    .iter()
                    .any(|w| w.term.as_ref().is_some_and(|t| terms.contains(t)))
            })
        };
        let asked = sides_of(asked);
        let paragraphs: Vec<(Sides, &str)> = paragraphs.iter().map(|p| (sides_of(p), *p)).collect();
        let mut analyzer = Analyzer::new(Language::En);
        let title = |analyzer: &mut Analyzer| analyzer.analyze("An interview").into();
        anchor.said_together(&mut analyzer, (asked, &title), &paragraphs)
    }

    #[test]
    fn the_rarest_word_must_sit_near_another_word_of_the_question() {
        let cup = anchor("cup", "won");
        let apart = "Bolivia has won almost nothing away from home for decades, and everyone \
                     knows it. If our football depended only on the thin air of the capital, \
                     we would not have qualified for a single World Cup since 1994.";
        assert!(!said(&cup, "", &[apart]));
        let near = "Argentina won the cup after a final that went to penalties.";
        assert!(said(&cup, "", &[near]));
        assert!(!said(&cup, "", &["We won.", "The cup was lost."]));
    }

    #[test]
    fn the_interviewer_s_question_or_the_title_frames_the_whole_answer() {
        let coach = anchor("coach", "first");
        let answer = ["My coach at the club taught me to head the ball."];
        assert!(!said(&coach, "", &answer));
        assert!(said(&coach, "Who was your first teacher?", &answer));
        let first = ["It was my first season."];
        assert!(said(&coach, "Tell us about your coach.", &first));
        assert!(!said(&coach, "Tell us about your coach.", &["Nothing."]));
        let mut analyzer = Analyzer::new(Language::En);
        let title = |analyzer: &mut Analyzer| analyzer.analyze("The first coach").into();
        assert!(coach.said_together(&mut analyzer, (Sides::default(), &title), &[]));
    }
}
