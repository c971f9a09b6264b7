//! The subject of a verb of asking in the introduction ("A Rádio Vale Azul conversou com a
//! artista", "Ana Lima habló con el cantante") asked the questions: a journalist or their
//! outlet, never the person interviewed, even when the guest it talked with goes unnamed.

use crate::corpus::reported::ASKED;

/// Some text of `texts` writes `name` right before a verb of asking ("… conversou com").
pub(super) fn asks(name: &str, texts: &[&str]) -> bool {
    texts.iter().any(|text| {
        text.match_indices(name).any(|(at, _)| {
            let after = text[at + name.len()..].trim_start().to_lowercase();
            ASKED.iter().any(|verb| {
                after
                    .strip_prefix(verb)
                    .is_some_and(|rest| rest.starts_with(' '))
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subject_of_a_verb_of_asking_asked() {
        let intro = "A Rádio Vale Azul conversou com a artista, que canta sábado.";
        assert!(asks("Rádio Vale Azul", &[intro]));
        assert!(!asks("Lia Mar", &["Lia Mar conversou."]));
        assert!(!asks(
            "Lia Mar",
            &["A Rádio Vale Azul conversou com Lia Mar ontem."]
        ));
    }
}
