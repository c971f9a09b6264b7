//! Warnings about a file that was read badly as a whole, though every turn looks fine on its
//! own: most prompts neither ask nor are set apart and speak in the first person
//! (paragraphs of an answer taken for prompts), a guessed interviewee whom the text's
//! headline, introduction and labels never name, a prompt longer than every answer (an
//! answer taken for a prompt), and answers of one short paragraph among long ones (an
//! answer's paragraphs cut into turns). Each names the line to look at and how to mark the
//! file so that it reads as published.

use crate::corpus::address::speaks_of_own_side;
use crate::corpus::checks::Warning;
use crate::corpus::cues::words;
use crate::corpus::reading::{Layout, NameSource, Reading};

/// Turns a file needs before its shape says anything: fewer are a short exchange.
const MIN_TURNS: usize = 3;

/// A prompt this long at least, longer than every answer of the file, holds an answer's
/// words: a quick-fire questionnaire's prompts are longer than its one-word replies, but
/// short.
const MIN_OVERLONG_PROMPT_WORDS: usize = 30;

/// An answer of one paragraph this short at most is a reply of a sentence or two.
const MAX_SHORT_ANSWER_WORDS: usize = 20;

/// The other answers of the file run to this many words at least (their median): a file of
/// long answers does not answer in one short sentence several times over.
const MIN_LONG_ANSWER_WORDS: usize = 80;

/// Short answers among long ones look cut from a longer answer from this many on, and from
/// this share of the turns (one in four).
const MIN_SHORT_ANSWERS: usize = 3;
const MIN_SHORT_SHARE: f64 = 0.25;

/// Name words shorter than this ("da", "de", "Jr") say nothing about who is named.
const MIN_NAME_WORD_CHARS: usize = 3;

/// The warnings of this module for one reading.
pub(super) fn misreading_warnings(reading: &Reading) -> Vec<Warning> {
    let mut found = Vec::new();
    found.extend(unmarked_prompts(reading));
    found.extend(unnamed_interviewee(reading));
    found.extend(overlong_prompts(reading));
    found.extend(cut_answers(reading));
    found
}

/// Most prompts of a file without prompt typography (no label, bold, heading, dash or
/// capitals) hold no `?` and speak in the first person: short paragraphs of the answers were
/// taken for prompts.
fn unmarked_prompts(reading: &Reading) -> Option<Warning> {
    let turns = &reading.interview.turns;
    if reading.layout != Layout::QuestionMarks || turns.len() < MIN_TURNS {
        return None;
    }
    // A prompt that asks nothing may be a request or a topic ("Tell us how you started.",
    // "The new record"); one in the speaker's own first person is an answer's paragraph.
    let unmarked: Vec<usize> = (turns.iter().zip(&reading.turn_lines))
        .filter(|(t, _)| !t.question.contains(['?', '？']) && speaks_of_own_side(&t.question))
        .map(|(_, lines)| lines.question)
        .collect();
    (2 * unmarked.len() > turns.len()).then(|| Warning {
        line: unmarked[0],
        message: format!(
            "{} of {} questions hold no '?', speak in the first person and nothing sets them \
             apart: paragraphs of the answers may have been read as questions",
            unmarked.len(),
            turns.len()
        ),
        fix: "mark the questions: open them with 'Q:' (and the answers with 'A:'), or set them \
              in bold"
            .into(),
    })
}

