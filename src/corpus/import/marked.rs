//! Questions and answers the page's own markup names: an interview template that gives each
//! question and each answer an id or class saying so (`<p id="iw_question">`,
//! `<div class="entrevista-pregunta">`, `<dd class="answer">`). The words in the attribute are
//! the page's statement of who speaks, stronger than any typography; they count when the page
//! marks both sides at least twice, so a lone `class="question"` box is no layout.
//!
//! A marked question may hold more than the question: the template's first one often carries
//! the introduction, a later one the end of the previous answer, set apart only by a blank
//! line (`<br><br>`). Only the part that asks (its last paragraph holding a `?`) is the
//! question; the parts before it stay unlabelled and are read as what they continue.

use scraper::ElementRef;

use super::block::{Block, Label};

/// Each side must be marked this many times before the marks are trusted.
const MIN_MARKED: usize = 2;

/// Attribute words that name the asking side, lowercase.
const QUESTION_WORDS: &[&str] = &[
    "question",
    "pregunta",
    "pergunta",
    "frage",
    "interviewer",
    "entrevistador",
    "entrevistadora",
];

/// Attribute words that name the answering side, lowercase.
const ANSWER_WORDS: &[&str] = &[
    "answer",
    "respuesta",
    "resposta",
    "antwort",
    "interviewee",
    "entrevistado",
    "entrevistada",
];

/// Elements that hold one turn's text; a container (`section`, `ul`) marked "questions"
/// holds them all.
const TURN_TAGS: &[&str] = &["p", "div", "dt", "dd", "li", "blockquote", "h2", "h3", "h4"];

/// The side an element's id or class names, if it is a turn's element.
pub fn marked_side(element: ElementRef<'_>) -> Option<Label> {
    let value = element.value();
    if !TURN_TAGS.contains(&value.name()) {
        return None;
    }
    let words: Vec<String> = value
        .id()
        .into_iter()
        .chain(value.classes())
        .flat_map(attribute_words)
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    match (has(QUESTION_WORDS), has(ANSWER_WORDS)) {
        (true, false) => Some(Label::Question),
        (false, true) => Some(Label::Answer),
        _ => None,
    }
}

/// The words of an id or class, lowercase: split at punctuation and at a lowercase letter
/// followed by a capital (`iw_question`, `qa-answer`, `interviewQuestion`).
fn attribute_words(attribute: &str) -> Vec<String> {
    let mut words = vec![String::new()];
    let mut previous_lower = false;
    for c in attribute.chars() {
        if !c.is_alphanumeric() {
            words.push(String::new());
        } else {
            if c.is_uppercase() && previous_lower {
                words.push(String::new());
            }
            if let Some(word) = words.last_mut() {
                word.extend(c.to_lowercase());
            }
        }
        previous_lower = c.is_lowercase();
    }
    words.retain(|w| !w.is_empty());
    words
}

/// Whether the page marks both sides often enough for the marks to decide.
pub fn marks_both_sides(root: ElementRef<'_>) -> bool {
    let sides: Vec<Label> = root
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter_map(marked_side)
        .collect();
    let count = |side: &Label| sides.iter().filter(|s| *s == side).count();
    count(&Label::Question) >= MIN_MARKED && count(&Label::Answer) >= MIN_MARKED
}

/// Labels the paragraphs read from one marked element: an answer's first paragraph opens the
/// answer; a question's last paragraph that asks is the question (the first one when none
/// does), and the paragraphs before it keep no label. A label written in the text stays.
pub fn label_marked(blocks: &mut [Block], side: Label) {
    if blocks.is_empty() {
        return;
    }
    let at = match side {
        Label::Question => blocks
            .iter()
            .rposition(|b| b.text.contains(['?', '？']))
            .unwrap_or(0),
        _ => 0,
    };
    if blocks[at].label.is_none() {
        blocks[at].label = Some(side);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_words_split_at_punctuation_and_case() {
        assert_eq!(attribute_words("iw_question"), ["iw", "question"]);
        assert_eq!(
            attribute_words("interviewAnswer big"),
            ["interview", "answer", "big"]
        );
    }

    #[test]
    fn only_the_asking_part_of_a_marked_question_is_the_question() {
        let mut blocks = vec![
            Block::plain("Ghostly is a band from Lund."),
            Block::plain("Why a second album?"),
        ];
        label_marked(&mut blocks, Label::Question);
        assert_eq!(blocks[0].label, None);
        assert_eq!(blocks[1].label, Some(Label::Question));
    }
}
