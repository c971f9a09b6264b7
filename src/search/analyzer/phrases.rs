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

/// Spanish forms of "creer" (to believe), a framing verb ("¿cree que…?") unless its object
/// follows ("¿cree en la reforma?"): then the belief is what the question asks about.
const SPANISH_BELIEVING: &[&str] = &[
    "creo",
    "crees",
    "cree",
    "creemos",
    "creen",
    "creía",
    "creían",
    "creería",
    "creerían",
];

/// The Spanish preposition that opens what one believes in.
const SPANISH_BELIEVING_IN: &[&str] = &["en"];

/// Portuguese forms of "acreditar" and "crer" (to believe).
const PORTUGUESE_BELIEVING: &[&str] = &[
    "acredito",
    "acredita",
    "acreditam",
    "acreditamos",
    "acreditava",
    "acreditavam",
    "acreditaria",
    "creio",
    "crê",
    "creem",
];

/// "em" and its contractions with an article, which open what one believes in ("acredita no
/// desmatamento zero", "crê na vacina").
const PORTUGUESE_BELIEVING_IN: &[&str] = &["em", "no", "na", "nos", "nas", "num", "numa"];

/// English verbs whose phrase with a particle means something else than the verb: (forms,
/// particle, term of the phrase). "Where did he grow up?" asks where he was raised, and met
/// "women's football is growing fast" and every word related to growth; the phrase has a term
/// of its own, in the index and in questions alike, so "grew up" meets "grow up" only. The
/// irregular forms are listed, as Snowball leaves "grew" and "gave" whole.
const ENGLISH_PHRASAL_VERBS: &[(&[&str], &str, &str)] = &[
    (
        &["grow", "grows", "grew", "grown", "growing"],
        "up",
        "growup",
    ),
    (
        &["give", "gives", "gave", "given", "giving"],
        "up",
        "giveup",
    ),
    (&["bring", "brings", "brought", "bringing"], "up", "bringup"),
];

/// The term of an English phrasal verb whose verb is `word` (lowercased), ending at byte `end`
/// of `text` right before its particle; `None` for other words.
pub(super) fn phrasal_verb(word: &str, text: &str, end: usize) -> Option<&'static str> {
    let (_, particle, term) = ENGLISH_PHRASAL_VERBS
        .iter()
        .find(|(forms, _, _)| forms.contains(&word))?;
    next_word(text, end)
        .is_some_and(|next| next.eq_ignore_ascii_case(particle))
        .then_some(*term)
}

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

/// Whether `word` (lowercased), ending at byte `end` of `text`, is a believing verb followed
/// by what is believed in: "¿cree en la reforma?", "ele acredita no desmatamento zero?" ask
/// about the belief, and the answer says "creo"/"acredito" again, so the verb is a content
/// word there, though it frames a question before "que".
pub(super) fn believes_in(language: Language, word: &str, text: &str, end: usize) -> bool {
    let (verbs, prepositions) = match language {
        Language::Es => (SPANISH_BELIEVING, SPANISH_BELIEVING_IN),
        Language::Pt => (PORTUGUESE_BELIEVING, PORTUGUESE_BELIEVING_IN),
        Language::En | Language::Neutral => return false,
    };
    verbs.contains(&word)
        && next_word(text, end)
            .is_some_and(|next| prepositions.iter().any(|p| p.eq_ignore_ascii_case(next)))
}

/// The word right after byte `end` of `text`, separated from it by spaces only.
pub(super) fn next_word(text: &str, end: usize) -> Option<&str> {
    let after = text.get(end..)?;
    let trimmed = after.trim_start_matches(SPACES);
    if trimmed.len() == after.len() {
        return None;
    }
    let to = trimmed
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(trimmed.len(), |(at, _)| at);
    let word = &trimmed[..to];
    (!word.is_empty()).then_some(word)
}

/// The word right before byte `start` of `text`, separated from it by spaces only.
pub(super) fn previous_word(text: &str, start: usize) -> Option<&str> {
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
    fn a_believing_verb_before_what_is_believed_in_is_a_content_word() {
        let es = |text: &str| test_terms(Language::Es, text);
        let pt = |text: &str| test_terms(Language::Pt, text);
        assert_eq!(es("¿Cree que la reforma sirve?"), es("reforma sirve"));
        assert_eq!(es("¿Cree en la reforma?"), es("creer reforma"));
        assert_eq!(
            pt("ele acredita que o desmatamento cai?"),
            pt("desmatamento cai")
        );
        assert_eq!(
            pt("ele acredita no desmatamento zero?"),
            pt("acreditar desmatamento zero")
        );
        assert_eq!(next_word("cree en la", 4), Some("en"));
        assert_eq!(next_word("cree, en", 4), None);
    }

    #[test]
    fn an_english_phrasal_verb_is_a_term_of_its_own() {
        let en = |text: &str| test_terms(Language::En, text);
        assert_eq!(en("Where did he grow up?"), en("where he grew up"));
        assert_ne!(en("Where did he grow up?"), en("football is growing fast"));
        assert_eq!(
            en("she gave up football"),
            en("why did she give up football")
        );
        assert_ne!(en("she gave up"), en("she gave money"));
        assert_eq!(en("grow crops"), en("growing crops"));
    }

    #[test]
    fn the_previous_word_is_only_the_one_before_a_space() {
        assert_eq!(previous_word("sin embargo", 4), Some("sin"));
        assert_eq!(previous_word("sin,embargo", 4), None);
        assert_eq!(previous_word("¿A partir", 4), Some("A"));
        assert_eq!(previous_word(" partir", 1), None);
    }
}
