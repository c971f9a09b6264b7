//! Pronouns written onto a Spanish verb ("explicarles", "diciéndoles", "contarnos") and the
//! elided "de" of Portuguese and Spanish ("d'água", "caixa-d'água").
//!
//! Snowball removes a pronoun attached to an infinitive or gerund, but the plural rule runs
//! first and took "-es" or "-s" off it ("explicarles" became "explicarl", "contarnos"
//! "contarn"), so those verbs met nothing. Such words are left whole for Snowball.

/// Endings of an infinitive or gerund before an attached "les" (accents folded out).
const BEFORE_LES: &[&str] = &["ar", "er", "ir", "ando", "iendo", "ándo", "iéndo"];

/// Endings before an attached "nos": only "-ar" verbs and gerunds, since "-ernos" and
/// "-irnos" end many plural nouns ("gobiernos", "inviernos", "cuadernos").
const BEFORE_NOS: &[&str] = &["ar", "ando", "iendo", "ándo", "iéndo"];

/// Pronouns written onto a Spanish imperative, with the endings of the imperative they follow
/// ("cuénteme", "explícame", "explíquenos"). "-nos" only after "-e"/"-en": after "-a" it ends
/// nouns stressed like an imperative ("órganos", "plátanos").
const IMPERATIVE_CLITICS: &[(&str, &[&str])] =
    &[("me", &["a", "e", "an", "en"]), ("nos", &["e", "en"])];

/// Least letters of an imperative before its pronoun ("diga" in "dígame").
const MIN_IMPERATIVE_CHARS: usize = 4;

/// The accented vowels that mark where an imperative carrying a pronoun is stressed.
const STRESS_MARKS: &[(char, char)] = &[('á', 'a'), ('é', 'e'), ('í', 'i'), ('ó', 'o'), ('ú', 'u')];

/// The imperative of a Spanish word carrying "me" or "nos", without its written accent
/// ("explíquenos" -> "expliquen", "cuénteme" -> "cuente"); `None` for other words. The
/// accent is the sign: the pronoun moves the stress back, so the written form takes one
/// ("cuente" + "me"), and a word without it ("buenos", "menos") is never cut.
pub(super) fn spanish_imperative(word: &str) -> Option<String> {
    if !word.contains(|c| STRESS_MARKS.iter().any(|(marked, _)| *marked == c)) {
        return None;
    }
    IMPERATIVE_CLITICS.iter().find_map(|(pronoun, endings)| {
        let verb = word.strip_suffix(pronoun)?;
        let fits = endings.iter().any(|e| verb.ends_with(e));
        (fits && verb.chars().count() >= MIN_IMPERATIVE_CHARS).then(|| without_stress_mark(verb))
    })
}

/// The pronoun an infinitive or gerund carries first when it carries two ("contár-me-lo").
const FIRST_OF_TWO_PRONOUNS: &[&str] = &["me", "te", "se", "nos", "os"];

/// The pronoun it carries last.
const SECOND_OF_TWO_PRONOUNS: &[&str] = &["lo", "la", "los", "las"];

/// Stressed endings of an infinitive or gerund, written with the accent two pronouns after
/// it call for.
const STRESSED_VERB_ENDINGS: &[&str] = &["ár", "ér", "ír", "ándo", "iéndo"];

/// The infinitive or gerund of a Spanish verb carrying two pronouns, without them or its
/// written accent ("explicárnoslo" -> "explicar", "contándomelo" -> "contando"); `None` for
/// other words. Snowball removes one pronoun only ("-selo" aside), so "explicárnoslo" kept
/// "explicarnosl" and met nothing; the accent such a verb takes is the sign, as for an
/// imperative.
pub(super) fn spanish_verb_without_two_pronouns(word: &str) -> Option<String> {
    let rest = SECOND_OF_TWO_PRONOUNS
        .iter()
        .find_map(|p| word.strip_suffix(p))?;
    let verb = FIRST_OF_TWO_PRONOUNS
        .iter()
        .find_map(|p| rest.strip_suffix(p))?;
    STRESSED_VERB_ENDINGS
        .iter()
        .any(|ending| verb.ends_with(ending))
        .then(|| without_stress_mark(verb))
}

/// The word with its accented vowels plain.
fn without_stress_mark(word: &str) -> String {
    word.chars()
        .map(|c| {
            STRESS_MARKS
                .iter()
                .find(|(marked, _)| *marked == c)
                .map_or(c, |(_, plain)| *plain)
        })
        .collect()
}

/// The elided preposition "de" before a word starting with a vowel ("d'água").
const ELIDED_DE: &str = "d'";

/// Whether a Spanish word is an infinitive or gerund carrying "les" or "nos".
pub(super) fn has_attached_plural_pronoun(word: &str) -> bool {
    let carries = |pronoun: &str, verb_endings: &[&str]| {
        word.strip_suffix(pronoun)
            .is_some_and(|verb| verb_endings.iter().any(|e| verb.ends_with(e)))
    };
    carries("les", BEFORE_LES) || carries("nos", BEFORE_NOS)
}

/// The word after an elided "de" ("d'água" -> "água"), `None` when there is none.
pub(super) fn after_elision(word: &str) -> Option<&str> {
    word.strip_prefix(ELIDED_DE)
        .filter(|rest| rest.starts_with(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_carrying_two_pronouns_meets_its_infinitive() {
        use crate::search::analyzer::{assert_same_terms, Language};
        assert_same_terms(
            Language::Es,
            &[
                ("explicárnoslo", "explicar"),
                ("vendérmelo", "venderlo"),
                ("regalándoselas", "regalando"),
            ],
        );
    }

    #[test]
    fn a_verb_carrying_two_pronouns_is_read_without_them() {
        for (word, verb) in [
            ("explicárnoslo", "explicar"),
            ("contármelo", "contar"),
            ("decírselas", "decir"),
            ("contándomelo", "contando"),
        ] {
            assert_eq!(
                spanish_verb_without_two_pronouns(word).as_deref(),
                Some(verb)
            );
        }
        // No written accent, or no pronoun before the last one: left to Snowball.
        for word in ["caramelo", "explicarlo", "modelos", "cielo"] {
            assert_eq!(spanish_verb_without_two_pronouns(word), None, "{word}");
        }
    }

    #[test]
    fn verbs_with_plural_pronouns_are_told_from_plural_nouns() {
        for verb in [
            "explicarles",
            "diciéndoles",
            "contarnos",
            "mostrándonos",
            "pedirles",
        ] {
            assert!(has_attached_plural_pronoun(verb), "{verb}");
        }
        for noun in [
            "gobiernos",
            "inviernos",
            "árboles",
            "papeles",
            "hermanos",
            "males",
        ] {
            assert!(!has_attached_plural_pronoun(noun), "{noun}");
        }
    }

    #[test]
    fn an_imperative_loses_its_pronoun_and_a_noun_keeps_its_ending() {
        for (word, verb) in [
            ("explíquenos", "explique"),
            ("cuénteme", "cuente"),
            ("explícame", "explica"),
            ("explíquenme", "expliquen"),
        ] {
            assert_eq!(spanish_imperative(word).as_deref(), Some(verb), "{word}");
        }
        for word in ["buenos", "órganos", "plátanos", "menos", "teme", "términos"] {
            assert_eq!(spanish_imperative(word), None, "{word}");
        }
    }

    #[test]
    fn an_elided_de_is_dropped() {
        assert_eq!(after_elision("d'água"), Some("água"));
        assert_eq!(after_elision("d'"), None);
        assert_eq!(after_elision("don't"), None);
    }
}
