//! A file labelling only the asking side, under a label whose meaning says nothing (a
//! webzine's initials, `M.R: ¿Y el disco?`, over unlabelled or marked replies). With a single
//! label there is no other side to compare its rhythm with, so the label would be read as
//! the guest's and every reply as a question. The question marks decide instead: the side
//! whose turns end with `?` asks, when the paragraphs answering them do not.

use super::cues::ends_with_question_mark;
use super::labels::{same_speaker, split_label};

/// The label's turns end with `?` at least this often: an interviewer may greet or remark
/// once or twice before asking.
const MIN_ASKING_SHARE: f64 = 0.6;

/// The unlabelled paragraphs right after the label's turns end with `?` at most this often:
/// a guest may ask back once, but replies asking as often as the prompts are questions.
const MAX_REPLY_ASKING_SHARE: f64 = 0.34;

/// The label opens at least this many turns: one question decides nothing.
const MIN_TURNS: usize = 2;

/// Whether the file's only `label` is the interviewer's, read from the question marks (see the
/// module doc). `paragraphs` are the body's (`(text, line)` pairs).
pub fn only_label_asks(paragraphs: &[(&str, usize)], label: &str) -> bool {
    let own = |text: &str| {
        split_label(text)
            .filter(|l| same_speaker(&l.label, label))
            .map(|l| ends_with_question_mark(l.body))
    };
    let (mut turns, mut asking, mut replies, mut replies_asking) = (0usize, 0usize, 0usize, 0usize);
    for (i, (text, _)) in paragraphs.iter().enumerate() {
        let Some(asks) = own(text) else {
            continue;
        };
        turns += 1;
        asking += usize::from(asks);
        let reply = paragraphs
            .get(i + 1)
            .filter(|(next, _)| split_label(next).is_none());
        if let Some((reply, _)) = reply {
            replies += 1;
            replies_asking += usize::from(ends_with_question_mark(reply));
        }
    }
    let share = |part: usize, whole: usize| part as f64 / whole.max(1) as f64;
    turns >= MIN_TURNS
        && replies + 1 >= turns
        && share(asking, turns) >= MIN_ASKING_SHARE
        && share(replies_asking, replies) <= MAX_REPLY_ASKING_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_whose_turns_ask_over_plain_replies_are_the_asker() {
        let body = [
            ("R.V: Hola, Nuria, bienvenida.", 1),
            ("Gracias a vosotros.", 3),
            ("R.V: ¿Cómo nació el disco?", 5),
            ("En una gira larga. ¿Quién lo habría dicho?", 7),
            ("RV: ¿Y el próximo?", 9),
            ("Ya está escrito.", 11),
        ];
        assert!(only_label_asks(&body, "R. V"));
    }

    #[test]
    fn a_guest_labelled_under_unlabelled_questions_does_not_ask() {
        let body = [
            ("¿Cómo nació el disco?", 1),
            ("Nuria Sol: En una gira larga.", 3),
            ("¿Y el próximo?", 5),
            ("Nuria Sol: Ya está escrito. ¿Para qué esperar?", 7),
        ];
        assert!(!only_label_asks(&body, "Nuria Sol"));
        let replies_ask = [
            ("Ana: ¿Sí?", 1),
            ("¿Y usted?", 3),
            ("Ana: ¿Yo?", 5),
            ("¿Quién si no?", 7),
        ];
        assert!(!only_label_asks(&replies_ask, "Ana"));
    }

    #[test]
    fn a_webzine_asking_under_its_initials_quotes_the_marked_replies() {
        let text = "Con la gira terminada, hablamos con Nuria Sol de su disco Marea.\n\n\
                    R.V: Hola Nuria, un placer tenerte aquí.\n\n\
                    == Gracias, Rafael, el placer es mío.\n\n\
                    R.V: Tu disco salió hace un mes, ¿cómo ha ido?\n\n\
                    == Muy bien. No esperaba tanto cariño.\n\n\
                    RV: ¿Volverás a tocar en Valencia?\n\n\
                    == Sí, en otoño, con banda completa.";
        let reading = crate::corpus::read("t", text).expect("parses");
        let turns: Vec<_> = (reading.interview.turns.iter())
            .map(|t| (t.question.as_str(), t.answer.join(" ")))
            .collect();
        assert_eq!(
            turns,
            [
                (
                    "Hola Nuria, un placer tenerte aquí.",
                    "Gracias, Rafael, el placer es mío.".to_string()
                ),
                (
                    "Tu disco salió hace un mes, ¿cómo ha ido?",
                    "Muy bien. No esperaba tanto cariño.".to_string()
                ),
                (
                    "¿Volverás a tocar en Valencia?",
                    "Sí, en otoño, con banda completa.".to_string()
                ),
            ]
        );
    }
}
