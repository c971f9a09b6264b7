//! Front-matter names that name nobody (an author field a publishing tool fills with a
//! placeholder or a null) or need mending: a name with the speaker label's
//! initials glued on by a tool that flattened `Ana Ruiz (AR)` ("Ana Ruiz AR"). And the host a
//! guest thanks by first name when the page names no interviewer ("Thanks Dana."). And author
//! keys of publishing tools (`jdoe`), which name nobody.

use super::labels::NAME_PARTICLES;
use super::name_words::trim_word;
use super::thanks::THANKING;

/// Values a front matter's author key holds when no person is named: YAML's and Python's
/// nulls written out as text (`None`, `null`, `~`), and the defaults of blogging tools and
/// newsrooms for a post with no byline ("Various", "Staff", "Admin", "Redacción"), lowercase.
/// A name there would be the interviewer's; these would be shown as one.
const PLACEHOLDER_AUTHORS: &[&str] = &[
    "none",
    "null",
    "nil",
    "~",
    "n/a",
    "na",
    "-",
    "unknown",
    "anonymous",
    "various",
    "varios",
    "vários",
    "staff",
    "admin",
    "administrator",
    "administrador",
    "editor",
    "editors",
    "editorial",
    "redacción",
    "redaccion",
    "redação",
    "redacao",
    "desconocido",
    "desconhecido",
    "anónimo",
    "anônimo",
];

/// A front matter author that names nobody: a null written out or a tool's default byline
/// ([`PLACEHOLDER_AUTHORS`]), in any case.
pub fn is_placeholder_author(value: &str) -> bool {
    let value = value.trim().to_lowercase();
    value.is_empty() || PLACEHOLDER_AUTHORS.contains(&value.as_str())
}

/// Initials of a label have at most this many letters.
const MAX_GLUED_INITIALS: usize = 3;

/// The name without the initials glued after it ("Ana Maria Ruiz AMR", "Ana Ruiz AR"): a last
/// word in capitals whose letters open the words before it, in order.
pub fn without_glued_initials(name: &str) -> &str {
    let Some((before, last)) = name.trim().rsplit_once(' ') else {
        return name;
    };
    let letters: Vec<char> = last.chars().collect();
    let shaped = (2..=MAX_GLUED_INITIALS).contains(&letters.len())
        && letters.iter().all(|c| c.is_uppercase());
    let firsts: Vec<char> = (before.split_whitespace())
        .filter_map(|w| w.chars().next())
        .collect();
    let mut wanted = letters.iter().peekable();
    for first in &firsts {
        if wanted.peek() == Some(&first) {
            wanted.next();
        }
    }
    let glued = shaped && wanted.peek().is_none() && firsts.first() == letters.first();
    if glued {
        before.trim_end()
    } else {
        name
    }
}

/// The host is thanked in the conversation's first paragraphs: at most this many paragraphs
/// after the introduction are looked at.
const MAX_THANKED_SCAN: usize = 4;

/// The first name a guest thanks at the start of an answer ("Thanks Dana. Great to be
/// here.", "Gracias, Lucía."), among the first paragraphs after the introduction (`intro`
/// holds the title and introduction): the host, when the page names no interviewer. See
/// [`thanked_first_name`] for the words that are no host.
pub fn thanked_host(whole: &[&str], intro: &[&str], interviewee: Option<&str>) -> Option<String> {
    let conversation = whole.iter().filter(|t| !intro.contains(t));
    conversation.take(MAX_THANKED_SCAN).find_map(|text| {
        let words: Vec<&str> = text.split_whitespace().collect();
        let start = usize::from(words.first().is_some_and(|w| w.ends_with(':')));
        let thanks = words.get(start)?;
        let bare = trim_word(thanks).to_lowercase();
        if !THANKING.contains(&bare.as_str()) {
            return None;
        }
        let you = usize::from(bare == "thank");
        let name = words.get(start + 1 + you)?;
        let closes = name.ends_with(['.', '!', ',']);
        closes
            .then(|| thanked_first_name(name, whole, intro, interviewee))
            .flatten()
    })
}

/// `word`, a word a guest thanks, as the host's first name: shaped as one ("Dana": a capital,
/// then lowercase letters), never written in lowercase in `whole` (so no ordinary word), and
/// no word of the guest's name (`guest`) or of the title and introduction (`intro`), since a
/// host thanks the guest the same way.
pub(super) fn thanked_first_name(
    word: &str,
    whole: &[&str],
    intro: &[&str],
    guest: Option<&str>,
) -> Option<String> {
    let name = trim_word(word);
    let lower = name.to_lowercase();
    let shaped = name.starts_with(char::is_uppercase)
        && name.chars().skip(1).all(char::is_lowercase)
        && name.chars().count() > 1;
    let common = (whole.iter().flat_map(|t| t.split_whitespace())).any(|w| trim_word(w) == lower);
    let guest = guest.is_some_and(|g| g.split_whitespace().any(|w| w == name))
        || (intro.iter().flat_map(|t| t.split_whitespace())).any(|w| trim_word(w) == name);
    (shaped && !common && !guest).then(|| name.to_string())
}

