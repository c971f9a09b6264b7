//! An editor's note set in parentheses inside an answer ("(Writer’s Note – already did
//! that!)", "(Nota da redação: …)"): a labelled aside in the publisher's voice, not the
//! interviewee's words, so it is never quoted as theirs. A stage direction without a label
//! ("(laughs)", "(Sport TV)") is part of the answer and stays.

use super::clean::{is_italic_paragraph, strip_emphasis};
use super::note_label::{names_a_note, MAX_NOTE_LABEL_WORDS};

/// `text` without its labelled notes in parentheses; the text as it is when it has none, or
/// when nothing else would be left. A paragraph still wholly in italics once the reading kept
/// it as an answer (editors' notes in italics are dropped before) is the speaker's words set
/// in the page's style: quoted without the marks, which are typography.
pub fn without_editor_notes(text: &str) -> String {
    let out = without_labelled_notes(text);
    if is_italic_paragraph(&out) {
        strip_emphasis(&out).to_string()
    } else {
        out
    }
}

fn without_labelled_notes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(len) = rest[open..].find(')') else {
            break;
        };
        let inner = &rest[open + 1..open + len];
        if is_labelled_note(inner) {
            out.push_str(rest[..open].trim_end());
            rest = &rest[open + len + 1..];
        } else {
            out.push_str(&rest[..open + len + 1]);
            rest = &rest[open + len + 1..];
        }
    }
    out.push_str(rest);
    let out = out.trim().to_string();
    if out.is_empty() {
        text.to_string()
    } else {
        out
    }
}

/// `Label: text` or `Label – text`: a capitalised label of a few words, then a colon or a
/// dash set off by a space, then the note.
fn is_labelled_note(inner: &str) -> bool {
    let colon = inner.find(':').map(|i| (i, 1));
    let dash = inner
        .char_indices()
        .find(|&(i, c)| matches!(c, '–' | '—' | '-') && inner[..i].ends_with(' '))
        .map(|(i, c)| (i, c.len_utf8()));
    let Some((end, width)) = colon.into_iter().chain(dash).min() else {
        return false;
    };
    let label = inner[..end].trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    let shaped = (1..=MAX_NOTE_LABEL_WORDS).contains(&words.len())
        && label.chars().next().is_some_and(char::is_uppercase)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || "'’.".contains(c));
    shaped && names_a_note(&words) && !inner[end + width..].trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::super::note_label::is_note_paragraph;
    use super::*;

    #[test]
    fn an_answer_wholly_in_italics_is_quoted_without_the_marks() {
        assert_eq!(without_editor_notes("_We rowed home._"), "We rowed home.");
        assert_eq!(
            without_editor_notes("We rowed _home_ at dusk."),
            "We rowed _home_ at dusk."
        );
    }

    #[test]
    fn a_paragraph_under_a_notes_label_is_the_publishers() {
        assert!(is_note_paragraph(
            "Editor’s note: the kiln was rebuilt in 2009."
        ));
        assert!(is_note_paragraph(
            "Nota del editor: el horno se rehízo en 2009."
        ));
        assert!(is_note_paragraph("N. do E.: o forno foi refeito em 2009."));
        assert!(!is_note_paragraph("Editor: Why did you rebuild the kiln?"));
        assert!(!is_note_paragraph("I kept one note: rebuild the kiln."));
        assert!(!is_note_paragraph("Editor’s note:"));
    }

    #[test]
    fn labelled_notes_go_and_stage_directions_stay() {
        assert_eq!(
            without_editor_notes("Order soup. (Writer’s Note – we both lost it here)"),
            "Order soup."
        );
        assert_eq!(
            without_editor_notes("It was 1990 (Nota da redação: 1991) and cold."),
            "It was 1990 and cold."
        );
        assert_eq!(
            without_editor_notes("We won (laughs) twice, on TV (Sport TV)."),
            "We won (laughs) twice, on TV (Sport TV)."
        );
        assert_eq!(
            without_editor_notes("A derby (Benfica – Porto) and a year (Lisboa: 1998)."),
            "A derby (Benfica – Porto) and a year (Lisboa: 1998)."
        );
        assert_eq!(
            without_editor_notes("Era 1990 (N. do E.: foi em 1991) e fazia frio."),
            "Era 1990 e fazia frio."
        );
        assert_eq!(
            without_editor_notes("(Editor’s note: see above)"),
            "(Editor’s note: see above)"
        );
        assert_eq!(
            without_editor_notes("Open (and never closed"),
            "Open (and never closed"
        );
    }
}