/// An interviewee the reader guessed (not from the front matter) whom neither the headline,
/// the introduction, the page's head above the first question nor a speaker label names: the
/// name came from elsewhere on the page (a credit, a byline, another story).
fn unnamed_interviewee(reading: &Reading) -> Option<Warning> {
    let interview = &reading.interview;
    let name = interview.metadata.interviewee.as_deref()?;
    if matches!(
        reading.interviewee_source,
        NameSource::FrontMatter | NameSource::Unknown
    ) {
        return None;
    }
    // The page's head above the first question (a site's header, a byline, a credit line)
    // names the person too, dropped or not.
    let first_question = reading
        .turn_lines
        .first()
        .map_or(usize::MAX, |t| t.question);
    let head = (reading.dropped.iter())
        .filter(|d| d.line < first_question)
        .map(|d| d.text.as_str());
    let labels = reading.speakers.iter().map(|s| s.label.as_str());
    let places: Vec<&str> = std::iter::once(interview.title.as_str())
        .chain(interview.intro.iter().map(String::as_str))
        .chain(labels)
        .chain(head)
        .collect();
    if name_words(name).next().is_none() {
        return Some(Warning {
            line: reading.title_line.unwrap_or(1),
            message: format!(
                "the interviewee is known only as '{name}' ({}): initials name nobody on an \
                 answer card",
                reading.interviewee_source
            ),
            fix: "add interviewee = \"Full Name\" to the front matter".into(),
        });
    }
    let named = name_words(name).any(|w| places.iter().any(|p| holds_word(p, &w)));
    (!named).then(|| Warning {
        line: reading.title_line.unwrap_or(1),
        message: format!(
            "the interviewee '{name}' ({}) is named neither above the first question nor in a \
             speaker label: the name may be someone else's",
            reading.interviewee_source
        ),
        fix: "add interviewee = \"Full Name\" to the front matter".into(),
    })
}

/// The words of a name that say who it is, lowercase.
fn name_words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= MIN_NAME_WORD_CHARS)
        .map(str::to_lowercase)
}

/// `text` holds `word` (lowercase) as a word of its own.
fn holds_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| w.to_lowercase() == word)
}

/// A prompt longer than every answer of the file, in a file whose prompts end where nothing
/// marks it (no labels): an answer, or part of one, read as a prompt.
fn overlong_prompts(reading: &Reading) -> Vec<Warning> {
    let turns = &reading.interview.turns;
    if reading.layout == Layout::Labels || turns.len() < MIN_TURNS {
        return Vec::new();
    }
    let longest_answer = (turns.iter())
        .map(|t| t.answer.iter().map(|p| words(p)).sum::<usize>())
        .max()
        .unwrap_or(0);
    (turns.iter().zip(&reading.turn_lines))
        .map(|(t, lines)| (words(&t.question), lines.question))
        .filter(|&(n, _)| n >= MIN_OVERLONG_PROMPT_WORDS && n > longest_answer)
        .map(|(n, line)| Warning {
            line,
            message: format!(
                "this question ({n} words) is longer than every answer of the file (at most \
                 {longest_answer} words): it may be an answer read as a question"
            ),
            fix: "open the questions with 'Q:' and the answers with 'A:', or set the questions \
                  in bold"
                .into(),
        })
        .collect()
}

/// Several answers of one short paragraph in a file whose other answers are long: the
/// paragraphs of long answers were cut into turns, their short ones read as prompts.
fn cut_answers(reading: &Reading) -> Option<Warning> {
    let turns = &reading.interview.turns;
    if reading.layout == Layout::Labels || turns.len() < MIN_TURNS {
        return None;
    }
    let is_short = |a: &[String]| a.len() == 1 && words(&a[0]) <= MAX_SHORT_ANSWER_WORDS;
    let short: Vec<usize> = (turns.iter().zip(&reading.turn_lines))
        .filter(|(t, _)| is_short(&t.answer))
        .filter_map(|(_, lines)| lines.answer.first().copied())
        .collect();
    let mut others: Vec<usize> = (turns.iter())
        .filter(|t| !t.answer.is_empty() && !is_short(&t.answer))
        .map(|t| t.answer.iter().map(|p| words(p)).sum())
        .collect();
    others.sort_unstable();
    let median = others.get(others.len() / 2).copied().unwrap_or(0);
    let many = short.len() >= MIN_SHORT_ANSWERS
        && short.len() as f64 >= MIN_SHORT_SHARE * turns.len() as f64;
    (many && median >= MIN_LONG_ANSWER_WORDS).then(|| Warning {
        line: short[0],
        message: format!(
            "{} answers are one short paragraph while the others run to about {median} words: \
             long answers may have been cut into questions",
            short.len()
        ),
        fix: "open the questions with 'Q:' and the answers with 'A:', or set the questions in \
              bold, so each answer runs to the next question"
            .into(),
    })
}

