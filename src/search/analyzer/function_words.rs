//! Whether a Spanish or Portuguese word is a function word, beyond looking it up: the lists
//! hold one spelling of each word, while people type the others.
//!
//! - Typed without accents ("opinion", "voce", "segun"), a word is the framing word it folds
//!   from. Only words written *without* accents are compared folded, so "té" (tea) never
//!   becomes "te" (you); see the module doc of [`super`].
//! - A feminine or plural form ("mucha", "tantas", "muitas") is a function word when its
//!   masculine singular ("mucho", "tanto", "muito") is: the lists give few of the four forms;
//!   so is the plural of a listed noun ("preguntas", "respostas").
//! - A Spanish imperative of a framing verb with "me" or "nos" written onto it without an
//!   accent, as the voseo writes it and chat types it ("contanos", "explicame"), is as empty
//!   as the imperative.
//! - A Portuguese preposition fused with a pronoun or demonstrative ("desse", "nisso",
//!   "naquela", "nele": de/em + esse, isso, aquela, ele) is as empty as its parts.
//! - A few homographs in the lists are content words far more often in interviews than the
//!   grammar they were listed for: Spanish "estado(s)" is "the State" and "Estados Unidos"
//!   before it is the participle of "estar"; "crea" (creates) is no feminine of "creo".

use fnv::FnvHashSet as HashSet;
use std::sync::LazyLock;

use super::romance::{
    portuguese_framing, spanish_framing, PORTUGUESE_FRAMING_SET, SPANISH_FRAMING_SET,
};
use super::Language;

/// Words kept as content words though a list or a rule below takes them for function words,
/// see the module doc: "crea", "creas" are "crear" (to create) far more often than the
/// subjunctive of "creer", whose "creo" would make them function words as a feminine.
const CONTENT_HOMOGRAPHS: &[(Language, &str)] = &[
    (Language::Es, "estado"),
    (Language::Es, "estados"),
    (Language::Es, "crea"),
    (Language::Es, "creas"),
];

/// Least letters the pronoun of a Portuguese contraction has: shorter ones ("eu", "ou") would
/// make verbs of "dar" ("deu", "dou") function words.
const MIN_CONTRACTED_CHARS: usize = 3;

/// Least letters of a listed word whose plural is a function word too: shorter ones ("la",
/// "me") make plurals of other words ("las" is listed on its own).
const MIN_PLURAL_BASE_CHARS: usize = 4;

/// Prepositions that fuse with a following pronoun in Portuguese ("de" + "esse" = "desse",
/// "em" + "isso" = "nisso").
const PORTUGUESE_FUSING_PREPOSITIONS: &[char] = &['d', 'n'];

static SPANISH_FOLDED: LazyLock<HashSet<String>> =
    LazyLock::new(|| spanish_framing().map(fold_word).collect());

static PORTUGUESE_FOLDED: LazyLock<HashSet<String>> =
    LazyLock::new(|| portuguese_framing().map(fold_word).collect());

/// Whether `word` (lowercased, as written) is a function word of `language`, given `listed`,
/// which looks a spelling up in the language's lists.
pub(super) fn is_function_word(
    language: Language,
    word: &str,
    listed: &mut dyn FnMut(&str) -> bool,
) -> bool {
    if CONTENT_HOMOGRAPHS.contains(&(language, word)) {
        return false;
    }
    if listed(word) || unaccented_framing(language, word) {
        return true;
    }
    if masculine_singular(word).is_some_and(|base| listed(&base)) {
        return true;
    }
    // A plural of a framing word ("preguntas", "perguntas", "papeles"); Snowball's lists give
    // their plurals already.
    let singulars = [word.strip_suffix('s'), word.strip_suffix("es")];
    if singulars.into_iter().flatten().any(|singular| {
        singular.chars().count() >= MIN_PLURAL_BASE_CHARS && is_framing(language, singular)
    }) {
        return true;
    }
    if language == Language::Es && imperatives_carrying_a_pronoun(word).any(|verb| listed(&verb)) {
        return true;
    }
    language == Language::Pt && contraction(word).is_some_and(listed)
}

/// Pronouns written onto a Spanish imperative without an accent: the voseo's "contame",
/// "explicanos" take none, and chat drops that of "explícame".
const IMPERATIVE_PRONOUNS: &[&str] = &["me", "nos"];

/// Least letters of an imperative before its pronoun ("deci" in "decinos"): shorter ones are
/// the start of nouns ("menos", "buenos").
const MIN_IMPERATIVE_CHARS: usize = 4;

/// The imperatives a Spanish word written without accents may be with a pronoun after it,
/// as typed and with the stressed final vowel of the voseo ("contanos" -> "conta", "contá").
fn imperatives_carrying_a_pronoun(word: &str) -> impl Iterator<Item = String> + '_ {
    let verb = IMPERATIVE_PRONOUNS
        .iter()
        .find_map(|pronoun| word.strip_suffix(pronoun))
        .filter(|verb| word.is_ascii() && verb.chars().count() >= MIN_IMPERATIVE_CHARS);
    verb.into_iter().flat_map(|verb| {
        let stressed = VOSEO_STRESS.iter().find_map(|(plain, stressed)| {
            verb.strip_suffix(*plain)
                .map(|root| format!("{root}{stressed}"))
        });
        std::iter::once(verb.to_string()).chain(stressed)
    })
}

