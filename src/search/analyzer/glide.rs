//! The "i" Snowball leaves at the end of some stems only, removed so that the forms of one word
//! meet.

/// A Spanish stem without the "i" Snowball leaves at its end in some forms only: "cambió"
/// loses "-ió" ("camb") while "cambiar" keeps "cambi", and "crecio" typed without its accent
/// keeps "creci" while "crecer" is "crec". A root of three letters keeps it, unless `word` (as
/// written) is a preterite in "-ió" ("abrió" is "abrir"): "medio" and "media" are not "medir",
/// nor "Celia" "cielo".
pub(super) fn spanish_stem_without_glide(word: &str, stem: String) -> String {
    if SPANISH_NOUNS_IN_IO.contains(&stem.as_str()) {
        return stem;
    }
    let min_root = if word.ends_with("ió") {
        MIN_PRETERITE_ROOT_CHARS
    } else {
        MIN_GLIDE_ROOT_CHARS
    };
    match stem.strip_suffix('i') {
        Some(root) if root.chars().count() >= min_root => root.to_string(),
        _ => stem,
    }
}

/// Stems of nouns in "-io" that keep their "i": without it they are another common word,
/// "estadio" (stadium) the "estado" (state) every political answer names. Spanish "estudio"
/// is also "estudiar" and loses it.
const SPANISH_NOUNS_IN_IO: &[&str] = &["estadi"];

/// Portuguese stems that keep their "i" likewise: "estádio" is not "estado", nor "estúdio"
/// (studio) "estudo" (study).
const PORTUGUESE_NOUNS_IN_IO: &[&str] = &["estadi", "estudi"];

/// Least root a Spanish stem keeps when it loses a final "i" outside a preterite (see
/// [`spanish_stem_without_glide`]).
const MIN_GLIDE_ROOT_CHARS: usize = 4;

/// A Portuguese stem without the final "i" of a masculine in "-io" ("próprio" -> "propri"),
/// whose feminine lost "-ia" as if it were a verb's imperfect ("própria" -> "propr"), and of
/// an imperfect Snowball does not reduce ("distribuía" -> "distribui"). Shorter roots keep it:
/// "médio", "índio" and "areia" would meet "medo", "indo" and "área".
pub(super) fn portuguese_stem_without_glide(stem: String) -> String {
    if PORTUGUESE_NOUNS_IN_IO.contains(&stem.as_str()) {
        return stem;
    }
    match stem.strip_suffix('i') {
        Some(root) if root.chars().count() >= MIN_PORTUGUESE_GLIDE_ROOT_CHARS => root.to_string(),
        _ => stem,
    }
}

/// Least root a Portuguese stem keeps when it loses a final "i" (see
/// [`portuguese_stem_without_glide`]).
const MIN_PORTUGUESE_GLIDE_ROOT_CHARS: usize = 4;

/// Least root a Spanish preterite in "-ió" keeps ("abrió" -> "abr").
const MIN_PRETERITE_ROOT_CHARS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks `rule` on (word, expected) pairs.
    fn check(rule: impl Fn(&str) -> String, cases: &[(&str, &str)]) {
        for (word, expected) in cases {
            assert_eq!(rule(word), *expected, "{word}");
        }
    }

    #[test]
    fn stems_ending_in_i() {
        check(
            |s| spanish_stem_without_glide("", s.to_string()),
            &[
                ("cambi", "camb"),
                ("creci", "crec"),
                ("vi", "vi"),
                ("sal", "sal"),
                ("medi", "medi"),
            ],
        );
        assert_eq!(spanish_stem_without_glide("abrió", "abri".into()), "abr");
        super::super::assert_same_terms(
            super::super::Language::Es,
            &[("abrió", "abre"), ("cambió", "cambiar")],
        );
        let es = |w: &str| super::super::test_terms(super::super::Language::Es, w);
        assert_ne!(es("medio"), es("medir"));
        assert_ne!(es("estadio"), es("estado"));
        assert_eq!(es("estadios"), es("estadio"));
        assert_eq!(es("estudio"), es("estudiar"));
        let pt = |w: &str| super::super::test_terms(super::super::Language::Pt, w);
        assert_ne!(pt("estádio"), pt("estado"));
        assert_ne!(pt("estúdio"), pt("estudo"));
        assert_eq!(pt("estúdios"), pt("estúdio"));
        assert_eq!(pt("própria"), pt("próprio"));
    }
}
