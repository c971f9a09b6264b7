//! Words that are grammar only inside a fixed phrase: Spanish "sin embargo" (however), "a pesar
//! de" (despite), "a partir de" (from), "de hecho" (in fact), "por supuesto" (of course);
//! Portuguese "no entanto", "a partir de", "de fato", "de repente", and "a gente", the spoken
//! "we" of Brazilian interviews. Alone each is a content word ("un embargo", "los hechos",
//! "partir"), so only the phrase drops it; read as content it met unrelated words through its
//! stem: "a pesar de" met "pesos", "a partir de" met "partido" (party), and every "a gente
//! sabe" met a question about people.

use super::Language;

/// Spanish phrases: (word before, word that is grammar after it).
const SPANISH: &[(&str, &str)] = &[
    ("sin", "embargo"),
    ("a", "pesar"),
    ("a", "partir"),
    ("de", "hecho"),
    ("por", "supuesto"),
];

/// Portuguese phrases: (word before, word that is grammar after it).
const PORTUGUESE: &[(&str, &str)] = &[
    ("no", "entanto"),
    ("a", "partir"),
    ("de", "fato"),
    ("de", "facto"),
    ("de", "repente"),
    ("a", "gente"),
];

/// Spaces that may stand between the two words of a phrase.
const SPACES: &[char] = &[' ', '\t', '\u{a0}'];

/// Whether `word` (lowercased), found at byte `start` of `text`, ends one of the language's
/// fixed phrases.
pub(super) fn ends_function_phrase(
    language: Language,
    word: &str,
    text: &str,
    start: usize,
) -> bool {
    let phrases = match language {
        Language::Es => SPANISH,
        Language::Pt => PORTUGUESE,
        Language::En | Language::Neutral => return false,
    };
    if !phrases.iter().any(|(_, second)| *second == word) {
        return false;
    }
    let Some(before) = previous_word(text, start) else {
        return false;
    };
    phrases
        .iter()
        .any(|(first, second)| *second == word && first.eq_ignore_ascii_case(before))
}

/// The word right before byte `start` of `text`, separated from it by spaces only.
fn previous_word(text: &str, start: usize) -> Option<&str> {
    let before = text.get(..start)?;
    let trimmed = before.trim_end_matches(SPACES);
    if trimmed.len() == before.len() {
        return None;
    }
    let from = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(at, c)| at + c.len_utf8());
    let word = &trimmed[from..];
    (!word.is_empty()).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms};
    use super::*;

    #[test]
    fn a_fixed_phrase_is_grammar_and_its_word_alone_is_not() {
        assert_same_terms(
            Language::Es,
            &[
                ("Sin embargo, a pesar de todo", ""),
                ("A partir de 2020 el partido", "2020 partido"),
            ],
        );
        assert_same_terms(Language::Pt, &[("a gente sabe, de fato", "")]);
        for (language, text, words) in [
            (Language::Es, "el embargo y los pesos", 2),
            (Language::Pt, "muita gente", 1),
            (Language::En, "a gente", 1),
        ] {
            assert_eq!(test_terms(language, text).len(), words, "{text}");
        }
    }

    #[test]
    fn the_previous_word_is_only_the_one_before_a_space() {
        assert_eq!(previous_word("sin embargo", 4), Some("sin"));
        assert_eq!(previous_word("sin,embargo", 4), None);
        assert_eq!(previous_word("¿A partir", 4), Some("A"));
        assert_eq!(previous_word(" partir", 1), None);
    }
}
