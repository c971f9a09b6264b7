//! A person the introduction names through the guest: a relative ("filha de Rui Sá", "hijo de
//! Ana Ruiz", "daughter of Ivo Lund") or the musician who accompanies them ("na companhia de
//! Rui Sá", "accompanied by Ana Ruiz"). The guest is the one so described, never the person
//! named after the phrase: pages introduce a singer as a famous father's daughter, or a concert
//! with the pianist who plays it, and that other name is often the fuller one, named again in
//! the answers. It is blanked, so a wrong name is not printed under every quote.

use super::{bare_lower, blank, capitalised_past_quotes, ends_clause, run_end};

/// Words for a relative (Portuguese, Spanish, English), lowercase: before "de", "of" they make
/// the name after them someone else's relation.
const KIN: &[&str] = &[
    "filho",
    "filha",
    "pai",
    "mãe",
    "irmão",
    "irmã",
    "neto",
    "neta",
    "avô",
    "avó",
    "marido",
    "esposa",
    "viúva",
    "viúvo",
    "sobrinho",
    "sobrinha",
    "hijo",
    "hija",
    "padre",
    "madre",
    "hermano",
    "hermana",
    "nieto",
    "nieta",
    "abuelo",
    "abuela",
    "esposo",
    "viuda",
    "viudo",
    "sobrino",
    "sobrina",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "grandson",
    "granddaughter",
    "husband",
    "wife",
    "widow",
    "nephew",
    "niece",
];

/// The preposition after a kin word ("filha de", "hijo del", "son of").
const OF: &[&str] = &["de", "do", "da", "del", "of"];

/// Phrases before the name of whoever accompanies the guest, lowercase, as words.
const COMPANY: &[&[&str]] = &[
    &["companhia", "de"],
    &["compañía", "de"],
    &["company", "of"],
    &["acompanhado", "por"],
    &["acompanhada", "por"],
    &["acompanhado", "de"],
    &["acompanhada", "de"],
    &["acompañado", "por"],
    &["acompañada", "por"],
    &["acompañado", "de"],
    &["acompañada", "de"],
    &["accompanied", "by"],
];

/// A word for a relative ("filha", "hijo", "son"), in any case.
pub fn is_kin_word(word: &str) -> bool {
    KIN.contains(&bare_lower(word).as_str())
}

/// A word for a relative and the preposition after it ("filha de", "son of").
pub fn is_kin(head: &str, of: &str) -> bool {
    is_kin_word(head) && OF.contains(&bare_lower(of).as_str())
}

/// Blanks the run of capitals after a kin word and its preposition, or after a phrase of
/// company (see the module doc).
pub(super) fn blank_relations(words: &mut [String]) {
    for i in 1..words.len() {
        if !capitalised_past_quotes(&words[i]) || ends_clause(&words[i - 1]) {
            continue;
        }
        let before = |k: usize| (i >= k).then(|| bare_lower(&words[i - k]));
        let (Some(prep), Some(head)) = (before(1), before(2)) else {
            continue;
        };
        let kin = is_kin(&head, &prep);
        let company = COMPANY.iter().any(|p| p[0] == head && p[1] == prep);
        if (kin || company) && !ends_clause(&words[i - 2]) {
            let end = run_end(words, i).max(i + 1);
            words[i..end].iter_mut().for_each(blank);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(text: &str) -> String {
        let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
        blank_relations(&mut words);
        words.join(" ")
    }

    #[test]
    fn a_relative_or_an_accompanist_is_blanked() {
        assert_eq!(
            blanked("A cantora Lelé, 40, filha de Tomé do Rio, canta."),
            "A cantora Lelé, 40, filha de — — —, canta."
        );
        assert_eq!(
            blanked("Volta ao palco na companhia de Rui Sá."),
            "Volta ao palco na companhia de — —."
        );
        assert_eq!(
            blanked("Toca acompañada por Ana Ruiz y su banda."),
            "Toca acompañada por — — y su banda."
        );
        // The person described stays.
        assert_eq!(blanked("Ana Ruiz canta."), "Ana Ruiz canta.");
        assert_eq!(
            blanked("El padre, Ivo Lund, canta."),
            "El padre, Ivo Lund, canta."
        );
    }
}
