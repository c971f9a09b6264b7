//! The person the introduction says it talked with and presents by a role in apposition
//! ("cruzamos unas preguntas con Ada, vocalista de la banda", "we talk to [Maya](…), the
//! creator of …", "conversámos com Tó, autor do livro"): music and games pages often give a
//! guest's first name or stage name only, which the rules for full names pass over.

use crate::corpus::name_words::INDEFINITE_ARTICLES;
use crate::corpus::name_words::{name_cased, trim_word, written_lowercase, ARTICLES};
use std::ops::RangeInclusive;

/// Prepositions (English, Spanish, Portuguese) after which a conversation names whom it was
/// with: "talk with", "hablamos con", "conversámos com"; "to" only after a verb of talking
/// ([`TALK_TO`]), since one goes "to" places too.
const WITH: &[&str] = &["with", "con", "com"];

/// Verbs of talking, as their forms open, that "to" follows ("talk to", "spoke to").
const TALK_TO: &[&str] = &["talk", "speak", "spoke", "chat"];

/// Words of the presented name: a stage name or a first name, up to a full name.
const NAME_WORDS: RangeInclusive<usize> = 1..=3;

/// Words of the role before its "of" ("the lead singer of"): an article and two words.
const MAX_ROLE_WORDS: usize = 3;

/// Prepositions closing a role ("vocalista de la banda", "creator of", "autor do livro").
const OF: &[&str] = &["of", "de", "del", "da", "do", "at", "en", "em"];

/// The person an introduction paragraph of `texts` (past the title) presents so; the name is
/// never written in lowercase in the page (`whole`).
pub(super) fn presented_guest(texts: &[&str], whole: &[&str]) -> Option<String> {
    let intro = texts.iter().skip(1);
    // A sentence ends at a stop and a space: an address in a link keeps its dots.
    let mut sentences = intro
        .flat_map(|t| t.split(". "))
        .flat_map(|s| s.split("; "));
    sentences.find_map(|sentence| {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        (0..words.len()).find_map(|i| presented_at(&words, i, whole))
    })
}

/// The name after the preposition at `at`, when a comma closes it and a role follows.
fn presented_at(words: &[&str], at: usize, whole: &[&str]) -> Option<String> {
    let word = words[at].to_lowercase();
    let talked = |i: usize| {
        let verb = words[i].to_lowercase();
        TALK_TO.iter().any(|t| verb.starts_with(t))
    };
    let talked_to = word == "to" && at.checked_sub(1).is_some_and(talked);
    if !WITH.contains(&word.as_str()) && !talked_to {
        return None;
    }
    let rest = &words[at + 1..];
    let end = rest.iter().position(|w| w.ends_with(','))?;
    let name: Vec<&str> = rest[..=end].iter().map(|w| link_text(w)).collect();
    let shaped = NAME_WORDS.contains(&name.len())
        && name.iter().all(|w| name_cased(w))
        && !name.iter().any(|w| written_lowercase(w, whole));
    let first = name.first()?.to_lowercase();
    let article =
        ARTICLES.contains(&first.as_str()) || INDEFINITE_ARTICLES.contains(&first.as_str());
    (shaped && !article && role_follows(&rest[end + 1..])).then(|| name.join(" "))
}

/// Opens with a role in lowercase closed by "of"/"de" within [`MAX_ROLE_WORDS`] words.
fn role_follows(words: &[&str]) -> bool {
    let role = words.iter().take(MAX_ROLE_WORDS + 1);
    let lowercase = |w: &&&str| w.chars().next().is_some_and(char::is_lowercase);
    let mut role = role.take_while(|w| !OF.contains(w)).collect::<Vec<_>>();
    let closed = words.get(role.len()).is_some_and(|w| OF.contains(w));
    role.retain(|w| !ARTICLES.contains(w) && !INDEFINITE_ARTICLES.contains(w));
    closed && !role.is_empty() && role.len() <= MAX_ROLE_WORDS && role.iter().all(lowercase)
}

/// The shown text of a Markdown link ("[Maya](https://…)," is "Maya"), else the word without
/// its punctuation.
fn link_text(word: &str) -> &str {
    let shown = (word.strip_prefix('['))
        .and_then(|w| w.split_once("]("))
        .map(|(shown, _)| shown);
    trim_word(shown.unwrap_or(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guest(intro: &str) -> Option<String> {
        let texts = ["Title", intro];
        let whole = [intro, "Why?", "Because.", "Title"];
        presented_guest(&texts, &whole)
    }

    #[test]
    fn a_name_in_apposition_to_a_role_after_with_is_the_guest() {
        let found = guest("Para hablar de ello, charlamos con Tito, vocalista de la banda.");
        assert_eq!(found.as_deref(), Some("Tito"));
        let found = guest("In this interview, we talk to [Nell](https://x.y), the creator of Bog.");
        assert_eq!(found.as_deref(), Some("Nell"));
        let found = guest("Conversámos com Rui Sá, autor do livro.");
        assert_eq!(found.as_deref(), Some("Rui Sá"));
    }

    #[test]
    fn a_place_or_a_name_without_a_role_is_no_guest() {
        // No role after the comma.
        assert_eq!(guest("We talk to Nell, and she answers."), None);
        // An article opens the run: a thing.
        assert_eq!(guest("We talk with The Dock, home of the band."), None);
        // Going to a place, no talking.
        assert_eq!(guest("We drove to Lisbon, capital of the country."), None);
        // A place, then a capitalised word: no role.
        assert_eq!(guest("We drove to Lisbon, Capital of Portugal."), None);
    }
}
