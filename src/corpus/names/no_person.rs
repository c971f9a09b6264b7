//! Capitalised runs the introduction's prose rules may take for the guest but that name no
//! person: a question word opening a sentence ("What if…?"), an outlet the text presents by its
//! medium ("the magazine Harbour Weekly", "ao site Cultura Viva"), and a nickname given after
//! "aka" ("The Tidewater, aka Salt Dogs, is a band…"), which stands for what was named before it,
//! and a page's button or prompt opening with a verb ("Save this article to read it later.").

use crate::corpus::name_words::trim_word;
use crate::corpus::roles::MEDIA;

/// Interrogative words (English, Spanish, Portuguese), lowercase: opening a sentence they are
/// capitalised like a name, and never are one.
const QUESTION_WORDS: &[&str] = &[
    "what", "who", "whom", "whose", "which", "why", "how", "when", "where", "qué", "quién",
    "quiénes", "cuál", "cuáles", "cómo", "cuándo", "dónde", "cuánto", "cuánta", "que", "quem",
    "qual", "quais", "como", "quando", "onde", "quanto", "quanta",
];

/// Words that give another name to what was just named ("aka", "a.k.a.", "alias").
const ALIAS_WORDS: &[&str] = &["aka", "a.k.a.", "a.k.a", "alias"];

/// True when `name`, found by the introduction's prose rules, names no person in the page
/// (`whole`): see the module's documentation.
pub(super) fn is_no_person(name: &str, whole: &[&str]) -> bool {
    let first = trim_word(name.split_whitespace().next().unwrap_or_default()).to_lowercase();
    QUESTION_WORDS.contains(&first.as_str())
        || after_medium(name, whole)
        || whole.iter().any(|text| after_alias(name, text))
        || is_imperative(name, whole)
}

/// Words that open a noun phrase and never follow a person's name directly: English articles,
/// demonstratives and possessives, Spanish and Portuguese demonstratives (their articles are
/// also object pronouns after a name: "Ana la llamó"), lowercase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "your", "our", "my", "their", "este",
    "esta", "estos", "estas", "esse", "essa", "esses", "essas",
];

/// A one-word `name` that the page (`whole`) writes, as a word, only right before a
/// determiner: a verb opening a sentence ("Save this article…", "Read the full story"), which
/// a page's button or prompt capitalises like a name. A person's name is followed by a verb
/// or a punctuation mark, never by "this" or "the".
pub(super) fn is_imperative(name: &str, whole: &[&str]) -> bool {
    if name.split_whitespace().count() != 1 {
        return false;
    }
    let mut places = whole.iter().flat_map(|text| {
        let words: Vec<&str> = text.split_whitespace().collect();
        // A mark after the word ("Ivo: The sea…") parts it from the next one.
        let before_determiner = |k: usize| {
            let next = words.get(k + 1).map(|w| w.to_lowercase());
            words[k] == name && next.is_some_and(|w| DETERMINERS.contains(&w.as_str()))
        };
        (0..words.len())
            .filter(|&k| trim_word(words[k]) == name)
            .map(before_determiner)
            .collect::<Vec<_>>()
    });
    let mut any = false;
    let all = places.all(|before| {
        any = true;
        before
    });
    any && all
}

/// The words of `text` before each place it writes `name`, nearest first.
fn words_before<'a>(name: &str, text: &'a str) -> Vec<Vec<&'a str>> {
    let mut found = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(at) = rest.find(name) {
        let before = &text[..offset + at];
        // Brackets alone ("[" of a link) are no word.
        let words = before
            .split_whitespace()
            .filter(|w| !trim_word(w).is_empty());
        found.push(words.rev().collect());
        offset += at + name.len();
        rest = &text[offset..];
    }
    found
}

/// Endings of the adjectives written between a medium and its name ("revista eletrônica",
/// "jornal digital", "site goianiense"); a verb ("entrevistou", "interviewed") or a role ("host")
/// between makes the name a person's.
const ADJECTIVE_ENDINGS: &[&str] = &["ico", "ica", "al", "ense", "online"];

