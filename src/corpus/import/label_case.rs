//! How a name set in capitals in a transcript's labels is shown: "ANA RUIZ" as "Ana Ruiz",
//! while an outlet's acronym ("ABC NEWS", "NPR") keeps its capitals.

/// Letters of the longest all-capital word read as an acronym though it has a vowel ("ABC",
/// "UN"): longer ones are names or words ("RUIZ", "NEWS").
const MAX_ACRONYM_LETTERS: usize = 3;

/// Titles set before a person's name in a label ("DR.", "THE MINISTER"): a line with one is
/// a person's name, whose short words are no acronyms.
fn is_title(word: &str) -> bool {
    word.ends_with('.') || word.eq_ignore_ascii_case("the")
}

fn is_vowel(c: char) -> bool {
    "AEIOUYÁÉÍÓÚaeiouyáéíóú".contains(c)
}

/// A short word read aloud as a syllable, never two different consonants side by side ("ANA",
/// "LU", "KIM", "ANN"), unlike an acronym's letters ("ABC", "IBM").
fn is_syllable(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    letters.iter().any(|&c| !is_vowel(c))
        && letters
            .windows(2)
            .all(|pair| is_vowel(pair[0]) || is_vowel(pair[1]) || pair[0] == pair[1])
}

/// The name as the front matter shows it: without the affiliation after a comma, and names set
/// in capitals in the labels ("ANA RUIZ") as "Ana Ruiz".
pub(super) fn display_name(name: &str) -> String {
    let name = name.split(',').next().unwrap_or(name).trim();
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let titled = name.split_whitespace().any(is_title);
    let alone = name.split_whitespace().nth(1).is_none();
    name.split_whitespace()
        .map(|word| {
            // Acronyms (an outlet such as "WLRN", "NPR" or "ABC NEWS") stay in capitals; a
            // title ("DR.", "THE") and the words of a titled name ("THE MINISTER", "DR. LI
            // WU") are words like the others, and so is a short word spoken as a syllable
            // ("ANA RUIZ", "LU PARDO").
            let vowelless = !word.chars().any(is_vowel);
            let short = word.chars().count() <= MAX_ACRONYM_LETTERS;
            let is_acronym = !word.ends_with('.')
                && (vowelless || (short && (alone || !titled && !is_syllable(word))));
            if is_acronym {
                return word.to_string();
            }
            let lower = word.to_lowercase();
            let mut chars = lower.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_capitals_are_shown_in_title_case_and_acronyms_kept() {
        assert_eq!(display_name("ANA RUIZ, Diario del Sur"), "Ana Ruiz");
        assert_eq!(display_name("LU PARDO"), "Lu Pardo");
        assert_eq!(display_name("ABC NEWS"), "ABC News");
        assert_eq!(display_name("NPR"), "NPR");
        assert_eq!(display_name("THE MINISTER"), "The Minister");
        assert_eq!(display_name("DR. ABE LIN"), "Dr. Abe Lin");
        assert_eq!(display_name("Ana Ruiz"), "Ana Ruiz");
    }
}
