//! A speaker label cut by the end of the text: a page saved or excerpted mid-word may end on
//! the first letters of the next label ("V. G" of "Victor García:"), which is no one's words.

use super::reading::{Clutter, Dropped, Para, Speaker};

/// Drops the body's last paragraph when it is only initials (one letter a word, with or
/// without periods) spelling the start of a speaker label the body uses.
pub fn drop_cut_label(paras: &mut Vec<Para>, speakers: &[Speaker], dropped: &mut Vec<Dropped>) {
    let Some(last) = paras.last() else {
        return;
    };
    let letters: Vec<char> = last
        .text
        .split([' ', '.'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            (chars.next(), chars.next())
        })
        .map_while(|(first, second)| first.filter(|c| c.is_uppercase() && second.is_none()))
        .collect();
    let tokens = last
        .text
        .split([' ', '.'])
        .filter(|w| !w.is_empty())
        .count();
    let initials_of = |label: &str| -> Vec<char> {
        label
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let cut = !letters.is_empty()
        && letters.len() == tokens
        && speakers
            .iter()
            .any(|s| initials_of(&s.label).starts_with(&letters) && s.label.contains(' '));
    if cut {
        let p = paras.pop().expect("a last paragraph");
        dropped.push(Dropped {
            line: p.line,
            text: p.text,
            reason: Clutter::CutLabel,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::reading::Role;
    use super::super::rhythm::tests::paras;
    use super::*;

    fn speaker(label: &str) -> Speaker {
        Speaker {
            label: label.into(),
            role: Role::Interviewee,
            count: 1,
            line: 1,
        }
    }

    #[test]
    fn the_initials_of_a_label_ending_the_text_are_dropped() {
        let speakers = [speaker("Victor García")];
        let mut dropped = Vec::new();
        let mut body = paras(&[
            "¿Por qué?",
            "Victor García: Porque sí.",
            "¿Y ahora?",
            "V. G",
        ]);
        drop_cut_label(&mut body, &speakers, &mut dropped);
        assert_eq!(body.len(), 3);
        assert_eq!(dropped[0].reason, Clutter::CutLabel);
        let mut other = paras(&[
            "¿Por qué?",
            "Victor García: Porque sí.",
            "¿Y ahora?",
            "Y. Z",
        ]);
        drop_cut_label(&mut other, &speakers, &mut dropped);
        assert_eq!(other.len(), 4);
    }
}
