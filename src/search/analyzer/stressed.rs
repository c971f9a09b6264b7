//! Spanish words ending in a stressed "-és" ("interés", "inglés", "francés") and their plurals
//! in "-eses" ("intereses", "ingleses").
//!
//! Snowball keeps the accented "-és" of the singular but cuts the "-es" of the plural and of
//! the singular typed without its accent, so "interés", "intereses" and "interes" got three
//! different terms, and a question about "los intereses del préstamo" missed an answer that
//! spoke of "el interés". All three are read as the unaccented singular.

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

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, test_terms, Language};

    #[test]
    fn a_stressed_es_its_plural_and_its_unaccented_spelling_share_a_term() {
        assert_same_terms(
            Language::Es,
            &[
                ("interés", "intereses"),
                ("interes", "intereses"),
                ("inglés", "ingleses"),
                ("ingles", "inglés"),
                ("franceses", "francés"),
                ("japonés", "japoneses"),
            ],
        );
        assert_eq!(
            test_terms(Language::Es, "mes"),
            test_terms(Language::Es, "meses")
        );
        assert_ne!(
            test_terms(Language::Es, "interés"),
            test_terms(Language::Es, "interno")
        );
    }
}
