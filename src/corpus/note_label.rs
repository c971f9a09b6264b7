//! The labels a publisher's note goes by ("Editor's note", "Nota da redação", "N. do E."): a
//! leaf both the line cleaner and the answer's notes read, so neither depends on the other.

/// A note's label is a short phrase ("Writer’s Note", "N. do E.").
pub(super) const MAX_NOTE_LABEL_WORDS: usize = 3;

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
pub(super) fn names_a_note(words: &[&str]) -> bool {
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
