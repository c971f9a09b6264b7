//! An interviewer who turns to the guest by name before asking ("Maria: what did the town
//! think of it?") writes the name and a colon, just as the guest's own label is written. The
//! two read apart by grammar: a label opens the speaker's sentence with a capital, while the
//! question after an address runs on in lowercase, as after a comma; and the guest's label comes
//! again on the next paragraph, with the reply. So the paragraph is the interviewer's. Read
//! only where the guest's own labelled paragraphs open with a capital: in a transcript written
//! all in lowercase the case after the label tells nothing.

use super::cues::ends_with_question_mark;
use super::roles::is_generic;

/// A paragraph under the guest's name label (`label`, `body` after it) is the interviewer
/// addressing the guest and asking: the label is a name (a role such as `A` addresses
/// nobody), the words after it run on in lowercase, the paragraph asks, and `replied` (the
/// next paragraph carries the same guest's label) says the guest answers it. The lowercase
/// letter comes right after the label (or after the `¿` opening a Spanish question): a
/// paragraph opening with an ellipsis or a quotation ("…and who would not?") is the guest
/// going on, or quoting.
pub fn asks_by_name(label: &str, body: &str, replied: bool) -> bool {
    let body = body.trim_start();
    let runs_on =
        (body.strip_prefix('¿').unwrap_or(body).chars().next()).is_some_and(char::is_lowercase);
    replied && runs_on && !is_generic(label) && ends_with_question_mark(body)
}

/// The guest's own paragraphs (`bodies`, after the guest's label, the one read left out) open
/// with a capital, most of them: the file writes its sentences with capitals, so a label
/// followed by lowercase can be an address. A guest written in lowercase never is.
pub fn writes_capitals<'a>(bodies: impl IntoIterator<Item = &'a str>) -> bool {
    let (capital, lower) = (bodies.into_iter())
        .filter_map(|b| b.chars().find(|c| c.is_alphabetic()))
        .fold((0, 0), |(c, l), first| match first.is_uppercase() {
            true => (c + 1, l),
            false => (c, l + 1),
        });
    capital > lower
}

/// The question as the interviewer put it: the name, a comma, then the question.
pub fn addressed(label: &str, body: &str) -> String {
    format!("{label}, {}", body.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_then_a_lowercase_question_answered_by_that_name_asks() {
        assert!(asks_by_name("Maria", "what did the town think?", true));
        assert!(asks_by_name("Ana", "¿qué pensó el pueblo?", true));
        assert_eq!(
            addressed("Maria", "what did the town think?"),
            "Maria, what did the town think?"
        );
    }

    #[test]
    fn the_guest_speaking_is_not_an_address() {
        // A capital opens the guest's own sentence, even one that asks.
        assert!(!asks_by_name("Maria", "What is a ferry for?", true));
        // Without the guest's label on the next paragraph nobody replied.
        assert!(!asks_by_name("Maria", "what did the town think?", false));
        // A statement is no question.
        assert!(!asks_by_name("Maria", "and then the engines came.", true));
        // A role label addresses nobody.
        assert!(!asks_by_name("A", "what did the town think?", true));
        // An ellipsis or a quotation mark after the label: the guest goes on, or quotes.
        assert!(!asks_by_name(
            "Ines",
            "…and who would not want to build their own amplifier?",
            true
        ));
        assert!(!asks_by_name("Ines", "\"why me?\"", true));
    }

    #[test]
    fn a_guest_written_in_lowercase_gives_no_case_to_read() {
        assert!(writes_capitals([
            "It was cheap.",
            "well, yes.",
            "Then it broke."
        ]));
        assert!(!writes_capitals(["it was cheap.", "then it broke."]));
        assert!(!writes_capitals([]));
    }
}
