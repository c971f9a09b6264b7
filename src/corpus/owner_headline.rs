//! Headlines that present a person with something of theirs: "Ilda Serra e o seu novo disco",
//! "Tomas Reed y su taller", "Ada Moss and her kilns". The name opens the headline, then a
//! conjunction and a possessive: the person the piece is about and their work, the way
//! magazines title a portrait or a programme's host.

use super::name_words::{name_cased, trim_word, ARTICLES};

/// "and" in the languages the corpus holds (English, Spanish, Portuguese, French, German).
const CONJUNCTIONS: &[&str] = &["and", "y", "e", "et", "und"];

/// Possessives (his, her, their; "seu", "sua"; "su"; "son", "sa"; "sein", "ihr"), with the
/// article Portuguese sets before them ("o seu", "a sua"), lowercase.
const POSSESSIVES: &[&str] = &[
    "his", "her", "their", "seu", "sua", "seus", "suas", "su", "sus", "son", "sa", "ses", "sein",
    "seine", "ihr", "ihre",
];

/// Articles Portuguese sets before a possessive ("o seu", "as suas").
const ARTICLES_BEFORE_POSSESSIVE: &[&str] = &["o", "a", "os", "as"];

/// A name opening such a headline has two or three words ("Ilda Serra", "Ilda Serra Lobo"):
/// one capitalised word before "and" may be a group or a place ("Lisboa e os seus bairros").
const OWNER_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// The name a headline opens with before "and" and a possessive ("Ilda Serra e o seu
/// programa"): two or three words written as names are, then the conjunction, an optional
/// article, the possessive.
pub fn owner_headline(title: &str) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let count = words
        .iter()
        .take_while(|w| name_cased(w) && trim_word(w) == **w)
        .count();
    let rest = words.get(count..)?;
    let (conjunction, rest) = rest.split_first()?;
    let rest = match rest.first() {
        Some(article) if ARTICLES_BEFORE_POSSESSIVE.contains(article) => &rest[1..],
        _ => rest,
    };
    let possessive = rest.first()?;
    // A group or a thing opens with an article ("The Harbour Boys", "Los Faroles"); a person
    // does not.
    let article = words
        .first()
        .is_some_and(|w| ARTICLES.contains(&w.to_lowercase().as_str()));
    let shaped = !article
        && OWNER_NAME_WORDS.contains(&count)
        && CONJUNCTIONS.contains(conjunction)
        && POSSESSIVES.contains(possessive)
        && rest.len() >= 2;
    shaped.then(|| words[..count].join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_and_their_work_open_the_headline() {
        for (title, name) in [
            ("Ilda Serra e o seu novo disco", "Ilda Serra"),
            ("Tomas Reed y su taller de barcos", "Tomas Reed"),
            ("Ada Moss and her kilns", "Ada Moss"),
            ("Nuno Paiva Lobo e as suas canções", "Nuno Paiva Lobo"),
        ] {
            assert_eq!(owner_headline(title).as_deref(), Some(name), "{title}");
        }
    }

    #[test]
    fn other_headlines_with_and_name_nobody() {
        for title in [
            // One word may be a place or a group.
            "Lisboa e os seus bairros",
            // Two people, no possessive.
            "Ada Moss and Tomas Reed",
            // A sentence, not a name, before the conjunction.
            "The harbour and its boats",
            // An article opens a group's or a thing's name.
            "The Harbour Boys and their songs",
            // Nothing owned after the possessive.
            "Ada Moss and her",
            // A comma closes the name: an apposition follows.
            "Ada Moss, potter, and her kilns",
        ] {
            assert_eq!(owner_headline(title), None, "{title}");
        }
    }
}
