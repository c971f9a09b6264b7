//! Accents a word's ending always carries, given back when the ending was typed without them
//! ("privatizacao", "nao", "experiencia", "privatizacion"): Snowball reads its Spanish and
//! Portuguese suffixes with their accents (see [`super::inflection`]), so a word typed plain
//! would otherwise stem apart from the word written in full.

/// Shortest word typed without accents whose ending gets them back: "nao", "mao" are "não",
/// "mão"; "ao" is a word of its own.
const MIN_RESPELLED_CHARS: usize = 3;

/// Endings a Portuguese word typed without accents always has accented, longest first.
const PORTUGUESE_ACCENTED_ENDINGS: &[(&str, &str)] = &[
    ("coes", "ções"),
    ("cao", "ção"),
    ("oes", "ões"),
    ("ao", "ão"),
    ("aes", "ães"),
    ("ae", "ãe"),
    ("encia", "ência"),
    ("encias", "ências"),
    ("ancia", "ância"),
    ("ancias", "âncias"),
    ("avel", "ável"),
    ("aveis", "áveis"),
    ("ivel", "ível"),
    ("iveis", "íveis"),
    ("avamos", "ávamos"),
    ("iamos", "íamos"),
];

/// Endings a Spanish word typed without accents always has accented, longest first.
/// The verb endings are those of the imperfect and conditional ("trabajabamos", "deberiamos",
/// "cambiarian"), which no noun shares; "-eria" is also the accented "-ería" of nouns
/// ("mineria", "ingenieria"), far more of them than unaccented ones ("materia", "feria").
/// "-aria" is left alone: many adjectives end so ("necesaria", "diaria").
const SPANISH_ACCENTED_ENDINGS: &[(&str, &str)] = &[
    ("cion", "ción"),
    ("sion", "sión"),
    ("abamos", "ábamos"),
    ("iamos", "íamos"),
    ("arian", "arían"),
    ("erian", "erían"),
    ("irian", "irían"),
    ("erias", "erías"),
    ("eria", "ería"),
    ("irias", "irías"),
    ("iria", "iría"),
];

/// A Portuguese word with the accents of its ending restored when its ending was typed
/// without them, whatever the rest of the word carries: the cedilla has a key of its own and
/// the tilde after it is a dead key, so "gravaçoes", "informaçao" are typed as often as
/// "gravacoes" (the cedilla is read as a "c" to find the ending).
pub(super) fn portuguese_spelling(word: &str) -> String {
    if word.chars().count() < MIN_RESPELLED_CHARS {
        return word.to_string();
    }
    let typed = word.replace('ç', "c");
    respelled_ending(word, &typed, PORTUGUESE_ACCENTED_ENDINGS)
}

/// A Spanish word with the accent of its ending restored when its ending was typed without
/// it, whatever the rest of the word carries ("señalizacion").
pub(super) fn spanish_spelling(word: &str) -> String {
    respelled_ending(word, word, SPANISH_ACCENTED_ENDINGS)
}

/// `word` with the first of `endings` that `typed` (the word with some letters read as
/// plain ones, letter for letter) ends with replaced by its accented spelling; the letters
/// before it are the word's own. An ending already accented matches none of `endings`.
fn respelled_ending(word: &str, typed: &str, endings: &[(&str, &str)]) -> String {
    let Some((plain, accented)) = endings.iter().find(|(plain, _)| typed.ends_with(plain)) else {
        return word.to_string();
    };
    let kept = typed.chars().count() - plain.chars().count();
    let mut respelled: String = word.chars().take(kept).collect();
    respelled.push_str(accented);
    respelled
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks `rule` on (word, expected) pairs.
    fn check(rule: fn(&str) -> String, cases: &[(&str, &str)]) {
        for (word, expected) in cases {
            assert_eq!(rule(word), *expected, "{word}");
        }
    }

    #[test]
    fn portuguese_endings_typed_without_accents_get_them_back() {
        check(
            portuguese_spelling,
            &[
                ("privatizacao", "privatização"),
                ("eleicoes", "eleições"),
                ("experiencia", "experiência"),
                ("responsavel", "responsável"),
                ("nao", "não"),
                // A cedilla typed, the tilde after it forgotten; accents elsewhere kept.
                ("gravaçoes", "gravações"),
                ("informaçao", "informação"),
                ("açoes", "ações"),
                ("coraçao", "coração"),
                // Already accented, no such ending, or a word of its own.
                ("gravações", "gravações"),
                ("começar", "começar"),
                ("saúde", "saúde"),
                ("rio", "rio"),
                ("ao", "ao"),
            ],
        );
    }

    #[test]
    fn an_ending_typed_without_its_tilde_meets_the_accented_word() {
        use crate::search::analyzer::{assert_same_terms, Language};
        assert_same_terms(
            Language::Pt,
            &[
                ("gravaçoes", "gravações"),
                ("informaçao", "informação"),
                ("eleiçoes", "eleições"),
            ],
        );
    }

    #[test]
    fn spanish_endings_typed_without_accents() {
        check(
            spanish_spelling,
            &[
                ("privatizacion", "privatización"),
                ("señalizacion", "señalización"),
                ("crisis", "crisis"),
                ("canción", "canción"),
            ],
        );
    }
}