/// The final vowel of a voseo imperative and its written accent ("contá", "decí").
const VOSEO_STRESS: &[(char, char)] = &[('a', 'á'), ('e', 'é'), ('i', 'í')];

/// Whether `word` is one of the language's framing words as listed.
fn is_framing(language: Language, word: &str) -> bool {
    match language {
        Language::Es => SPANISH_FRAMING_SET.contains(word),
        Language::Pt => PORTUGUESE_FRAMING_SET.contains(word),
        Language::En | Language::Neutral => false,
    }
}

/// A word typed without accents that is the folded spelling of a framing word.
fn unaccented_framing(language: Language, word: &str) -> bool {
    if !word.is_ascii() {
        return false;
    }
    match language {
        Language::Es => SPANISH_FOLDED.contains(word),
        Language::Pt => PORTUGUESE_FOLDED.contains(word),
        Language::En | Language::Neutral => false,
    }
}

/// The masculine singular of a feminine or plural form ("muchas" -> "mucho", "tantos" ->
/// "tanto"), `None` when the word is neither.
fn masculine_singular(word: &str) -> Option<String> {
    let singular = word.strip_suffix('s').unwrap_or(word);
    let stem = singular
        .strip_suffix('a')
        .or_else(|| singular.strip_suffix('o'))?;
    let base = format!("{stem}o");
    (base != word && stem.chars().count() >= 2).then_some(base)
}

/// The pronoun a Portuguese contraction fuses with its preposition ("nisso" -> "isso").
fn contraction(word: &str) -> Option<&str> {
    let rest = word.strip_prefix(PORTUGUESE_FUSING_PREPOSITIONS)?;
    let starts_with_vowel = rest.starts_with(['a', 'e', 'i']);
    (starts_with_vowel && rest.chars().count() >= MIN_CONTRACTED_CHARS).then_some(rest)
}

/// A word folded to ASCII letters, the way the analyzers fold.
fn fold_word(word: &str) -> String {
    let mut folder = super::folding_analyzer();
    super::fold(&mut folder, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(words: &'static [&'static str]) -> impl FnMut(&str) -> bool {
        move |w: &str| words.contains(&w)
    }

    #[test]
    fn feminine_and_plural_forms_follow_their_masculine_singular() {
        let mut spanish = listed(&["mucho", "tanto", "poco"]);
        for word in ["mucha", "muchas", "tantos", "pocas"] {
            assert!(is_function_word(Language::Es, word, &mut spanish), "{word}");
        }
        assert!(!is_function_word(Language::Es, "casa", &mut spanish));
        let mut framing = listed(&[]);
        assert!(is_function_word(Language::Es, "papeles", &mut framing));
        assert!(is_function_word(Language::Es, "preguntas", &mut framing));
        assert!(is_function_word(Language::Pt, "respostas", &mut framing));
        assert_eq!(masculine_singular("os"), None);
    }

    #[test]
    fn words_typed_without_accents_are_the_framing_words_they_fold_from() {
        let mut nothing = listed(&[]);
        assert!(is_function_word(Language::Es, "opinion", &mut nothing));
        assert!(is_function_word(Language::Pt, "voce", &mut nothing));
        assert!(!is_function_word(Language::Es, "té", &mut nothing));
    }

    #[test]
    fn portuguese_contractions_are_as_empty_as_their_pronoun() {
        let mut pt = listed(&["esse", "isso", "aquela", "ele", "eu"]);
        for word in ["desse", "nisso", "naquela", "nele"] {
            assert!(is_function_word(Language::Pt, word, &mut pt), "{word}");
        }
        assert!(!is_function_word(Language::Pt, "deu", &mut pt), "a verb");
        assert!(
            !is_function_word(Language::Es, "desse", &mut pt),
            "Portuguese only"
        );
    }

    #[test]
    fn the_state_is_a_content_word() {
        let mut spanish = listed(&["estado", "estados", "esta"]);
        assert!(!is_function_word(Language::Es, "estado", &mut spanish));
        assert!(is_function_word(Language::Es, "esta", &mut spanish));
        let mut framing = listed(&["explica", "contá", "decí"]);
        for word in ["explicame", "contanos", "decinos"] {
            assert!(is_function_word(Language::Es, word, &mut framing), "{word}");
        }
        for noun in ["hermanos", "veranos", "informe"] {
            assert!(
                !is_function_word(Language::Es, noun, &mut framing),
                "{noun}"
            );
        }
        let mut believing = listed(&["creo"]);
        assert!(!is_function_word(Language::Es, "crea", &mut believing));
    }
}
