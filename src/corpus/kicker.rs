//! A kicker run onto the headline's line: a rubric of a few capitalised words and a full stop
//! ("Vote 2030. Ana Gil, candidate for…"), set apart by the page's type and joined to the
//! headline when the text was copied.

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

#[cfg(test)]
mod tests {
    use super::*;

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
