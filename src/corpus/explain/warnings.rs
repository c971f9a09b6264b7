//! What in a reading looks wrong, each with its line and a fix: the judgement of the report,
//! kept apart from its rendering so that a new check never touches how the report is laid out.

use super::misreadings::misreading_warnings;
use crate::corpus::checks::file_warnings;
use crate::corpus::checks::Warning;
use crate::corpus::cues::{ends_with_question_mark, words};
use crate::corpus::reading::{Layout, Reading};

/// A question longer than its answer is a normal layout (short replies to a questionnaire);
/// it looks wrong when a sentence of this many words follows its last `?`.
const MIN_GLUED_WORDS: usize = 3;

/// A question with more words than this in a file without labels probably swallowed an answer.
const LONG_QUESTION_WORDS: usize = 90;

/// Words after the last `?` of a question that asks: a sentence there may be the start of
/// the answer, glued to the question.
fn words_after_asking(question: &str) -> usize {
    question
        .rfind(['?', '？'])
        .map_or(0, |i| words(&question[i + 1..]))
}

/// A question whose end the file marks: by a label, or by the typography (bold, a heading)
/// with a closing `?`. Its length then says nothing about answer text inside it.
fn bounded(layout: Layout, question: &str) -> bool {
    layout == Layout::Labels
        || (matches!(layout, Layout::Bold | Layout::Headings) && ends_with_question_mark(question))
}

/// Checks the shape of the result against what interviews look like. With labels an answer is
/// where its label says, so a short "Yes." after a long question is no warning.
pub(super) fn warnings(reading: &Reading, text: &str) -> Vec<Warning> {
    let interview = &reading.interview;
    let mut found = turn_warnings(reading, text);
    if interview.turns.len() == 1 {
        let line = reading.turn_lines.first().map_or(1, |t| t.question);
        found.push(warning(
            line,
            "only one question was found".into(),
            "end each question with '?' or open it with 'Q:' (and each answer with 'A:')",
        ));
    }
    if interview.metadata.interviewee.is_none() {
        found.push(warning(
            1,
            "the interviewee's name is unknown, so quotes are attributed to 'the interviewee'".into(),
            "add interviewee = \"Full Name\" to the front matter, or label the answers with the name",
        ));
    }
    found.extend(file_warnings(reading, text));
    found.extend(misreading_warnings(reading));
    found.sort_by_key(|w| w.line);
    found
}

fn warning(line: usize, message: String, fix: &str) -> Warning {
    Warning {
        line,
        message,
        fix: fix.to_string(),
    }
}

/// Turns whose answer is missing, or whose question may hold answer text.
fn turn_warnings(reading: &Reading, text: &str) -> Vec<Warning> {
    let source: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (turn, lines) in reading.interview.turns.iter().zip(&reading.turn_lines) {
        let question = words(&turn.question);
        let answer: usize = turn.answer.iter().map(|p| words(p)).sum();
        if turn.answer.is_empty() {
            found.push(warning(
                lines.question,
                "this question has an answer of 0 paragraphs".into(),
                "put the answer's paragraphs after the question, separated by blank lines",
            ));
        } else if question > answer
            && words_after_asking(&turn.question) >= MIN_GLUED_WORDS
            && reading.layout != Layout::Labels
            && !set_apart(&source, lines.question, lines.answer.first().copied())
        {
            found.push(warning(
                lines.question,
                format!(
                    "the question ({question} words) is longer than its answer ({answer} words) \
                     and goes on after its '?': the answer may start there"
                ),
                "if part of the question is the answer, open the answer with the interviewee's label (e.g. 'A:') or separate it with a blank line",
            ));
        } else if question > LONG_QUESTION_WORDS && !bounded(reading.layout, &turn.question) {
            found.push(warning(
                lines.question,
                format!("the question is {question} words long: it may contain answer text"),
                "label the turns ('Q:' / 'A:') so questions end where the answer starts",
            ));
        }
    }
    found
}

/// The file sets the answer apart from its question by how their lines open: one is quoted
/// (`> …`), a heading or emphasised and the other not, as posts quote every reply under a
/// plain question. The question then ends where the markup changes, however long it is and
/// whatever follows its `?`.
fn set_apart(source: &[&str], question: usize, answer: Option<usize>) -> bool {
    let opening = |line: usize| {
        let text = source
            .get(line.wrapping_sub(1))
            .map_or("", |l| l.trim_start());
        text.chars()
            .take_while(|c| matches!(c, '>' | '#' | '*' | '_'))
            .collect::<String>()
    };
    answer.is_some_and(|answer| opening(question) != opening(answer))
}

