//! A text opening on a labelled exchange, a named asker's question answered under another
//! named speaker's label ("Ana Ruiz: How did you meet?" / "Rui Sal: At the harbour…"): the
//! first line is the conversation's first turn, not a headline naming its speaker. A
//! headline naming its speaker quotes a statement ("Ana Ruiz: “I never planned it”"), and is
//! not followed by another person's labelled reply.

use super::cues::ends_with_question_mark;
use super::labels::{same_speaker, split_label};
use super::reading::Para;

/// A name label of a person has two words at least ("Ana Ruiz"); one word may be a topic
/// ("Update: …").
const MIN_NAME_WORDS: usize = 2;

/// The first paragraph asks under a person's name and the second answers under another.
pub fn opens_with_asked_exchange(paras: &[Para]) -> bool {
    let labelled = |i: usize| paras.get(i).and_then(|p| split_label(&p.text));
    let (Some(asked), Some(answered)) = (labelled(0), labelled(1)) else {
        return false;
    };
    let named = |label: &str| label.split_whitespace().count() >= MIN_NAME_WORDS;
    named(&asked.label)
        && named(&answered.label)
        && !same_speaker(&asked.label, &answered.label)
        && ends_with_question_mark(asked.body)
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn a_named_question_answered_under_another_name_opens_the_conversation() {
        let exchange = [
            "Lena Marsh: How did you meet?",
            "Rui Campos: At the harbour.",
        ];
        assert!(opens_with_asked_exchange(&paras(&exchange)));
        let headline = [
            "Lena Marsh: “I never planned it”",
            "Rui Campos: At the harbour.",
        ];
        assert!(!opens_with_asked_exchange(&paras(&headline)));
        let same = ["Lena Marsh: Why?", "Lena Marsh: Because."];
        assert!(!opens_with_asked_exchange(&paras(&same)));
        let prose = ["Lena Marsh: Why now?", "The harbour was quiet that year."];
        assert!(!opens_with_asked_exchange(&paras(&prose)));
    }
}
