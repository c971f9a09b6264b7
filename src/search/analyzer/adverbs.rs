//! Adverbs, conjunctions and indefinites that Snowball's Spanish and Portuguese lists lack,
//! the counterparts of words the English list already drops ("still", "even", "only",
//! "really", "too", "someone", "same", "while", "such"): "¿todavía…?", "¿incluso…?", "¿sólo…?" weighed
//! as rare content words a paraphrase never repeats, and "solo" (only) was stemmed like "sol"
//! (sun), "luego" (then) like "lograr", Portuguese "sequer" (not even) like "seca" (drought).
//!
//! Left as content words, as in English: "siempre"/"sempre" and "nunca" (always, never),
//! "bastante" (quite). Portuguese "solo" is soil and "logo" is also a logo, so neither is here.

/// Spanish words, accented as written; feminine and plural forms follow their masculine
/// singular (see [`super::function_words`]).
pub(super) const SPANISH_WORDS: &[&str] = &[
    "aún",
    "todavía",
    "incluso",
    "siquiera",
    "solo",
    "sólo",
    "solamente",
    "únicamente",
    "realmente",
    "demasiado",
    "alguien",
    "mismo",
    "sino",
    "mientras",
    "aunque",
    "además",
    "casi",
    "apenas",
    "quizás",
    "quizá",
    "luego",
    "ningún",
    "ninguno",
    "nadie",
    "cualquier",
    "cualquiera",
    "varios",
    "demás",
    "ello",
    "ambos",
    "cuyo",
    "tal",
    // The fillers in "-mente" the English list drops ("currently", "mainly", "especially"),
    // which Snowball stems onto their adjective ("actual", "principal", "especial").
    "recientemente",
    "actualmente",
    "exactamente",
    "generalmente",
    "específicamente",
    "principalmente",
    "obviamente",
    "probablemente",
    "ciertamente",
    "especialmente",
    "particularmente",
];

/// Portuguese words, accented as written.
pub(super) const PORTUGUESE_WORDS: &[&str] = &[
    "inclusive",
    "sequer",
    "apenas",
    "somente",
    "realmente",
    "demais",
    "enquanto",
    "embora",
    "quase",
    "talvez",
    "apesar",
    "nenhum",
    "nenhuma",
    "vários",
    "ambos",
    "ambas",
    "daí",
    "aliás",
    "assim",
    "cujo",
    "cuja",
    "tal",
    "recentemente",
    "atualmente",
    "exatamente",
    "geralmente",
    "especificamente",
    "principalmente",
    "obviamente",
    "provavelmente",
    "certamente",
    "especialmente",
    "particularmente",
];

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};

    #[test]
    fn only_still_and_even_weigh_nothing() {
        assert_same_terms(
            Language::Es,
            &[
                ("¿Todavía hay sólo una mina, incluso hoy?", "mina hoy"),
                ("solo", ""),
            ],
        );
        assert_same_terms(Language::Pt, &[("quase apenas a mina, embora", "mina")]);
        assert_same_terms(Language::Pt, &[("nem sequer choveu", "choveu")]);
        assert_same_terms(Language::Es, &[("ni siquiera llovió", "llovió")]);
        assert_same_terms(
            Language::Es,
            &[("¿Qué hace actualmente, principalmente?", "")],
        );
        assert_same_terms(
            Language::Pt,
            &[("atualmente, especialmente a seca", "seca")],
        );
        assert!(!test_terms(Language::Es, "la ley actual").is_empty());
        // "¿Qué tal van los experimentos?", "tal como", "o tal do projeto".
        assert_same_terms(
            Language::Es,
            &[("¿y qué tal van los experimentos?", "experimentos")],
        );
        assert_same_terms(Language::Pt, &[("tal como o projeto", "projeto")]);
        assert!(!test_terms(Language::Es, "sol").is_empty());
        assert!(!test_terms(Language::Pt, "solo").is_empty());
    }
}
