//! The editor's notes about the guest set after the last answer without a heading that the
//! reading kept ("He uses a tiling window manager.", "She follows three blogs on boats.",
//! "This article first ran on our old site."): the page's voice speaking of the guest, not
//! the guest speaking. Told by person: an answer speaks in the first person somewhere, while
//! a run of closing paragraphs that never does and keeps saying "he"/"she" is about them.

use super::layout::Assembled;
use super::reading::{Clutter, Dropped};

/// Notes about the guest come as a list of a few paragraphs; one or two paragraphs without
/// "I" at the end of an answer are the guest talking about someone else.
const MIN_NOTE_PARAGRAPHS: usize = 3;

/// Half the run, at least, speaks of the guest as "he" or "she"; the rest are links and
/// credits ("You can find more at…").
const MIN_THIRD_PERSON_SHARE: f64 = 0.5;

/// First-person words in English, Spanish and Portuguese, lowercase: a paragraph holding one
/// is someone speaking of themselves. Pronouns are a closed class, so the list is complete
/// for these languages; Spanish and Portuguese often drop the subject, so their answers may
/// lack them, which is why the run must also say "he"/"she" (those are rare there too, so
/// the rule stays quiet rather than wrong).
const FIRST_PERSON: &[&str] = &[
    "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my", "mine", "we",
    "we're", "we’re", "our", "us", "yo", "mi", "mis", "nosotros", "nosotras", "nuestro", "nuestra",
    "eu", "meu", "minha", "meus", "minhas", "nós", "nosso", "nossa", "comigo", "conmigo",
];

/// Third-person singular pronouns in English, Spanish and Portuguese, lowercase.
const THIRD_PERSON: &[&str] = &[
    "he", "his", "him", "she", "her", "hers", "él", "ella", "ele", "ela", "dele", "dela",
];

/// Drops from the last answer the closing run of [`MIN_NOTE_PARAGRAPHS`] or more paragraphs
/// that never speak in the first person and mostly speak of "him" or "her"; the answer's
/// first paragraph always stays.
pub fn drop_notes_about_guest(out: &mut Assembled) {
    let Some(turn) = out.turns.last_mut() else {
        return;
    };
    let run = (turn.answer.iter().skip(1).rev())
        .take_while(|(text, _)| !has_any(text, FIRST_PERSON))
        .count();
    let start = turn.answer.len() - run;
    let third = (turn.answer[start..].iter())
        .filter(|(text, _)| has_any(text, THIRD_PERSON))
        .count();
    if run < MIN_NOTE_PARAGRAPHS || (third as f64) < MIN_THIRD_PERSON_SHARE * run as f64 {
        return;
    }
    let notes = turn.answer.split_off(start);
    turn.speakers.truncate(start);
    out.dropped
        .extend(notes.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::AfterInterview,
        }));
}

fn has_any(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .any(|w| words.contains(&w.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn notes_about_the_guest_after_the_last_answer_are_not_quoted() {
        let text = "Rui Dias mends nets in Peniche.\n\nWhy nets?\n\nMy father did.\n\n\
                    And now?\n\nI teach two apprentices. We start at six.\n\n\
                    Rui uses a bone needle he carved himself.\n\n\
                    He keeps a list of knots on the workshop door.\n\n\
                    His apprentices sell their first nets at the market.\n\n\
                    This piece first ran in the Harbour Gazette.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let last = &reading.interview.turns.last().unwrap().answer;
        assert_eq!(last, &["I teach two apprentices. We start at six."]);
    }

    #[test]
    fn an_answer_about_someone_else_stays() {
        let text = "Rui Dias mends nets.\n\nWhy nets?\n\nMy father did.\n\n\
                    Who taught you?\n\nMy uncle, mostly.\n\n\
                    He had a bone needle.\n\nHe never wasted twine.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.turns.last().unwrap().answer.len(), 3);
    }
}
