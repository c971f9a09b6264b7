//! The person an introduction is about, read from where a sentence puts its subject: the full
//! name it opens with ("Ilda Serra ha vuelto a Porto y cuenta…"), or a surname opening one of
//! its sentences ("Serra vive la oposición…"). An introduction that then retells a book, a film
//! or a case names other people at length; the person it opens with is the one interviewed.

use super::headline_names::written_lowercase;
use super::labels::NAME_PARTICLES;
use super::name_words::trim_word;
use super::titled::headline_subject;

/// A full name opening an introduction has two or three words ("Ilda Serra", "Ilda Serra
/// Lobo"); one word may be a sentence's ordinary first word.
const OPENING_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// The full name the introduction's first paragraph opens with as the subject of its verb:
/// two or three capitalised words, none written in lowercase anywhere in `whole`, then a
/// lowercase word that is no particle of a name ("Ilda Serra ha vuelto…"; "Ilda Serra, la
/// autora, …" sets an apposition and is left to the other readings).
pub fn opening_name(intro: &[String], whole: &[&str]) -> Option<String> {
    let words: Vec<&str> = intro.first()?.split_whitespace().collect();
    let name_word = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(char::is_lowercase)
            && !written_lowercase(w, whole)
    };
    let count = words.iter().take_while(|w| name_word(w)).count();
    let verb = words.get(count)?;
    let opens_verb = verb.chars().all(|c| c.is_lowercase() && c.is_alphabetic())
        && !NAME_PARTICLES.contains(verb);
    (OPENING_NAME_WORDS.contains(&count) && opens_verb).then(|| words[..count].join(" "))
}

/// The surname a sentence of the introduction opens with as the subject of its verb ("Serra
/// vive la oposición intensamente."), read as a headline's subject is
/// ([`headline_subject`]): a page that names its guest by surname only.
pub fn sentence_subject(intro: &[String], whole: &[&str]) -> Option<String> {
    intro.iter().find_map(|text| {
        let words: Vec<&str> = text.split_whitespace().collect();
        (0..words.len())
            .filter(|&i| i == 0 || words[i - 1].ends_with(['.', '!', '?']))
            .find_map(|i| headline_subject(&words[i..].join(" "), whole))
            .map(|name| trim_word(&name).to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_full_name_an_introduction_opens_with_is_its_subject() {
        let intro =
            ["Ilda Serra ha vuelto a Porto con su novela, donde Tomas Reed canta.".to_string()];
        let whole = [intro[0].as_str(), "¿Por qué Porto?", "Porque es mía."];
        assert_eq!(opening_name(&intro, &whole).as_deref(), Some("Ilda Serra"));
        let apposition = ["Ilda Serra, autora, ha vuelto.".to_string()];
        assert_eq!(opening_name(&apposition, &whole), None);
        let ordinary = ["Last Summer was hot.".to_string()];
        assert_eq!(opening_name(&ordinary, &["last summer"]), None);
    }

    #[test]
    fn a_surname_opening_a_sentence_of_the_introduction_is_its_subject() {
        let intro = ["Nada le convence. Quiroga vive la campaña a fondo.".to_string()];
        let whole = [intro[0].as_str(), "¿Y el alcalde?", "No me convence nada."];
        assert_eq!(sentence_subject(&intro, &whole).as_deref(), Some("Quiroga"));
        let common = ["No le gusta nada.".to_string()];
        assert_eq!(sentence_subject(&common, &whole), None);
    }
}
