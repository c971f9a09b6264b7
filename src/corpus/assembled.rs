//! One interview body cut into introduction and turns: the draft every layout fills in and
//! later steps revise (backchannels folded, opening statements taken, closing matter dropped).

use super::cues::{asks_something, ends_with_question_mark, words};
use super::markup::strip_question_number;
use super::reading::{Clutter, Dropped, Layout, Para};

/// An interviewer's exclamation cheering on a reply that has only begun ("Yes! Love it.") is
/// this short.
const CHEER_MAX_WORDS: usize = 8;

/// One question and its answer paragraphs, with lines.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// The question without label or typography.
    pub question: String,
    /// Line where the question starts.
    pub line: usize,
    /// Answer paragraphs and their lines.
    pub answer: Vec<(String, usize)>,
    /// The label of who says each answer paragraph, when a label says it (unlabelled
    /// paragraphs continue the last label).
    pub speakers: Vec<Option<String>>,
    /// Each paragraph joined to the question after its first, as joined and with its line: a
    /// question over two paragraphs, or two questions asked in a row, which a reply dropped
    /// as a stage direction between them may part again (see
    /// [`super::reaction_answers`]).
    pub joined: Vec<(String, usize)>,
}

/// The body cut into introduction and turns.
#[derive(Debug, Default)]
pub struct Assembled {
    /// The cue that made the questions.
    pub layout: Option<Layout>,
    /// Introduction paragraphs and their lines.
    pub intro: Vec<(String, usize)>,
    /// Turns in order.
    pub turns: Vec<Draft>,
    /// Paragraphs dropped while assembling (interjections).
    pub dropped: Vec<Dropped>,
    /// Line and label of an answer label met before any question, if any.
    pub orphan_answer: Option<(usize, String)>,
}

impl Assembled {
    pub(super) fn question(&mut self, text: &str, line: usize) {
        match self.turns.last_mut() {
            // A question over two paragraphs, or two questions asked in a row.
            Some(turn) if turn.answer.is_empty() => {
                turn.question.push(' ');
                turn.question.push_str(text);
                turn.joined.push((text.to_string(), line));
            }
            _ => self.turns.push(Draft {
                question: strip_question_number(text).to_string(),
                line,
                ..Draft::default()
            }),
        }
    }

    pub(super) fn answer(&mut self, text: &str, line: usize) {
        let speaker = self
            .turns
            .last()
            .and_then(|turn| turn.speakers.last().cloned().flatten());
        self.answer_by(text, line, speaker);
    }

    /// An answer paragraph opened by the label of who says it.
    pub(super) fn answer_by(&mut self, text: &str, line: usize, speaker: Option<String>) {
        match self.turns.last_mut() {
            Some(turn) => {
                turn.answer.push((text.to_string(), line));
                turn.speakers.push(speaker);
            }
            None => self.intro.push((text.to_string(), line)),
        }
    }

    pub(super) fn drop(&mut self, para: &Para, reason: Clutter) {
        self.dropped.push(Dropped {
            line: para.line,
            text: para.text.clone(),
            reason,
        });
    }

    /// Drops the last question when it has no answer yet and asks (ends with `?`): another
    /// question follows it, so it was left unanswered.
    pub(super) fn drop_unanswered_question(&mut self) {
        let unanswered = self
            .turns
            .last()
            .is_some_and(|t| t.answer.is_empty() && ends_with_question_mark(&t.question));
        if let Some(turn) = self.turns.pop_if(|_| unanswered) {
            self.dropped.push(Dropped {
                line: turn.line,
                text: turn.question,
                reason: Clutter::Unanswered,
            });
        }
    }

    pub(super) fn answering(&self) -> bool {
        self.turns.last().is_some_and(|t| !t.answer.is_empty())
    }

    /// `body`, an interviewer's turn, is a short exclamation that asks nothing, said while the
    /// reply is still shorter than its question: the guest has only begun ("Absolutely. First,
    /// the origin story." / "Yes! Love it." / the story), and goes on after it.
    pub(super) fn cheers_on(&self, body: &str) -> bool {
        let begun = self.turns.last().is_some_and(|turn| {
            let said: usize = turn.answer.iter().map(|(text, _)| words(text)).sum();
            said < words(&turn.question)
        });
        begun
            && words(body) <= CHEER_MAX_WORDS
            && body.contains(['!', '¡'])
            && !asks_something(body)
    }
}
