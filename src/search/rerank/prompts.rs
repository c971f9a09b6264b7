//! Evidence from how a paragraph sits in its exchange: an interviewer's prompt the layout did
//! not mark.
//!
//! Published pages do not always mark who speaks. A short paragraph ending with a question
//! mark, followed by more of the same answer, is most often the interviewer asking again
//! ("How did you get into woodwork?", "Sentes que o teu público mudou com
//! os anos?"): it repeats the reader's question almost word for word, so it outscores the
//! paragraph after it, which is the reply. An interviewee's rhetorical question closes a long
//! paragraph of argument instead, which the length tells apart. (A reply of a word or two,
//! "Yeah, exactly.", agreeing with a prompt that stated a view answers nothing at all: see
//! `own_words`, `replies_to_open_question`; the last test here keeps that so through the
//! ranking.)

use crate::corpus::{ends_with_question_mark, Passage};

/// Words at most in a paragraph ending with a question mark for it to read as an interviewer's
/// prompt inside an answer. Prompts found so in real interviews held 5 to 57 words, the
/// rhetorical questions closing an interviewee's paragraph in the archive 50 to 70; chosen on
/// the development questions and the folders of real interviews among 40, 50 and 60 (at 50 and
/// above, one development question lost its rhetorical paragraph).
const UNMARKED_PROMPT_MAX_WORDS: usize = 40;

/// Whether `text` has at most `limit` words (runs of non-space characters); stops counting
/// past it.
fn at_most_words(text: &str, limit: usize) -> bool {
    text.split_whitespace().nth(limit).is_none()
}

/// Whether `passage` reads as an interviewer's prompt left inside an answer: a short paragraph
/// ending with a question, with more of the answer after it (see [`UNMARKED_PROMPT_MAX_WORDS`]).
pub(super) fn unmarked_prompt(passage: &Passage, section: &[Passage]) -> bool {
    passage.turn.is_some()
        && passage.paragraph + 1 < section.len()
        && ends_with_question_mark(&passage.text)
        && at_most_words(&passage.text, UNMARKED_PROMPT_MAX_WORDS)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::corpus::Corpus;
    use crate::search::fixtures::interview_of;
    use crate::search::testing::engine_of;

    /// The first passage quoted for `question` over `interview` and a few unrelated answers.
    fn quoted(turns: &[(&str, &[&str])], question: &str) -> String {
        let mut all = turns.to_vec();
        all.extend_from_slice(&[
            (
                "What about the weather?",
                &["It rains in winter and the roads flood."][..],
            ),
            (
                "And your family?",
                &["My sister teaches maths in a village school."][..],
            ),
            (
                "Any hobbies?",
                &["I grow tomatoes and read old detective novels."][..],
            ),
        ]);
        let engine = engine_of(vec![Arc::new(interview_of("a", &all))]);
        let outcome = engine.search(question, 3);
        outcome
            .hits
            .first()
            .map_or_else(String::new, |hit| hit.passage.text.to_string())
    }

    #[test]
    fn a_short_question_before_more_of_the_answer_is_a_prompt_and_a_long_one_is_not() {
        let long = format!(
            "{} so who pays for it?",
            "we argued for years and ".repeat(10)
        );
        let interview = interview_of(
            "a",
            &[
                (
                    "Tell us about the record.",
                    &[
                        "It took a year.",
                        "How did you find the band?",
                        "By chance.",
                    ],
                ),
                ("And the tour?", &[long.as_str(), "Nobody, in the end."]),
                ("Last one?", &["Why not?"]),
            ],
        );
        let corpus = Corpus::new(vec![interview]);
        let prompt = |text: &str| {
            let passage = corpus.passages.iter().find(|p| &*p.text == text).unwrap();
            unmarked_prompt(passage, corpus.section_of(passage))
        };
        assert!(prompt("How did you find the band?"));
        assert!(!prompt("It took a year."));
        assert!(!prompt(&long), "a rhetorical question closing an argument");
        assert!(!prompt("Why not?"), "the whole answer");
    }

    #[test]
    fn the_reply_after_an_unmarked_prompt_is_quoted_rather_than_the_prompt() {
        let turns: &[(&str, &[&str])] = &[(
            "Tell us about the band.",
            &[
                "We started in a garage in the harbour district.",
                "How did you find your drummer?",
                "We did find our drummer in the end, through an advert in a newspaper.",
            ],
        )];
        let quoted = quoted(turns, "How did they find their drummer?");
        assert!(quoted.starts_with("We did find"), "{quoted}");
    }

    #[test]
    fn a_bare_reply_does_not_answer_a_question_asking_for_a_view() {
        let turns: &[(&str, &[&str])] = &[
            (
                "So if you never give up on music, you become part of its future.",
                &["Yeah, exactly."],
            ),
            (
                "Any parting words about music?",
                &["Never give up: what fails today teaches you tomorrow."],
            ),
        ];
        let quoted = quoted(turns, "What does she think about giving up on music?");
        assert!(quoted.starts_with("Never give up"), "{quoted}");
    }
}
