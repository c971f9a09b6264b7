//! What Snowball's Spanish and Portuguese stemmers leave on short words, evened out.
//!
//! Snowball removes endings only inside a word's "RV" region, which starts after the second
//! vowel of a word opening with a vowel and a consonant. In short words such as "arte",
//! "obra", "ilha" or "onda" that region is empty or nearly so: "arte" kept its "-e" while
//! "artes" lost "-es" ("arte" against "art"), and Portuguese "obras" kept its "-s" ("obras"
//! against "obra"). So Portuguese plurals in "-s" are made singular before stemming, and a final
//! unstressed vowel left on a stem is removed after it, as Snowball does on longer words.

/// Shortest Portuguese plural trusted to end in a plural "-s": shorter words are grammar
/// ("mas", "nos").
const MIN_PLURAL_CHARS: usize = 4;

/// Least letters a stem keeps once its final vowel is removed: "ano", "rio" and "mar" stay.
const MIN_STEM_CHARS: usize = 4;

/// Longest root a word written as its own root is told apart from verbs by: Snowball cuts
/// verbs with three-letter roots down to them ("salen" -> "sal", "tomaran" -> "tom",
/// "marido" -> "mar"), which then met the nouns and names spelled so ("sal", salt; "mar", sea;
/// "Tom"). Longer roots are rarely whole words as well.
const MAX_BARE_ROOT_CHARS: usize = 3;

/// Appended to the term of a word written as its own short root, so that the verbs cut down
/// to the same letters do not meet it. Not a letter, so no stem ends with it.
const BARE_ROOT_MARK: char = '_';

/// Infinitives short enough to be their own root ("ver", "dar", "ler"): verbs, not nouns.
const SHORT_INFINITIVES: &[&str] = &[
    "dar", "ver", "ser", "ir", "ler", "ter", "vir", "rir", "por", "oir", "reir",
];

/// Short forms of longer words, which keep meeting them: Spanish "mal" is "malo" (bad) before
/// a noun and the adverb of the same root ("salió mal", "fue malo").
const APOCOPES: &[&str] = &["mal"];

/// Portuguese verb endings in "-s" that look like a plural ("temos", "fazemos").
const NON_PLURAL_ENDINGS: &[&str] = &["mos"];

/// Consonants after which a Portuguese plural adds "-es" to the singular ("mulheres", "luzes",
/// "meses"); after others it adds "-s" to a singular in "-e" ("cidades", "artes").
const CONSONANTS_BEFORE_ES: &[char] = &['r', 'z', 's', 'l'];

