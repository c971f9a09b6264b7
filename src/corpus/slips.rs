//! One-line slips of a labelled file, read past instead of refusing the whole interview: an
//! image's file name glued to the first question's label (`mara-quistQ: At what point…?`, as
//! a blog's image dropped out of the copied text), and an answer label that comes before any
//! labelled question, the question above it having lost its label. Each repair is reported
//! with its line, so `index --explain` shows what to fix.

use super::cues::asks_something;
use super::labels::{is_generic, split_label};
use super::layout::{Assembled, Draft};
use super::reading::{Clutter, Dropped, Para};

/// A role label glued to other text counts when the file opens this many other paragraphs
/// with it: then `…Q:` is the file's label, not the end of a word.
const MIN_CLEAN_USES: usize = 2;

/// Cuts the text glued before a role label the file uses (`mara-quistQ: …` becomes `Q: …`);
/// the glued text is dropped and listed with its line.
pub fn split_glued_labels(paras: &mut [Para], dropped: &mut Vec<Dropped>) {
    let used: Vec<String> = paras
        .iter()
        .filter_map(|p| split_label(&p.text))
        .filter(|l| !l.period && is_generic(&l.label))
        .map(|l| l.label)
        .collect();
    let recurring = |label: &str| used.iter().filter(|l| *l == label).count() >= MIN_CLEAN_USES;
    for para in paras.iter_mut() {
        let Some((junk, label)) = glued_label(&para.text) else {
            continue;
        };
        if !recurring(label) {
            continue;
        }
        dropped.push(Dropped {
            line: para.line,
            text: junk.to_string(),
            reason: Clutter::GluedToLabel,
        });
        para.text = para.text[junk.len()..].to_string();
    }
}

/// `(glued text, label)` when the paragraph's first word is other text run into a role label
/// and its colon (`photo-12Q:`): the label in capitals after a character that ends no
/// capitalised word (a lowercase letter, a digit, a hyphen), so `FAQ:` or `Iraq:` are words.
fn glued_label(text: &str) -> Option<(&str, &str)> {
    let first = text.split_whitespace().next()?;
    let colon = first.find(':')?;
    let head = &first[..colon];
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_uppercase())
        .last()
        .map(|(i, _)| i)?;
    let (junk, label) = head.split_at(start);
    let before = junk.chars().last()?;
    let ends_no_name = before.is_lowercase() || before.is_ascii_digit() || "-_./)".contains(before);
    (ends_no_name && is_generic(label) && !label.chars().any(char::is_lowercase))
        .then_some((junk, label))
}

/// An answer label met before any question (`orphan_answer`): the paragraph right above it,
/// when it asks, is the question that lost its label; it and the answer paragraphs read as
/// introduction become the first turn. Returns the line and what was done, for the warning.
pub fn repair_orphan_answer(out: &mut Assembled) -> Option<(usize, String)> {
    let (line, label) = out.orphan_answer.clone()?;
    let at = out.intro.iter().position(|(_, l)| *l == line)?;
    let (text, asked) = out.intro[..at].last().cloned()?;
    if !asks_something(&text) {
        return None;
    }
    let answer = out.intro.split_off(at);
    out.intro.pop();
    // The question's own label, run into the text before it, goes with that text.
    let question = match glued_label(&text) {
        Some((junk, label)) => text[junk.len() + label.len()..]
            .trim_start_matches(':')
            .trim()
            .to_string(),
        None => text,
    };
    out.turns.insert(
        0,
        Draft {
            question,
            line: asked,
            speakers: vec![Some(label.clone()); answer.len()],
            answer,
            ..Draft::default()
        },
    );
    out.orphan_answer = None;
    let done = format!(
        "the answer labelled '{label}:' came before any labelled question: the paragraph at \
         line {asked} was read as its question"
    );
    Some((line, done))
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn an_image_name_glued_to_a_label_the_file_uses_is_cut_off() {
        let mut body = paras(&[
            "cover-photo_2Q: Why bees?",
            "A: Because.",
            "Q: And then?",
            "A: Honey.",
            "Q: Last?",
        ]);
        let mut dropped = Vec::new();
        split_glued_labels(&mut body, &mut dropped);
        assert_eq!(body[0].text, "Q: Why bees?");
        assert_eq!(dropped.len(), 1);
        assert_eq!(dropped[0].text, "cover-photo_2");
        assert_eq!(dropped[0].reason, Clutter::GluedToLabel);
    }

    #[test]
    fn words_ending_in_capitals_are_not_glued_labels() {
        assert_eq!(glued_label("FAQ: read this"), None);
        assert_eq!(glued_label("Iraq: a war"), None);
        assert_eq!(glued_label("img3A: text"), Some(("img3", "A")));
        let mut body = paras(&["thumbQ: Why?", "A: Because.", "Q: Then?"]);
        split_glued_labels(&mut body, &mut Vec::new());
        assert_eq!(body[0].text, "thumbQ: Why?", "Q: is used once only");
    }

    #[test]
    fn an_answer_label_before_any_question_takes_the_asking_paragraph_above_it() {
        let text = "Kites of Lisbon\n\nNora agreed to a short Q&A.\n\n\
                    Why kites and not boats?\n\nA: Kites fit in a bag.\n\n\
                    Q: Where do you fly them?\n\nA: On the beach at Carcavelos.";
        let reading = crate::corpus::read("t", text).expect("read, not refused");
        let questions: Vec<_> = reading
            .interview
            .turns
            .iter()
            .map(|t| t.question.as_str())
            .collect();
        assert_eq!(
            questions,
            ["Why kites and not boats?", "Where do you fly them?"]
        );
        assert_eq!(reading.interview.intro, ["Nora agreed to a short Q&A."]);
        assert_eq!(reading.repairs.len(), 1);
        assert_eq!(reading.repairs[0].0, 7);
        let glued = "T\n\nIntro.\n\nphoto_1Q: Why?\n\nA: Because.\n\nQ: And?\n\nA: So.";
        let reading = crate::corpus::read("t", glued).expect("read, not refused");
        assert_eq!(reading.interview.turns[0].question, "Why?");
    }
}