/// Every place the page (`whole`) writes `name`, it writes a medium right before it ("site
/// Cultura Viva"), or with one adjective between ("revista eletrônica Cultura Viva"); a
/// preposition between ("the blog of Ana Ruiz", "o podcast da Rita") makes the name the medium's
/// owner, a person, and a medium ending a clause ("the magazine, Ivo Lund") names nothing.
fn after_medium(name: &str, whole: &[&str]) -> bool {
    let open = |w: &&str| !w.ends_with([',', '.']);
    let medium = |w: &&str| open(w) && MEDIA.contains(&trim_word(w).to_lowercase().as_str());
    let adjective = |w: &&str| {
        let w = trim_word(w);
        let lowercase = w.chars().next().is_some_and(char::is_lowercase);
        lowercase && ADJECTIVE_ENDINGS.iter().any(|end| w.ends_with(end))
    };
    let places: Vec<_> = whole.iter().flat_map(|t| words_before(name, t)).collect();
    !places.is_empty()
        && places.iter().all(|before| match before.as_slice() {
            [first, ..] if medium(first) => true,
            [first, second, ..] => open(first) && adjective(first) && medium(second),
            _ => false,
        })
}

/// The text writes "aka" right before `name`.
fn after_alias(name: &str, text: &str) -> bool {
    words_before(name, text).iter().any(|before| {
        (before.first()).is_some_and(|w| {
            let w = w.trim_start_matches(['(', ',']).to_lowercase();
            ALIAS_WORDS.contains(&w.as_str())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_word_opening_a_sentence_is_no_person() {
        let whole = ["What if a harbour could talk? We ask Ivo."];
        assert!(is_no_person("What", &whole));
        assert!(is_no_person("Cómo", &whole));
        assert!(!is_no_person("Ivo Lund", &whole));
    }

    #[test]
    fn an_outlet_presented_by_its_medium_is_no_person() {
        let whole = [
            "Entrevista ao site Cultura Viva",
            "O Rui Sá, jornalista da revista eletrônica [Cultura Viva](http://x), escreveu-me.",
        ];
        assert!(is_no_person("Cultura Viva", &whole));
        assert!(!is_no_person("Rui Sá", &whole));
        // The medium's owner is a person.
        let whole = [
            "Leio o blog da Ana Ruiz todos os dias.",
            "In the podcast of Ivo Lund…",
        ];
        assert!(!is_no_person("Ana Ruiz", &whole));
        assert!(!is_no_person("Ivo Lund", &whole));
    }

    #[test]
    fn a_guest_after_a_medium_ending_a_clause_or_a_verb_or_a_role_is_a_person() {
        for text in [
            "In an interview with the magazine, Ivo Lund talks about boats.",
            "We asked the podcast host Ivo Lund about boats.",
            "The magazine interviewed Ivo Lund last week.",
        ] {
            assert!(!is_no_person("Ivo Lund", &[text]), "{text}");
        }
        assert!(!is_no_person(
            "Ana Ruiz",
            &["Em 2008 o site entrevistou Ana Ruiz."]
        ));
    }

    #[test]
    fn a_name_also_written_apart_from_a_medium_is_a_person() {
        let whole = ["O blog Ana Ruiz.", "Ana Ruiz: Obrigada pelo convite."];
        assert!(!is_no_person("Ana Ruiz", &whole));
        assert!(is_no_person("Ana Ruiz", &whole[..1]));
    }

    #[test]
    fn a_verb_opening_a_button_before_a_determiner_is_no_person() {
        let whole = [
            "Save this article to read it later.",
            "Find this story in your accountsSaved for Later.",
        ];
        assert!(is_no_person("Save", &whole));
        let whole = ["Ivo: The sea taught me.", "Ivo: The wind too."];
        assert!(!is_no_person("Ivo", &whole));
        // Written once before a determiner and once as a name: a person.
        let whole = ["Ivo the builder.", "We met Ivo at the yard."];
        assert!(!is_no_person("Ivo", &whole));
    }

    #[test]
    fn a_nickname_after_aka_is_no_person() {
        let whole = ["\"The Tidewater, aka Salt Dogs, is a heavy rock band.\""];
        assert!(is_no_person("Salt Dogs", &whole));
        assert!(!is_no_person("Tidewater", &whole));
    }
}
