//! An editor's note set in parentheses inside an answer ("(Writer’s Note – already did
//! that!)", "(Nota da redação: …)"): a labelled aside in the publisher's voice, not the
//! interviewee's words, so it is never quoted as theirs. A stage direction without a label
//! ("(laughs)", "(Sport TV)") is part of the answer and stays.

use super::clean::{is_italic_paragraph, strip_emphasis};

/// A note's label is a short phrase ("Writer’s Note", "N. do E.").
const MAX_NOTE_LABEL_WORDS: usize = 3;

/// The words that make a label the publisher's, in the languages read here (lowercase, without
/// a possessive): a parenthesis such as "(Benfica – Porto)" or "(Lisboa: 1998)" has the shape
/// of a labelled note but is the interviewee's own words.
const NOTE_WORDS: [&str; 10] = [
    "note",
    "nota",
    "notas",
    "editor",
    "editora",
    "ed",
    "redação",
    "redacção",
    "redacción",
    "redaccion",
];

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

/// A paragraph opening with a note's own label and a colon ("Editor’s note: …", "Nota del
/// editor: …", "N. do E.: …"), set between the answers of a page: the publisher's gloss, not
/// a turn. The label must call itself a note ("note", "nota") or be the abbreviation: a
/// speaker may be labelled "Editor:" in a file where the editor asks.
pub fn is_note_paragraph(text: &str) -> bool {
    let Some((label, rest)) = text.split_once(':') else {
        return false;
    };
    let words: Vec<&str> = label.split_whitespace().collect();
    let shaped = (1..=MAX_NOTE_LABEL_WORDS).contains(&words.len())
        && label.trim().starts_with(char::is_uppercase)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || "'’.".contains(c));
    let noted = words.iter().any(|w| {
        let w = w.trim_end_matches('.').to_lowercase();
        NOTE_NOUNS.contains(&w.as_str())
    });
    let abbreviated = names_a_note(&words) && words.first() == Some(&"N.");
    shaped && (noted || abbreviated) && !rest.trim().is_empty()
}

/// The nouns by which a note names itself.
const NOTE_NOUNS: [&str; 3] = ["note", "nota", "notas"];

/// Whether a label's words say it is a note: one of [`NOTE_WORDS`], or the abbreviation of
/// "note of the editor" ("N. do E.", "N. de la R.": an `N.` first, an initial last).
fn names_a_note(words: &[&str]) -> bool {
    let noted = words.iter().any(|word| {
        let word = word.trim_end_matches('.').to_lowercase();
        let word = word
            .strip_suffix("’s")
            .or_else(|| word.strip_suffix("'s"))
            .unwrap_or(&word);
        NOTE_WORDS.contains(&word)
    });
    let is_initial =
        |w: &str| w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase);
    let abbreviated = words.len() >= 2
        && words.first() == Some(&"N.")
        && words.last().is_some_and(|w| is_initial(w));
    noted || abbreviated
}

#[cfg(test)]
mod tests {
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
