//! A kicker run onto the headline's line: a rubric of a few capitalised words and a full stop
//! ("Vote 2030. Ana Gil, candidate for…"), set apart by the page's type and joined to the
//! headline when the text was copied.

use super::announcing::announces_what_follows;
use super::cues::sentences;
use super::name_words::written_lowercase;
use super::reading::{Clutter, Dropped, Para};

/// A rubric run onto the headline is this many words at most ("Vote 2030", "Elecciones 2031");
/// a longer opening sentence is the headline's own.
const MAX_RUN_IN_KICKER_WORDS: usize = 3;

/// Splits `headline` into a run-in kicker and the headline after it: two or three words, each
/// capitalised or a figure and none an initial or abbreviation ("Jane Q. Public", "Dr."),
/// then a full stop and a longer headline opening with a capital. A word of the kicker written
/// anywhere in `elsewhere` (the body) makes it part of the headline, a name or a subject the
/// text speaks of; a rubric is the page's, not the text's.
pub fn split_run_in_kicker<'a>(
    headline: &'a str,
    elsewhere: &[&str],
) -> Option<(&'a str, &'a str)> {
    let (kicker, rest) = headline.split_once(". ")?;
    let words: Vec<&str> = kicker.split_whitespace().collect();
    let shaped = (2..=MAX_RUN_IN_KICKER_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().count() >= 2
                && w.chars().all(char::is_alphanumeric)
                && w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        });
    let rest = rest.trim_start();
    let headline_after =
        rest.starts_with(char::is_uppercase) && rest.split_whitespace().count() > words.len();
    let in_text = words.iter().any(|w| written_in(w, elsewhere));
    (shaped && headline_after && !in_text).then(|| (&headline[..kicker.len() + 1], rest))
}

/// Takes `next` as the title when it is the headline going on from the name line taken as
/// the title ([`extends_name_line`]); the name line, dropped as a kicker, is returned.
pub fn take_headline_under_name(
    next: Option<&Para>,
    title: &mut Option<String>,
    title_line: &mut Option<usize>,
) -> Option<Dropped> {
    let next = next.filter(|p| {
        title
            .as_ref()
            .is_some_and(|t| extends_name_line(&p.text, t))
    })?;
    let line = title_line.replace(next.line)?;
    let text = title.replace(next.text.clone())?;
    Some(Dropped {
        line,
        text,
        reason: Clutter::Kicker,
    })
}

/// A headline naming its guest after a blog's name is a phrase of this many words at most; a
/// longer paragraph opening with the blog's name is its introduction.
const MAX_NAMED_HEADLINE_WORDS: usize = 16;

/// The paragraph under a name line goes on from that line's own words with more of the same
/// phrase ("Ana Gil Entrevista" over "Ana Gil entrevista Rui Mar"): the name line is the
/// blog's or the series' name, set above every post, and the paragraph is the post's headline.
/// A copy of the headline with the site's name added after a mark ("Ana Gil - The Weekly")
/// goes on with a mark, not a word; an introduction closes a sentence.
pub fn extends_name_line(next: &str, name_line: &str) -> bool {
    let words: Vec<String> = name_line
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let next_words: Vec<&str> = next.split_whitespace().collect();
    let opens_with_name = next_words.len() > words.len()
        && (next_words.iter().zip(&words)).all(|(w, n)| w.to_lowercase() == *n);
    let goes_on = next_words
        .get(words.len())
        .is_some_and(|w| w.starts_with(char::is_alphanumeric));
    let headline = next_words.len() <= MAX_NAMED_HEADLINE_WORDS
        && !next.trim_end().ends_with(['.', '!', '?', '…', ':']);
    opens_with_name && goes_on && headline
}

/// A headline is at most this long; a longer first paragraph after a capitals line means the
/// capitals line was the headline, not a kicker.
const MAX_TITLE_WORDS: usize = 40;

/// A first paragraph of this many sentences ending with a full stop is prose, not a headline.
const MIN_PROSE_SENTENCES: usize = 2;

/// A section's or a series' name is a few words ("Culture", "The Weekly Review"); a longer
/// line over the headline is a title of its own.
const MAX_SECTION_NAME_WORDS: usize = 3;

/// A section's name has this many letters at least; a letter or two alone on the first line
/// is a placeholder title ("T"), not a name set over the headline.
const MIN_SECTION_NAME_LETTERS: usize = 3;

/// A lower-case word inside a section's name joins its capitalised words ("Arts and
/// Culture", "Vida y Ocio"): this many letters at most.
const MAX_JOINING_WORD_LETTERS: usize = 3;

