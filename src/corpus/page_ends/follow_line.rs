//! A columnist's line under the column: a verb inviting the reader to follow the author and
//! the author's name ("Follow Ana Ruiz on her blog", "Acompanhe as colunas de Ana Ruiz"), on a
//! paragraph of its own at the very end. A short line that opens with a verb of following,
//! then lowercase words or the name, names a person (two or more capitalised words) and closes
//! no sentence, set apart under the last answer's closing sentence. The name is the
//! interviewer's. One detector ([`followed_name`]) serves both the page's end (the line is no
//! answer) and the names (the columnist asked the questions).

use super::super::labels::NAME_PARTICLES;
use super::super::name_words::{name_cased, trim_word};
use super::{closes_statement, is_unpunctuated, texts};

/// Imperatives inviting readers to follow someone, lowercase, in the corpus's languages
/// (English, Spanish, Portuguese, French, German, Italian). A capitalised word and a name
/// alone is also a credit ("Foto de Ana Ruiz", "Ilustración de…") naming someone other than
/// the columnist: the verb tells the invitation apart.
const FOLLOW_VERBS: &[&str] = &[
    "follow",
    "sigue",
    "siga",
    "sigan",
    "síguenos",
    "acompanhe",
    "acompanha",
    "segue",
    "sigam",
    "segui",
    "seguí",
    "suivez",
    "folgt",
    "folgen",
];

/// The line is an invitation and a name: a few words ("Acompanhe as publicações de Ana Ruiz").
const MAX_FOLLOW_WORDS: usize = 9;

/// A person's name has a given name and a family name at least; a one-word capitalised run
/// is a site's name ("on Instagram").
const MIN_NAME_WORDS: usize = 2;

/// A name is a few words ("Ana Maria da Silva Ruiz" has five, with its particle).
const MAX_NAME_WORDS: usize = 5;

/// After the name, a place to follow them at most ("on her blog", "no Instagram"); a longer
/// run is a clause ("wherever you get your podcasts").
const MAX_WORDS_AFTER_NAME: usize = 3;

/// The index (into `lines`) of the follow line closing the text and the person it names.
pub fn follow_line(lines: &[(usize, &str)]) -> Option<(usize, String)> {
    let texts = texts(lines);
    let [.., (above, before), (k, line)] = texts.as_slice() else {
        return None;
    };
    let set_apart = k - above > 1;
    let name = followed_name(line)?;
    (set_apart && closes_statement(before)).then_some((*k, name))
}

/// The name a follow line invites to follow, if `line` is one: the one detector of follow
/// lines, for the page's end and for the interviewer's name.
pub fn followed_name(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    // A full stop makes it a sentence ("Subscribe to Harbour Voices wherever you listen.").
    let clean = is_unpunctuated(line)
        && !line.contains([',', ';', ':', '?', '"', '“', '(', '|'])
        && !line.chars().any(|c| c.is_ascii_digit());
    let (verb, rest) = words.split_first()?;
    let verb = trim_word(verb).to_lowercase();
    if !clean || words.len() > MAX_FOLLOW_WORDS || !FOLLOW_VERBS.contains(&verb.as_str()) {
        return None;
    }
    // The name is the one run of capitalised words after the verb; lowercase words (articles,
    // prepositions, "on her blog") may stand around it, a lone capitalised word after it.
    let start = rest.iter().position(|w| name_cased(w))?;
    let len = rest[start..]
        .iter()
        .take_while(|w| name_cased(w) || is_particle(w))
        .count();
    let name = rest[start..start + len].to_vec();
    let name = &name[..name.iter().rposition(|w| name_cased(w))? + 1];
    let after = &rest[start + len..];
    let runs = after.iter().filter(|w| name_cased(w)).count();
    let lowercase_before = rest[..start].iter().all(|w| !name_cased(w));
    ((MIN_NAME_WORDS..=MAX_NAME_WORDS).contains(&name.len())
        && runs <= 1
        && after.len() <= MAX_WORDS_AFTER_NAME
        && lowercase_before)
        .then(|| name.join(" "))
}

/// A lowercase word inside a name ("da", "de", "van").
fn is_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect()
    }

    #[test]
    fn a_follow_line_set_apart_at_the_end_names_the_columnist() {
        let text = "E o disco?\n\nSai em maio, se tudo correr bem.\n\n\n\nAcompanhe as colunas de Rita de Sousa";
        assert_eq!(
            follow_line(&numbered(text)),
            Some((6, "Rita de Sousa".into()))
        );
        let text = "And the record?\n\nIt is out in May.\n\nFollow Tom Avery on his blog";
        assert_eq!(
            follow_line(&numbered(text)).map(|f| f.1),
            Some("Tom Avery".into())
        );
    }

    #[test]
    fn an_answer_or_a_signature_is_no_follow_line() {
        for text in [
            // Right under a question: the answer.
            "Who should we read?\n\nRead Ana Ruiz",
            // Glued to the answer: its last line.
            "And now?\nI rest, like Ana Ruiz",
            // A signature: a name, no invitation.
            "And now?\n\nI rest.\n\nAna Ruiz",
            // A sentence, and a clause after the name.
            "And now?\n\nI rest.\n\nSubscribe to Harbour Talk wherever you get podcasts",
            "And now?\n\nI rest.\n\nFollow Harbour Talk on the radio.",
            // A sentence about two places.
            "And now?\n\nI rest.\n\nWe sail from Porto Santo to Cabo Verde",
            // A credit names the photographer, and invites to follow nobody.
            "And now?\n\nI rest.\n\nFotos de Ana Ruiz",
        ] {
            assert_eq!(follow_line(&numbered(text)), None, "{text}");
        }
    }
}
