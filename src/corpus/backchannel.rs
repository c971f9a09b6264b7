//! Backchannels in a labelled conversation: the interviewer makes a remark that asks nothing
//! ("So you have lived in four countries and speak five languages…"), the guest says "Yeah.",
//! and the interviewer goes on to the real question. The one word is no answer to quote for
//! the remark's words: it is dropped, and the remark leads into the next question, which the
//! guest then answers.
//!
//! Judged from structure alone: a reply of one word, to a prompt without `?`, followed by
//! another question. A one-word reply to a question ("Did he go to college?" / "No.") answers
//! it and stays. Nor does a reply the file labels with a role (`A:`, `R:`, `Respuesta:`): an
//! editor who printed "Q: …" / "A: OK…" set down every answer, however short, and each `Q:`
//! starts its own question.

use super::cues::asks_something;
use super::labels::is_generic;
use super::layout::Assembled;
use super::reading::{Clutter, Dropped};

/// A backchannel is a single word ("Yeah.", "Okay.", "Sí."); two words may already say
/// something ("I teach.").
const BACKCHANNEL_MAX_WORDS: usize = 1;

/// Folds each remark answered only by a backchannel into the next question, dropping the
/// backchannel.
pub fn fold_backchannels(out: &mut Assembled) {
    let mut i = 0;
    while i + 1 < out.turns.len() {
        let turn = &out.turns[i];
        let backchannel = !asks_something(&turn.question)
            && turn.answer.len() == 1
            && spoken_words(&turn.answer[0].0) <= BACKCHANNEL_MAX_WORDS
            && !asks_something(&turn.answer[0].0)
            && !(turn.speakers.first()).is_some_and(|s| s.as_deref().is_some_and(is_generic));
        if !backchannel {
            i += 1;
            continue;
        }
        let remark = out.turns.remove(i);
        let (reply, line) = remark.answer.into_iter().next().unwrap_or_default();
        out.dropped.push(Dropped {
            line,
            text: reply,
            reason: Clutter::Backchannel,
        });
        let next = &mut out.turns[i];
        next.question = format!("{} {}", remark.question, next.question);
        next.line = remark.line;
    }
}

/// A note in brackets of at most this many words describes a sound ("(laughs)",
/// "[inaudible]", "(affirmative)"); a longer one is words said in parentheses.
const MAX_NOTE_WORDS: usize = 3;

/// The words said, without a transcriber's note in brackets or parentheses after them
/// ("Mm-hmm (affirmative).", "Yeah [laughs]."): the note describes the sound, it adds no word.
/// A longer bracket, an unclosed one, or a reply wholly in brackets is words said.
fn spoken_words(text: &str) -> usize {
    let count = |s: &str| {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let (mut said, mut note, mut depth) = (0, String::new(), 0usize);
    let mut outside = String::new();
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let words = count(&note);
                    said += if words > MAX_NOTE_WORDS { words } else { 0 };
                    note.clear();
                }
            }
            _ if depth > 0 => note.push(c),
            _ => outside.push(c),
        }
        if depth > 0 && matches!(c, '(' | '[') {
            note.push(' ');
        }
    }
    said += count(&outside) + count(&note);
    if said == 0 {
        count(text)
    } else {
        said
    }
}

#[cfg(test)]
mod tests {
    use super::super::layout::Draft;
    use super::*;

    fn turn(question: &str, answer: &str, line: usize) -> Draft {
        Draft {
            question: question.into(),
            line,
            answer: vec![(answer.into(), line + 2)],
            speakers: vec![None],
            ..Draft::default()
        }
    }

    #[test]
    fn a_one_word_reply_to_a_remark_leads_into_the_next_question() {
        let mut out = Assembled {
            turns: vec![
                turn("You sailed alone for a year.", "Yeah.", 1),
                turn("What did you eat?", "Rice and fish.", 5),
                turn("Did you ever turn back?", "No.", 9),
                turn("Tell us about the storm.", "Which one?", 13),
                turn("The first.", "It came at night.", 17),
            ],
            ..Assembled::default()
        };
        fold_backchannels(&mut out);
        let turns: Vec<(&str, usize, usize)> = out
            .turns
            .iter()
            .map(|t| (t.question.as_str(), t.line, t.answer.len()))
            .collect();
        assert_eq!(
            turns,
            [
                ("You sailed alone for a year. What did you eat?", 1, 1),
                ("Did you ever turn back?", 9, 1),
                ("Tell us about the storm.", 13, 1),
                ("The first.", 17, 1),
            ]
        );
        assert_eq!(out.dropped.len(), 1);
        assert_eq!(out.dropped[0].line, 3);
        assert_eq!(out.dropped[0].reason, Clutter::Backchannel);
    }

    #[test]
    fn a_transcribers_note_adds_no_word_to_a_backchannel() {
        assert_eq!(spoken_words("Mm-hmm (affirmative)."), 1);
        assert_eq!(spoken_words("Yeah [laughs] ."), 1);
        assert_eq!(spoken_words("I teach (pause) music."), 3);
        // Words said in parentheses are words: a long aside, an unclosed bracket, a reply
        // wholly in brackets.
        assert_eq!(
            spoken_words("No (not after what my brother went through)."),
            8
        );
        assert_eq!(spoken_words("No (not after the war"), 5);
        assert_eq!(spoken_words("(Only the two of us.)"), 5);
        let mut out = Assembled {
            turns: vec![
                turn("I always read it as a name.", "Mm-hmm (affirmative).", 1),
                turn("What does it stand for?", "Eleven letters between.", 5),
            ],
            ..Assembled::default()
        };
        fold_backchannels(&mut out);
        assert_eq!(out.turns.len(), 1);
        assert_eq!(
            out.turns[0].question,
            "I always read it as a name. What does it stand for?"
        );
    }

    #[test]
    fn a_reply_labelled_as_an_answer_is_kept() {
        let mut remark = turn("You sailed alone for a year.", "Yeah.", 1);
        remark.speakers = vec![Some("A".into())];
        let mut out = Assembled {
            turns: vec![remark, turn("What did you eat?", "Rice and fish.", 5)],
            ..Assembled::default()
        };
        fold_backchannels(&mut out);
        assert_eq!(out.turns.len(), 2);
        assert!(out.dropped.is_empty());
    }

    #[test]
    fn a_remark_with_no_speaker_recorded_is_still_folded() {
        let mut remark = turn("You sailed alone for a year.", "Yeah.", 1);
        remark.speakers.clear();
        let mut out = Assembled {
            turns: vec![remark, turn("What did you eat?", "Rice and fish.", 5)],
            ..Assembled::default()
        };
        fold_backchannels(&mut out);
        assert_eq!(out.turns.len(), 1);
        assert_eq!(out.dropped.len(), 1);
    }
}
