//! Function words that belong to a proper name: "o Mais Médicos" (a health programme), "em
//! São Paulo", "a Bolsa Família", "La Paz". Written with a capital inside a sentence, such a
//! word is part of the name, and dropping it as "mais" (more), "são" (are) or "la" (the) left
//! only the name's other words, which are common ("médicos", "paulo").

/// Characters after which a word opens a sentence, a quotation or a line, where a capital says
/// nothing about names.
const SENTENCE_OPENERS: &[char] = &[
    '.', '?', '!', '¿', '¡', ':', ';', '"', '“', '«', '‘', '—', '–', '(', '[', '\n', '\r', '*',
    '#', '>',
];

/// Spaces that may stand between a word and what comes before it.
const SPACES: &[char] = &[' ', '\t', '\u{a0}'];

/// Whether the word at `start..end` of `text` is written like part of a proper name: a capital
/// then lowercase letters ("Mais", not "MAIS" nor "mais"), inside a sentence.
pub(super) fn is_name_part(text: &str, start: usize, end: usize) -> bool {
    let Some(word) = text.get(start..end) else {
        return false;
    };
    let mut letters = word.chars();
    let capitalised = letters.next().is_some_and(char::is_uppercase);
    let rest: Vec<char> = letters.collect();
    if !capitalised || rest.is_empty() || !rest.iter().all(|c| c.is_lowercase()) {
        return false;
    }
    let before = text[..start].trim_end_matches(SPACES);
    before
        .chars()
        .last()
        .is_some_and(|c| !SENTENCE_OPENERS.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_parts(text: &str) -> Vec<&str> {
        super::super::words(text)
            .filter(|&(start, end, _)| is_name_part(text, start, end))
            .map(|(_, _, word)| word)
            .collect()
    }

    #[test]
    fn capitalised_words_inside_a_sentence_are_name_parts() {
        assert_eq!(
            name_parts("O Mais Médicos levou médicos a São Paulo. Mas não ao MAS."),
            ["Mais", "Médicos", "São", "Paulo"]
        );
        assert!(name_parts("¿Qué piensa? “La gente”: Sí").is_empty());
    }
}
