//! A speaker label of two or three capitals that opens one name word the introduction gives
//! ("AM" for a correspondent the blog calls "Amaru"): people who go by one name, a pen name or
//! a handle, are labelled by its first letters, as others are by their initials. The label
//! then stands for that word, not for two letters a reader cannot place.

use crate::corpus::name_words::{is_web_address, trim_word, written_lowercase_as, Spelling};

/// Prepositions of place (English, Spanish, Portuguese): a capitalised word right after one
/// is where something is ("in Madrid", "em Macapá"), not what a person is called. Those that
/// also lead to a person ("do", "de", "for", "para") are left out.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "into", "en", "em", "desde", "no", "na", "nos", "nas",
];

/// A label of this many capitals at most is an abbreviation; a longer run is a word in
/// capitals ("MARTA").
const MAX_LABEL_LETTERS: usize = 3;

/// The word the label abbreviates is longer than the label by this many letters at least:
/// "AM" for "Ama" would be the word with a letter dropped, no abbreviation.
const MIN_EXTRA_LETTERS: usize = 2;

/// The one name word in `texts` (the title and introduction) that `label` abbreviates: a
/// capitalised word inside a sentence (a sentence's first word is capitalised for being
/// first), not right after a preposition of place, opening with the label's letters, never written in lowercase in `whole` (so no
/// ordinary word), and the only such word. `None` when the label is no abbreviation or no
/// word, or more than one, fits.
pub(super) fn label_handle(label: &str, texts: &[&str], whole: &[&str]) -> Option<String> {
    let letters = label.chars().count();
    let shaped =
        (2..=MAX_LABEL_LETTERS).contains(&letters) && label.chars().all(char::is_uppercase);
    if !shaped {
        return None;
    }
    let opens = |word: &str| {
        let lower: String = word.to_lowercase();
        word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase)
            && word.chars().all(char::is_alphabetic)
            && word.chars().count() >= letters + MIN_EXTRA_LETTERS
            && lower.starts_with(&label.to_lowercase())
    };
    let lowercase = |word: &str| lowercase_in_text(word, whole);
    let mut found: Vec<&str> = Vec::new();
    for text in texts {
        let words: Vec<&str> = text.split_whitespace().collect();
        for pair in words.windows(2) {
            let inside = !pair[0].ends_with(['.', '!', '?', ':', '…', '“', '"']);
            let placed = PLACE_PREPOSITIONS.contains(&pair[0].to_lowercase().as_str());
            let word = trim_word(pair[1]);
            // Markup around a linked name (`` `Amaru <…>`__ ``, `[Amaru](…)`) goes too.
            let word = word.trim_matches(|c: char| !c.is_alphabetic());
            if inside && !placed && opens(word) && !lowercase(word) && !found.contains(&word) {
                found.push(word);
            }
        }
    }
    match found.as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    }
}

/// `word` is written in lowercase in `whole`, web and mail addresses aside: an address
/// spells a site's or a person's name in lowercase ("amaru.example"), no ordinary word does.
pub(super) fn lowercase_in_text(word: &str, whole: &[&str]) -> bool {
    written_lowercase_as(word, whole, Spelling::LetterRun, is_web_address)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_opening_a_one_word_name_stands_for_it() {
        let intro = ["Um leitor, o `Amaru <http://www.amaru.example>`__, mandou perguntas."];
        assert_eq!(label_handle("AM", &intro, &intro).as_deref(), Some("Amaru"));
    }

    #[test]
    fn initials_of_no_single_word_stay_initials() {
        // No word opens with the letters.
        let intro = ["Um leitor, o Tobias, mandou perguntas."];
        assert_eq!(label_handle("AM", &intro, &intro), None);
        // An ordinary word the text writes in lowercase too.
        let intro = ["Na Amostra de maio vieram perguntas.", "Uma amostra."];
        assert_eq!(label_handle("AM", &intro[..1], &intro), None);
        // Two words fit: which one is meant is not told.
        let intro = ["O Amaru e a Amélia mandaram perguntas."];
        assert_eq!(label_handle("AM", &intro, &intro), None);
        // A word in capitals is no abbreviation.
        assert_eq!(label_handle("AMARU", &intro, &intro), None);
        // A place after a preposition is no one's name.
        let intro = ["A correspondente vive em Madrid desde março."];
        assert_eq!(label_handle("MA", &intro, &intro), None);
    }
}