/// `line` is the name of the site's section or series set over the headline `next` ("Culture",
/// "The Weekly Review", "Cultura y Ocio"): a few capitalised words closing no sentence, over
/// a longer line shaped as a headline (no sentence, no question), and none of its words
/// (beyond short joining ones) written anywhere in the text under the headline (`rest`). A
/// title naming the guest or the subject has its words in the text; the section's name is
/// the page's, set over every article in it.
pub fn is_section_name(line: &str, next: &str, rest: &[&str]) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let title_cased = words.first().is_some_and(|w| opens_capitalised(w))
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphanumeric() || c == '&' || c == '\'')
                && (opens_capitalised(w) || joining(w, rest))
        });
    let next_words = next.split_whitespace().count();
    let headline = next_words > words.len()
        && is_headline_shaped(next)
        && !next
            .trim_end()
            .ends_with(['.', '!', '?', '…', ':', ';', ','])
        && !next.contains('?');
    let in_text = (words.iter())
        .filter(|w| !joining(w, rest))
        .any(|w| written_in(w, rest));
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    (1..=MAX_SECTION_NAME_WORDS).contains(&words.len())
        && letters >= MIN_SECTION_NAME_LETTERS
        && title_cased
        && headline
        && !in_text
}

/// Could be a headline: short, and not a paragraph of several sentences closed by a full stop
/// (an introduction under a headline set in capitals, which is no kicker then), nor a lead-in
/// closing on a colon ("Originally published on the partner blog:"), which announces the text
/// under it.
pub fn is_headline_shaped(text: &str) -> bool {
    let prose = text.trim_end().ends_with('.') && sentences(text) >= MIN_PROSE_SENTENCES;
    text.split_whitespace().count() <= MAX_TITLE_WORDS
        && !prose
        && !opens_with_reading(text)
        && !announces_what_follows(text)
}

/// A temperature's unit written after its figure, alone or glued to it ("21.2 C", "14°C",
/// "57 °F"): the widget's mark, which no headline's figure carries.
const READING_UNITS: [&str; 4] = ["C", "F", "°C", "°F"];

/// The paragraph opens with a weather or widget reading ("21.2 C Lisboa", "14°C  Partly
/// cloudy"): the words before its first word of two letters or more hold more digits than
/// letters and a temperature's unit or a degree sign. A page's header widget, pasted with the
/// headline; a headline opening with a year or a count ("2030 Elections") has no unit.
pub fn opens_with_reading(text: &str) -> bool {
    let lead: Vec<&str> = text
        .split_whitespace()
        .take_while(|w| w.chars().filter(|c| c.is_alphabetic()).count() < 2 || has_unit(w))
        .collect();
    let count = |f: fn(&char) -> bool| lead.iter().flat_map(|w| w.chars()).filter(f).count();
    let digits = count(char::is_ascii_digit);
    let figure = |w: &str| {
        w.trim_start_matches('-')
            .starts_with(|c: char| c.is_ascii_digit())
    };
    let unit = (lead.iter().enumerate())
        .any(|(k, w)| has_unit(w) || (k > 0 && figure(lead[k - 1]) && READING_UNITS.contains(w)));
    digits > count(|c| c.is_alphabetic()) && unit
}

/// A figure carrying a degree sign or a temperature's unit glued to it ("14°C", "21°", "57F").
fn has_unit(word: &str) -> bool {
    let figure = word.trim_end_matches(|c: char| !c.is_ascii_digit());
    let unit = &word[figure.len()..];
    figure.starts_with(|c: char| c.is_ascii_digit() || c == '-')
        && (unit.starts_with('°') || READING_UNITS.contains(&unit))
}