#[cfg(test)]
mod tests {
    use crate::corpus::explain::explain_text;

    #[test]
    fn suspicious_files_get_warnings_with_a_line_and_a_fix() {
        let text = "Title\n\nWhy did you leave the mill town, really? Because the mill closed in \
                    the spring and there was no work left.\n\nNo.";
        let explanation = explain_text("x", text);
        assert!(!explanation.is_clean());
        let messages: Vec<_> = explanation
            .warnings
            .iter()
            .map(|w| w.message.as_str())
            .collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("longer than its answer")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("only one question")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("interviewee's name is unknown")),
            "{messages:?}"
        );
        assert!(explanation
            .warnings
            .iter()
            .all(|w| !w.fix.is_empty() && w.line >= 1));
        assert!(explanation.text.contains("fix: "));
    }

    #[test]
    fn a_long_question_over_a_quoted_answer_is_no_warning() {
        let text = "Title\n\nHow many boats leave the harbour each week? Counting the small \
                    ones too, please.\n\n> About forty, and twelve of them are mine.\n\n\
                    And the busiest month?\n\n> August, when the tourists come for the fish.";
        let explanation = explain_text("x", text);
        let longer = (explanation.warnings.iter()).any(|w| w.message.contains("longer than"));
        assert!(!longer, "{}", explanation.text);
        // Unquoted, the same words may hide the start of the answer.
        let plain = text.replace("> ", "");
        let explanation = explain_text("x", &plain);
        let longer = (explanation.warnings.iter()).any(|w| w.message.contains("longer than"));
        assert!(longer, "{}", explanation.text);
    }

    #[test]
    fn a_short_labelled_answer_is_no_warning() {
        let text = "Title\n\nQ: Do you want to play chess for a living one day?\n\nA: Yes.\n\n\
                    Q: And who is the player you admire most?\n\nA: Judit Polgár.";
        let explanation = explain_text("x", text);
        let longer = (explanation.warnings.iter()).any(|w| w.message.contains("longer than"));
        assert!(!longer, "{}", explanation.text);
    }

    #[test]
    fn short_answers_to_questions_that_end_asking_are_no_warning() {
        let text = "1. Tell us a little about yourself, please.\n    I teach.\n\
                    2. What is the best thing about writing poems at night?\n    Silence.\n\
                    3. Do you have a corner of the house where you write?\n    No, any table.";
        let explanation = explain_text("x", text);
        let longer = (explanation.warnings.iter()).any(|w| w.message.contains("longer than"));
        assert!(!longer, "{}", explanation.text);
        assert_eq!(explanation.warnings.len(), 1, "{}", explanation.text);
    }

    #[test]
    fn time_only_turns_that_do_not_take_turns_are_flagged() {
        let long = "We opened every sluice we had and it made no difference at all, so we \
                    moved the furniture upstairs and slept in the boat by the cottage.";
        let text = format!(
            "Canal Talk\n\nPriya Nandakumar (00:00:03): Owen, what does a keeper do?\n\n\
             Owen Larkin (00:00:24): {long}\n\n(00:01:10) {long}\n\n(00:01:40) {long}\n\n\
             (00:02:05) What happens if they forget?\n\n(00:02:08) {long}"
        );
        let explanation = explain_text("x", &text);
        let flagged = (explanation.warnings.iter())
            .find(|w| w.message.contains("time alone"))
            .map(|w| w.line);
        assert_eq!(flagged, Some(7), "{}", explanation.text);
        // Taking turns, host asking and guest answering, they are read and nothing is flagged.
        let taking_turns = text.replacen(&format!("(00:01:10) {long}"), "(00:01:10) Why?", 1);
        let explanation = explain_text("x", &taking_turns);
        let flagged = (explanation.warnings.iter()).any(|w| w.message.contains("time alone"));
        assert!(!flagged, "{}", explanation.text);
    }

    #[test]
    fn a_long_bold_question_is_no_warning() {
        let long = "word ".repeat(100);
        let text = format!(
            "Title\n\n**Why now?**\n\nBecause it was time to go.\n\n**{long}and why then?**\n\n\
             It rained.\n\n**And after?**\n\nWe stayed."
        );
        let explanation = explain_text("x", &text);
        let long = (explanation.warnings.iter()).any(|w| w.message.contains("words long"));
        assert!(!long, "{}", explanation.text);
    }
}
