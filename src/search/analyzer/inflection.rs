//! What Snowball's Spanish and Portuguese stemmers miss, fixed before they run.
//!
//! - Portuguese Snowball reads its suffixes with their accents ("-ção", "-ções", "-ência",
//!   "-ável"): fed a folded word it leaves "privatizacao" as "privatizaca" while "privatizar"
//!   becomes "privatiz". So Portuguese words are stemmed as written and folded afterwards, and a
//!   word typed without accents first gets back the accents its ending always carries ("-cao"
//!   is "-ção", "-encia" is "-ência").
//! - Neither stemmer reduces every plural: Portuguese "-ões", "-ais", "-éis", "-óis", "-ns"
//!   ("ações", "canais", "papéis", "estiagens") and Spanish "-ces" after a vowel ("luces",
//!   "raíces") kept a stem of their own, apart from the singular. They are made singular first.

/// Shortest plural whose ending is trusted: shorter ones are mostly grammar ("aos", "pais").
const MIN_INFLECTED_CHARS: usize = 5;

/// Shortest word typed without accents whose ending gets them back: "nao", "mao" are "não",
/// "mão"; "ao" is a word of its own.
const MIN_RESPELLED_CHARS: usize = 3;

/// Endings a Portuguese word typed without accents always has accented, longest first.
const PORTUGUESE_ACCENTED_ENDINGS: &[(&str, &str)] = &[
    ("coes", "ções"),
    ("cao", "ção"),
    ("oes", "ões"),
    ("ao", "ão"),
    ("encia", "ência"),
    ("encias", "ências"),
    ("ancia", "ância"),
    ("ancias", "âncias"),
    ("avel", "ável"),
    ("aveis", "áveis"),
    ("ivel", "ível"),
    ("iveis", "íveis"),
];

/// Portuguese plural endings and their singular, longest first.
const PORTUGUESE_PLURALS: &[(&str, &str)] = &[
    ("áveis", "ável"),
    ("íveis", "ível"),
    ("ões", "ão"),
    ("ais", "al"),
    ("éis", "el"),
    ("óis", "ol"),
    ("ns", "m"),
];

/// A Portuguese word with the accents of its ending restored when it was typed without any.
pub(super) fn portuguese_spelling(word: &str) -> String {
    if !word.is_ascii() || word.len() < MIN_RESPELLED_CHARS {
        return word.to_string();
    }
    replace_ending(word, PORTUGUESE_ACCENTED_ENDINGS).unwrap_or_else(|| word.to_string())
}

/// The singular of a Portuguese plural Snowball does not reduce (as written, with accents).
pub(super) fn portuguese_singular(word: &str) -> String {
    if word.chars().count() < MIN_INFLECTED_CHARS {
        return word.to_string();
    }
    replace_ending(word, PORTUGUESE_PLURALS).unwrap_or_else(|| word.to_string())
}

/// The singular of a Spanish plural in "-ces" after a vowel ("luces" -> "luz"), on the folded
/// word; other words unchanged.
pub(super) fn spanish_singular(word: &str) -> String {
    let Some(stem) = word.strip_suffix("ces") else {
        return word.to_string();
    };
    let after_vowel = stem.ends_with(['a', 'e', 'i', 'o', 'u']);
    if after_vowel && word.len() >= MIN_INFLECTED_CHARS {
        format!("{stem}z")
    } else {
        word.to_string()
    }
}

/// `word` with the first matching ending of `endings` replaced.
fn replace_ending(word: &str, endings: &[(&str, &str)]) -> Option<String> {
    endings.iter().find_map(|(ending, replacement)| {
        word.strip_suffix(ending)
            .map(|stem| format!("{stem}{replacement}"))
    })
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
                // Already accented, no such ending, or a word of its own.
                ("saúde", "saúde"),
                ("rio", "rio"),
                ("ao", "ao"),
            ],
        );
    }

    #[test]
    fn plurals_snowball_keeps_apart_become_singular() {
        check(
            portuguese_singular,
            &[
                ("ações", "ação"),
                ("canais", "canal"),
                ("papéis", "papel"),
                ("estiagens", "estiagem"),
                ("possíveis", "possível"),
                ("mais", "mais"),
            ],
        );
        check(
            spanish_singular,
            &[("luces", "luz"), ("raices", "raiz"), ("dulces", "dulces")],
        );
    }
}
