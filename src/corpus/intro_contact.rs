//! A contact line among the introduction's paragraphs: the interviewee's or the author's
//! e-mail address set on a line of its own under the bio ("E-mail: ana@example.org",
//! "Contacto: ana@example.org"). It is no prose of the publisher's and nothing anyone says.

use super::assembled::Assembled;
use super::clean::has_email;
use super::reading::{Clutter, Dropped};

/// Besides the address a contact line holds a label of a few words ("E-mail:", "Write to
/// her at"); a longer paragraph is prose that mentions an address, and stays.
const MAX_LABEL_WORDS: usize = 4;

/// Drops the introduction's paragraphs that are an e-mail address under a short label.
pub fn drop_intro_contacts(out: &mut Assembled) {
    let (contacts, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut out.intro)
        .into_iter()
        .partition(|(text, _)| is_contact_line(text));
    out.intro = kept;
    out.dropped
        .extend(contacts.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::Field,
        }));
}

/// One line holding an e-mail address and at most [`MAX_LABEL_WORDS`] other words.
fn is_contact_line(text: &str) -> bool {
    let text = text.trim();
    let other_words = (text.split_whitespace())
        .filter(|word| !has_email(word))
        .count();
    !text.contains('\n') && has_email(text) && other_words <= MAX_LABEL_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_under_a_short_label_is_dropped_and_prose_stays() {
        let mut out = Assembled {
            intro: vec![
                ("Ana Vidal teaches pottery in Braga.".into(), 3),
                ("E-mail: ana@example.org".into(), 5),
                (
                    "Readers can write to Ana at ana@example.org about the kiln she built.".into(),
                    7,
                ),
            ],
            ..Assembled::default()
        };
        drop_intro_contacts(&mut out);
        assert_eq!(out.intro.len(), 2);
        assert_eq!(out.intro[1].1, 7);
        assert_eq!(out.dropped.len(), 1);
        assert_eq!(out.dropped[0].line, 5);
    }
}
