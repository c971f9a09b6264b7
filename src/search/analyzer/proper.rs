//! Function words that belong to a proper name: "o Mais Médicos" (a health programme), "em
//! São Paulo", "a Bolsa Família", "La Paz". Written with a capital inside a sentence, such a
//! word is part of the name, and dropping it as "mais" (more), "são" (are) or "la" (the) left
//! only the name's other words, which are common ("médicos", "paulo").

/// Characters after which a word opens a sentence, a quotation or a line, where a capital says
/// nothing about names.
const SENTENCE_OPENERS: &[char] = &[
    '.', '?', '!', '¿', '¡', ':', ';', '"', '“', '«', '‘', '—', '–', '(', '[', '\n', '\r', '*',
    '#', '>', '…',
];

/// The hyphen typed for a dialogue dash: it opens a sentence when it opens the text, a line or
/// a sentence itself ("-Estuvimos filmando…"), not between words.
const HYPHEN: char = '-';

/// Spaces that may stand between a word and what comes before it.
const SPACES: &[char] = &[' ', '\t', '\u{a0}'];

/// Whether the word at `start..end` of `text` is written like part of a proper name: a capital
/// then lowercase letters ("Mais", not "MAIS" nor "mais"), inside a sentence.
pub(super) fn is_name_part(text: &str, start: usize, end: usize) -> bool {
    let Some(word) = text.get(start..end) else {
        return false;
    };
    let mut letters = word.chars();
    if !letters.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut rest = letters.peekable();
    if rest.peek().is_none() || !rest.all(char::is_lowercase) {
        return false;
    }
    !opens_sentence(&text[..start]) && !is_title_cased(sentence_around(text, start, end))
}

/// Whether a word after `before` opens a sentence, a quotation or a line: `before` is empty or
/// ends with one of [`SENTENCE_OPENERS`], or with a dialogue [`HYPHEN`] that does.
fn opens_sentence(before: &str) -> bool {
    let before = before.trim_end_matches(SPACES);
    match before.strip_suffix(HYPHEN) {
        Some(earlier) => opens_sentence(earlier),
        None => before
            .chars()
            .last()
            .is_none_or(|c| SENTENCE_OPENERS.contains(&c)),
    }
}

/// Whether the word at `start..end` of `text` is an acronym: two or more capitals between words
/// that are not in capitals ("votaron por el MAS", "o SUS"). Snowball lists "mas" (but) and
/// "sus" (their) as stopwords; the party and the health system are not. A run of words in
/// capitals is a heading or a lead-in ("LA VERDAD es que…"), not an acronym.
pub(super) fn is_acronym(text: &str, start: usize, end: usize) -> bool {
    let Some(word) = text.get(start..end) else {
        return false;
    };
    if word.chars().count() < 2 || !word.chars().all(char::is_uppercase) {
        return false;
    }
    let before = text[..start].trim_end_matches(SPACES);
    let after = text[end..].trim_start_matches(SPACES);
    !ends_in_capitals(before) && !starts_in_capitals(after)
}

/// Whether `text` ends with two or more capital letters.
fn ends_in_capitals(text: &str) -> bool {
    text.chars()
        .rev()
        .take(2)
        .filter(|c| c.is_uppercase())
        .count()
        == 2
}

/// Whether `text` starts with two or more capital letters.
fn starts_in_capitals(text: &str) -> bool {
    text.chars().take(2).filter(|c| c.is_uppercase()).count() == 2
}

/// The sentence (or line) holding `start..end`.
fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let from = text[..start].rfind(SENTENCE_OPENERS).map_or(0, |at| {
        at + text[at..].chars().next().map_or(1, char::len_utf8)
    });
    let to = text[end..]
        .find(SENTENCE_OPENERS)
        .map_or(text.len(), |at| end + at);
    &text[from..to]
}

/// Share of a sentence's longer words written with a capital above which it is set in title
/// case ("¿Qué Piensa Rosa García Del Litio?"), where capitals do not mark names; names make up
/// three words in four of "o que Jurandir disse do Mais Médicos".
const TITLE_CASE_SHARE: f64 = 0.8;

/// Fewer longer words than this say nothing about title case.
const TITLE_CASE_MIN_WORDS: usize = 3;

/// Words shorter than this are left out of the title-case share: articles and prepositions
/// stay lowercase in many title-case styles.
const TITLE_CASE_MIN_CHARS: usize = 4;

/// Whether most longer words of `sentence` start with a capital.
fn is_title_cased(sentence: &str) -> bool {
    let words: Vec<&str> = super::words(sentence)
        .map(|(_, _, word)| word)
        .filter(|word| word.chars().count() >= TITLE_CASE_MIN_CHARS)
        .collect();
    let capitalised = words
        .iter()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= TITLE_CASE_MIN_WORDS
        && capitalised as f64 / words.len() as f64 > TITLE_CASE_SHARE
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
    fn capitals_between_other_words_are_acronyms() {
        let acronyms = |text: &'static str| -> Vec<&'static str> {
            super::super::words(text)
                .filter(|&(start, end, _)| is_acronym(text, start, end))
                .map(|(_, _, word)| word)
                .collect()
        };
        assert_eq!(
            acronyms("Mas não ao MAS. Votaron por el MAS."),
            ["MAS", "MAS"]
        );
        assert!(acronyms("LA VERDAD es que A veces").is_empty());
    }

    #[test]
    fn capitalised_words_inside_a_sentence_are_name_parts() {
        assert_eq!(
            name_parts("O Mais Médicos levou médicos a São Paulo. Mas não ao MAS."),
            ["Mais", "Médicos", "São", "Paulo"]
        );
        assert!(name_parts("¿Qué piensa? “La gente”: Sí").is_empty());
        assert_eq!(
            name_parts("-Estuvimos allí… Fuimos a ver.\n- Sí, en La Paz; lo-Mais"),
            ["La", "Paz", "Mais"],
            "a dialogue hyphen opens a sentence, a hyphen between words does not"
        );
        assert!(
            name_parts("¿Qué Piensa Rosa García Del Litio?").is_empty(),
            "title case says nothing"
        );
        assert_eq!(
            name_parts("o que Jurandir disse do Mais Médicos?"),
            ["Jurandir", "Mais", "Médicos"]
        );
    }
}
