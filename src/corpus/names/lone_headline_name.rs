//! A headline's one-word name, read when nothing else on the page names the guest: "Charla
//! con Tiburón", "Entrevistas del blog: PixelPirata". One capitalised word after "with" or
//! after a rubric's colon may be a place or a group as well as a person going by one name, so
//! the text must write it again, as a guest's name comes back in the introduction or the
//! questions while a place or a group in a title's phrase ("Coffee with Strangers") does not.

use super::label_handle::lowercase_in_text;
use crate::corpus::name_words::trim_word;
use crate::corpus::titled::{name_after_with, named_again};

/// A rubric before a headline's colon is this many words at most ("Entrevista", "Blog
/// interviews"); a longer run is a sentence.
const MAX_RUBRIC_WORDS: usize = 3;

/// The one-word name the headline (`title`) gives after "with" or after a short rubric and a
/// colon: capitalised, of letters (a handle's inner capitals too), never written in
/// lowercase in `whole`, and written again outside the headline: a rubric over any word is a
/// section's, and a word after "with" may be a place or a group.
pub(super) fn lone_headline_name(title: &str, whole: &[&str]) -> Option<String> {
    let shaped = |word: &str| {
        word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(char::is_alphabetic)
            && !lowercase_in_text(word, whole)
    };
    // A doubtful word after "with" ("Coffee with Strangers") is a person only named again.
    let with = name_after_with(title)
        .filter(|(name, doubtful)| !doubtful || named_again(name, title, whole))
        .map(|(name, _)| name)
        .filter(|name| !name.contains(' ') && shaped(name));
    let rubric = || {
        let (rubric, name) = title.rsplit_once(": ")?;
        let name = trim_word(name.trim());
        let short = rubric.split_whitespace().count() <= MAX_RUBRIC_WORDS;
        let sentence = rubric.trim_end().ends_with(['.', '?', '!']);
        let again = named_again(name, title, whole);
        let one = !name.contains(char::is_whitespace);
        (short && !sentence && one && again && shaped(name)).then(|| name.to_string())
    };
    with.or_else(rubric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_word_name_in_the_headline_names_the_guest() {
        let whole = [
            "Tiburón volta ao palco",
            "Sai em maio.",
            "Rápidas com Tiburón",
        ];
        assert_eq!(
            lone_headline_name(whole[2], &whole).as_deref(),
            Some("Tiburón")
        );
        let title = "Entrevistas del blog: PixelPirata";
        let whole = [
            "Si has leído PixelPirata, sabes.",
            "¿Por qué?",
            "Porque sí.",
            title,
        ];
        assert_eq!(
            lone_headline_name(title, &whole).as_deref(),
            Some("PixelPirata")
        );
    }

    #[test]
    fn an_ordinary_word_or_an_unrepeated_rubric_word_is_no_name() {
        let whole = ["¿Y el verano?", "Mucho calor.", "Charla con Calor"];
        assert_eq!(lone_headline_name(whole[2], &whole), None);
        // After a rubric, a word the text never writes again.
        let title = "Entrevistas del blog: PixelPirata";
        let whole = ["¿Por qué?", "Porque sí.", title];
        assert_eq!(lone_headline_name(title, &whole), None);
        // A word after "with" the text never writes again: a group, a place.
        let whole = ["Why?", "Because.", "Coffee with Strangers"];
        assert_eq!(lone_headline_name(whole[2], &whole), None);
        let whole = ["Porquê?", "Porque sim.", "Conversa com o Porto"];
        assert_eq!(lone_headline_name(whole[2], &whole), None);
        // Two words after "with" are the headline rules' to read.
        let whole = ["¿Y?", "Sí.", "Charla con Ana Ruiz"];
        assert_eq!(lone_headline_name(whole[2], &whole), None);
    }
}
