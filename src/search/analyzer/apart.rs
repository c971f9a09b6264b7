//! Words that Snowball stems onto a common word of another sense: "verdad" (truth) and "verde"
//! (green) both became "verd", "libre" (free) met "libro" (book), "común" (in common) met
//! "comunidad", "Madrid" met "madre", Portuguese "morro" (hill) met "morrer" (to die) and
//! "canção" (song) met "câncer". In an archive each is in many answers, so a question about a
//! favela's hills found deaths, and one about green hydrogen every "la verdad es que".
//!
//! Each word listed keeps its folded singular as its term, singular and plural alike; the
//! other word keeps Snowball's stem with its own family ("morrer"/"morte"/"morreu").
//! Words are listed when the two senses are unrelated and both common in interviews; pairs
//! of one family ("libro"/"librería", "número"/"numeroso") share their stem on purpose.

/// Spanish words, singular and folded.
const SPANISH: &[&str] = &[
    "verdad", "libre", "comun", "madrid", "celula", "mente", "costa", "salar", "decada", "video",
    "pasion", "sabado",
];

/// Portuguese words, singular and folded.
const PORTUGUESE: &[&str] = &[
    "livre", "morro", "cancao", "celula", "comum", "sabado", "video", "solo", "medo", "costa",
];

/// The term of a word kept apart (`folded` is its singular, folded), `None` for other words.
pub(super) fn own_term(spanish: bool, folded: &str) -> Option<String> {
    let list = if spanish { SPANISH } else { PORTUGUESE };
    list.contains(&folded).then(|| folded.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};

    #[test]
    fn truth_is_not_green_nor_a_hill_death() {
        for (language, word, other) in [
            (Language::Es, "la verdad", "verde"),
            (Language::Es, "software libre", "libro"),
            (Language::Es, "ollas comunes", "comunidad"),
            (Language::Es, "Madrid", "madre"),
            (Language::Pt, "nos morros", "morreram"),
            (Language::Pt, "canções", "câncer"),
            (Language::Pt, "livre", "livros"),
        ] {
            assert_ne!(
                test_terms(language, word),
                test_terms(language, other),
                "{word}"
            );
        }
        assert_same_terms(Language::Es, &[("verdades", "verdad"), ("libres", "libre")]);
        assert_same_terms(Language::Pt, &[("morros", "morro"), ("canções", "canção")]);
        assert_same_terms(Language::Pt, &[("morreram", "morte")]);
        for (language, word, other) in [
            (Language::Es, "la costa", "cuesta"),
            (Language::Es, "el salar", "salió"),
            (Language::Es, "décadas", "decirlo"),
            (Language::Es, "vídeos", "vida"),
            (Language::Es, "pasión", "pasó"),
            (Language::Pt, "sábado", "sabia"),
            (Language::Pt, "vídeo", "vida"),
            (Language::Pt, "solo", "solar"),
            (Language::Pt, "medo", "medida"),
        ] {
            assert_ne!(
                test_terms(language, word),
                test_terms(language, other),
                "{word}"
            );
        }
    }
}
