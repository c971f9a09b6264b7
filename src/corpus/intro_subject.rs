//! The person the title and introduction name when no label or headline rule does: the name
//! [`prose_name`] finds once bystanders are blanked out, else the person an introduction is
//! about, read from where a sentence puts its subject: the full name it opens with ("Ilda Serra ha vuelto a Porto y cuenta…"), or a surname opening one of
//! its sentences ("Serra vive la oposición…"). An introduction that then retells a book, a film
//! or a case names other people at length; the person it opens with is the one interviewed.

use super::bystanders::{without_bystanders, without_openers};
use super::headline_bystanders::{
    headline_without_bystanders, headline_without_things, headline_without_unrepeated,
};
use super::labels::{same_speaker, NAME_PARTICLES};
use super::name_words::trim_word;
use super::name_words::written_lowercase;
use super::prose::prose_name;
use super::titled::headline_subject;

/// The person the title and introduction name ([`prose_name`]), once the words that name no
/// possible interviewee are blanked out ([`without_bystanders`]: photo credits, clubs,
/// companies, places). A run of capitals in the headline that the text never writes again
/// counts only when nobody else is named.
pub fn people_named(texts: &[&str], whole: &[&str], other: Option<&str>) -> Option<String> {
    let (title, intro) = texts.split_first()?;
    let intro: Vec<String> = (intro.iter())
        .map(|t| without_openers(&without_bystanders(t, whole), whole))
        .collect();
    let title = headline_without_things(&headline_without_bystanders(title, whole), whole);
    let find = |title: &str| {
        let texts: Vec<&str> = [title]
            .into_iter()
            .chain(intro.iter().map(String::as_str))
            .collect();
        prose_name(&texts, whole, other)
    };
    let headline: Vec<String> = (title.split_whitespace())
        .map(|w| trim_word(w).to_lowercase())
        .collect();
    let title_words = |name: &str| {
        (name.split_whitespace()).any(|w| headline.contains(&trim_word(w).to_lowercase()))
    };
    let not_other = |name: &String| other.is_none_or(|o| !same_speaker(name, o));
    // The whole headline is read again only when blanking changed it.
    let unrepeated = headline_without_unrepeated(&title, whole);
    let again = || (unrepeated != title).then(|| find(&title)).flatten();
    let found = find(&unrepeated).or_else(again);
    // Only the headline writes it: a run of capitals of the site's name and sections.
    let headline_only = |name: &String| {
        let rest = whole.iter().filter(|t| !t.contains(texts[0].trim()));
        title_words(name) && !rest.into_iter().any(|t| t.contains(name.as_str()))
    };
    let weak = found
        .as_ref()
        .is_none_or(|name| !title_words(name) || headline_only(name));
    if !weak {
        return found;
    }
    // The person the introduction opens with, over someone it names further on (a character
    // of the book it retells) or the site's name; else the surname the introduction makes a
    // sentence's subject, over the site's name or when nobody is named in full.
    let opener = opening_name(&intro, whole).filter(not_other);
    let opener = opener.filter(|o| found.as_ref().is_some_and(|f| !same_speaker(o, f)));
    // With nobody named at all, a place or a company may open a sentence as well ("Lisboa
    // vive…"): the surname must come back in another paragraph, as a person's does.
    let again = |n: &String| {
        let holds = |t: &&&str| t.split_whitespace().any(|w| trim_word(w) == n.as_str());
        found.is_some() || whole.iter().filter(holds).count() >= 2
    };
    let subject = || {
        let rival = found.as_ref().is_some_and(|f| !headline_only(f));
        (sentence_subject(&intro, whole))
            .filter(|n| !rival && !title_words(n) && not_other(n) && again(n))
    };
    opener.or_else(subject).or(found)
}

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

    #[test]
    fn a_surname_subject_names_the_person_when_nobody_is_named_in_full() {
        let intro = "Nada le convence. Quiroga vive la campaña a fondo.";
        let texts = ["«El puerto no se vende»", intro];
        let whole = [
            intro,
            "—¿Y el alcalde, Quiroga?",
            "—No me convence.",
            texts[0],
        ];
        assert_eq!(
            people_named(&texts, &whole, None).as_deref(),
            Some("Quiroga")
        );
        // A place opening a sentence, never written again, is nobody.
        let intro = "Nada cambia. Lisboa vive un momento raro.";
        let texts = ["«El puerto no se vende»", intro];
        let whole = [intro, "—¿Y el alcalde?", "—No me convence.", texts[0]];
        assert_eq!(people_named(&texts, &whole, None), None);
        // A person named in full in the introduction stays the candidate.
        let intro = "Nada le convence a Ilda Serra. Quiroga vive la campaña. Serra no.";
        let texts = ["«El puerto no se vende»", intro];
        let whole = [intro, "—¿Y el alcalde?", "—No me convence.", texts[0]];
        assert_eq!(
            people_named(&texts, &whole, None).as_deref(),
            Some("Ilda Serra")
        );
    }
}
