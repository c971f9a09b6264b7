//! Nouns whose masculine and feminine are different words: Snowball removes the final "-o" or
//! "-a" of both and gives them one stem, so "caso" (case) met "casa" (house), "plazo" (term)
//! met "plaza" (post, square), "punto" met "punta", "puerto" met "puerta". "en el caso de" is
//! in every other answer, and a question about a house or a post found it.
//!
//! The masculine of each pair listed (the commoner word in interviews) keeps its vowel as its
//! term, singular and plural alike; the feminine keeps Snowball's stem with the verb of its
//! root ("casa"/"casas"/"casar", "carga"/"cargar").

/// Masculines, singular and folded, of Spanish pairs that are two words. Pairs that share
/// their sense ("libro"/"librería", "fruto"/"fruta") or whose masculine is also a verb's first
/// person ("cuento", I tell) are not here.
const SPANISH: &[&str] = &[
    "caso", "plazo", "punto", "puerto", "modo", "cargo", "partido",
];

/// Masculines, singular and folded, of Portuguese pairs that are two words.
const PORTUGUESE: &[&str] = &["caso", "ponto", "porto", "modo", "cargo", "partido"];

/// The term of a masculine that keeps its vowel (`folded` is the singular, folded), `None` for
/// other words.
pub(super) fn masculine_term(spanish: bool, folded: &str) -> Option<String> {
    let list = if spanish { SPANISH } else { PORTUGUESE };
    list.contains(&folded).then(|| folded.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};

    #[test]
    fn a_case_is_not_a_house_nor_a_term_a_post() {
        for (language, masculine, feminine) in [
            (Language::Es, "caso", "casa"),
            (Language::Es, "a largo plazo", "una plaza estable"),
            (Language::Pt, "no caso", "na casa"),
        ] {
            assert_ne!(
                test_terms(language, masculine),
                test_terms(language, feminine),
                "{masculine}"
            );
        }
        assert_same_terms(Language::Es, &[("casos", "caso"), ("casas", "casa")]);
        assert_same_terms(Language::Pt, &[("casos", "caso"), ("partidos", "partido")]);
        assert_same_terms(
            Language::Es,
            &[("libro", "librería"), ("cuento", "cuentos")],
        );
    }
}
