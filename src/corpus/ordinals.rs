//! Questions numbered by an ordinal word instead of a figure ("First. Why…", "Segunda. ¿Qué…?",
//! "Terceira: Como…"): a blog's questionnaire counts its questions in words. The word stands
//! for its number, so such a run is read as the editor's numbering, and a question that does
//! not end with `?` still opens a turn.

/// Ordinal words by number, 1 to 10, in the languages the corpus holds (masculine and feminine
/// forms where they differ), lowercase.
const ORDINALS: [&[&str]; 10] = [
    &[
        "first",
        "primera",
        "primero",
        "primeira",
        "primeiro",
        "première",
        "premier",
        "prima",
        "primo",
    ],
    &[
        "second",
        "segunda",
        "segundo",
        "deuxième",
        "seconde",
        "seconda",
        "secondo",
    ],
    &[
        "third",
        "tercera",
        "tercero",
        "terceira",
        "terceiro",
        "troisième",
        "terza",
        "terzo",
    ],
    &[
        "fourth",
        "cuarta",
        "cuarto",
        "quarta",
        "quarto",
        "quatrième",
    ],
    &["fifth", "quinta", "quinto", "cinquième"],
    &["sixth", "sexta", "sexto", "sixième", "sesta", "sesto"],
    &[
        "seventh",
        "séptima",
        "séptimo",
        "sétima",
        "sétimo",
        "septième",
        "settima",
        "settimo",
    ],
    &[
        "eighth",
        "octava",
        "octavo",
        "oitava",
        "oitavo",
        "huitième",
        "ottava",
        "ottavo",
    ],
    &["ninth", "novena", "noveno", "nona", "nono", "neuvième"],
    &["tenth", "décima", "décimo", "dixième", "decima", "decimo"],
];

/// "Quinta. Escolhe…" as 5 and "Escolhe…": a capitalised ordinal word, then `.` or `:` and a
/// space before a capital or an opening `¿`/`¡`. A word followed by a comma ("First, we…")
/// opens a sentence, not a numbered question.
pub fn ordinal_prefix(text: &str) -> Option<(u32, &str)> {
    let end = text.find(['.', ':'])?;
    let word = &text[..end];
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let rest = text[end + 1..].strip_prefix(' ')?.trim_start();
    if !rest.starts_with(|c: char| c.is_uppercase() || c == '¿' || c == '¡') {
        return None;
    }
    let lower = word.to_lowercase();
    let index = ORDINALS
        .iter()
        .position(|forms| forms.contains(&lower.as_str()))?;
    Some((u32::try_from(index).ok()? + 1, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinal_words_number_questions() {
        assert_eq!(
            ordinal_prefix("Tercera. Haz tu lista."),
            Some((3, "Haz tu lista."))
        );
        assert_eq!(ordinal_prefix("Second: ¿y?"), Some((2, "¿y?")));
        assert_eq!(ordinal_prefix("First, we trained."), None);
        assert_eq!(ordinal_prefix("Primera. la clase"), None);
        assert_eq!(ordinal_prefix("Hello. World"), None);
        assert_eq!(ordinal_prefix("Third) Why clay?"), None);
    }
}