/// An author key of the publishing tool (`authors: [staffwriter]`, `jdoe`, `ana-ruiz`) rather
/// than a name: one token without a capital letter. Site generators look such keys up in a file
/// the page does not carry, so the key is never shown as the interviewer.
pub fn is_author_key(value: &str) -> bool {
    !value.chars().any(char::is_whitespace) && !value.chars().any(char::is_uppercase)
}

/// A person's key spells their given and family names and a particle or two at most
/// ("ana-ruiz", "ana-de-la-cruz"); one word is a login (`jdoe`, `alex`), more a phrase.
const AUTHOR_KEY_WORDS: std::ops::RangeInclusive<usize> = 2..=5;

/// A name word of a key has two letters at least: one letter is an initial the key cannot
/// say how to spell ("j-doe").
const MIN_KEY_NAME_LETTERS: usize = 2;

/// The person an author key spells, as the site shows it ("david-ruiz" is "David Ruiz",
/// "ana-de-la-cruz" is "Ana de la Cruz"): site generators make the key from the author's
/// name, words joined by hyphens or underscores. A key of one word, one holding digits or a
/// placeholder word ("site-admin", "staff-writer"), or a particle at either end, spells no
/// person.
pub fn author_key_name(value: &str) -> Option<String> {
    let value = value.trim();
    let words: Vec<&str> = value.split(['-', '_']).collect();
    let particle = |w: &str| NAME_PARTICLES.contains(&w);
    let name_word = |w: &&str| {
        w.chars().all(char::is_alphabetic)
            && (particle(w) || w.chars().count() >= MIN_KEY_NAME_LETTERS)
            && !is_placeholder_author(w)
            && !PLACEHOLDER_KEY_WORDS.contains(w)
    };
    let shaped = is_author_key(value)
        && AUTHOR_KEY_WORDS.contains(&words.len())
        && words.iter().all(name_word)
        && !particle(words[0])
        && !particle(words[words.len() - 1]);
    let capital = |w: &str| {
        let mut chars = w.chars();
        (chars.next().into_iter().flat_map(char::to_uppercase))
            .chain(chars)
            .collect::<String>()
    };
    let spelled = words.iter().map(|w| match particle(w) {
        true => w.to_string(),
        false => capital(w),
    });
    shaped.then(|| spelled.collect::<Vec<_>>().join(" "))
}

/// Words of a key naming a role or a team rather than a person ("staff-writer",
/// "guest-post", "news-desk", "web-team"), lowercase.
const PLACEHOLDER_KEY_WORDS: &[&str] = &[
    "writer",
    "writers",
    "guest",
    "post",
    "posts",
    "desk",
    "team",
    "site",
    "web",
    "blog",
    "news",
    "user",
    "author",
    "authors",
    "contributor",
    "contributors",
    "redaccion",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_author_key_of_name_words_spells_the_person() {
        assert_eq!(
            author_key_name("tilda-varga").as_deref(),
            Some("Tilda Varga")
        );
        assert_eq!(
            author_key_name("ana-de-la-cruz").as_deref(),
            Some("Ana de la Cruz")
        );
        for key in [
            "alex",
            "staff-writer",
            "site-admin",
            "j-doe",
            "ana-ruiz2",
            "de-ruiz",
            "Ana Ruiz",
        ] {
            assert_eq!(author_key_name(key), None, "{key}");
        }
    }

    #[test]
    fn author_keys_are_not_names() {
        assert!(is_author_key("staffwriter"));
        assert!(is_author_key("ana-ruiz"));
        assert!(!is_author_key("Ana Ruiz"));
        assert!(!is_author_key("Staff"));
    }

    #[test]
    fn initials_glued_after_a_name_are_taken_off() {
        assert_eq!(without_glued_initials("Ana Ruiz AR"), "Ana Ruiz");
        // Capitals that are not the initials of the words before them stay ("Sam Rey III").
        assert_eq!(without_glued_initials("Sam Rey III"), "Sam Rey III");
        assert_eq!(
            without_glued_initials("Ana Maria Ruiz AR"),
            "Ana Maria Ruiz"
        );
        assert_eq!(without_glued_initials("Ana Ruiz BX"), "Ana Ruiz BX");
        assert_eq!(without_glued_initials("Ana Ruiz"), "Ana Ruiz");
    }

    #[test]
    fn the_host_thanked_by_first_name_in_the_first_answer_asks() {
        let intro = ["Chips, with Ivo Lund", "I spoke with Ivo Lund."];
        let whole = [
            intro[1],
            "So Ivo, where did you start?",
            "Thanks Dana. I started in radio.",
            intro[0],
        ];
        let host = thanked_host(&whole, &intro, Some("Ivo Lund"));
        assert_eq!(host.as_deref(), Some("Dana"));
        let plain = [
            "Where did you start?",
            "Thanks. In radio.",
            "Thank you, Ivo.",
        ];
        assert_eq!(thanked_host(&plain, &[], Some("Ivo Lund")), None);
    }
}
