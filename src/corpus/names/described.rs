//! The person the introduction's opening describes in an apposition: an age ("A cantora Lelé,
//! 40, lança…", the press's way of presenting whoever the piece is about) or a relation to
//! someone else ("Ana Ruiz, hija de Tomás Ruiz, …"). The one described is the guest, even
//! when a name is a single word (a stage name) or the relative's name is the fuller one.

use crate::corpus::bystanders::{is_kin, is_kin_word};
use crate::corpus::labels::NAME_PARTICLES;
use crate::corpus::name_words::{trim_word, written_lowercase};

/// A name in an apposition has at most this many words ("Maria da Conceição Tavares").
const MAX_DESCRIBED_WORDS: usize = 5;

/// An age in an apposition is at most this number: a larger one is a year or an amount.
const MAX_AGE: u32 = 110;

/// The person the title or the first paragraph of the introduction (`texts`) describes with an
/// age or a relation, the first one written; `whole` is every paragraph, where a name word is
/// never written in lowercase.
pub(super) fn described_person(texts: &[&str], whole: &[&str]) -> Option<String> {
    texts
        .iter()
        .take(2)
        .find_map(|text| described_in(text, whole))
}

/// The first name in `text` right before an apposition of age or relation.
fn described_in(text: &str, whole: &[&str]) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (0..words.len()).find_map(|end| {
        let described = words[end].ends_with(',') && apposition(&words[end + 1..]);
        let name = described
            .then(|| name_before(&words, end, whole))
            .flatten()?;
        // The relative named after "filha de", or set off after "o pai,", is described by
        // what follows too.
        let start = end + 1 - name.split_whitespace().count();
        let after_kin = start >= 2 && is_kin(words[start - 2], words[start - 1]);
        let set_off = start >= 1 && (words[start - 1].strip_suffix(',')).is_some_and(is_kin_word);
        (!after_kin && !set_off).then_some(name)
    })
}

/// `after` opens with an age ("40,") or with a relation ("filha de").
fn apposition(after: &[&str]) -> bool {
    let age = after.first().is_some_and(|w| {
        let number = w.strip_suffix(',').unwrap_or_default();
        number
            .parse::<u32>()
            .is_ok_and(|n| (1..=MAX_AGE).contains(&n))
    });
    let rest = if age { &after[1..] } else { after };
    let kin = matches!(rest, [head, of, ..] if is_kin(head, of));
    age || kin
}

/// The name ending at `words[end]`: name-cased words (a typographic apostrophe inside, as in a
/// stage name), particles between them, none written in lowercase in `whole`.
fn name_before(words: &[&str], end: usize, whole: &[&str]) -> Option<String> {
    let name_word = |w: &str| {
        let w = trim_word(w);
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
            && !written_lowercase(w, whole)
    };
    let particle = |w: &str| NAME_PARTICLES.contains(&w);
    if !name_word(words[end]) {
        return None;
    }
    let mut start = end;
    while start > 0 && end - start + 1 < MAX_DESCRIBED_WORDS {
        let previous = words[start - 1];
        let joined = particle(previous) && start >= 2 && name_word(words[start - 2]);
        if name_word(previous) && !previous.ends_with([',', '.', ';', ':']) {
            start -= 1;
        } else if joined {
            start -= 2;
        } else {
            break;
        }
    }
    let name: Vec<&str> = words[start..=end].iter().map(|w| trim_word(w)).collect();
    Some(name.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_person_an_age_or_a_relation_describes_is_the_guest() {
        let intro = "A cantora Lelé, 40, filha de Tomé do Rio, faz show no Bar Azul.";
        let whole = [intro, "O que muda?", "Tudo muda."];
        assert_eq!(
            described_person(&["", intro], &whole).as_deref(),
            Some("Lelé")
        );
        let intro = "El actor Íñigo Sanz Pardo, hijo de la actriz Rosa Pardo, estrena obra.";
        let whole = [intro, "¿Qué cambia?", "Todo."];
        assert_eq!(
            described_person(&["", intro], &whole).as_deref(),
            Some("Íñigo Sanz Pardo")
        );
    }

    #[test]
    fn a_relative_or_a_plain_list_is_not_described() {
        let intro = "Canta com o pai, Tomé do Rio, 80, no Bar Azul.";
        let whole = [intro, "O que muda?", "Tudo muda."];
        assert_eq!(described_person(&["", intro], &whole), None);
        let intro = "Conversamos sobre Lisboa, Porto e Braga.";
        assert_eq!(described_person(&["", intro], &[intro]), None);
        let intro = "Nasceu em 1960 e foi filha de Ana Lobo, 2014, em Braga.";
        assert_eq!(described_person(&["", intro], &[intro]), None);
    }
}
