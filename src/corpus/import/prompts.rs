//! A question as the corpus file shows it: without the list marker or the numbering an editor
//! put before it ("• Why chess?", "3. Why chess?", "Pergunta 3 — Why chess?").

use std::collections::HashMap;

use crate::corpus::markup::{question_number, strip_question_number};

/// Glyphs pages set before each question as a list marker ("• Why chess?").
const BULLETS: &[char] = &['•', '·', '▪', '▸', '►', '■', '◆', '●', '➤'];

/// A word before a question's number ("Pergunta 3 —", "Question 4.") is numbering only when
/// at least this many questions open with it: once, it could be the question's own word.
const MIN_NUMBERED_WORD_USES: usize = 2;

/// The question without a list marker or a plain number in front.
pub(super) fn clean_question(text: &str) -> &str {
    let text = text.trim_start().trim_start_matches(BULLETS).trim_start();
    strip_question_number(text)
}

/// Removes "<word> <number> <mark>" from the questions (of `turns`) that open with the same
/// word and a number, when several do.
pub(super) fn strip_numbered_word(turns: &mut [(String, Vec<String>)]) {
    let word_of = |question: &str| -> Option<String> {
        let (word, rest) = question.split_once(' ')?;
        question_number(rest).map(|_| word.to_lowercase())
    };
    let mut uses: HashMap<String, usize> = HashMap::new();
    for word in turns.iter().filter_map(|(q, _)| word_of(q)) {
        *uses.entry(word).or_default() += 1;
    }
    for (question, _) in turns.iter_mut() {
        let numbered = word_of(question).is_some_and(|w| uses[&w] >= MIN_NUMBERED_WORD_USES);
        if let Some((_, rest)) = question.split_once(' ').filter(|_| numbered) {
            *question = strip_question_number(rest).to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers_and_numbers_are_not_part_of_the_question() {
        assert_eq!(clean_question("• Why chess?"), "Why chess?");
        assert_eq!(clean_question("3. Why chess?"), "Why chess?");
        let turns = |questions: &[&str]| -> Vec<(String, Vec<String>)> {
            (questions.iter())
                .map(|q| (q.to_string(), Vec::new()))
                .collect()
        };
        let questions = |turns: Vec<(String, Vec<String>)>| -> Vec<String> {
            turns.into_iter().map(|(q, _)| q).collect()
        };
        let mut numbered = turns(&[
            "Pergunta 1 — Como começou?",
            "Pergunta 2 — E depois?",
            "Question 1990 was hard, no?",
        ]);
        strip_numbered_word(&mut numbered);
        assert_eq!(
            questions(numbered),
            ["Como começou?", "E depois?", "Question 1990 was hard, no?"]
        );
        let mut once = turns(&["Chapter 1 - Why?"]);
        strip_numbered_word(&mut once);
        assert_eq!(questions(once), ["Chapter 1 - Why?"]);
    }
}
