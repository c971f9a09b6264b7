//! The title of a work (a course, a book, a product) written in Title Case inside running
//! text: "took the course Sailing Into The Wind". Its capitalised words run like a name's, but
//! a capitalised English function word inside the run ("Into", "The", "To") is a title's
//! typography; a person's name writes its particles in lowercase ("Ana de Souza") or as a
//! surname ("Da Silva", which is no English function word).

use std::ops::Range;

use super::{blank, capital_runs};
use crate::corpus::name_words::capitalised_past_quotes;

/// The English function words English Title Case capitalises inside a title (articles,
/// prepositions, conjunctions: "Sailing Into The Wind"), lowercase. A person's name holds none
/// of them capitalised.
const TITLE_FUNCTION_WORDS: &[&str] = &[
    "the", "an", "to", "into", "onto", "of", "for", "and", "or", "nor", "with", "from", "in", "on",
    "at", "by", "over", "under", "through", "about", "as", "upon", "without",
];

/// A title holds a function word between capitalised words: three words at least ("Lord Of
/// Rings" would be two names joined, "Sailing Into The Wind" four).
const MIN_TITLE_WORDS: usize = 3;

/// Blanks each run of capitals with a capitalised function word after its first word. The
/// words before the run's first function word, and those after its last, stay when the text
/// writes them on their own elsewhere: an introduction's "Interview With Ana Ruiz", or a
/// band's "Ana Ruiz And The Night Owls", keeps the person the text names again.
pub(super) fn blank_titles(words: &mut [String], whole: &[&str]) {
    for Range { start: i, end } in capital_runs(words) {
        let functions: Vec<usize> = (i + 1..end)
            .filter(|&j| is_title_function_word(&words[j]))
            .collect();
        if let (Some(&first), Some(&last)) = (functions.first(), functions.last()) {
            if end - i >= MIN_TITLE_WORDS {
                let start = if named_alone(&words[i..first], whole) {
                    first
                } else {
                    i
                };
                let stop = if named_alone(&words[last + 1..end], whole) {
                    last + 1
                } else {
                    end
                };
                words[start..stop].iter_mut().for_each(blank);
            }
        }
    }
}

/// `words` are a name (two words at least) that some text of `whole` writes on its own.
fn named_alone(words: &[String], whole: &[&str]) -> bool {
    let bare: Vec<&str> = (words.iter())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    bare.len() >= 2 && whole.iter().any(|t| alone_in(&bare.join(" "), t))
}

/// A capitalised English function word ("The", "Into", "To"); "the" and "of" join names only
/// in lowercase ("Ana of the Mill").
fn is_title_function_word(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = bare.to_lowercase();
    bare.chars().next().is_some_and(char::is_uppercase)
        && TITLE_FUNCTION_WORDS.contains(&lower.as_str())
}

/// `text` writes `name` with no capitalised word right before or right after it, nor inside a
/// longer word.
fn alone_in(name: &str, text: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].split_whitespace().last();
        let after = &text[at + name.len()..];
        let next_capital = after.starts_with(char::is_whitespace)
            && (after.split_whitespace().next()).is_some_and(capitalised_past_quotes);
        before.is_none_or(|w| !capitalised_past_quotes(w) || w.ends_with(['.', ':', ',']))
            && !after.starts_with(char::is_alphanumeric)
            && !next_capital
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(text: &str, whole: &[&str]) -> String {
        let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
        blank_titles(&mut words, whole);
        words.join(" ")
    }

    #[test]
    fn a_title_case_run_with_a_function_word_is_a_title() {
        let text = "Fiz o curso Sailing Into The Wind, que recomendo, com a Lia Tavares.";
        assert_eq!(
            blanked(text, &[text]),
            "Fiz o curso — — — —, que recomendo, com a Lia Tavares."
        );
        // Particles of a person's name are no title's function words.
        let text = "Falei com Ana De Souza e com Rui Da Silva Do Monte.";
        assert_eq!(blanked(text, &[text]), text);
    }

    #[test]
    fn a_person_the_text_names_alone_stays_after_the_function_word() {
        let intro = "An Interview With Nilo Fresco";
        let whole = [intro, "Nilo Fresco plays drums."];
        assert_eq!(blanked(intro, &whole), "— — — Nilo Fresco");
        assert_eq!(blanked(intro, &[intro]), "— — — — —");
    }

    #[test]
    fn a_person_the_text_names_alone_stays_before_the_function_word() {
        let band = "We saw Ana Ruiz And The Night Owls play.";
        let whole = [band, "Ana Ruiz sings."];
        assert_eq!(blanked(band, &whole), "We saw Ana Ruiz — — — — play.");
        assert_eq!(blanked(band, &[band]), "We saw — — — — — — play.");
    }
}
