//! Spanish words ending in a stressed "-és" ("interés", "inglés", "francés") and their plurals
//! in "-eses" ("intereses", "ingleses").
//!
//! Snowball keeps the accented "-és" of the singular but cuts the "-es" of the plural and of
//! the singular typed without its accent, so "interés", "intereses" and "interes" got three
//! different terms, and a question about "los intereses del préstamo" missed an answer that
//! spoke of "el interés". All three are read as the unaccented singular.
//!
//! The same holds for other words stressed on a final syllable ending in "-n" or "-s": the
//! accent marks the stress ("Beltrán", "Tomás", Portuguese "Belém", "Tapajós", "três"), and
//! typed without it Snowball reads the ending as a verb's or a plural's ("beltr", "tom",
//! "bel"). Their accent is dropped before stemming, so both spellings share the stem of the
//! unaccented one. A future ("pasarán", "vendrás") keeps its accent: Snowball needs it.

/// Least letters before the "-és": shorter words are "mes" and "tres", whose plural or
/// accent Snowball already handles.
const MIN_ROOT_CHARS: usize = 3;

/// The word without the accent of a final stressed "-és", or the singular of an "-eses"
/// plural, both spelled "-es"; `None` for other words.
pub(super) fn spanish_stressed_es(word: &str) -> Option<String> {
    let root = word
        .strip_suffix("és")
        .or_else(|| word.strip_suffix("eses"))?;
    (root.chars().count() >= MIN_ROOT_CHARS).then(|| format!("{root}es"))
}

/// The term of a Portuguese noun stressed on a final "-é" and of its plural in "-és" ("maré",
/// "marés"; "café", "cafés"; "jacaré"): the root with its "e", folded. Snowball drops the
/// final "é" as it drops a verb's "-e", so "maré" (tide) met "Maria" and "marido" and its
/// plural met "mar" (sea), and "café" and "cafés" got two terms. `None` for other words; the
/// root has at least `MIN_STRESSED_E_ROOT_CHARS` letters ("pé", "fé" are left alone).
pub(super) fn portuguese_stressed_e(word: &str) -> Option<String> {
    let root = word.strip_suffix('é').or_else(|| word.strip_suffix("és"))?;
    (root.chars().count() >= MIN_STRESSED_E_ROOT_CHARS && root.chars().all(char::is_alphabetic))
        .then(|| format!("{root}e"))
}

/// Least letters before a Portuguese final "-é" for [`portuguese_stressed_e`].
const MIN_STRESSED_E_ROOT_CHARS: usize = 3;

/// Final stressed syllables whose accent goes, Spanish.
const SPANISH_FINAL: &[(&str, &str)] = &[("án", "an"), ("én", "en"), ("ás", "as"), ("ós", "os")];

/// Final stressed syllables whose accent goes, Portuguese.
const PORTUGUESE_FINAL: &[(&str, &str)] = &[
    ("ém", "em"),
    ("és", "es"),
    ("ês", "es"),
    ("ós", "os"),
    ("ás", "as"),
];

/// The final syllables a future ends with ("pasarán", "farás").
const FUTURE_ENDINGS: &[&str] = &["án", "ás"];

/// Least letters of a word whose final accent goes: shorter ones are function words and
/// verbs ("más", "dás", "nós").
const MIN_FINAL_STRESS_CHARS: usize = 4;

/// A Spanish word without the accent of its stressed final "-án", "-ás" or "-ós".
pub(super) fn spanish_final_stress(word: &str) -> Option<String> {
    without_final_accent(word, SPANISH_FINAL)
}

/// A Portuguese word without the accent of its stressed final syllable.
pub(super) fn portuguese_final_stress(word: &str) -> Option<String> {
    without_final_accent(word, PORTUGUESE_FINAL)
}

fn without_final_accent(word: &str, endings: &[(&str, &str)]) -> Option<String> {
    if word.chars().count() < MIN_FINAL_STRESS_CHARS {
        return None;
    }
    endings.iter().find_map(|(accented, plain)| {
        let root = word.strip_suffix(accented)?;
        let future = FUTURE_ENDINGS.contains(accented) && is_future_root(root);
        (!future).then(|| format!("{root}{plain}"))
    })
}

/// Whether the letters before a final "-án"/"-ás" are a future's "-r-" after a vowel or the
/// "-dr-" of "vendrán", "saldrás".
fn is_future_root(root: &str) -> bool {
    let Some(before) = root.strip_suffix('r') else {
        return false;
    };
    before.ends_with(|c: char| "aeiouáéíóúd".contains(c))
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};

    #[test]
    fn a_portuguese_stressed_e_meets_its_plural_and_nothing_else() {
        assert_same_terms(
            Language::Pt,
            &[("maré", "marés"), ("café", "cafés"), ("jacaré", "jacarés")],
        );
        let pt = |w: &str| test_terms(Language::Pt, w);
        assert_ne!(pt("maré"), pt("Maria"));
        // Typed without its accent, "marés" is "mares", seas: the plural of "mar".
        assert_ne!(pt("marés"), pt("mares"));
        assert_ne!(pt("maré"), pt("marido"));
        assert_eq!(pt("maré"), vec!["mare".to_string()]);
    }

    #[test]
    fn a_stressed_es_its_plural_and_its_unaccented_spelling_share_a_term() {
        let spanish = [
            ("interés", "intereses"),
            ("interes", "intereses"),
            ("inglés", "ingleses"),
            ("ingles", "inglés"),
            ("franceses", "francés"),
            ("japonés", "japoneses"),
            ("mes", "meses"),
        ];
        assert_same_terms(Language::Es, &spanish);
        let interest = test_terms(Language::Es, "interés");
        assert_ne!(interest, test_terms(Language::Es, "interno"));
    }

    #[test]
    fn a_stressed_final_syllable_typed_without_its_accent_meets_it() {
        // A future keeps its accent, and so meets its infinitive ("pasarán").
        let spanish = [
            ("Beltrán", "beltran"),
            ("Tomás", "tomas"),
            ("almacén", "almacen"),
            ("veintidós", "veintidos"),
            ("trabajábamos", "trabajabamos"),
            ("deberíamos", "deberiamos"),
            ("cambiarían", "cambiarian"),
            ("pasarán", "pasar"),
            ("mineria", "minería"),
            ("ingenierias", "ingeniería"),
            ("deberia", "debería"),
            ("pediria", "pediría"),
            ("materia", "materias"),
        ];
        assert_same_terms(Language::Es, &spanish);
        let portuguese = [
            ("Belém", "belem"),
            ("Tapajós", "tapajos"),
            ("três", "tres"),
            ("Santarém", "santarem"),
            ("mandávamos", "mandavamos"),
            ("discutíamos", "discutiamos"),
        ];
        assert_same_terms(Language::Pt, &portuguese);
    }
}