fn opens_capitalised(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// A short word of a capitalised name that stays in lower case ("and", "of", "y", "e") or
/// that the text (`rest`) writes in lower case ("The"): it tells nothing about the text. A
/// short name ("Ana", "Ng") the text writes only with its capital is no joining word.
fn joining(word: &str, rest: &[&str]) -> bool {
    let lowercase = !word.starts_with(char::is_uppercase) || written_lowercase(word, rest);
    word.chars().count() <= MAX_JOINING_WORD_LETTERS && lowercase
}

/// `word` stands, as a whole word in any case, in one of `texts`.
fn written_in(word: &str, texts: &[&str]) -> bool {
    let lower = word.to_lowercase();
    texts.iter().any(|text| {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|token| token.to_lowercase() == lower)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_going_on_from_the_blogs_name_line_is_the_title() {
        assert!(extends_name_line(
            "Ana Gil entrevista Rui Mar",
            "Ana Gil Entrevista"
        ));
        assert!(!extends_name_line(
            "Ana Gil Entrevista - Blog",
            "Ana Gil Entrevista"
        ));
        assert!(!extends_name_line(
            "Ana Gil entrevista hoje um velho amigo do bairro.",
            "Ana Gil Entrevista"
        ));
        let text = "Ana Gil Entrevista\n\nAna Gil entrevista Rui Mar\n\n\
                    A.G: Quando começou a pescar?\nR.M: Aos oito anos, com o meu avô.\n\
                    A.G: E hoje?\nR.M: Hoje vendo o peixe no mercado.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.title, "Ana Gil entrevista Rui Mar");
        assert!(reading
            .dropped
            .iter()
            .any(|d| d.text == "Ana Gil Entrevista"));
    }

    #[test]
    fn a_short_capitalised_rubric_run_onto_the_headline_is_cut_off() {
        let body = ["Ana Gil quiere abrir la biblioteca los domingos."];
        let title = "Vote 2030. Ana Gil, candidata a la alcaldía de Villaseca";
        assert_eq!(
            split_run_in_kicker(title, &body),
            Some((
                "Vote 2030.",
                "Ana Gil, candidata a la alcaldía de Villaseca"
            ))
        );
    }

    #[test]
    fn a_name_an_initial_or_a_subject_of_the_text_stays_in_the_headline() {
        let body = ["Ana Gil quiere abrir la biblioteca los domingos."];
        let title = "Ana Gil. La candidata que quiere abrir la biblioteca";
        assert_eq!(split_run_in_kicker(title, &body), None);
        let title = "Jane Q. Public talks about the library on Sundays";
        assert_eq!(split_run_in_kicker(title, &body), None);
        let title = "Dr. Gil on the library";
        assert_eq!(split_run_in_kicker(title, &body), None);
    }

    #[test]
    fn a_weather_reading_is_no_headline_and_a_figure_in_a_headline_is() {
        assert!(opens_with_reading("21.2 C Villaseca"));
        assert!(opens_with_reading("14°C  Partly cloudy"));
        assert!(opens_with_reading("-12 °F Snow"));
        assert!(!is_headline_shaped("21.2 C Villaseca"));
        assert!(!opens_with_reading("2030 Elections: Ana Gil speaks"));
        assert!(!opens_with_reading("3 C's of good bread"));
        assert!(!opens_with_reading("10 questions for Ana Gil"));
        assert!(!opens_with_reading("Ana Gil at 90"));
        assert!(is_headline_shaped("2030 Elections: Ana Gil speaks"));
        assert!(!is_headline_shaped(
            "First published on the partner blog HARBOUR NOTES:"
        ));
        let text = "21.2 C\nVillaseca\n\nAna Gil, candidata\n\n\
                    Periódico: ¿Por qué la biblioteca?\n\nAna: Porque cierra los domingos.\n\n\
                    Periódico: ¿Y después?\n\nAna: El mercado.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.title, "Ana Gil, candidata");
    }

    #[test]
    fn a_section_name_over_a_headline_is_a_kicker() {
        let rest = [
            "Tom Reyes has dug clay below the old mill.",
            "Why clay?",
            "The river.",
        ];
        let headline = "Tom Reyes on the river clay that made his name";
        assert!(is_section_name("Culture", headline, &rest));
        assert!(is_section_name("The Weekly Review", headline, &rest));
        assert!(is_section_name("Cultura y Ocio", headline, &rest));
    }

    #[test]
    fn a_title_the_text_speaks_of_or_over_prose_or_a_question_is_no_section_name() {
        let rest = [
            "Tom Reyes has dug clay below the old mill.",
            "Why clay?",
            "The river.",
        ];
        let headline = "Thirty years on the river bank with the potters";
        // The guest's name and the subject are written in the text.
        assert!(!is_section_name("Tom Reyes", headline, &rest));
        assert!(!is_section_name("Clay", headline, &rest));
        // A short name is no joining word when the text writes it with its capital only.
        let rest = ["Ana Paz and Eva Ng met Tom at the kiln.", "Why clay?"];
        assert!(!is_section_name("Ana Paz", headline, &rest));
        assert!(!is_section_name("Eva", headline, &rest));
        assert!(!is_section_name("Tom Ng", headline, &rest));
        // Over prose, a question or a shorter line the short line is the title.
        assert!(!is_section_name(
            "Culture",
            "He digs clay. He fires it.",
            &rest
        ));
        assert!(!is_section_name("Culture", "Why clay?", &rest));
        assert!(!is_section_name("Arts", "Potters", &rest));
        assert!(!is_section_name("T", "**The harbour**", &rest));
        // A sentence or a lower-case phrase is no name.
        assert!(!is_section_name("Read this.", headline, &rest));
        assert!(!is_section_name("from the archive", headline, &rest));
    }
}
