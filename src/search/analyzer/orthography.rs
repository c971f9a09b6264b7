//! Portuguese spellings from before the 1990 agreement, still printed in Portugal and in
//! older articles: a silent "c" before "ç" or "t" ("acção", "direcção", "actividade",
//! "projecto", "facto") that the Brazilian and the current spellings drop ("ação", "direção",
//! "atividade", "projeto", "fato"). Without it a European article and a Brazilian question
//! never met on those words.
//!
//! Every Portuguese word loses such a "c", in the index and in questions alike, so words that
//! keep it in every spelling ("pacto", "aspecto") still meet themselves; the cost is that a few
//! meet another word ("pacto" and "pato").

use std::borrow::Cow;

/// Letters after which a silent "c" stood.
const VOWELS: &[char] = &[
    'a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'â', 'ê', 'ô',
];

/// Letters before which a "c" after a vowel was silent.
const AFTER_SILENT_C: &[char] = &['ç', 't'];

/// The word without the silent "c" of the old spelling; most words come back unchanged.
pub(super) fn current_portuguese_spelling(word: &str) -> Cow<'_, str> {
    if !(word.contains("cç") || word.contains("ct")) {
        return Cow::Borrowed(word);
    }
    let chars: Vec<char> = word.chars().collect();
    let silent = |at: usize| {
        chars[at] == 'c'
            && at > 0
            && VOWELS.contains(&chars[at - 1])
            && chars
                .get(at + 1)
                .is_some_and(|c| AFTER_SILENT_C.contains(c))
    };
    if !(0..chars.len()).any(silent) {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        (0..chars.len())
            .filter(|&at| !silent(at))
            .map(|at| chars[at])
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::super::{assert_same_terms, Language};
    use super::*;

    #[test]
    fn the_old_spelling_meets_the_current_one() {
        let spellings = [
            ("acção", "ação"),
            ("projecto", "projeto"),
            ("casa", "casa"),
            ("ct", "ct"),
        ];
        for (written, current) in spellings {
            assert_eq!(current_portuguese_spelling(written), current);
        }
        assert_same_terms(
            Language::Pt,
            &[
                ("direcção", "direção"),
                ("actividades", "atividades"),
                ("objectivo eléctrico", "objetivo elétrico"),
                ("contacto", "contato"),
            ],
        );
    }
}
