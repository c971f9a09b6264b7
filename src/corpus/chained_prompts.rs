//! Questionnaires of very short question lines, each answered by the line or two under it
//! ("Name?" / "Ana Ruiz" / "Current job?" / "Potter, at the town studio"). Where most
//! questions of a file are answered by one paragraph, a short question line inside a longer
//! answer is the next prompt when the paragraph right after it answers, even if further
//! question lines follow: they are prompts of the same chain. A line in Title Case ending with
//! `?` left at the end of an answer, right above the next question, is the heading of the
//! questionnaire's next section ("How Do You Work?"), no one's answer.

use super::cues::{ends_with_question_mark, sentences, words};
use super::layout::Assembled;
use super::prompt_length::PROMPT_WORDS_RANGE;
use super::reading::{Clutter, Dropped};

/// A question line of a chain is this many words at most: the longest prompt every style
/// prints as plausible (the low end of [`PROMPT_WORDS_RANGE`]); a rhetorical question closing
/// an answer's thought runs longer or shares its paragraph.
const MAX_CHAINED_PROMPT_WORDS: usize = PROMPT_WORDS_RANGE.0 as usize;

/// A heading in Title Case has this many words at least, every one capitalised: a short
/// question naming someone ("Why Ana?") is capitalised as well.
const MIN_HEADING_WORDS: usize = 3;

/// Answer paragraph `j` (not the first) is a short question line answered by the paragraph
/// under it, and every later question line of the answer is one too, or the answer's last
/// paragraph.
pub fn is_chained_prompt(answer: &[(String, usize)], j: usize) -> bool {
    let asks = |k: usize| ends_with_question_mark(&answer[k].0);
    let short_question = |k: usize| {
        asks(k) && sentences(&answer[k].0) == 1 && words(&answer[k].0) <= MAX_CHAINED_PROMPT_WORDS
    };
    let answered = |k: usize| {
        answer
            .get(k + 1)
            .is_some_and(|(t, _)| !ends_with_question_mark(t))
    };
    let chained = |k: usize| short_question(k) && answered(k);
    j > 0
        && chained(j)
        && (j + 1..answer.len()).all(|k| !asks(k) || k + 1 == answer.len() || chained(k))
}

/// Drops a section heading left as an answer's last paragraph: a Title Case line ending with
/// `?` under an answer that says something else, right above the next question.
pub fn drop_section_headings(out: &mut Assembled) {
    let count = out.turns.len();
    let mut dropped: Vec<Dropped> = Vec::new();
    for turn in out.turns.iter_mut().take(count.saturating_sub(1)) {
        let heading = turn.answer.len() >= 2
            && turn
                .answer
                .last()
                .is_some_and(|(t, _)| ends_with_question_mark(t) && all_capitalised(t));
        if heading {
            let (text, line) = turn.answer.pop().unwrap_or_default();
            turn.speakers.truncate(turn.answer.len());
            dropped.push(Dropped {
                line,
                text,
                reason: Clutter::SectionTitle,
            });
        }
    }
    out.dropped.extend(dropped);
}

/// Every word capitalised, [`MIN_HEADING_WORDS`] of them at least: "How Do You Work?". A
/// headline's Title Case (`prose::is_title_case`) skips short words and needs two long ones,
/// which a short question heading lacks ("Do", "You" and "How" are short), so it is no
/// stand-in here.
fn all_capitalised(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= MIN_HEADING_WORDS
        && words.iter().all(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::layout::Draft;

    fn lines(texts: &[&str]) -> Vec<(String, usize)> {
        (texts.iter().enumerate())
            .map(|(i, t)| (t.to_string(), 2 * i + 1))
            .collect()
    }

    #[test]
    fn short_question_lines_between_answers_are_prompts_of_one_chain() {
        let answer = lines(&[
            "Tove Lindqvist",
            "Current studio?",
            "A shed by the ferry, since 2009.",
            "How long have you been throwing pots?",
            "Twenty years, give or take.",
            "The Daily Round?",
        ]);
        assert!(is_chained_prompt(&answer, 1));
        assert!(is_chained_prompt(&answer, 3));
        assert!(!is_chained_prompt(&answer, 5), "nothing answers it");
        // A rhetorical question of an answer, followed by a question line nothing answers.
        let aside = lines(&[
            "We lost the kiln in the flood.",
            "What could we do?",
            "We built another one, smaller.",
            "Why not?",
            "Because.",
            "And then?",
            "Where next?",
        ]);
        assert!(!is_chained_prompt(&aside, 1));
        let long = lines(&[
            "Yes.",
            "And is that not what every potter who ever worked the wheel would tell you too?",
            "Maybe.",
        ]);
        assert!(!is_chained_prompt(&long, 1));
    }

    #[test]
    fn a_title_case_question_line_closing_an_answer_is_a_section_heading() {
        let draft = |q: &str, answer: &[&str]| Draft {
            question: q.to_string(),
            line: 1,
            speakers: vec![None; answer.len()],
            answer: lines(answer),
            ..Draft::default()
        };
        let mut out = Assembled {
            turns: vec![
                draft("How long?", &["Twenty years.", "How Do You Work?"]),
                draft("Your desk?", &["A mess.", "Why not Ana?"]),
                draft("Last one?", &["Yes.", "Who Knows What Comes?"]),
            ],
            ..Assembled::default()
        };
        drop_section_headings(&mut out);
        assert_eq!(out.turns[0].answer.len(), 1);
        assert_eq!(out.dropped.len(), 1);
        assert_eq!(out.dropped[0].reason, Clutter::SectionTitle);
        assert_eq!(out.turns[1].answer.len(), 2, "a question in sentence case");
        assert_eq!(
            out.turns[2].answer.len(),
            2,
            "nothing follows the last answer"
        );
    }
}
