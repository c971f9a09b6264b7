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
    fn short_stems_lose_their_final_vowel() {
        assert_eq!(without_final_vowel("arte".into()), "art");
        assert_eq!(without_final_vowel("obra".into()), "obr");
        assert_eq!(without_final_vowel("ano".into()), "ano");
        assert_eq!(without_final_vowel("polit".into()), "polit");
    }
}
