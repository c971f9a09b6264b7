//! A page saved or copied up to a question and no further: the last question has no answer.

use super::layout::Assembled;
use super::reading::{Clutter, Dropped};
use super::thanks::opens_with_thanks;

/// A page saved or copied up to a question and no further ("P. Usted ha hablado con…" and
/// nothing after it) ends with a question that has no answer: the earlier turns are whole, so
/// that last question is dropped (and listed) instead of refusing the file. A question without
/// answer in the middle of the file is still an error.
pub fn drop_cut_question(out: &mut Assembled) {
    let cut = out.turns.len() >= 2 && out.turns.last().is_some_and(|t| t.answer.is_empty());
    if let Some(turn) = out.turns.pop_if(|_| cut) {
        // A host labelled over their closing thanks asked nothing: the page was not cut.
        let thanks = opens_with_thanks(&turn.question);
        let reason = if thanks {
            Clutter::AfterInterview
        } else {
            Clutter::CutOff
        };
        out.dropped.push(Dropped {
            line: turn.line,
            text: turn.question,
            reason,
        });
    }
}