/// The singular of a plain Portuguese plural in "-as", "-os" or "-es" (as written, with
/// accents); other words unchanged. Plurals with a changing ending ("ações") are made
/// singular before this (see [`super::inflection`]).
pub(super) fn portuguese_plain_singular(word: &str) -> String {
    if word.chars().count() < MIN_PLURAL_CHARS
        || NON_PLURAL_ENDINGS.iter().any(|e| word.ends_with(e))
    {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("es") {
        if stem.ends_with(CONSONANTS_BEFORE_ES) {
            return stem.to_string();
        }
    }
    match word.strip_suffix('s') {
        Some(stem) if stem.ends_with(['a', 'e', 'o']) || ends_with_consonant(stem) => {
            stem.to_string()
        }
        _ => word.to_string(),
    }
}

/// Whether `stem` ends with a consonant: a plural in "-s" right after one is a loanword's
/// ("shows", "podcasts", "chatbots"), in Spanish as in Portuguese.
pub(super) fn ends_with_consonant(stem: &str) -> bool {
    stem.ends_with(|c: char| c.is_ascii_alphabetic() && !"aeiou".contains(c))
}

/// A folded stem without the final unstressed vowel Snowball left on a short word ("arte" ->
/// "art", "obra" -> "obr").
pub(super) fn without_final_vowel(stem: String) -> String {
    match stem.strip_suffix(['a', 'e', 'o']) {
        Some(root)
            if root.chars().count() >= MIN_STEM_CHARS - 1
                && stem.chars().count() >= MIN_STEM_CHARS =>
        {
            root.to_string()
        }
        _ => stem,
    }
}

/// Vowels that never glide into the next one: two of them in a row are two syllables (a
/// hiatus, "prove-er", "acre-edor", "tra-er"), so the first ends the root.
const STRONG_VOWELS: &[char] = &['a', 'e', 'o'];

/// The vowel that opens the endings of "-er" verbs and their derived nouns ("-er", "-edor",
/// "-en"): after a strong vowel it is the ending, the vowel before it the root's. Endings
/// opening with "a" or "o" after an "e" are those of the "-ear" verbs ("plantea", "empleo"),
/// whose "e" is a suffix ("planta", "plantear"), so they are left alone.
const ENDING_VOWEL: char = 'e';

/// A folded stem that Snowball or [`without_final_vowel`] cut inside its root, given back the
/// root's last vowel: where the word (`written`, folded) goes on after the stem with two strong
/// vowels in a row, the first is the root's and only the second starts an ending. Snowball
/// takes the "-e" of "prove" for an ending once "proveer" lost its "-er", and the agent nouns
/// read as their verb ("acreedor" as "acreer") lost the root's "e" with it: "acr", "prov",
/// "pos" met "acre" (acrid), "provocar" and "posar". The verb, its forms and its agent noun
/// keep meeting, on "acre", "prove", "pose". `stem` is folded.
pub(super) fn with_root_vowel(written: &str, stem: String) -> String {
    let mut rest = match written.strip_prefix(stem.as_str()) {
        Some(rest) => rest.chars(),
        None => return stem,
    };
    match (rest.next(), rest.next()) {
        (Some(first), Some(second)) if STRONG_VOWELS.contains(&first) && second == ENDING_VOWEL => {
            let mut kept = stem;
            kept.push(first);
            kept
        }
        _ => stem,
    }
}

/// The term of a word (`written`: folded, `singular`: its folded singular) whose stem is
/// `stem`: marked when the word is a short root written whole, a noun or name ending in a
/// consonant ("sal", "mares", "luz", "gas", "Tom"), so that only its own forms share it and
/// the verb forms Snowball cuts to the same letters ("salen", "dañan", "marido") do not.
pub(super) fn bare_root(written: &str, singular: &str, stem: String) -> String {
    let chars = stem.chars().count();
    let whole = written == stem
        || singular == stem
        || written
            .strip_suffix("es")
            .or_else(|| written.strip_suffix('s'))
            == Some(stem.as_str());
    if (2..=MAX_BARE_ROOT_CHARS).contains(&chars)
        && ends_with_consonant(&stem)
        && !SHORT_INFINITIVES.contains(&stem.as_str())
        && !APOCOPES.contains(&stem.as_str())
        && whole
    {
        let mut marked = stem;
        marked.push(BARE_ROOT_MARK);
        return marked;
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_portuguese_plurals_become_singular() {
        for (plural, singular) in [
            ("obras", "obra"),
            ("artes", "arte"),
            ("shows", "show"),
            ("mulheres", "mulher"),
            ("luzes", "luz"),
            ("países", "país"),
            ("temos", "temos"),
            ("mais", "mais"),
            ("nos", "nos"),
        ] {
            assert_eq!(portuguese_plain_singular(plural), singular, "{plural}");
        }
    }

    #[test]
    fn short_roots_written_whole_are_kept_apart_from_verbs_cut_to_them() {
        assert_eq!(bare_root("sal", "sal", "sal".into()), "sal_");
        assert_eq!(bare_root("mares", "mar", "mar".into()), "mar_");
        assert_eq!(bare_root("luces", "luz", "luz".into()), "luz_");
        assert_eq!(bare_root("salen", "salen", "sal".into()), "sal");
        assert_eq!(bare_root("marido", "marido", "mar".into()), "mar");
        assert_eq!(bare_root("ver", "ver", "ver".into()), "ver");
        assert_eq!(bare_root("mal", "mal", "mal".into()), "mal");
        assert_eq!(bare_root("casa", "casa", "cas".into()), "cas");
        assert_eq!(bare_root("ano", "ano", "ano".into()), "ano");
        assert_eq!(bare_root("salud", "salud", "salud".into()), "salud");
    }

    #[test]
    fn salt_and_the_sea_do_not_meet_the_verbs_cut_to_their_letters() {
        use super::super::{test_terms, Language};
        let es = |text: &str| test_terms(Language::Es, text);
        let pt = |text: &str| test_terms(Language::Pt, text);
        assert_eq!(es("sal"), es("SAL"));
        assert_ne!(es("sal"), es("salen"));
        assert_eq!(es("salen"), es("salir"));
        assert_eq!(es("mar"), es("mares"));
        assert_ne!(es("mar"), es("marido"));
        assert_eq!(es("luz"), es("luces"));
        assert_eq!(es("mal"), es("malo"));
        assert_eq!(pt("mar"), pt("mares"));
        assert_eq!(pt("luz"), pt("luzes"));
        assert_ne!(pt("mar"), pt("marido"));
    }

    #[test]
    fn a_stem_cut_before_a_hiatus_gets_the_roots_vowel_back() {
        assert_eq!(with_root_vowel("proveedor", "prov".into()), "prove");
        assert_eq!(with_root_vowel("acreer", "acr".into()), "acre");
        assert_eq!(with_root_vowel("proveer", "prove".into()), "prove");
        assert_eq!(
            with_root_vowel("ciencia", "cienc".into()),
            "cienc",
            "a glide"
        );
        assert_eq!(with_root_vowel("arte", "art".into()), "art");
        assert_eq!(with_root_vowel("casas", "cas".into()), "cas");
    }

    #[test]
    fn agent_nouns_of_verbs_in_eer_keep_their_root_apart_from_shorter_ones() {
        use super::super::{assert_same_terms, test_terms, Language};
        let es = |text: &str| test_terms(Language::Es, text);
        assert_same_terms(
            Language::Es,
            &[
                ("acreedores", "acreedor"),
                ("proveedor", "proveer"),
                ("proveedores", "provee"),
                ("poseedor", "poseer"),
            ],
        );
        assert_ne!(es("acreedor"), es("acre"));
        assert_ne!(es("proveedor"), es("provocar"));
        assert_ne!(es("poseedor"), es("posar"));
    }

    #[test]
    fn short_stems_lose_their_final_vowel() {
        assert_eq!(without_final_vowel("arte".into()), "art");
        assert_eq!(without_final_vowel("obra".into()), "obr");
        assert_eq!(without_final_vowel("ano".into()), "ano");
        assert_eq!(without_final_vowel("polit".into()), "polit");
    }
}
