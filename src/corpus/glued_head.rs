//! A copy that lost the line breaks of its head: the headline, the date line and the first
//! question on one line ("The baker who wakes at three 12 March 2024 Why did you start at
//! night?"). Read whole, that line is one long headline, or a question the file opens with, and
//! the first answer is left without its question. The date between them is the seam: a
//! headline of a few words that closes no sentence, a full date with its year, then one
//! question sentence. Then the line is cut there, the date dropped as a date line; otherwise
//! (the words after the date are no single question) the reader does not guess, and
//! `index --explain` warns at the line.

use std::sync::LazyLock;

use regex::Regex;

use super::cues::ends_with_question_mark;
use super::dates::MONTHS;
use super::name_words::{ARTICLES, INDEFINITE_ARTICLES, PREPOSITIONS};

/// A headline has a few words before its date; fewer are a dateline's place or verb ("Lisbon
/// 12 March 2024", "Published 12 March 2024").
const MIN_HEADLINE_WORDS: usize = 3;

/// A headline stays this short; more words before a date are a sentence of prose.
const MAX_HEADLINE_WORDS: usize = 20;

/// A question sentence stays this short; more words after the date are prose too.
const MAX_QUESTION_WORDS: usize = 40;

/// A lowercase word this short closing the words before the date links them to it ("opened on
/// 12 March 2024", "abrió el 12 de marzo de 2024"): the date is inside a sentence.
const MAX_LINKING_WORD_LETTERS: usize = 3;

/// Longer prepositions and conjunctions (English, Spanish, Portuguese) that put a date inside
/// a sentence ("open since 12 March 2024", "aberta desde 12 de março de 2024"); a headline
/// never ends on one. With the articles and prepositions of `name_words`, they are the words
/// a headline's last word may not be.
const LINKING_WORDS: &[&str] = &[
    "since", "until", "till", "during", "through", "about", "around", "than", "hasta", "durante",
    "antes", "después", "tras", "hacia", "até", "após", "depois", "pelo", "pela", "como",
];

/// A full date with its year, as a page prints it under a headline: "12 March 2024", "12th
/// March, 2024", "March 12, 2024", "12 de marzo de 2024", "12/03/2024", "2024-03-12".
static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?ix)
        \b\d{{1,2}}(st|nd|rd|th)?\s+(de\s+)?({MONTHS})\.?,?\s+(de\s+)?(19|20)\d{{2}}\b
        | \b({MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+(19|20)\d{{2}}\b
        | \b\d{{1,2}}[/.-]\d{{1,2}}[/.-](19|20)\d{{2}}\b
        | \b(19|20)\d{{2}}-\d{{2}}-\d{{2}}\b"
    ))
    .expect("a valid date pattern")
});

/// The parts of a line that glues a headline and a date onto the first question.
#[derive(Debug, PartialEq, Eq)]
pub struct GluedHead<'a> {
    /// The words before the date.
    pub headline: &'a str,
    /// The date as written.
    pub date: &'a str,
    /// The words after the date.
    pub question: &'a str,
}

/// The headline, the date and the question of `line`, when it reads safely as those three:
/// see the module's documentation.
pub fn split_glued_head(line: &str) -> Option<GluedHead<'_>> {
    let glued = glued_parts(line)?;
    is_one_question(glued.question).then_some(glued)
}

/// `line` looks like a headline and a date glued onto a question, but what follows the date is
/// no single question sentence, so it is not cut: `index --explain` warns there.
pub fn is_unsure_glued_head(line: &str) -> bool {
    glued_parts(line)
        .is_some_and(|g| g.question.contains(['?', '？']) && !is_one_question(g.question))
}

/// A headline of a few words that closes no sentence, a full date, and words after it.
fn glued_parts(line: &str) -> Option<GluedHead<'_>> {
    let line = line.trim();
    let date = FULL_DATE.find(line)?;
    let headline = line[..date.start()].trim_end();
    let question = line[date.end()..].trim_start();
    let words: Vec<&str> = headline.split_whitespace().collect();
    let last = words.last()?;
    let linking = is_linking_word(last);
    let seam = headline.ends_with(|c: char| ".?!:;,|-–—".contains(c));
    let fits = (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&words.len());
    (fits && !linking && !seam && !question.is_empty()).then_some(GluedHead {
        headline,
        date: date.as_str(),
        question,
    })
}

/// `word` ties what comes after it into its sentence: a short lowercase word, or a lowercase
/// article, preposition or conjunction (see [`LINKING_WORDS`]).
fn is_linking_word(word: &str) -> bool {
    let lower = word.chars().all(char::is_lowercase);
    let short = word.chars().count() <= MAX_LINKING_WORD_LETTERS;
    let listed = [ARTICLES, INDEFINITE_ARTICLES, PREPOSITIONS, LINKING_WORDS]
        .iter()
        .any(|list| list.contains(&word));
    lower && (short || listed)
}

/// One sentence that asks: it opens with a capital or `¿`, ends with a question mark, holds
/// no other sentence's end, and stays short.
fn is_one_question(text: &str) -> bool {
    let opens = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '¿');
    let body = text.trim_end_matches(|c: char| "?？\"”»’)".contains(c));
    let inner_end = body
        .split_whitespace()
        .any(|w| w.ends_with(['.', '!', '?', '？']));
    opens
        && ends_with_question_mark(text)
        && !inner_end
        && text.split_whitespace().count() <= MAX_QUESTION_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_and_date_glued_onto_the_first_question_are_cut_off() {
        let glued = "The baker who wakes at three 12 March 2024 Why did you start at night?";
        assert_eq!(
            split_glued_head(glued),
            Some(GluedHead {
                headline: "The baker who wakes at three",
                date: "12 March 2024",
                question: "Why did you start at night?",
            })
        );
        let es = "El panadero de las tres 12 de marzo de 2024 ¿Por qué de noche?";
        assert_eq!(
            split_glued_head(es).map(|g| g.question),
            Some("¿Por qué de noche?")
        );
        let us = "Two ovens on Quay Street March 12, 2024 What came first?";
        assert_eq!(split_glued_head(us).map(|g| g.date), Some("March 12, 2024"));
    }

    #[test]
    fn a_date_inside_prose_or_a_dateline_is_no_glued_head() {
        for line in [
            // The date inside a sentence, after a linking word.
            "Ana Ruiz opened the bakery on 12 March 2024 Why then?",
            // A longer preposition before the date.
            "You have been open since 12 March 2024 What changed?",
            "A padaria está aberta desde 12 de março de 2024 O que mudou?",
            "La tienda cerró hasta 12 de marzo de 2024 ¿Qué pasó?",
            // A dateline's place and comma.
            "Pellow, 12 March 2024 Why did you start?",
            // No question after the date.
            "The baker who wakes at three 12 March 2024",
            "The baker who wakes at three 12 March 2024 By Ana Ruiz",
        ] {
            assert_eq!(split_glued_head(line), None, "{line}");
            assert!(!is_unsure_glued_head(line), "{line}");
        }
    }

    #[test]
    fn more_than_one_question_after_the_date_is_left_whole_and_warned() {
        let line = "The baker who wakes at three 12 March 2024 Ana Ruiz bakes at night. \
                    Why did you start?";
        assert_eq!(split_glued_head(line), None);
        assert!(is_unsure_glued_head(line));
        let lower = "The baker who wakes at three 12 March 2024 and why did you start?";
        assert!(is_unsure_glued_head(lower));
    }
}