#[cfg(test)]
mod tests {
    use crate::corpus::explain::explain_text;
    use crate::corpus::reading::NameSource;

    /// The warnings of `text` that contain `part`.
    fn warned(text: &str, part: &str) -> usize {
        let explanation = explain_text("x", text);
        (explanation.warnings.iter())
            .filter(|w| w.message.contains(part))
            .count()
    }

    const LONG: &str = "We rebuilt the kiln three times before it held its heat through a whole \
        night, and every time the bricks cracked in a new place, so in the end my brother and I \
        drew the arch on the barn floor in chalk and cut every brick to it by hand, which took \
        the whole winter and most of the spring, and the neighbours thought we had lost our \
        minds, but the first firing after that came out even from the front to the back.";

    /// A plain-text file of three exchanges, read as such.
    const THREE: &str = "The kiln\n\nAna Vidal fires pots in a barn.\n\nWhy clay?\n\nBecause \
        my uncle did it before me, and his father before him, in the same valley.\n\nWhy at \
        night?\n\nThe air is cooler after dark and the flames are easier to read by eye.\n\n\
        Why the barn?\n\nIt was free, and the roof was sound enough for a kiln and a wheel.\n";

    #[test]
    fn prompts_in_the_first_person_without_a_question_mark_are_flagged() {
        let mut reading = crate::corpus::read("x", THREE).expect("parses");
        assert_eq!(reading.interview.turns.len(), 3);
        assert!(super::unmarked_prompts(&reading).is_none());
        for (turn, prompt) in (reading.interview.turns.iter_mut()).zip([
            "I started in 2001 with my uncle.",
            "My first kiln broke.",
            "Why the barn?",
        ]) {
            turn.question = prompt.into();
        }
        assert!(super::unmarked_prompts(&reading).is_some());
        // Requests and topics that ask nothing are prompts all the same.
        reading.interview.turns[0].question = "Tell us how you started.".into();
        reading.interview.turns[1].question = "Your first kiln.".into();
        assert!(super::unmarked_prompts(&reading).is_none());
    }

    #[test]
    fn a_prompt_longer_than_every_answer_is_flagged() {
        let mut reading = crate::corpus::read("x", THREE).expect("parses");
        assert!(super::overlong_prompts(&reading).is_empty());
        reading.interview.turns[2].question = "Why the barn and not the house? ".repeat(6);
        assert_eq!(super::overlong_prompts(&reading).len(), 1);
    }

    #[test]
    fn short_one_paragraph_answers_among_long_ones_are_flagged() {
        let mut text = String::from("The kiln\n\nAna Vidal fires pots in a barn.\n\n");
        for n in 0..4 {
            text.push_str(&format!("Why the kiln, {n}?\n\n{LONG}\n\n"));
        }
        for n in 0..3 {
            text.push_str(&format!("And the glaze, {n}?\n\nA short one.\n\n"));
        }
        assert_eq!(warned(&text, "one short paragraph"), 1);
        let all_long = text.replace("A short one.", LONG);
        assert_eq!(warned(&all_long, "one short paragraph"), 0);
    }

    #[test]
    fn a_guessed_interviewee_named_nowhere_above_the_questions_is_flagged() {
        let named = format!(
            "The kiln\n\nAna Vidal fires pots in a barn.\n\nWhy clay?\n\n{LONG}\n\n\
             Why at night?\n\n{LONG}\n"
        );
        assert_eq!(warned(&named, "may be someone else"), 0);
        let mut reading = crate::corpus::read("x", &named).expect("parses");
        assert_eq!(reading.interviewee_source, NameSource::Introduction);
        reading.interview.metadata.interviewee = Some("Rui Sal".into());
        assert_eq!(
            super::unnamed_interviewee(&reading).map(|w| w.line),
            Some(1)
        );
        reading.interview.metadata.interviewee = Some("R. S.".into());
        let initials = super::unnamed_interviewee(&reading).map(|w| w.message);
        assert!(initials.is_some_and(|m| m.contains("initials")));
        reading.interviewee_source = NameSource::FrontMatter;
        assert!(super::unnamed_interviewee(&reading).is_none());
    }
}
