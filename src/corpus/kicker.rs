//! A kicker run onto the headline's line: a rubric of a few capitalised words and a full stop
//! ("Vote 2030. Ana Gil, candidate for…"), set apart by the page's type and joined to the
//! headline when the text was copied.

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
    let in_text = words.iter().any(|w| {
        let lower = w.to_lowercase();
        elsewhere.iter().any(|text| {
            text.split(|c: char| !c.is_alphanumeric())
                .any(|token| token.to_lowercase() == lower)
        })
    });
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
}
