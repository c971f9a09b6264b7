//! Initials labelling the questions may be an outlet's, not a person's: a blog or a radio
//! show asks in its own name ("RN:" for "a Rádio Norte"). The introduction then writes the
//! spelled-out name after a definite article, as journalism writes an institution's name and
//! never a person's full name.

use crate::corpus::name_words::{trim_word, ARTICLES};

/// Articles the shared list leaves out because Portuguese and Italian set them before first
/// names in running text ("o João"); before a run of two capitalised words or more with the
/// label's initials they still name a title.
const MORE_ARTICLES: &[&str] = &["o", "os", "il", "das"];

/// Initials labels have two or three letters.
const INITIALS: std::ops::RangeInclusive<usize> = 2..=3;

/// Lowercase words joining the capitalised words of a name ("da", "de", "of") are this short.
const MAX_PARTICLE_CHARS: usize = 3;

/// True when `label` (capitals, with dots or spaces between) are the initials of a name that
/// some text of `texts` writes right after a definite article: "O Canto da Serra decidiu…"
/// makes `CS:` the outlet.
pub(super) fn outlet_initials(label: &str, texts: &[&str]) -> bool {
    let letters: Vec<char> = label.chars().filter(|c| c.is_alphabetic()).collect();
    let shaped = INITIALS.contains(&letters.len())
        && label
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == ' ');
    shaped
        && texts.iter().any(|text| {
            let words: Vec<&str> = text.split_whitespace().map(trim_word).collect();
            (1..words.len()).any(|start| {
                let article = words[start - 1].to_lowercase();
                let is_article = ARTICLES.contains(&article.as_str())
                    || MORE_ARTICLES.contains(&article.as_str());
                is_article && initials_from(&words[start..], &letters)
            })
        })
}

/// The capitalised words opening `words` (short lowercase particles between them skipped)
/// have `letters` as their first letters, and end there.
fn initials_from(words: &[&str], letters: &[char]) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let particle =
        |w: &str| w.chars().all(char::is_lowercase) && w.chars().count() <= MAX_PARTICLE_CHARS;
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if capitalised(word) {
            found.push(word.chars().next().unwrap_or_default());
        } else if !(particle(word) && words.get(i + 1).is_some_and(|w| capitalised(w))) {
            break;
        }
        if found.len() == letters.len() {
            let next_capital = words.get(i + 1).is_some_and(|w| capitalised(w));
            return found == letters && !next_capital;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_of_a_name_written_after_an_article_are_an_outlet() {
        let intro = ["O Canto da Serra quis ouvir leitores de todo o país."];
        assert!(outlet_initials("CS", &intro));
        assert!(outlet_initials("C. S", &intro));
        let english = ["Every week the Night Owl asks a reader five questions."];
        assert!(outlet_initials("NO", &english));
    }

    #[test]
    fn a_person_named_without_an_article_or_other_letters_stay_a_person() {
        let intro = ["Falámos com Clara Sousa, que canta fado."];
        assert!(!outlet_initials("CS", &intro));
        let intro = ["O Canto da Serra quis ouvir leitores de todo o país."];
        assert!(!outlet_initials("CD", &intro));
        // A longer name is not the one the letters stand for.
        let longer = ["the Night Owl Review asks."];
        assert!(!outlet_initials("NO", &longer));
        assert!(!outlet_initials("Nora", &longer));
    }
}
