//! Section headings a rendered page sets between the exchanges of a labelled interview ("Tools
//! and workflow" over the next labelled question), and the reading list or references under a
//! last such heading. Pasted as plain text they lose their type and stand as one more
//! paragraph of the answer above; yet a heading is a phrase without a closing stop after a
//! finished answer, and no speaker's label opens it, while every turn of the file is labelled.

use super::super::cues::closes_with;
use super::super::labels::speaker_of;
use super::super::layout::Assembled;
use super::super::reading::{Clutter, Dropped, Layout, Para, Speaker};

/// A section heading is a phrase of a few words ("What remains open", "Using AI for research
/// and learning"); a longer unpunctuated line is a sentence whose stop was lost.
const MAX_SECTION_HEADING_WORDS: usize = 8;

/// A heading names its section with two words at least; one word alone after an answer is
/// as likely the speaker's last exclamation ("Absolutely").
const MIN_SECTION_HEADING_WORDS: usize = 2;

/// Takes section headings out of the answers of a labelled file: an unlabelled paragraph shaped
/// as a heading after a paragraph of the same answer that closes a sentence, when the next
/// labelled question follows it; after the last answer, the heading and everything under it
/// (a reading list, references) when no label opens any of it.
pub fn drop_section_headings(out: &mut Assembled, paras: &[Para], speakers: &[Speaker]) {
    if out.layout != Some(Layout::Labels) {
        return;
    }
    let labelled = |line: usize| {
        (paras.iter())
            .find(|p| p.line == line)
            .is_none_or(|p| speaker_of(&p.text, speakers).is_some())
    };
    let turns = out.turns.len();
    let mut moved = Vec::new();
    for (t, turn) in out.turns.iter_mut().enumerate() {
        let last_turn = t + 1 == turns;
        let n = turn.answer.len();
        let heading = (1..n).find(|&k| {
            let unlabelled_after = turn.answer[k..].iter().all(|(_, l)| !labelled(*l));
            let closes_section = if last_turn {
                unlabelled_after
            } else {
                k + 1 == n
            };
            !labelled(turn.answer[k].1)
                && closes_section
                && is_section_heading(&turn.answer[k].0)
                && closes_sentence(&turn.answer[k - 1].0)
        });
        if let Some(k) = heading {
            moved.extend(turn.answer.split_off(k));
            turn.speakers.truncate(k);
        }
    }
    out.dropped
        .extend(moved.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::SectionTitle,
        }));
}

/// One line of [`MIN_SECTION_HEADING_WORDS`] to [`MAX_SECTION_HEADING_WORDS`] words opening
/// with a capital, closed by no mark and asking nothing.
fn is_section_heading(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    (MIN_SECTION_HEADING_WORDS..=MAX_SECTION_HEADING_WORDS).contains(&words)
        && !text.contains('\n')
        && text.starts_with(char::is_uppercase)
        && !text.contains(['?', '¿', ':'])
        && !text.ends_with(|c: char| c.is_ascii_punctuation() || "…”’»".contains(c))
}

/// The paragraph ends a sentence: the answer above a heading is finished.
fn closes_sentence(text: &str) -> bool {
    let closers = ['"', '”', '’', '»', ')', '*', '_'];
    closes_with(text.trim_end(), &closers, &['.', '!', '?', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;

    const KITES: &str = "Ina Vold on kites\n\n\
        Tom Berg: Why kites?\n\nIna Vold: My uncle flew them on the dunes.\n\n\
        He made his own frames.\n\nThe shop years\n\n\
        Tom Berg: When did you open the shop?\n\nIna Vold: In 1998, with two looms.\n\n\
        Tom Berg: And now?\n\nIna Vold: I sell them to schools.\n\n\
        Further reading on kites\n\nThe paper kite, a history\n\nReferences\n\n\
        [1] A. Lund, Kites of the north sea, 1971.\n";

    #[test]
    fn headings_between_labelled_exchanges_and_the_list_under_the_last_go() {
        let reading = crate::corpus::read("t", KITES).expect("parses");
        let turns = &reading.interview.turns;
        assert_eq!(turns.len(), 3);
        assert_eq!(turns[0].answer.len(), 2);
        assert_eq!(turns[2].answer, ["I sell them to schools."]);
        let headings = reading
            .dropped
            .iter()
            .filter(|d| matches!(d.reason, Clutter::SectionTitle | Clutter::AfterInterview));
        assert_eq!(headings.count(), 5);
    }

    #[test]
    fn a_list_the_answer_announces_and_a_first_paragraph_stay() {
        let text = KITES
            .replace("He made his own frames.", "He made two kinds:")
            .replace("The shop years", "Box kites and sleds")
            .replace(
                "I sell them to schools.",
                "I sell them.\n\nIna Vold: Mostly sleds",
            );
        let reading = crate::corpus::read("t", &text).expect("parses");
        let turns = &reading.interview.turns;
        assert_eq!(turns[0].answer.len(), 3);
        assert_eq!(turns[2].answer.len(), 6);
        assert!(!is_section_heading("Really?"));
        assert!(!is_section_heading("Absolutely"));
    }
}
